package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"caecw/internal/failpoint/crashtest"
)

// crashRestoreFiles prepares dir for a restore: the live file caecw.db
// with two check-ins, a backup b.db with one, and a copy kept by an
// earlier restore. It returns the dumps of the live file and the backup.
func crashRestoreFiles(t *testing.T, dir string) (live, backup string) {
	t.Helper()
	f := createAt(t, filepath.Join(dir, "caecw.db"), "desk-a")
	f.clock.Set(at(t, day1, 9, 0))
	must[CheckInResult](t)(f.s.CheckIn("p-th1"))
	if err := f.s.Backup(filepath.Join(dir, "b.db")); err != nil {
		t.Fatal(err)
	}
	backup = stateDump(t, f.s)
	must[CheckInResult](t)(f.s.CheckIn("p-kh1"))
	live = stateDump(t, f.s)
	if err := f.s.Close(); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "caecw.db.before-restore-20000101T000000.000Z"), []byte("kept by an earlier restore"))
	return live, backup
}

// TestRestoreCrashAtEachStep kills a restore at each of its steps (a
// child process that exits at the failpoint, running no cleanup): the
// data file is always there, sound, and either the old file or the
// backup, and the copy an earlier restore kept is untouched.
func TestRestoreCrashAtEachStep(t *testing.T) {
	scratch := t.TempDir()
	crashRestoreFiles(t, scratch)
	steps := crashtest.Steps(func() {
		if _, err := Restore(filepath.Join(scratch, "b.db"), filepath.Join(scratch, "caecw.db")); err != nil {
			t.Fatal(err)
		}
	})
	for _, want := range []string{"restore: backup checked", "atomicfile: synced", "restore: file id renewed", "restore: previous kept", "atomicfile: renamed"} {
		if !strings.Contains(strings.Join(steps, "|"), want) {
			t.Fatalf("steps %v lack %q", steps, want)
		}
	}
	for n := 1; n <= len(steps); n++ {
		dir := t.TempDir()
		live, backup := crashRestoreFiles(t, dir)
		crashtest.Run(t, "TestRestoreCrashChild", n, dir)
		path := filepath.Join(dir, "caecw.db")
		s, err := Open(path, Options{Desk: "desk-a", ReadOnly: true})
		if err != nil {
			t.Fatalf("crash at %s: the data file does not open: %v", steps[n-1], err)
		}
		problems, err := s.Check()
		if err != nil || len(problems) > 0 {
			t.Errorf("crash at %s: check: %v %v", steps[n-1], problems, err)
		}
		if got := stateDump(t, s); got != live && got != backup {
			t.Errorf("crash at %s: the data file is neither the old one nor the backup", steps[n-1])
		}
		s.Close()
		if b, _ := os.ReadFile(filepath.Join(dir, "caecw.db.before-restore-20000101T000000.000Z")); string(b) != "kept by an earlier restore" {
			t.Errorf("crash at %s: an earlier kept copy was overwritten", steps[n-1])
		}
		if n == len(steps) {
			// Past the swap: the old file is kept whole.
			kept, _ := Leftovers(path)
			if len(kept) != 2 {
				t.Fatalf("kept %v", kept)
			}
			k, err := Open(kept[1], Options{Desk: "desk-a", ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			if stateDump(t, k) != live {
				t.Errorf("the kept copy is not the old file")
			}
			k.Close()
		}
	}
}

func TestRestoreCrashChild(t *testing.T) {
	dir, ok := crashtest.Armed()
	if !ok {
		t.Skip("child of TestRestoreCrashAtEachStep")
	}
	Restore(filepath.Join(dir, "b.db"), filepath.Join(dir, "caecw.db"))
	t.Fatal("did not crash")
}

// TestRestoreTwiceKeepsBoth restores twice in a row: each restore keeps
// the file it replaced under a name of its own.
func TestRestoreTwiceKeepsBoth(t *testing.T) {
	dir := t.TempDir()
	live, backup := crashRestoreFiles(t, dir)
	path := filepath.Join(dir, "caecw.db")
	b := filepath.Join(dir, "b.db")
	k1, err := Restore(b, path)
	if err != nil {
		t.Fatal(err)
	}
	k2, err := Restore(b, path)
	if err != nil {
		t.Fatal(err)
	}
	if k1 == k2 {
		t.Fatalf("both restores kept their file as %s", k1)
	}
	for k, want := range map[string]string{k1: live, k2: backup} {
		s, err := Open(k, Options{Desk: "desk-a", ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		if stateDump(t, s) != want {
			t.Errorf("%s is not the file it replaced", k)
		}
		s.Close()
	}
}

// TestRestoredCopyHasANewFileID: the restored file must not write ids
// that the backup's own file (still in use elsewhere, perhaps) writes.
func TestRestoredCopyHasANewFileID(t *testing.T) {
	dir := t.TempDir()
	crashRestoreFiles(t, dir)
	b, err := Open(filepath.Join(dir, "b.db"), Options{Desk: "desk-a", ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	old := b.FileID()
	b.Close()
	path := filepath.Join(dir, "caecw.db")
	if _, err := Restore(filepath.Join(dir, "b.db"), path); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path, Options{Desk: "desk-a", ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.FileID() == "" || s.FileID() == old {
		t.Errorf("restored file id %q, backup's %q", s.FileID(), old)
	}
}
