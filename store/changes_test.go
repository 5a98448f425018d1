package store

import (
	"testing"
	"time"

	"caecw/internal/journal"
)

// TestChangesReadWhatChanged: after a whole read, Changes brings exactly
// the entries committed since, the arrivals they touched and the counts
// a whole read would give; a programme change asks for a whole read.
func TestChangesReadWhatChanged(t *testing.T) {
	f := newFixture(t, "desk-a")
	s := f.s
	first := must[CheckInResult](t)(s.CheckIn("p-th1"))
	v := must[*DayView](t)(s.Day(day1))

	f.clock.Advance(time.Minute)
	second := must[CheckInResult](t)(s.CheckIn("p-kh1"))
	ch := must[*Changes](t)(s.Changes(day1, v.Seq))
	if ch.Full || len(ch.Entries) != 1 || ch.Entries[0].ID != second.Entry.ID {
		t.Fatalf("changes after one check-in: full %v, entries %+v", ch.Full, ch.Entries)
	}
	if len(ch.Arrivals) != 1 || ch.Arrivals[0].Person != "p-kh1" || len(ch.Gone) != 0 {
		t.Fatalf("arrivals %+v gone %v", ch.Arrivals, ch.Gone)
	}
	sameAsWhole := func(ch *Changes) {
		t.Helper()
		w := must[*DayView](t)(s.Day(day1))
		if len(ch.Counts) != len(w.Counts) || ch.LogLen != w.Entries || ch.Duplicates != w.Duplicates || ch.Outbox != w.Outbox {
			t.Errorf("changes say counts %v entries %d dups %d outbox %d; a whole read %v %d %d %d",
				ch.Counts, ch.LogLen, ch.Duplicates, ch.Outbox, w.Counts, w.Entries, w.Duplicates, w.Outbox)
		}
		for k, n := range w.Counts {
			if ch.Counts[k] != n {
				t.Errorf("count %s: %d, a whole read %d", k, ch.Counts[k], n)
			}
		}
	}
	sameAsWhole(ch)

	// Nothing since: nothing.
	again := must[*Changes](t)(s.Changes(day1, ch.Seq))
	if again.Full || len(again.Entries) != 0 || len(again.Arrivals) != 0 || again.Seq != ch.Seq {
		t.Errorf("changes with nothing new: %+v", again)
	}

	// An undo takes the first arrival back: it is Gone and marked undone.
	f.clock.Advance(time.Minute)
	u := must[journal.Entry](t)(s.Undo(first.Entry.ID, "wrong person"))
	ch2 := must[*Changes](t)(s.Changes(day1, ch.Seq))
	if len(ch2.Gone) != 1 || ch2.Gone[0] != "p-th1" || ch2.Undone[first.Entry.ID] != u.ID {
		t.Errorf("after undo: gone %v undone %v", ch2.Gone, ch2.Undone)
	}
	sameAsWhole(ch2)

	// An entry of another desk from elsewhere and an ack: the outbox
	// count follows.
	if err := s.Ack(second.Entry.ID); err != nil {
		t.Fatal(err)
	}
	sameAsWhole(must[*Changes](t)(s.Changes(day1, ch2.Seq)))

	// A programme change: read the whole day.
	must[journal.Entry](t)(s.Delay("s-open", 10))
	if ch3 := must[*Changes](t)(s.Changes(day1, ch2.Seq)); !ch3.Full {
		t.Errorf("a delay is not a whole-read change: %+v", ch3)
	}
}

// TestOutboxCountFollowsWrites: the kept outbox count equals a count of
// the whole outbox after local writes, an ack and entries from elsewhere.
func TestOutboxCountFollowsWrites(t *testing.T) {
	f := newFixture(t, "desk-a")
	s := f.s
	whole := func() int {
		v := must[*DayView](t)(s.Day(day1))
		n := len(must[[]journal.Entry](t)(s.Outbox(0)))
		if v.Outbox != n {
			t.Fatalf("outbox count %d, whole outbox %d", v.Outbox, n)
		}
		return n
	}
	whole()
	var ids []journal.ID
	for _, p := range []string{"p-th1", "p-th2", "p-kh1"} {
		f.clock.Advance(time.Second)
		ids = append(ids, must[CheckInResult](t)(s.CheckIn(p)).Entry.ID)
		whole()
	}
	if err := s.Ack(ids[0], ids[2]); err != nil {
		t.Fatal(err)
	}
	// The import and p-th2 are left.
	if n := whole(); n != 2 {
		t.Errorf("outbox after two acks: %d, want 2", n)
	}
	at := f.clock.Now().Add(-time.Hour)
	mine, err := journal.New(journal.NewID(journal.MakeHLC(at, 0), "desk-a"), at, day1, "desk-a", "op", journal.KindCheckIn, "p-vn1", journal.CheckIn{Person: "p-vn1", Day: day1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Apply(mine); err != nil {
		t.Fatal(err)
	}
	if n := whole(); n != 3 {
		t.Errorf("outbox after an own entry came back from a merge: %d, want 3", n)
	}
}
