package store

import (
	"testing"
	"time"

	"caecw/internal/clock"
	"caecw/internal/event"
	"caecw/internal/journal"
)

// TestClockJumpsForwardAndBack moves the laptop's clock forward a day
// (a wrong date typed in), back again (corrected), and back across
// midnight, with writes between and a restart: every id is unique and
// each is after the one before, arrivals land on the day the clock
// said, the same instant twice still gets two ids, and the file passes
// its check.
func TestClockJumpsForwardAndBack(t *testing.T) {
	f := newFixture(t, "desk-a")
	var ids []journal.ID
	step := func(when time.Time, person string) {
		t.Helper()
		f.clock.Set(when)
		res, err := f.s.CheckIn(person)
		if err != nil {
			t.Fatalf("check-in %s at %v: %v", person, when, err)
		}
		ids = append(ids, res.Entry.ID)
	}
	step(at(t, day1, 9, 0), "p-th1")
	step(at(t, day2, 9, 0), "p-th2")                     // a day ahead
	step(at(t, day1, 9, 5), "p-kh1")                     // corrected back
	step(at(t, day1, 9, 5), "p-kh2")                     // same instant
	step(at(t, day1, 0, 1).Add(-2*time.Minute), "p-vn1") // back across midnight, before the event
	e, err := f.s.Delay("s-open", 10)
	if err != nil {
		t.Fatal(err)
	}
	ids = append(ids, e.ID)
	if err := f.s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(f.path, Options{Desk: "desk-a", Clock: clock.NewFixed(at(t, day1, 8, 0))})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := s.CheckIn("p-vn2")
	if err != nil {
		t.Fatal(err)
	}
	ids = append(ids, res.Entry.ID)
	for i := 1; i < len(ids); i++ {
		if ids[i] <= ids[i-1] {
			t.Errorf("id %d %s not after %s", i, ids[i], ids[i-1])
		}
	}
	for person, d := range map[string]string{"p-th1": string(day1), "p-th2": string(day2), "p-kh1": string(day1), "p-kh2": string(day1), "p-vn2": string(day1)} {
		if _, ok := s.Arrival(event.Day(d), person); !ok {
			t.Errorf("%s: no arrival on %s", person, d)
		}
	}
	if _, ok := s.Arrival(event.Day("2025-07-23"), "p-vn1"); !ok {
		t.Errorf("p-vn1: the check-in before midnight is not on 23 July")
	}
	all := allEntries(t, s)
	for i := 1; i < len(all); i++ {
		if all[i].ID <= all[i-1].ID {
			t.Errorf("journal out of order at %d", i)
		}
	}
	if p, err := s.Check(); err != nil || len(p) != 0 {
		t.Errorf("check: %v %v", p, err)
	}
}
