package store

import (
	"errors"
	"testing"

	"caecw/internal/journal"
)

// Hold keeps an entry in held/ with its code and reason, applies nothing,
// and keeps the first record when the entry comes again.
func TestHoldKeepsWithoutApplying(t *testing.T) {
	s := newFixture(t, "desk-a").s
	e := foreign(t, at(t, day1, 9, 0), journal.KindCheckIn, "p-th1", journal.CheckIn{Person: "p-th1", Day: day1})
	for range 2 {
		if err := s.Hold(SourceSync, HeldOrigin, errors.New("came on another desk's subject"), e); err != nil {
			t.Fatal(err)
		}
	}
	held, err := s.Held()
	if err != nil {
		t.Fatal(err)
	}
	if len(held) != 1 || held[0].Code != HeldOrigin || held[0].Source != SourceSync || held[0].Reason != "came on another desk's subject" {
		t.Fatalf("held %+v", held)
	}
	if _, ok := s.Entry(e.ID); ok {
		t.Error("a held entry is in the journal")
	}
}
