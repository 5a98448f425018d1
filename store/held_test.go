package store

import (
	"encoding/json"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/journal"
)

// foreign builds an entry of desk-b (old id form, no file tag) at t.
func foreign(t testing.TB, at time.Time, kind journal.Kind, subject string, payload any) journal.Entry {
	t.Helper()
	e, err := journal.New(journal.NewID(journal.MakeHLC(at, 0), "desk-b"), at, event.DayOf(at, shanghai(t)), "desk-b", "op-b", kind, subject, payload)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func heldIDs(t testing.TB, s *Store) map[journal.ID]HeldEntry {
	t.Helper()
	out := map[journal.ID]HeldEntry{}
	for _, h := range must[[]HeldEntry](t)(s.Held()) {
		out[h.Entry.ID] = h
	}
	return out
}

// Issue 12 §3: entries from sync or merge skipped the import rules. Now
// every valid entry of a batch is applied, each invalid one is held with
// its reason, never applied, and kept across a reopen.
func TestApplyHoldsInvalidEntriesAndAppliesTheRest(t *testing.T) {
	f := newFixture(t, "desk-a")
	t0 := at(t, day1, 9, 0)
	good := foreign(t, t0, journal.KindCheckIn, "p-th1", journal.CheckIn{Person: "p-th1", Day: day1})
	hugeDelay := foreign(t, t0.Add(time.Second), journal.KindSessionDelay, "s-open",
		journal.SessionChange{Session: "s-open", After: event.State{DelayMin: math.MaxInt64}})
	forged := foreign(t, t0.Add(2*time.Second), journal.KindCheckIn, "p-th2", journal.CheckIn{Person: "p-th2", Day: day1})
	forged.Desk = "desk-a" // a check-in under another desk's id
	in1970 := foreign(t, t0.Add(3*time.Second), journal.KindCheckIn, "p-kh1", journal.CheckIn{Person: "p-kh1", Day: "1970-01-01"})
	in1970.At, in1970.Day = time.Unix(0, 0), "1970-01-01"
	negCapacity := foreign(t, t0.Add(4*time.Second), journal.KindImport, "x.json", journal.Import{Programme: event.Programme{
		Venues: []event.Venue{{ID: "hall-a", Name: "Hall A", Site: "expo", Capacity: -5}}}})
	unknownKind := foreign(t, t0.Add(5*time.Second), "launch", "x", journal.DayClose{Day: day1})
	badRole := foreign(t, t0.Add(6*time.Second), journal.KindWalkIn, "w-9", journal.WalkIn{Person: event.Person{ID: "w-9", Badge: "W9", Name: "X", Delegation: "vn", Role: "king"}})

	bad := []journal.Entry{hugeDelay, forged, in1970, negCapacity, unknownKind, badRole}
	res, err := f.s.Apply(append([]journal.Entry{good}, bad...)...)
	if err != nil || res.Applied != 1 || len(res.Held) != len(bad) {
		t.Fatalf("apply: %d applied, %d held, %v", res.Applied, len(res.Held), err)
	}
	for _, e := range bad {
		if _, ok := f.s.Entry(e.ID); ok {
			t.Errorf("invalid entry %s (%s) is in the journal", e.ID, e.Kind)
		}
	}
	if v := must[*DayView](t)(f.s.Day(day1)); v.Sessions[0].State.DelayMin != 0 || v.Venues[0].Capacity != 300 || len(v.Arrivals) != 1 {
		t.Errorf("an invalid entry changed the state: delay %d, capacity %d, %d arrivals", v.Sessions[0].State.DelayMin, v.Venues[0].Capacity, len(v.Arrivals))
	}
	f.s.Close()
	s, err := Open(f.path, Options{Desk: "desk-a", Clock: f.clock})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	held := heldIDs(t, s)
	for _, e := range bad {
		h, ok := held[e.ID]
		if !ok || h.Code != HeldInvalid || h.Source != SourceSync || h.Reason == "" || !h.HeldAt.Equal(f.clock.Now()) {
			t.Errorf("%s (%s): held %+v", e.ID, e.Kind, h)
		}
	}
	if s.HeldCount() != len(bad) {
		t.Errorf("HeldCount %d", s.HeldCount())
	}
	// Delivered again (sync redelivers): held once, not twice.
	if res, err := s.Apply(bad...); err != nil || len(res.Held) != len(bad) || s.HeldCount() != len(bad) {
		t.Errorf("redelivery: %+v, %v, %d held", res, err, s.HeldCount())
	}
}

// Issue 12 §1: an entry whose clock is far ahead is not applied and does
// not move this desk's id clock; the desk's next ids stay near its own
// clock, and are still sent (they sort after the outbox mark).
func TestApplyHoldsEntryFromFarAheadAndKeepsTheClock(t *testing.T) {
	f := newFixture(t, "desk-a")
	before := f.s.ids.Last()
	ahead := foreign(t, at(t, day1, 9, 0), journal.KindCheckIn, "p-th1", journal.CheckIn{Person: "p-th1", Day: day1})
	ahead.ID = journal.NewID(^journal.HLC(0), "desk-b")
	near := foreign(t, at(t, day1, 9, 0), journal.KindCheckIn, "p-th2", journal.CheckIn{Person: "p-th2", Day: day1})
	near.ID = journal.NewID(journal.MakeHLC(f.clock.Now().Add(journal.MaxClockSkew+time.Minute), 0), "desk-b")
	res, err := f.s.Apply(ahead, near)
	if err != nil || res.Applied != 0 || len(res.Held) != 2 || res.Held[0].Code != HeldClock || res.Held[1].Code != HeldClock {
		t.Fatalf("apply: %+v, %v", res, err)
	}
	if got := f.s.ids.Last(); got != before {
		t.Errorf("the id clock moved from %x to %x", before, got)
	}
	r := must[CheckInResult](t)(f.s.CheckIn("p-kh1"))
	if d := r.Entry.ID.HLC().Time().Sub(f.clock.Now()); d < 0 || d > time.Second {
		t.Errorf("next id %s is %v from the desk's clock", r.Entry.ID, d)
	}
	if o := must[[]journal.Entry](t)(f.s.Outbox(0)); len(o) == 0 || o[len(o)-1].ID != r.Entry.ID {
		t.Errorf("the new check-in is not in the outbox: %v", o)
	}
	// When the desk's clock has caught up, the near one applies on the
	// next landing.
	f.clock.Advance(journal.MaxClockSkew + 2*time.Minute)
	must[journal.Entry](t)(f.s.WalkIn(event.Person{ID: "w-1", Badge: "W1", Name: "Lê Văn Tám", Delegation: "vn"}))
	if _, ok := f.s.Entry(near.ID); !ok {
		t.Error("the entry held for its clock was not applied once the clock caught up")
	}
	if held := heldIDs(t, f.s); len(held) != 1 || held[ahead.ID].Code != HeldClock {
		t.Errorf("held after the catch-up: %v", held)
	}
}

// An entry about a session or person not here yet is held, and applies
// (leaving held/) when an import or walk-in brings what it needs.
func TestHeldForAReferentIsRetriedWhenItLands(t *testing.T) {
	f := newFixture(t, "desk-a")
	t0 := at(t, day1, 9, 0)
	walk := foreign(t, t0, journal.KindWalkIn, "w-1", journal.WalkIn{Person: event.Person{ID: "w-1", Badge: "W1", Name: "Ana", Delegation: "ph", Role: event.RoleGuest}})
	delay := foreign(t, t0.Add(time.Second), journal.KindSessionDelay, "s-new", journal.SessionChange{Session: "s-new", After: event.State{DelayMin: 10}})
	res, err := f.s.Apply(walk, delay)
	if err != nil || len(res.Held) != 2 || res.Held[0].Code != HeldReferent {
		t.Fatalf("apply: %+v, %v", res, err)
	}
	p := testProgramme(t)
	imp := journal.Import{Files: []string{"more.json"}, Programme: event.Programme{
		Delegations: []event.Delegation{{ID: "ph", Name: "Philippines", Expected: 1}},
		Sessions: []event.Session{{ID: "s-new", Day: day1, Start: at(t, day1, 17, 0), End: at(t, day1, 18, 0), Title: "New",
			Kind: event.KindForum, Venue: p.Venues[0].ID, Expected: 10}}}}
	must[journal.Entry](t)(f.s.Import(imp))
	if n := f.s.HeldCount(); n != 0 {
		t.Errorf("%d entries still held after the import: %v", n, heldIDs(t, f.s))
	}
	if _, err := f.s.PersonByBadge("W1"); err != nil {
		t.Errorf("the walk-in did not apply: %v", err)
	}
	if v := must[*DayView](t)(f.s.Day(day1)); v.Sessions[len(v.Sessions)-1].State.DelayMin != 10 {
		t.Errorf("the delay did not apply")
	}
}

// Issue 12 §1: a local write whose id is in the journal already (after
// the generator wrapped, or any other reason) committed nothing and
// reported success: "✓ CHECKED IN" with nothing saved. It is an error.
func TestLocalWriteWithATakenIDIsAnError(t *testing.T) {
	f := newFixture(t, "desk-a")
	now := f.clock.Now().Add(time.Minute)
	f.clock.Set(now)
	// An entry with the id the next check-in will get, which the id
	// generator has not seen.
	taken := journal.NewID(journal.MakeHLC(now, 0), f.s.origin)
	e, err := journal.New(taken, now, day1, "desk-a", "op", journal.KindDayClose, string(day1), journal.DayClose{Day: day1})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	poke(t, f.s, bucketJournal, entryKey(taken.Key()), raw)
	r, err := f.s.CheckIn("p-th1")
	if !errors.Is(err, ErrIDCollision) {
		t.Fatalf("check-in over a taken id: %+v, %v", r, err)
	}
	if _, ok := f.s.Arrival(day1, "p-th1"); ok {
		t.Error("an arrival stands though nothing was saved")
	}
	// The next try gets a fresh id and is saved.
	if r, err := f.s.CheckIn("p-th1"); err != nil || r.Entry.ID == taken {
		t.Errorf("the next check-in: %+v, %v", r, err)
	}
}

// Local actions go through the same validator: a delay past the bound is
// refused with its reason and nothing is written.
func TestLocalActionsAreValidated(t *testing.T) {
	f := newFixture(t, "desk-a")
	n := journalLen(t, f.s)
	_, err := f.s.Delay("s-open", event.MaxDelayMin+1)
	if !journal.IsInvalid(err) || !strings.Contains(err.Error(), "delay") {
		t.Errorf("a delay past the bound: %v", err)
	}
	if journalLen(t, f.s) != n || f.s.HeldCount() != 0 {
		t.Error("a refused local action left a trace")
	}
}

// TestHeldCodesWorded: every code an entry is held with has its sentence
// in the catalogue, so the Log tab and caecw check word it in either
// language instead of showing the store's English reason.
func TestHeldCodesWorded(t *testing.T) {
	for _, c := range []string{HeldInvalid, HeldClock, HeldReferent, HeldRefused, HeldConflict, HeldOrigin} {
		if !slices.Contains(i18n.HeldCodes(), c) {
			t.Errorf("held code %q has no sentence in internal/i18n (heldKeys)", c)
		}
	}
}
