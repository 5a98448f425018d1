package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"caecw/store"
)

// TestDeskOnAFullDisk runs the desk in a pseudo-terminal with its data
// file on a small tmpfs, fills the disk and scans a stream of badges:
// the screen says the save failed because the disk is full, no failed
// scan is shown as saved, the desk keeps running, and once space is back
// the next scan is confirmed and is in the file.
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
	tm := startTerm(t, 200, 50, func(screen string) {
		for _, b := range people.confirmedOn(screen) {
			confirmed[b] = true
		}
	}, "desk", "--db", path, "--now", deskNow)
	if !tm.waitFor(10*time.Second, func(s string) bool { return strings.Contains(s, "Scan a badge") }) {
		t.Fatalf("desk did not start:\n%s", tm.screen())
	}
	badges := people.badges
	last := badges[len(badges)-1]
	tm.send(badges[0] + "\r")
	if !waitConfirmed(tm, people, badges[0]) {
		t.Fatalf("first scan not confirmed:\n%s", tm.screen())
	}
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
	// Scan until the screen says the disk is full.
	stop := make(chan struct{})
	sentc := make(chan int, 1)
	go func() {
		n := 1
		defer func() { sentc <- n }()
		for _, b := range badges[1 : len(badges)-1] {
			select {
			case <-stop:
				return
			default:
			}
			tm.send(b + "\r")
			n++
			time.Sleep(2 * time.Millisecond)
		}
	}()
	full := tm.waitFor(60*time.Second, func(s string) bool { return strings.Contains(s, "no space left on device") })
	close(stop)
	sent := <-sentc
	if !full {
		t.Fatalf("no save failed on a full disk:\n%s", tm.screen())
	}
	if scr := tm.screen(); !strings.Contains(scr, "save failed") {
		t.Errorf("no error line:\n%s", scr)
	}
	// Space is back: a new scan is confirmed.
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	tm.send("\x15" + last + "\r")
	if !waitConfirmed(tm, people, last) {
		t.Fatalf("after space came back the scan is not confirmed:\n%s", tm.screen())
	}
	tm.send("\x03")
	if !tm.waitExit(30 * time.Second) {
		t.Fatal("desk did not quit")
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

// useUpFreePages writes a session note larger than the file's free
// pages, through the store, so that the desk's next commits must take
// pages the file has never written: on a full tmpfs those fail. (Without
// it the demo file's free pages hold over a thousand check-ins.)
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
	if _, err := s.Note(v.Sessions[0].ID, strings.Repeat("n", 1500*1024)); err != nil {
		t.Fatal(err)
	}
}
