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

	// Closing again into the same folder refuses without --force and
	// journals nothing.
	r2 := runBin(t, "close-day", "--db", db, "--day", "2025-07-24", "--dir", dir)
	if r2.code == 0 || !strings.Contains(r2.stderr, "--force") {
		t.Errorf("second close: %d %s", r2.code, r2.stderr)
	}
	mustRun(t, "close-day", "--db", db, "--day", "2025-07-24", "--dir", dir, "--force", "--lang", "zh")
	data, err := os.ReadFile(filepath.Join(dir, "caecw-daylog-2025-07-24.md"))
	if err != nil || !strings.Contains(string(data), "当日日志") {
		t.Errorf("forced close in Chinese: %v", err)
	}
}
