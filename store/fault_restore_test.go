package store

import (
	"os"
	"path/filepath"
	"testing"
)

// TestRestoreKeepsEmptyFileAsItWas restores over a data file a crash cut
// to zero bytes: the file moved aside must stay exactly as found (bbolt
// would initialise an empty file opened for writing).
func TestRestoreKeepsEmptyFileAsItWas(t *testing.T) {
	f := newFixture(t, "desk-a")
	f.clock.Set(at(t, day1, 9, 0))
	must[CheckInResult](t)(f.s.CheckIn("p-th1"))
	backup := filepath.Join(t.TempDir(), "b.db")
	if err := f.s.Backup(backup); err != nil {
		t.Fatal(err)
	}
	f.s.Close()
	if err := os.WriteFile(f.path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	kept, err := Restore(backup, f.path)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(kept)
	if err != nil || fi.Size() != 0 {
		t.Fatalf("the empty file was changed before it was kept: %v %v", fi.Size(), err)
	}
	s, err := Open(f.path, Options{Desk: "desk-a"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, ok := s.Arrival(day1, "p-th1"); !ok {
		t.Errorf("restored file lacks the arrival")
	}
}
