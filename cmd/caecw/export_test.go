package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"caecw/internal/event"
)

// injection is a walk-in's name that a spreadsheet would run as a formula.
const injection = `=HYPERLINK("http://evil.example/","click me")`

// exportFixture is the demo with, on 24 July, a Khmer-named delegate and
// a walk-in named like a formula checked in.
func exportFixture(t *testing.T) (db, khmer string) {
	t.Helper()
	db = filepath.Join(t.TempDir(), "demo.db")
	demoCopy(t, db)
	s := openAt(t, db, "2025-07-24", 8, 15)
	defer s.Close()
	people, err := s.People()
	if err != nil {
		t.Fatal(err)
	}
	var kh event.Person
	for _, p := range people {
		if strings.HasPrefix(p.Delegation, "d-kh") && kh.ID == "" {
			kh = p
		}
	}
	if kh.ID == "" {
		t.Fatal("no Cambodian delegate in the demo")
	}
	if _, err := s.CheckIn(kh.ID); err != nil {
		t.Fatal(err)
	}
	w, err := s.WalkIn(event.Person{ID: "w-inject", Name: injection, Delegation: kh.Delegation, Role: event.RoleGuest})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CheckIn(w.Subject); err != nil {
		t.Fatal(err)
	}
	return db, kh.Name
}

func TestExportCSVAndXLSXContent(t *testing.T) {
	db, khmer := exportFixture(t)
	dir := t.TempDir()
	csvPath, xlsxPath := filepath.Join(dir, "log.csv"), filepath.Join(dir, "log.xlsx")
	mustRun(t, "export", "--db", db, "--day", "2025-07-24", "-o", csvPath)
	mustRun(t, "export", "--db", db, "--day", "2025-07-24", "--format", "xlsx", "-o", xlsxPath)

	data, err := os.ReadFile(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("\ufeff")) {
		t.Error("CSV has no UTF-8 BOM")
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != "instant,desk,operator,action,subject,details,undone_by,entry_id" {
		t.Errorf("CSV header %q", rows[0])
	}
	var sawKhmer, sawInjection bool
	for _, r := range rows[1:] {
		// The action is worded (English here); JSON keeps the code.
		if r[3] == "check-in" && strings.HasPrefix(r[4], khmer+" (") {
			sawKhmer = true
		}
		if r[3] == "check-in" && r[4] == "'"+injection+" (w-inject)" {
			sawInjection = true
		}
		for _, cell := range r {
			if strings.HasPrefix(cell, "=") {
				t.Errorf("CSV cell %q would run as a formula", cell)
			}
		}
	}
	if !sawKhmer || !sawInjection {
		t.Errorf("CSV: Khmer check-in %v, neutralised walk-in %v\n%q", sawKhmer, sawInjection, rows)
	}

	f, err := excelize.OpenFile(xlsxPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	xrows, err := f.GetRows("log")
	if err != nil {
		t.Fatal(err)
	}
	sawKhmer, sawInjection = false, false
	for i, r := range xrows[1:] {
		if len(r) < 5 {
			continue
		}
		if strings.HasPrefix(r[4], khmer+" (") {
			sawKhmer = true
		}
		if r[4] == injection+" (w-inject)" {
			sawInjection = true
			cell, _ := excelize.CoordinatesToCellName(5, i+2)
			if formula, _ := f.GetCellFormula("log", cell); formula != "" {
				t.Errorf("XLSX cell %s holds formula %q", cell, formula)
			}
		}
	}
	if !sawKhmer || !sawInjection {
		t.Errorf("XLSX: Khmer check-in %v, walk-in as text %v", sawKhmer, sawInjection)
	}
	summary, err := f.GetRows("summary")
	if err != nil || len(summary) < 3 {
		t.Fatalf("summary sheet: %v %v", summary, err)
	}
}

func TestExportLanguagesAndFormats(t *testing.T) {
	db, _ := exportFixture(t)
	r := mustRun(t, "export", "--db", db, "--day", "2025-07-24", "--format", "md", "--lang", "zh", "-o", "-")
	for _, want := range []string{"# 当日日志 2025-07-24", "## 概况", "| 代表团 | 应到 | 实到 | 未到 |"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("Chinese Markdown lacks %q", want)
		}
	}
	r = mustRun(t, "export", "--db", db, "--day", "2025-07-24", "--format", "json", "--lang", "zh", "-o", "-")
	var doc struct {
		Schema  string `json:"schema"`
		Summary struct {
			Arrivals []struct {
				Delegation string   `json:"delegation"`
				Arrived    int      `json:"arrived"`
				Missing    []string `json:"missing"`
			} `json:"arrivals"`
		} `json:"summary"`
		Entries []map[string]any `json:"entries"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Schema != "caecw.daylog/1" || len(doc.Entries) < 3 {
		t.Errorf("JSON: schema %q, %d entries", doc.Schema, len(doc.Entries))
	}
	if _, ok := doc.Entries[0]["subject_name"]; !ok {
		t.Error("JSON keys changed with --lang zh")
	}
	arrived := 0
	for _, a := range doc.Summary.Arrivals {
		arrived += a.Arrived
		for _, m := range a.Missing {
			if m == injection {
				t.Error("the checked-in walk-in is listed as missing")
			}
		}
	}
	if arrived != 2 {
		t.Errorf("summary: %d arrived, want 2", arrived)
	}
	if r := runBin(t, "export", "--db", db, "--day", "2025-07-24", "--format", "pdf", "-o", "-"); r.code == 0 || !strings.Contains(r.stderr, "unknown format") {
		t.Errorf("--format pdf: %d %s", r.code, r.stderr)
	}
	if r := runBin(t, "export", "--db", db, "--day", "2025-07-24", "--lang", "fr", "-o", "-"); r.code == 0 {
		t.Error("--lang fr accepted")
	}
}

func TestExportRefusesToOverwrite(t *testing.T) {
	db, _ := exportFixture(t)
	dir := t.TempDir()
	// The default name, in the current folder.
	cmd := runBinIn(t, dir, "export", "--db", db, "--day", "2025-07-24")
	if cmd.code != 0 {
		t.Fatalf("export: %d %s", cmd.code, cmd.stderr)
	}
	out := filepath.Join(dir, "caecw-daylog-2025-07-24.csv")
	if err := os.WriteFile(out, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runBinIn(t, dir, "export", "--db", db, "--day", "2025-07-24")
	if r.code == 0 || !strings.Contains(r.stderr, "--force") {
		t.Errorf("overwrite without --force: %d %s", r.code, r.stderr)
	}
	if data, _ := os.ReadFile(out); string(data) != "keep me" {
		t.Error("the refused export replaced the file")
	}
	if r := runBinIn(t, dir, "export", "--db", db, "--day", "2025-07-24", "--force"); r.code != 0 {
		t.Fatalf("--force: %d %s", r.code, r.stderr)
	}
	if data, _ := os.ReadFile(out); !strings.Contains(string(data), "check-in") {
		t.Error("--force did not write the log")
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".caecw-export-*"))
	if len(left) != 0 {
		t.Errorf("temp files left: %v", left)
	}
}

func TestExportProgrammeICS(t *testing.T) {
	db, _ := exportFixture(t)
	s := readOnly(t, db)
	v, err := s.Day("2025-07-24")
	if err != nil {
		t.Fatal(err)
	}
	r := mustRun(t, "export", "--db", db, "--programme", "--format", "ics", "--day", "2025-07-24", "-o", "-")
	if n := strings.Count(r.stdout, "BEGIN:VEVENT"); n == 0 || n != len(v.Sessions) {
		t.Errorf("%d events for %d sessions", n, len(v.Sessions))
	}
	if !strings.HasPrefix(r.stdout, "BEGIN:VCALENDAR\r\n") || !strings.Contains(r.stdout, "UID:"+v.Sessions[0].ID+"@caecw") {
		t.Errorf("calendar starts %q", r.stdout[:min(len(r.stdout), 200)])
	}
	all := mustRun(t, "export", "--db", db, "--programme", "--format", "ics", "-o", "-")
	if strings.Count(all.stdout, "BEGIN:VEVENT") <= len(v.Sessions) {
		t.Error("without --day the calendar should hold every day's sessions")
	}
}
