package store

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"caecw/internal/event"
)

// mountTmpfs mounts a tmpfs of size (e.g. "2m") in a temp folder and
// unmounts it when the test ends. It skips the test, saying why, when the
// test does not run as root or the mount fails.
func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("skipped: mounting a small tmpfs needs root (run as root to test a full or read-only disk)")
	}
	dir := filepath.Join(t.TempDir(), "mnt")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("skipped: mount -t tmpfs failed: %v %s", err, out)
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", "-l", dir).CombinedOutput(); err != nil {
			t.Logf("umount %s: %v %s", dir, err, out)
		}
	})
	return dir
}

// fillDisk writes a filler file in dir until the disk is full and returns
// its path.
func fillDisk(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "filler")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := make([]byte, 4096)
	for {
		if _, err := f.Write(chunk); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatalf("filling the disk: %v", err)
			}
			return path
		}
	}
}

// TestFullDiskWriteFailsCleanly fills a real (tmpfs) disk under an open
// store: a write fails with ENOSPC, leaves nothing behind, the store stays
// usable for reads, and once space is back the next writes succeed and
// survive a reopen with a clean check.
func TestFullDiskWriteFailsCleanly(t *testing.T) {
	dir := mountTmpfs(t, "2m")
	f := createAt(t, filepath.Join(dir, "caecw.db"), "desk-a")
	f.clock.Set(at(t, day1, 9, 0))
	must[CheckInResult](t)(f.s.CheckIn("p-th1"))
	filler := fillDisk(t, dir)

	// Notes of the longest size allowed (event.MaxNoteLen) pile up in the
	// journal until a commit needs a page the disk has no room for.
	var failed error
	var lastGood string
	attempts := 0
	for i := 1; i <= 4096 && failed == nil; i++ {
		attempts++
		note := fmt.Sprintf("%04d ", i) + strings.Repeat("x", event.MaxNoteLen-5)
		before := journalLen(t, f.s)
		if _, err := f.s.Note("s-open", note); err != nil {
			failed = err
			if n := journalLen(t, f.s); n != before {
				t.Errorf("failed write left %d journal entries (was %d)", n, before)
			}
			break
		}
		lastGood = note
	}
	if failed == nil {
		t.Fatalf("no write failed on a full disk after %d attempts", attempts)
	}
	t.Logf("full disk: write %d failed: %v", attempts, failed)
	if !errors.Is(failed, syscall.ENOSPC) || !strings.Contains(failed.Error(), "no space left on device") {
		t.Errorf("error is not a clear ENOSPC: %v", failed)
	}
	// Nothing of the failed write is visible; what was saved before is.
	if got := sessionNote(t, f.s, "s-open"); got != strings.TrimSpace(lastGood) {
		t.Errorf("note after the failed write: %.20q..., want the last saved %.20q...", got, lastGood)
	}
	if _, ok := f.s.Arrival(day1, "p-th1"); !ok {
		t.Errorf("earlier arrival lost after a failed write")
	}
	// A small write on the still-full disk either fails the same way or
	// succeeds in pages bbolt already owns; both are fine, but it must not
	// corrupt anything.
	if _, err := f.s.CheckIn("p-th2"); err != nil && !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("small write on a full disk: %v", err)
	}

	// Space is back: the next writes succeed.
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	if _, err := f.s.CheckIn("p-kh1"); err != nil {
		t.Fatalf("check-in after space came back: %v", err)
	}
	if _, err := f.s.Note("s-open", "after"); err != nil {
		t.Fatalf("note after space came back: %v", err)
	}
	if p, err := f.s.Check(); err != nil || len(p) != 0 {
		t.Fatalf("check while open: %v %v", p, err)
	}
	if err := f.s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(f.path, Options{Desk: "desk-a"})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	for _, p := range []string{"p-th1", "p-kh1"} {
		if _, ok := s.Arrival(day1, p); !ok {
			t.Errorf("arrival of %s lost across reopen", p)
		}
	}
	if got := sessionNote(t, s, "s-open"); got != "after" {
		t.Errorf("note after reopen: %.20q", got)
	}
	if p, err := s.Check(); err != nil || len(p) != 0 {
		t.Errorf("check after reopen: %v %v", p, err)
	}
}

// TestReadOnlyDisk opens a data file on a disk remounted read-only: the
// coordinator's open fails with a clear error naming the file, `check`
// (read-only) still works, and after remounting read-write writes work.
func TestReadOnlyDisk(t *testing.T) {
	dir := mountTmpfs(t, "4m")
	path := filepath.Join(dir, "caecw.db")
	f := createAt(t, path, "desk-a")
	f.clock.Set(at(t, day1, 9, 0))
	must[CheckInResult](t)(f.s.CheckIn("p-th1"))

	// While the file is open for writing, Linux refuses to remount
	// read-only (EBUSY); record what happened, then close and remount.
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err == nil {
		// The remount went through under the open file: a write must
		// fail cleanly.
		_, werr := f.s.CheckIn("p-th2")
		t.Logf("remounted read-only under an open store; write: %v", werr)
		if werr == nil {
			t.Errorf("write succeeded on a read-only disk")
		}
		exec.Command("mount", "-o", "remount,rw", dir).Run()
	} else {
		t.Logf("remount,ro with the store open: %v %s", err, strings.TrimSpace(string(out)))
	}
	f.s.Close()
	before := fileSum(t, path)
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Skipf("skipped: remount,ro failed: %v %s", err, out)
	}
	_, err := Open(path, Options{Desk: "desk-a"})
	if err == nil {
		t.Fatal("opened for writing on a read-only disk")
	}
	t.Logf("open on a read-only disk: %v", err)
	var fe *FileError
	if !errors.As(err, &fe) || fe.Path != path || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "read-only") || errors.Is(err, ErrDamaged) {
		t.Errorf("not a clear error naming the file: %v", err)
	}
	ro, err := Open(path, Options{Desk: "check", ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only open on a read-only disk: %v", err)
	}
	if _, ok := ro.Arrival(day1, "p-th1"); !ok {
		t.Errorf("arrival not readable on a read-only disk")
	}
	ro.Close()
	if fileSum(t, path) != before {
		t.Errorf("file changed on a read-only disk")
	}
	if out, err := exec.Command("mount", "-o", "remount,rw", dir).CombinedOutput(); err != nil {
		t.Fatalf("remount,rw: %v %s", err, out)
	}
	s, err := Open(path, Options{Desk: "desk-a"})
	if err != nil {
		t.Fatalf("open after remount,rw: %v", err)
	}
	defer s.Close()
	if _, err := s.CheckIn("p-th2"); err != nil {
		t.Fatalf("write after remount,rw: %v", err)
	}
}

func sessionNote(t *testing.T, s *Store, id string) string {
	t.Helper()
	v, err := s.Day(day1)
	if err != nil {
		t.Fatal(err)
	}
	for _, ss := range v.Sessions {
		if ss.ID == id {
			return ss.State.Note
		}
	}
	t.Fatalf("session %s not found", id)
	return ""
}

func fileSum(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%x", data)
}
