package store

import (
	"encoding/json"
	"strings"
	"testing"

	"caecw/internal/event"
	"caecw/internal/journal"
)

// Issue 12 §1: check dropped record decode errors (a corrupt assignment
// passed check while every screen reload failed on it), and said nothing
// of ids ahead of the clock or ids of another desk.
func TestCheckReportsWhatReloadsAndIdsWouldTripOn(t *testing.T) {
	f := newFixture(t, "desk-a")
	poke(t, f.s, bucketAssignments, key2("s-open", "th"), []byte(`{"session":`))
	ahead, err := journal.New(journal.NewID(^journal.HLC(0), "desk-b"), at(t, day1, 9, 0), day1, "desk-b", "op", journal.KindDayClose, string(day1), journal.DayClose{Day: day1})
	if err != nil {
		t.Fatal(err)
	}
	other, err := journal.New(journal.NewID(journal.MakeHLC(at(t, day1, 9, 0), 0), "desk-b"), at(t, day1, 9, 0), day1, "desk-z", "op", journal.KindCheckIn, "p-th1", journal.CheckIn{Person: "p-th1", Day: day1})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range []journal.Entry{ahead, other} {
		raw, _ := json.Marshal(e)
		poke(t, f.s, bucketJournal, entryKey(e.ID.Key()), raw)
	}
	problems := strings.Join(must[[]string](t)(f.s.Check()), "\n")
	for _, want := range []string{
		`assignments "s-open\x00th": the record does not decode`,
		string(ahead.ID) + ": the id is ahead of the clock",
		string(other.ID) + `: the id's desk "desk-b" is not the entry's desk "desk-z"`,
	} {
		if !strings.Contains(problems, want) {
			t.Errorf("check does not report %q:\n%s", want, problems)
		}
	}
	if _, err := f.s.Day(day1); err == nil {
		t.Error("test set-up: the corrupt record should fail a reload")
	}
}

// A person without their badge code because of the badge rule is not a
// fault of the badge index.
func TestCheckKnowsBadgeConflicts(t *testing.T) {
	f := newFixture(t, "desk-a")
	w := foreign(t, at(t, day1, 9, 0), journal.KindWalkIn, "w-1", journal.WalkIn{Person: event.Person{ID: "w-1", Badge: "TH001", Name: "X", Delegation: "th", Role: event.RoleGuest}})
	if res, err := f.s.Apply(w); err != nil || res.Applied != 1 {
		t.Fatalf("%+v %v", res, err)
	}
	if problems := must[[]string](t)(f.s.Check()); len(problems) > 0 {
		t.Errorf("check: %v", problems)
	}
}
