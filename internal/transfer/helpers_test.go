package transfer

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"caecw/internal/clock"
	"caecw/internal/event"
	"caecw/store"
)

const day1 event.Day = "2025-07-24"

// validDir is the sample import set shared with the CLI tests.
func validDir(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs("../../testdata/import/valid")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func validFiles(t testing.TB) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(validDir(t), "*.csv"))
	if err != nil || len(m) != 7 {
		t.Fatalf("sample set: %v %v", m, err)
	}
	return m
}

// emptyStore is what `caecw init` makes: an event without days, nothing
// else. The clock is fixed at 09:30 on the first day.
func emptyStore(t testing.TB) (*store.Store, *clock.Fixed) {
	t.Helper()
	loc, _ := time.LoadLocation("Asia/Shanghai")
	clk := clock.NewFixed(day1.At(9, 30, loc))
	s, err := store.Create(filepath.Join(t.TempDir(), "caecw.db"),
		event.Event{Name: "CAECW", City: "Guiyang", TimeZone: "Asia/Shanghai"},
		store.Options{Desk: "test-desk", Operator: "tester", Clock: clk})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, clk
}

func writeFile(t testing.TB, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
