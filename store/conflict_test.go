package store

import (
	"testing"
	"time"

	"caecw/internal/event"
	"caecw/internal/journal"
)

// Issue 12 §3: two entries with one id and different content. The choice
// is by content, not arrival: every desk keeps the same one, holds the
// other with HeldConflict, and ends in the same state.
func TestSameIDDifferentContentIsDecidedByContent(t *testing.T) {
	id := journal.NewID(journal.MakeHLC(at(t, day1, 9, 0), 0), "desk-b")
	mk := func(kind journal.Kind, subject string, payload any) journal.Entry {
		e := foreign(t, at(t, day1, 9, 0), kind, subject, payload)
		e.ID = id
		return e
	}
	pairs := map[string][2]journal.Entry{
		"two check-ins": {
			mk(journal.KindCheckIn, "p-th1", journal.CheckIn{Person: "p-th1", Day: day1}),
			mk(journal.KindCheckIn, "p-kh1", journal.CheckIn{Person: "p-kh1", Day: day1}),
		},
		"a walk-in and a delay": {
			mk(journal.KindWalkIn, "w-1", journal.WalkIn{Person: event.Person{ID: "w-1", Badge: "W1", Name: "Ana", Delegation: "vn", Role: event.RoleGuest}}),
			mk(journal.KindSessionDelay, "s-open", journal.SessionChange{Session: "s-open", After: event.State{DelayMin: 20}}),
		},
		"two notes": {
			mk(journal.KindSessionNote, "s-open", journal.SessionChange{Session: "s-open", After: event.State{Note: "room A"}}),
			mk(journal.KindSessionNote, "s-open", journal.SessionChange{Session: "s-open", After: event.State{Note: "room B"}}),
		},
	}
	for name, pair := range pairs {
		var states [2]string
		var kept [2]journal.Entry
		for i, order := range [][]journal.Entry{{pair[0], pair[1]}, {pair[1], pair[0]}} {
			f := newFixture(t, "desk-a")
			f.clock.Set(at(t, day1, 9, 30))
			for _, e := range order {
				if _, err := f.s.Apply(e); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
			}
			held := must[[]HeldEntry](t)(f.s.Held())
			if len(held) != 1 || held[0].Code != HeldConflict {
				t.Fatalf("%s, order %d: held %+v", name, i, held)
			}
			kept[i], _ = f.s.Entry(id)
			if sameEntry(kept[i], held[0].Entry) {
				t.Errorf("%s, order %d: the kept entry is the held one", name, i)
			}
			v := must[*DayView](t)(f.s.Day(day1))
			people := must[[]event.Person](t)(f.s.People())
			states[i] = sessionsText(v) + arrivalsText(v) + peopleText(people)
			if problems, err := f.s.Check(); err != nil || len(problems) > 0 {
				t.Errorf("%s, order %d: check %v %v", name, i, problems, err)
			}
		}
		if !sameEntry(kept[0], kept[1]) {
			t.Errorf("%s: the kept entry depends on the order: %s / %s", name, kept[0].Kind, kept[1].Kind)
		}
		if states[0] != states[1] {
			t.Errorf("%s: the state depends on the order:\n%s\n---\n%s", name, states[0], states[1])
		}
	}
}

func sessionsText(v *DayView) string {
	out := ""
	for _, s := range v.Sessions {
		out += s.ID + " " + time.Duration(s.State.DelayMin).String() + " " + s.State.Note + " " + s.State.Rev + "\n"
	}
	return out
}

func arrivalsText(v *DayView) string {
	out := ""
	for _, a := range v.Arrivals {
		out += a.Person + " " + a.Entry + "\n"
	}
	return out
}

func peopleText(people []event.Person) string {
	out := ""
	for _, p := range people {
		out += p.ID + "\n"
	}
	return out
}

// A session.start displaced by another entry of the same id is reversed
// like every session change: whichever arrives first, the session ends
// not started (the check-in's content sorts first and stands).
func TestDisplacedStartIsReversed(t *testing.T) {
	id := journal.NewID(journal.MakeHLC(at(t, day1, 9, 0), 0), "desk-b")
	mk := func(kind journal.Kind, subject string, payload any) journal.Entry {
		e := foreign(t, at(t, day1, 9, 0), kind, subject, payload)
		e.ID = id
		return e
	}
	start := mk(journal.KindSessionStart, "s-open", journal.SessionChange{Session: "s-open", After: event.State{Started: at(t, day1, 9, 0)}})
	checkIn := mk(journal.KindCheckIn, "p-th1", journal.CheckIn{Person: "p-th1", Day: day1})
	var started [2]bool
	for i, order := range [][]journal.Entry{{start, checkIn}, {checkIn, start}} {
		f := newFixture(t, "desk-a")
		f.clock.Set(at(t, day1, 9, 30))
		for _, e := range order {
			if _, err := f.s.Apply(e); err != nil {
				t.Fatal(err)
			}
		}
		for _, s := range must[*DayView](t)(f.s.Day(day1)).Sessions {
			if s.ID == "s-open" {
				started[i] = !s.State.Started.IsZero()
			}
		}
	}
	if started[0] != started[1] {
		t.Errorf("started depends on the order: start first %v, check-in first %v", started[0], started[1])
	}
}
