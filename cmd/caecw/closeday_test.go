package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"caecw/internal/journal"
)

func TestCloseDayCLI(t *testing.T) {
	db, _ := exportFixture(t)
	dir := filepath.Join(t.TempDir(), "day1")
	r := mustRun(t, "close-day", "--db", db, "--now", "2025-07-24T19:00", "--day", "2025-07-24", "--dir", dir)
	for _, name := range []string{"caecw-daylog-2025-07-24.csv", "caecw-daylog-2025-07-24.json", "caecw-daylog-2025-07-24.md",
		"caecw-daylog-2025-07-24.xlsx", "caecw-backup-2025-07-24.db"} {
		st, err := os.Stat(filepath.Join(dir, name))
		if err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", name, err)
		}
		if !strings.Contains(r.stdout, name) {
			t.Errorf("output does not mention %s", name)
		}
	}
	if r := mustRun(t, "check", "--db", filepath.Join(dir, "caecw-backup-2025-07-24.db")); !strings.Contains(r.stdout, "ok") {
		t.Errorf("backup check: %s", r.stdout)
	}
	s := readOnly(t, db)
	var closes []journal.DayClose
	err := s.Entries("2025-07-24", func(e journal.Entry, _ journal.ID) error {
		if e.Kind == journal.KindDayClose {
			var dc journal.DayClose
			if err := e.Decode(&dc); err != nil {
				return err
			}
			closes = append(closes, dc)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(closes) != 1 || closes[0].Day != "2025-07-24" || closes[0].Dir != dir {
		t.Errorf("day.close entries %+v, want one for %s", closes, dir)
	}
	s.Close()

	// A late arrival is accepted with a warning; closing again into the
	// same folder writes a numbered set beside the first, untouched.
	firstMD, _ := os.ReadFile(filepath.Join(dir, "caecw-daylog-2025-07-24.md"))
	late := mustRun(t, "checkin", "--db", db, "--now", "2025-07-24T20:00", "CAECW25-100017")
	if !strings.Contains(late.stdout, "late addition") {
		t.Errorf("late check-in without a warning: %s", late.stdout)
	}
	st := mustRun(t, "status", "--db", db, "--now", "2025-07-24T20:05")
	if !strings.Contains(st.stdout, "1 late addition since close") {
		t.Errorf("status lacks the late additions line:\n%s", st.stdout)
	}
	r2 := mustRun(t, "close-day", "--db", db, "--now", "2025-07-24T20:10", "--day", "2025-07-24", "--dir", dir)
	if !strings.Contains(r2.stdout, "caecw-daylog-2025-07-24-2.md") {
		t.Errorf("second close: %s", r2.stdout)
	}
	if again, _ := os.ReadFile(filepath.Join(dir, "caecw-daylog-2025-07-24.md")); string(again) != string(firstMD) {
		t.Error("the second close overwrote the first set")
	}
	mustRun(t, "close-day", "--db", db, "--day", "2025-07-24", "--dir", dir, "--force", "--lang", "zh")
	data, err := os.ReadFile(filepath.Join(dir, "caecw-daylog-2025-07-24.md"))
	if err != nil || !strings.Contains(string(data), "当日日志") {
		t.Errorf("forced close in Chinese: %v", err)
	}
}
