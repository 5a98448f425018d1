package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"caecw/store"
)

// waitConfirmed waits until the desk's screen confirms badge.
func waitConfirmed(tm *term, people deskPeople, badge string) bool {
	return tm.waitFor(10*time.Second, func(s string) bool {
		for _, b := range people.confirmedOn(s) {
			if b == badge {
				return true
			}
		}
		return false
	})
}

// TestSecondInstance starts a desk, then a second caecw on the same
// file: the second says clearly, within 2 s, that the file is in use,
// and the first goes on saving as if nothing happened.
func TestSecondInstance(t *testing.T) {
	path := filepath.Join(t.TempDir(), "caecw.db")
	demoCopy(t, path)
	people := loadDeskPeople(t, path)
	tm := startTerm(t, 200, 50, nil, "desk", "--db", path, "--now", deskNow)
	if !tm.waitFor(10*time.Second, func(s string) bool { return strings.Contains(s, "Scan a badge") }) {
		t.Fatalf("desk did not start:\n%s", tm.screen())
	}
	tm.send(people.badges[0] + "\r")
	if !waitConfirmed(tm, people, people.badges[0]) {
		t.Fatalf("first check-in not confirmed:\n%s", tm.screen())
	}
	for _, args := range [][]string{
		{"desk", "--db", path, "--now", deskNow},
		{"--db", path},
		{"checkin", "--db", path, people.badges[1]},
		{"status", "--db", path},
		{"restore", "--db", path, path},
	} {
		r := runBin(t, args...)
		t.Logf("second instance %v: %v, %q", args[0], r.took.Round(time.Millisecond), strings.TrimSpace(r.stderr))
		if r.code == 0 || !strings.Contains(r.stderr, path) || !strings.Contains(r.stderr, "in use by another caecw process") {
			t.Errorf("%v: want a clear in-use error naming the file, got %d %q %q", args, r.code, r.stdout, r.stderr)
		}
		if r.took > 2*time.Second {
			t.Errorf("%v: the in-use message took %v (want within 2 s)", args, r.took)
		}
	}
	// The first desk is unaffected: it still saves, and quits cleanly.
	tm.send(people.badges[2] + "\r")
	if !waitConfirmed(tm, people, people.badges[2]) {
		t.Fatalf("the first desk no longer saves after the second instance:\n%s", tm.screen())
	}
	tm.send("\x03")
	if !tm.waitExit(10 * time.Second) {
		t.Fatalf("desk did not quit on ctrl+c")
	}
	if tm.err != nil {
		t.Errorf("desk exit: %v", tm.err)
	}
	s, err := store.Open(path, store.Options{ReadOnly: true, Desk: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, b := range []string{people.badges[0], people.badges[2]} {
		if _, ok := s.Arrival(deskDay, people.personOf[b]); !ok {
			t.Errorf("arrival of %s lost", b)
		}
	}
	if _, ok := s.Arrival(deskDay, people.personOf[people.badges[1]]); ok {
		t.Errorf("the refused second instance's check-in got in")
	}
}
