package venues_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"caecw/internal/event"
	"caecw/internal/journal"
	"caecw/store"
	"caecw/ui/uitest"
)

// The rules through the store: chains of delays, moves, cancellations,
// assignment changes and outages as a coordinator makes them, the
// problems of the day read back after each step, and again after each
// step is undone.

// problemSet is the day's problems as "kind sessions delegations" lines,
// sorted, so that two readings compare whole.
func problemSet(t *testing.T, s *store.Store, now time.Time) []string {
	t.Helper()
	v, err := s.Day(day)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range event.DetectProblems(v.Plan(now)) {
		out = append(out, string(p.Kind)+" "+strings.Join(p.Sessions, ",")+" "+strings.Join(p.Delegations, ","))
	}
	slices.Sort(out)
	return out
}

func has(set []string, prefix string) bool {
	return slices.ContainsFunc(set, func(s string) bool { return strings.HasPrefix(s, prefix) })
}

func at(hh, mm int) time.Time {
	return day.At(hh, mm, uitest.OpeningDay().Location())
}

func put(session, del string, n int) journal.AssignChange {
	return journal.AssignChange{Put: []event.Assignment{{Session: session, Delegation: del, Headcount: n}}}
}

// step is one change and what must hold after it.
type step struct {
	name  string
	do    func(s *store.Store) (journal.Entry, error)
	check func(t *testing.T, got []string)
}

func chain() []step {
	return []step{
		{"delay the presidents' forum 30 min", func(s *store.Store) (journal.Entry, error) { return s.Delay("s034", 30) },
			func(t *testing.T, got []string) {
				// 11:15-12:45 still meets the briefing, and now runs into
				// lunch (12:30) for its six delegations.
				for _, want := range []string{"venue_clash s034,s037 ", "delegation_clash s034,s038 d-ph", "delegation_clash s034,s038 d-bn"} {
					if !has(got, want) {
						t.Errorf("lacks %q", want)
					}
				}
			}},
		{"move the briefing to the hotel, 12:20-12:25", func(s *store.Store) (journal.Entry, error) {
			return s.Move("s037", "v-hotel-meet", at(12, 20), at(12, 25))
		}, func(t *testing.T, got []string) {
			if has(got, "venue_clash") {
				t.Error("the venue clash survived the move")
			}
		}},
		{"send the Thai delegation to the briefing", func(s *store.Store) (journal.Entry, error) {
			return s.ChangeAssignments(put("s037", "d-th", 0))
		}, func(t *testing.T, got []string) {
			// GIECC 12:15 -> hotel 12:20 (needs 20) -> GIECC 12:30.
			for _, want := range []string{"too_tight s033,s037 d-th", "too_tight s037,s038 d-th"} {
				if !has(got, want) {
					t.Errorf("lacks %q", want)
				}
			}
		}},
		{"give the briefing 40 more minutes", func(s *store.Store) (journal.Entry, error) {
			return s.Move("s037", "v-hotel-meet", at(12, 20), at(13, 5))
		}, func(t *testing.T, got []string) {
			if !has(got, "delegation_clash s037,s038 d-th") || has(got, "too_tight s037,s038") {
				t.Error("an overlap with lunch is a clash, not a tight transfer")
			}
		}},
		{"cancel the briefing", func(s *store.Store) (journal.Entry, error) { return s.Cancel("s037") },
			func(t *testing.T, got []string) {
				if has(got, "too_tight") || has(got, "delegation_clash s037") {
					t.Error("a cancelled session still takes part in the rules")
				}
			}},
		{"Meeting Room 1 out of service 11:00-12:00", func(s *store.Store) (journal.Entry, error) {
			return s.SetOutage(event.Outage{Venue: "v-giecc-m1", From: at(11, 0), To: at(12, 0), Reason: "projector"}, false)
		}, func(t *testing.T, got []string) {
			if !has(got, "out_of_service s035") {
				t.Error("lacks out_of_service s035")
			}
		}},
		{"move Cambodia from the language forum to Hall B", func(s *store.Store) (journal.Entry, error) {
			return s.ChangeAssignments(journal.AssignChange{
				Remove: []event.Assignment{{Session: "s035", Delegation: "d-kh"}},
				Put:    []event.Assignment{{Session: "s033", Delegation: "d-kh"}},
			})
		}, func(t *testing.T, got []string) {
			// 100 expected still overflow 80 seats, with two delegations.
			if !has(got, "over_capacity s035 d-cn-univ,d-la") {
				t.Errorf("over capacity should name the two delegations left")
			}
		}},
		{"send 90 Thai youth to the language forum: fuller still", func(s *store.Store) (journal.Entry, error) {
			return s.ChangeAssignments(put("s035", "y-th", 90))
		}, func(t *testing.T, got []string) {
			if !has(got, "over_capacity s035 d-cn-univ,d-la,y-th") {
				t.Error("lacks the bigger over capacity")
			}
		}},
	}
}

func TestRuleChainsAndTheirUndo(t *testing.T) {
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	now := clk.Now()
	base := problemSet(t, s, now)
	if !slices.Equal(base, []string{"over_capacity s035 d-cn-univ,d-kh,d-la", "venue_clash s034,s037 "}) {
		t.Fatalf("the demo's problems: %q", base)
	}
	snaps := [][]string{base}
	var entries []journal.Entry
	for _, st := range chain() {
		e, err := st.do(s)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		got := problemSet(t, s, now)
		t.Run(st.name, func(t *testing.T) { st.check(t, got) })
		entries = append(entries, e)
		snaps = append(snaps, got)
	}
	// Undo from the last change back: each undo gives back exactly the
	// problems of the step before.
	for i := len(entries) - 1; i >= 0; i-- {
		if _, err := s.Undo(entries[i].ID, "test"); err != nil {
			t.Fatalf("undo %d: %v", i, err)
		}
		if got := problemSet(t, s, now); !slices.Equal(got, snaps[i]) {
			t.Errorf("after undoing %q:\n got  %q\n want %q", chain()[i].name, got, snaps[i])
		}
	}
}

func TestUndoOutOfOrderKeepsTheOtherChanges(t *testing.T) {
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	now := clk.Now()
	delay, err := s.Delay("s034", 30)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetOutage(event.Outage{Venue: "v-giecc-c", From: at(12, 30), To: at(13, 0)}, false); err != nil {
		t.Fatal(err)
	}
	got := problemSet(t, s, now)
	if !has(got, "out_of_service s034") || !has(got, "delegation_clash s034,s038") {
		t.Fatalf("delayed forum in the outage and into lunch: %q", got)
	}
	if _, err := s.Undo(delay.ID, "wrong session"); err != nil {
		t.Fatal(err)
	}
	got = problemSet(t, s, now)
	// Back at 10:45-12:15 the forum meets neither the outage nor lunch;
	// the briefing (12:00-12:45) now does meet the outage.
	if has(got, "out_of_service s034") || has(got, "delegation_clash") {
		t.Errorf("the undone delay still counts: %q", got)
	}
	if !has(got, "out_of_service s037") || !has(got, "venue_clash s034,s037") {
		t.Errorf("the outage and the planned clash should stand: %q", got)
	}
}

func TestLiftingAnOutageAndUndoingTheLift(t *testing.T) {
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	now := clk.Now()
	o := event.Outage{Venue: "v-giecc-a", From: at(9, 0), To: at(9, 30), Reason: "power"}
	set, err := s.SetOutage(o, false)
	if err != nil {
		t.Fatal(err)
	}
	var c journal.OutageChange
	if err := set.Decode(&c); err != nil {
		t.Fatal(err)
	}
	if !has(problemSet(t, s, now), "out_of_service s032") {
		t.Fatal("the opening ceremony is not flagged")
	}
	lift, err := s.SetOutage(c.Outage, true)
	if err != nil {
		t.Fatal(err)
	}
	if has(problemSet(t, s, now), "out_of_service") {
		t.Fatal("the lifted outage still flags")
	}
	if _, err := s.Undo(lift.ID, "lifted too early"); err != nil {
		t.Fatal(err)
	}
	if !has(problemSet(t, s, now), "out_of_service s032") {
		t.Fatal("undoing the lift did not bring the outage back")
	}
}

func TestUndoOfAHeadcountChangeRestoresTheOldHeadcount(t *testing.T) {
	// The tab replaces an assignment by removing the old one and putting
	// the new one in one entry, so that the undo puts the old one back.
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	now := clk.Now()
	e, err := s.ChangeAssignments(journal.AssignChange{
		Remove: []event.Assignment{{Session: "s040", Delegation: "d-th", Headcount: 4}},
		Put:    []event.Assignment{{Session: "s040", Delegation: "d-th", Headcount: 120}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if !has(problemSet(t, s, now), "over_capacity s040") {
		t.Fatal("148 in a 120-seat hall is not over capacity")
	}
	if _, err := s.Undo(e.ID, "typo"); err != nil {
		t.Fatal(err)
	}
	v, err := s.Day(day)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(v.Assignments, func(a event.Assignment) bool { return a.Session == "s040" && a.Delegation == "d-th" })
	if i < 0 || v.Assignments[i].Headcount != 4 {
		t.Errorf("after undo: %+v, want d-th with 4 in s040", v.Assignments)
	}
	if has(problemSet(t, s, now), "over_capacity s040") {
		t.Error("still over capacity after the undo")
	}
}
