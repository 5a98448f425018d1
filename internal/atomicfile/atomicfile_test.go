package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"caecw/internal/failpoint/crashtest"
)

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestWriteReplacesWithPerm(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.csv")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, Personal, writeString("new")); err != nil {
		t.Fatal(err)
	}
	if got := read(t, path); got != "new" {
		t.Fatalf("content %q", got)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, want 0600", fi.Mode().Perm())
	}
	if l := Leftovers(path); len(l) != 0 {
		t.Fatalf("leftovers %v", l)
	}
}

func TestWriteNewNeverReplaces(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.csv")
	if err := WriteNew(path, Personal, writeString("first")); err != nil {
		t.Fatal(err)
	}
	err := WriteNew(path, Personal, writeString("second"))
	if !errors.Is(err, fs.ErrExist) {
		t.Fatalf("err %v, want ErrExist", err)
	}
	if got := read(t, path); got != "first" {
		t.Fatalf("content %q", got)
	}
	if l := Leftovers(path); len(l) != 0 {
		t.Fatalf("leftovers %v", l)
	}
}

func TestFailedWriteLeavesTargetAndNoTemp(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.csv")
	os.WriteFile(path, []byte("old"), 0o600)
	boom := errors.New("boom")
	err := Write(path, Personal, func(w io.Writer) error { io.WriteString(w, "half"); return boom })
	if !errors.Is(err, boom) {
		t.Fatalf("err %v", err)
	}
	if got := read(t, path); got != "old" {
		t.Fatalf("content %q", got)
	}
	if l := Leftovers(path); len(l) != 0 {
		t.Fatalf("leftovers %v", l)
	}
}

// TestCrashAtEachStep stops a child process at every failpoint of Write:
// the target is always the old content or the new, never a part, and an
// unfinished temp file is found by Leftovers.
func TestCrashAtEachStep(t *testing.T) {
	steps := crashtest.Steps(func() {
		Write(filepath.Join(t.TempDir(), "f"), Personal, writeString("x"))
	})
	if len(steps) < 2 {
		t.Fatalf("steps %v", steps)
	}
	for n := 1; n <= len(steps); n++ {
		dir := t.TempDir()
		path := filepath.Join(dir, "f")
		os.WriteFile(path, []byte("old"), 0o600)
		crashtest.Run(t, "TestCrashChild", n, dir)
		got := read(t, path)
		if got != "old" && got != "new content" {
			t.Fatalf("after a crash at %s: content %q", steps[n-1], got)
		}
		if got == "old" && len(Leftovers(path)) != 1 {
			t.Errorf("after a crash at %s: leftovers %v", steps[n-1], Leftovers(path))
		}
	}
}

func TestCrashChild(t *testing.T) {
	dir, ok := crashtest.Armed()
	if !ok {
		t.Skip("child of TestCrashAtEachStep")
	}
	Write(filepath.Join(dir, "f"), Personal, writeString("new content"))
	t.Fatal("did not crash")
}
