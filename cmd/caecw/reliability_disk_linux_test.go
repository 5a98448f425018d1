package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"caecw/internal/event"
	"caecw/store"
)

// TestDeskOnAFullDisk runs the desk in a pseudo-terminal with its data
// file on a small tmpfs, fills the disk and scans badges until a save
// fails: the screen says the save failed because the disk is full, no
// failed scan is shown as saved, every scan shown as saved is in the
// file, the desk keeps running without a panic, and once space is back
// the next scan is confirmed and is in the file.
//
// The disk fills only for pages the file has never had: the desk maps
// its whole file with MAP_POPULATE (store/mmap_linux.go), which on a
// tmpfs allocates every page of the file, written or not, so saves never
// run out of space inside it. Before filling the disk the test gives
// back the pages after the file's last written page (freeAfterData), as
// a disk that allocates on write has them: the scans then fail as soon
// as bbolt needs a page past its data, which useUpFreePages makes
// happen within a few hundred scans (a page holds about 16 check-ins).
//
// Each scan is sent once the desk has answered the one before (confirmed
// on screen, or the disk reported full), so the test waits on the work it
// queued, one scan at a time, whatever the machine's load; the timeouts
// only guard against a hung desk.
func TestDeskOnAFullDisk(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("skipped: mounting a small tmpfs needs root (run as root to test a full disk)")
	}
	dir := filepath.Join(t.TempDir(), "mnt")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("skipped: mount -t tmpfs failed: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	path := filepath.Join(dir, "caecw.db")
	demoCopy(t, path)
	people := loadDeskPeople(t, path)
	useUpFreePages(t, path)
	confirmed := map[string]bool{}
	errScreen := "" // the first screen that says a save failed
	// frames says a new screen was drawn (at most one waits).
	frames := make(chan struct{}, 1)
	tm := startTerm(t, 200, 50, func(screen string) {
		for _, b := range people.confirmedOn(screen) {
			confirmed[b] = true
		}
		if errScreen == "" && strings.Contains(screen, "save failed") {
			errScreen = screen
		}
		select {
		case frames <- struct{}{}:
		default:
		}
	}, "desk", "--db", path, "--now", deskNow)
	// answered waits until the desk has answered badge b: confirmed, or
	// a save failed. The timeout only guards against a hung desk.
	answered := func(b string) bool {
		guard := time.After(2 * time.Minute)
		for {
			tm.mu.Lock()
			done := confirmed[b] || errScreen != ""
			tm.mu.Unlock()
			if done {
				return true
			}
			select {
			case <-frames:
			case <-tm.exited:
				return false
			case <-guard:
				return false
			}
		}
	}
	full := func() bool {
		tm.mu.Lock()
		defer tm.mu.Unlock()
		return errScreen != ""
	}
	if !tm.waitFor(2*time.Minute, func(s string) bool { return strings.Contains(s, "Scan a badge") }) {
		t.Fatalf("desk did not start:\n%s", tm.screen())
	}
	badges := people.badges
	last := badges[len(badges)-1]
	tm.send(badges[0] + "\r")
	if !answered(badges[0]) || full() {
		t.Fatalf("first scan not confirmed:\n%s", tm.screen())
	}
	freeAfterData(t, path)
	filler := filepath.Join(dir, "filler")
	fh, err := os.Create(filler)
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := fh.Write(make([]byte, 4096)); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatal(err)
			}
			break
		}
	}
	fh.Close()
	// Scan until a save fails, each scan once the one before was
	// answered.
	sent := 1
	for _, b := range badges[1 : len(badges)-1] {
		tm.send(b + "\r")
		sent++
		if !answered(b) {
			t.Fatalf("scan %d (%s) not answered:\n%s", sent, b, tm.screen())
		}
		if full() {
			break
		}
	}
	if !full() {
		t.Fatalf("no save failed on a full disk after %d scans:\n%s", sent, tm.screen())
	}
	tm.mu.Lock()
	scr := errScreen
	tm.mu.Unlock()
	if !strings.Contains(scr, "save failed") || !strings.Contains(scr, "no space left on device") {
		t.Errorf("the screen does not say the save failed on a full disk:\n%s", scr)
	}
	// Space is back: a new scan is confirmed.
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	tm.send("\x15" + last + "\r")
	// Nothing is queued before it: the wait is one scan's work (the
	// timeout only guards against a hung desk).
	if !tm.waitFor(2*time.Minute, func(s string) bool { return hasBadge(people.confirmedOn(s), last) }) {
		t.Fatalf("after space came back the scan is not confirmed:\n%s", tm.screen())
	}
	tm.send("\x03")
	if !tm.waitExit(30 * time.Second) {
		t.Fatal("desk did not quit")
	}
	if tm.err != nil {
		t.Errorf("desk exited with %v", tm.err)
	}
	if out := tm.output(); bytes.Contains(out, []byte("panic")) || bytes.Contains(out, []byte("goroutine ")) {
		t.Errorf("output mentions a panic:\n%s", out[max(0, len(out)-2000):])
	}
	s, err := store.Open(path, store.Options{ReadOnly: true, Desk: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tm.mu.Lock()
	defer tm.mu.Unlock()
	notSaved, lost := 0, 0
	for _, b := range append(badges[:sent:sent], last) {
		_, ok := s.Arrival(deskDay, people.personOf[b])
		switch {
		case !ok && confirmed[b]:
			lost++
			t.Errorf("%s was confirmed on screen but is not in the file", b)
		case !ok:
			notSaved++
		}
	}
	if notSaved == 0 {
		t.Errorf("every scan was saved although the screen said the disk was full")
	}
	if p, err := s.Check(); err != nil || len(p) != 0 {
		t.Errorf("check: %v %v", p, err)
	}
	t.Logf("desk on a full disk: %d scans, %d confirmed on screen, %d not saved (ENOSPC, none shown as saved), lost %d; the scan after space came back was saved", sent+1, len(confirmed), notSaved, lost)
}

// useUpFreePages writes session notes through the store until the file
// grows: then bbolt has few free pages left, and within a few hundred
// scans the desk's commits must take pages past the data, which on a full disk
// fail (see TestDeskOnAFullDisk). Each note is kept in the journal, so
// the notes add up.
func useUpFreePages(t *testing.T, path string) {
	t.Helper()
	s, err := store.Open(path, store.Options{Desk: "prep"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	v, err := s.Day(deskDay)
	if err != nil || len(v.Sessions) == 0 {
		t.Fatalf("day: %v", err)
	}
	size := func() int64 {
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		return fi.Size()
	}
	start := size()
	for i := 0; i < 5000; i++ {
		if _, err := s.Note(v.Sessions[0].ID, fmt.Sprintf("%04d ", i)+strings.Repeat("n", event.MaxNoteLen-5)); err != nil {
			t.Fatal(err)
		}
		if size() > start {
			return
		}
	}
	t.Fatalf("the file did not grow after 5000 notes")
}

// freeAfterData gives the tmpfs back the pages of the file after its last
// written page (bbolt writes every page it uses, and pages past its data
// are zero), by punching a hole there; the file keeps its size. Run while
// the desk is idle: it writes only when a scan is saved.
func freeAfterData(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const page = 4096
	end := len(data) / page * page
	for end > 0 && bytes.Count(data[end-page:end], []byte{0}) == page {
		end -= page
	}
	if end == 0 || end == len(data) {
		t.Fatalf("no free pages after the data of a %d-byte file (data ends at %d)", len(data), end)
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	before := blocks(t, f)
	if err := syscall.Fallocate(int(f.Fd()), punchHole|keepSize, int64(end), int64(len(data)-end)); err != nil {
		t.Skipf("skipped: this tmpfs cannot punch holes: %v", err)
	}
	if after := blocks(t, f); after >= before {
		t.Fatalf("punching a hole after the data freed nothing (%d blocks before, %d after)", before, after)
	}
}

// Flags of fallocate(2).
const (
	keepSize  = 0x01 // FALLOC_FL_KEEP_SIZE
	punchHole = 0x02 // FALLOC_FL_PUNCH_HOLE
)

func blocks(t *testing.T, f *os.File) int64 {
	t.Helper()
	var st syscall.Stat_t
	if err := syscall.Fstat(int(f.Fd()), &st); err != nil {
		t.Fatal(err)
	}
	return st.Blocks
}

func hasBadge(list []string, b string) bool {
	for _, x := range list {
		if x == b {
			return true
		}
	}
	return false
}
