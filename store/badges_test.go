package store

import (
	"testing"
	"time"

	"caecw/internal/event"
	"caecw/internal/journal"
)

// Issue 12 §3: one badge registered as two different walk-ins at two
// desks apart made apply fail on both sides for ever. Now every desk ends
// alike, whatever the order: the earlier walk-in entry keeps the badge,
// the other person is kept without it and is a badge-conflict problem.
func TestOneBadgeTwoWalkInsConverges(t *testing.T) {
	a, b := newFixture(t, "desk-a"), newFixture(t, "desk-b")
	a.clock.Set(at(t, day1, 9, 0))
	b.clock.Set(at(t, day1, 9, 1))
	wa := must[journal.Entry](t)(a.s.WalkIn(event.Person{ID: "w-a", Badge: "W77", Name: "Ana Santos", Delegation: "vn"}))
	wb := must[journal.Entry](t)(b.s.WalkIn(event.Person{ID: "w-b", Badge: "w77", Name: "Bui Lan", Delegation: "kh"}))
	for _, x := range []struct {
		s *Store
		e journal.Entry
	}{{a.s, wb}, {b.s, wa}} {
		res, err := x.s.Apply(x.e)
		if err != nil || res.Applied != 1 || len(res.Held) != 0 {
			t.Fatalf("apply %s: %+v, %v", x.e.ID, res, err)
		}
	}
	for name, s := range map[string]*Store{"a": a.s, "b": b.s} {
		if p, err := s.PersonByBadge("W77"); err != nil || p.ID != "w-a" {
			t.Errorf("%s: badge W77 held by %v, %v; want w-a (the earlier entry)", name, p.ID, err)
		}
		c := must[[]BadgeConflict](t)(s.BadgeConflicts())
		if len(c) != 1 || c[0].Person != "w-b" || c[0].Holder != "w-a" || c[0].PersonName != "Bui Lan" || c[0].HolderName != "Ana Santos" {
			t.Errorf("%s: conflicts %+v", name, c)
		}
		if _, err := getPersonOf(t, s, "w-b"); err != nil {
			t.Errorf("%s: the other walk-in was not kept: %v", name, err)
		}
		v := must[*DayView](t)(s.Day(day1))
		found := false
		for _, pr := range event.DetectProblems(v.Plan(a.clock.Now())) {
			if pr.Kind == event.ProblemBadgeConflict && len(pr.People) == 2 && pr.People[0] == "w-b" {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no badge-conflict problem among the day's problems", name)
		}
		if problems, err := s.Check(); err != nil || len(problems) > 0 {
			t.Errorf("%s: check: %v %v", name, problems, err)
		}
	}
	// The holder's walk-in is undone: the badge goes to the other one and
	// the conflict ends.
	must[journal.Entry](t)(a.s.Undo(wa.ID, "registered twice"))
	if p, err := a.s.PersonByBadge("W77"); err != nil || p.ID != "w-b" {
		t.Errorf("after the undo badge W77 is held by %v, %v", p.ID, err)
	}
	if c := must[[]BadgeConflict](t)(a.s.BadgeConflicts()); len(c) != 0 {
		t.Errorf("conflicts after the undo: %+v", c)
	}
}

// The rule does not depend on the order: a third desk that gets the later
// walk-in first ends like the others.
func TestBadgeRuleIsOrderFree(t *testing.T) {
	a, b := newFixture(t, "desk-a"), newFixture(t, "desk-b")
	a.clock.Set(at(t, day1, 9, 0))
	b.clock.Set(at(t, day1, 9, 0).Add(time.Millisecond))
	wa := must[journal.Entry](t)(a.s.WalkIn(event.Person{ID: "w-a", Badge: "W77", Name: "A", Delegation: "vn"}))
	wb := must[journal.Entry](t)(b.s.WalkIn(event.Person{ID: "w-b", Badge: "W77", Name: "B", Delegation: "vn"}))
	// An imported person holds a badge before any walk-in.
	imported := foreign(t, at(t, day1, 10, 0), journal.KindImport, "late.json", journal.Import{Programme: event.Programme{
		People: []event.Person{{ID: "p-late", Badge: "W77", Name: "L", Delegation: "vn", Role: event.RoleGuest}}}})
	for i, order := range [][]journal.Entry{{wa, wb, imported}, {wb, wa, imported}, {imported, wb, wa}, {wb, imported, wa}} {
		c := newFixture(t, "desk-c")
		for _, e := range order {
			if res, err := c.s.Apply(e); err != nil || len(res.Held) > 0 {
				t.Fatalf("order %d: apply %s: %+v %v", i, e.Kind, res, err)
			}
		}
		if p, _ := c.s.PersonByBadge("W77"); p.ID != "p-late" {
			t.Errorf("order %d: badge held by %q, want the imported p-late", i, p.ID)
		}
		got := map[string]string{}
		for _, x := range must[[]BadgeConflict](t)(c.s.BadgeConflicts()) {
			got[x.Person] = x.Holder
		}
		if len(got) != 2 || got["w-a"] != "p-late" || got["w-b"] != "p-late" {
			t.Errorf("order %d: conflicts %v", i, got)
		}
	}
}

func getPersonOf(t *testing.T, s *Store, id string) (event.Person, error) {
	t.Helper()
	for _, p := range must[[]event.Person](t)(s.People()) {
		if p.ID == id {
			return p, nil
		}
	}
	return event.Person{}, ErrNotFound
}
