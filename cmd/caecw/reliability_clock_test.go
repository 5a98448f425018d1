package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"caecw/internal/event"
	"caecw/internal/journal"
	"caecw/store"
)

// TestClockGoesBackBetweenRuns runs the binary several times with --now
// going backwards (the laptop's clock corrected, or a wrong date fixed),
// by the checkin command and by the desk screen: ids stay unique and in
// the order written, each arrival is on the day its clock said, and the
// file passes its check.
func TestClockGoesBackBetweenRuns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "caecw.db")
	demoCopy(t, path)
	people := loadDeskPeople(t, path)
	b := people.badges
	runs := []struct {
		now   string
		badge string
		day   event.Day
	}{
		{"2025-07-26T11:00", b[0], "2025-07-26"},
		{"2025-07-26T09:00", b[1], "2025-07-26"}, // two hours back
		{"2025-07-25T17:00", b[2], "2025-07-25"}, // back across midnight
		{"2025-07-27T09:00", b[3], "2025-07-27"}, // a day ahead
		{"2025-07-26T09:01", b[4], "2025-07-26"}, // back again
	}
	for _, r := range runs {
		res := runBin(t, "checkin", "--db", path, "--now", r.now, r.badge)
		if res.code != 0 || !strings.Contains(res.stdout, "checked in") {
			t.Fatalf("checkin at %s: %d %q %q", r.now, res.code, res.stdout, res.stderr)
		}
	}
	// The desk screen, with its clock behind all of the above.
	tm := startTerm(t, 160, 40, nil, "desk", "--db", path, "--now", "2025-07-26T08:00")
	if !tm.waitFor(10*time.Second, func(s string) bool { return strings.Contains(s, "Scan a badge") }) {
		t.Fatalf("desk did not start:\n%s", tm.screen())
	}
	tm.send(b[5] + "\r")
	if !waitConfirmed(tm, people, b[5]) {
		t.Fatalf("desk did not confirm:\n%s", tm.screen())
	}
	tm.send("\x03")
	if !tm.waitExit(10 * time.Second) {
		t.Fatal("desk did not quit")
	}
	runs = append(runs, struct {
		now   string
		badge string
		day   event.Day
	}{"2025-07-26T08:00", b[5], "2025-07-26"})

	s, err := store.Open(path, store.Options{ReadOnly: true, Desk: "test"})
	if err != nil {
		t.Fatal(err)
	}
	var ids []journal.ID
	seen := map[journal.ID]bool{}
	s.AllEntries(func(e journal.Entry) error {
		if seen[e.ID] {
			t.Errorf("id %s twice", e.ID)
		}
		seen[e.ID] = true
		ids = append(ids, e.ID)
		return nil
	})
	for _, r := range runs {
		if _, ok := s.Arrival(r.day, people.personOf[r.badge]); !ok {
			t.Errorf("%s (--now %s): no arrival on %s", r.badge, r.now, r.day)
		}
	}
	s.Close()
	// The check-ins are the last len(runs) entries, in the order written.
	last := ids[len(ids)-len(runs):]
	for i := 1; i < len(last); i++ {
		if last[i] <= last[i-1] {
			t.Errorf("entry %d id %s not after %s although written later", i, last[i], last[i-1])
		}
	}
	if r := runBin(t, "check", "--db", path); r.code != 0 {
		t.Errorf("check: %d %s %s", r.code, r.stdout, r.stderr)
	}
	if r := runBin(t, "status", "--db", path, "--now", "2025-07-26T08:00"); r.code != 0 {
		t.Errorf("status: %d %s", r.code, r.stderr)
	}
	t.Logf("clock back and forth over %d runs (checkin x5, desk x1): %d ids unique and ordered, arrivals on their days, check ok", len(runs), len(ids))
}
