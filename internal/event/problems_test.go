package event

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// testVenues: hall and annex share the main site, garden is on campus B,
// museum is in town, shed has no site recorded.
func testVenues() map[string]Venue {
	return map[string]Venue{
		"hall":   {ID: "hall", Name: "Great Hall", Site: "main", Capacity: 100},
		"annex":  {ID: "annex", Name: "Annex", Site: "main", Capacity: 30},
		"garden": {ID: "garden", Name: "Garden", Site: "campusB", Capacity: 0},
		"museum": {ID: "museum", Name: "Museum", Site: "town", Capacity: 50},
		"shed":   {ID: "shed", Name: "Shed", Capacity: 100},
	}
}

func testDelegations() map[string]Delegation {
	return map[string]Delegation{
		"vn": {ID: "vn", Name: "Viet Nam", Expected: 20},
		"th": {ID: "th", Name: "Thailand", Expected: 15},
		"kh": {ID: "kh", Name: "Cambodia", Expected: 40},
	}
}

// brief is a problem reduced to what tests compare.
func brief(ps []Problem) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		s := string(p.Kind) + " " + strings.Join(p.Sessions, ",")
		if len(p.Delegations) > 0 {
			s += " " + strings.Join(p.Delegations, ",")
		}
		if p.Venue != "" {
			s += " @" + p.Venue
		}
		if p.Need != 0 || p.Have != 0 {
			s += fmt.Sprintf(" %d/%d", p.Need, p.Have)
		}
		out[i] = s
	}
	return out
}

func expect(t *testing.T, p Plan, want ...string) []Problem {
	t.Helper()
	got := DetectProblems(p)
	if b := brief(got); !reflect.DeepEqual(b, want) && !(len(b) == 0 && len(want) == 0) {
		t.Errorf("problems:\n got  %q\n want %q", b, want)
	}
	return got
}

func TestNoProblems(t *testing.T) {
	expect(t, Plan{})
	expect(t, Plan{Venues: testVenues(), Sessions: []Session{sess(t, "a", "hall", 9, 0, 10, 0)}})
}

func TestVenueClash(t *testing.T) {
	v := testVenues()
	t.Run("overlap", func(t *testing.T) {
		ps := expect(t, Plan{Venues: v, Sessions: []Session{
			sess(t, "b", "hall", 9, 30, 10, 30), sess(t, "a", "hall", 9, 0, 10, 0),
		}}, "venue_clash a,b @hall")
		if !strings.Contains(ps[0].Message, "Great Hall") || !strings.Contains(ps[0].Message, "Ta and Tb") {
			t.Errorf("message %q", ps[0].Message)
		}
	})
	t.Run("touching end==start is no clash", func(t *testing.T) {
		expect(t, Plan{Venues: v, Sessions: []Session{sess(t, "a", "hall", 9, 0, 10, 0), sess(t, "b", "hall", 10, 0, 11, 0)}})
	})
	t.Run("different venues", func(t *testing.T) {
		expect(t, Plan{Venues: v, Sessions: []Session{sess(t, "a", "hall", 9, 0, 10, 0), sess(t, "b", "annex", 9, 0, 10, 0)}})
	})
	t.Run("contained", func(t *testing.T) {
		expect(t, Plan{Venues: v, Sessions: []Session{sess(t, "a", "hall", 9, 0, 12, 0), sess(t, "b", "hall", 10, 0, 10, 30)}},
			"venue_clash a,b @hall")
	})
	t.Run("three-way", func(t *testing.T) {
		expect(t, Plan{Venues: v, Sessions: []Session{
			sess(t, "c", "hall", 9, 50, 10, 40), sess(t, "a", "hall", 9, 0, 10, 0), sess(t, "b", "hall", 9, 30, 10, 30),
		}}, "venue_clash a,b @hall", "venue_clash a,c @hall", "venue_clash b,c @hall")
	})
	t.Run("long session clashes past a non-clashing neighbour", func(t *testing.T) {
		// a covers the morning; b and c follow each other inside it.
		expect(t, Plan{Venues: v, Sessions: []Session{
			sess(t, "a", "hall", 9, 0, 12, 0), sess(t, "b", "hall", 9, 30, 10, 0), sess(t, "c", "hall", 10, 0, 10, 30),
		}}, "venue_clash a,b @hall", "venue_clash a,c @hall")
	})
	t.Run("after a delay", func(t *testing.T) {
		a := sess(t, "a", "hall", 9, 0, 10, 0)
		a.State.DelayMin = 15
		expect(t, Plan{Venues: v, Sessions: []Session{a, sess(t, "b", "hall", 10, 0, 11, 0)}}, "venue_clash a,b @hall")
	})
	t.Run("delay removes a clash", func(t *testing.T) {
		b := sess(t, "b", "hall", 9, 30, 10, 30)
		b.State.DelayMin = 30
		expect(t, Plan{Venues: v, Sessions: []Session{sess(t, "a", "hall", 9, 0, 10, 0), b}})
	})
	t.Run("moved into a busy venue", func(t *testing.T) {
		b := sess(t, "b", "annex", 9, 30, 10, 30)
		b.State.MovedTo = "hall"
		expect(t, Plan{Venues: v, Sessions: []Session{sess(t, "a", "hall", 9, 0, 10, 0), b}}, "venue_clash a,b @hall")
	})
	t.Run("moved out of a clash", func(t *testing.T) {
		b := sess(t, "b", "hall", 9, 30, 10, 30)
		b.State.MovedTo = "annex"
		expect(t, Plan{Venues: v, Sessions: []Session{sess(t, "a", "hall", 9, 0, 10, 0), b}})
	})
	t.Run("rescheduled into a clash", func(t *testing.T) {
		b := sess(t, "b", "hall", 14, 0, 15, 0)
		b.State.NewStart = at(t, 9, 45)
		expect(t, Plan{Venues: v, Sessions: []Session{b, sess(t, "a", "hall", 9, 0, 10, 0)}}, "venue_clash a,b @hall")
	})
	t.Run("cancelled is ignored", func(t *testing.T) {
		b := sess(t, "b", "hall", 9, 30, 10, 30)
		b.State.Cancelled = true
		expect(t, Plan{Venues: v, Sessions: []Session{sess(t, "a", "hall", 9, 0, 10, 0), b}})
	})
	t.Run("no venue cannot clash", func(t *testing.T) {
		expect(t, Plan{Venues: v, Sessions: []Session{sess(t, "bus1", "", 9, 0, 10, 0), sess(t, "bus2", "", 9, 0, 10, 0)}})
	})
	t.Run("unknown venue still clashes with itself", func(t *testing.T) {
		ps := expect(t, Plan{Venues: v, Sessions: []Session{sess(t, "a", "x9", 9, 0, 10, 0), sess(t, "b", "x9", 9, 0, 10, 0)}},
			"venue_clash a,b @x9")
		if !strings.Contains(ps[0].Message, "x9") {
			t.Errorf("message %q", ps[0].Message)
		}
	})
}

// Chains of changes and their undo: DetectProblems depends only on the
// plan it is given, so restoring an earlier State restores its problems.
func TestProblemsFollowStateChain(t *testing.T) {
	v := testVenues()
	a := sess(t, "a", "hall", 9, 0, 10, 0)
	b := sess(t, "b", "annex", 10, 0, 11, 0)
	assign := []Assignment{{Session: "a", Delegation: "vn"}, {Session: "b", Delegation: "vn"}}
	plan := func(sa, sb State) Plan {
		a.State, b.State = sa, sb
		return Plan{Venues: v, Delegations: testDelegations(), Assignments: assign, Sessions: []Session{a, b}}
	}
	expect(t, plan(State{}, State{}))
	// a delayed 30: the delegation is now in both at 10:00-10:30.
	expect(t, plan(State{DelayMin: 30}, State{}), "delegation_clash a,b vn")
	// b moved to the garden on campus B and later: travel is too tight.
	expect(t, plan(State{DelayMin: 30}, State{MovedTo: "garden", NewStart: at(t, 10, 45)}), "too_tight a,b vn 30/15")
	// then b moved on into the hall, right after a: same venue, fine.
	expect(t, plan(State{DelayMin: 30}, State{MovedTo: "hall", NewStart: at(t, 10, 30)}))
	// then into the hall at a time a still runs: a venue clash too.
	expect(t, plan(State{DelayMin: 30}, State{MovedTo: "hall", NewStart: at(t, 10, 15)}),
		"venue_clash a,b @hall", "delegation_clash a,b vn")
	// undo everything.
	expect(t, plan(State{}, State{}))
	// cancelling one of a clashing pair clears the clash.
	expect(t, plan(State{DelayMin: 30}, State{Cancelled: true}))
}

func TestDelegationClash(t *testing.T) {
	v, d := testVenues(), testDelegations()
	ss := []Session{sess(t, "a", "hall", 9, 0, 10, 0), sess(t, "b", "annex", 9, 30, 10, 30), sess(t, "c", "annex", 10, 30, 11, 0)}
	t.Run("whole delegation in two places", func(t *testing.T) {
		ps := expect(t, Plan{Venues: v, Delegations: d, Sessions: ss, Assignments: []Assignment{
			{Session: "b", Delegation: "vn"}, {Session: "a", Delegation: "vn"}, {Session: "c", Delegation: "vn"},
		}}, "delegation_clash a,b vn")
		if !strings.Contains(ps[0].Message, "Viet Nam") {
			t.Errorf("message %q", ps[0].Message)
		}
	})
	t.Run("different delegations", func(t *testing.T) {
		expect(t, Plan{Venues: v, Delegations: d, Sessions: ss, Assignments: []Assignment{
			{Session: "a", Delegation: "vn"}, {Session: "b", Delegation: "th"},
		}})
	})
	t.Run("split into groups that fit", func(t *testing.T) {
		expect(t, Plan{Venues: v, Delegations: d, Sessions: ss, Assignments: []Assignment{
			{Session: "a", Delegation: "vn", Headcount: 12}, {Session: "b", Delegation: "vn", Headcount: 8},
		}})
	})
	t.Run("groups larger than the delegation", func(t *testing.T) {
		expect(t, Plan{Venues: v, Delegations: d, Sessions: ss, Assignments: []Assignment{
			{Session: "a", Delegation: "vn", Headcount: 12}, {Session: "b", Delegation: "vn", Headcount: 9},
		}}, "delegation_clash a,b vn")
	})
	t.Run("whole plus a group", func(t *testing.T) {
		expect(t, Plan{Venues: v, Delegations: d, Sessions: ss, Assignments: []Assignment{
			{Session: "a", Delegation: "vn"}, {Session: "b", Delegation: "vn", Headcount: 2},
		}}, "delegation_clash a,b vn")
	})
	t.Run("three groups, pairwise fine, together too many", func(t *testing.T) {
		three := []Session{sess(t, "a", "hall", 9, 0, 10, 0), sess(t, "b", "annex", 9, 0, 10, 0), sess(t, "c", "museum", 9, 30, 10, 0)}
		expect(t, Plan{Venues: v, Delegations: d, Sessions: three, Assignments: []Assignment{
			{Session: "a", Delegation: "vn", Headcount: 8}, {Session: "b", Delegation: "vn", Headcount: 8}, {Session: "c", Delegation: "vn", Headcount: 8},
		}}, "delegation_clash b,a vn", "delegation_clash b,c vn", "delegation_clash a,c vn")
	})
	t.Run("three groups that never all meet", func(t *testing.T) {
		// a and b overlap, b and c overlap, a and c do not: 8+8 at most.
		three := []Session{sess(t, "a", "hall", 9, 0, 10, 0), sess(t, "b", "annex", 9, 30, 10, 30), sess(t, "c", "hall", 10, 0, 11, 0)}
		expect(t, Plan{Venues: v, Delegations: d, Sessions: three, Assignments: []Assignment{
			{Session: "a", Delegation: "vn", Headcount: 8}, {Session: "b", Delegation: "vn", Headcount: 8}, {Session: "c", Delegation: "vn", Headcount: 8},
		}})
	})
	t.Run("groups of a delegation of unknown size", func(t *testing.T) {
		expect(t, Plan{Venues: v, Delegations: d, Sessions: ss, Assignments: []Assignment{
			{Session: "a", Delegation: "zz", Headcount: 25}, {Session: "b", Delegation: "zz", Headcount: 25},
		}})
	})
	t.Run("whole delegation of unknown size plus a group", func(t *testing.T) {
		expect(t, Plan{Venues: v, Delegations: d, Sessions: ss, Assignments: []Assignment{
			{Session: "a", Delegation: "zz", Headcount: 5}, {Session: "b", Delegation: "zz"},
		}}, "delegation_clash a,b zz")
	})
	t.Run("duplicate assignment to one session is no clash", func(t *testing.T) {
		expect(t, Plan{Venues: v, Delegations: d, Sessions: ss[:1], Assignments: []Assignment{
			{Session: "a", Delegation: "vn"}, {Session: "a", Delegation: "vn"},
		}})
	})
	t.Run("assignment to a cancelled or unknown session", func(t *testing.T) {
		c := []Session{ss[0], ss[1]}
		c[1].State.Cancelled = true
		expect(t, Plan{Venues: v, Delegations: d, Sessions: c, Assignments: []Assignment{
			{Session: "a", Delegation: "vn"}, {Session: "b", Delegation: "vn"}, {Session: "nope", Delegation: "vn"},
		}})
	})
	t.Run("three-way whole", func(t *testing.T) {
		three := []Session{sess(t, "a", "hall", 9, 0, 10, 0), sess(t, "b", "annex", 9, 0, 10, 0), sess(t, "c", "museum", 9, 30, 10, 0)}
		expect(t, Plan{Venues: v, Delegations: d, Sessions: three, Assignments: []Assignment{
			{Session: "c", Delegation: "th"}, {Session: "b", Delegation: "th"}, {Session: "a", Delegation: "th"},
		}}, "delegation_clash b,a th", "delegation_clash b,c th", "delegation_clash a,c th")
	})
}

func TestTooTight(t *testing.T) {
	v, d := testVenues(), testDelegations()
	pair := func(v1 string, gapMin int, v2 string) []Session {
		b := sess(t, "b", v2, 10, 0, 11, 0)
		b.Start = at(t, 10, 0).Add(time.Duration(gapMin) * time.Minute)
		b.End = b.Start.Add(time.Hour)
		return []Session{sess(t, "a", v1, 9, 0, 10, 0), b}
	}
	both := []Assignment{{Session: "a", Delegation: "vn"}, {Session: "b", Delegation: "vn"}}
	travel := []Travel{{FromSite: "main", ToSite: "town", Minutes: 45}}
	tests := []struct {
		name   string
		ss     []Session
		travel []Travel
		want   []string
	}{
		{"same venue, no gap", pair("hall", 0, "hall"), nil, nil},
		{"same site, no gap", pair("hall", 0, "annex"), nil, nil},
		{"different sites default 30, 29 short", pair("hall", 29, "garden"), nil, []string{"too_tight a,b vn 30/29"}},
		{"different sites default 30, 30 fits", pair("hall", 30, "garden"), nil, nil},
		{"table entry", pair("hall", 40, "museum"), travel, []string{"too_tight a,b vn 45/40"}},
		{"table entry read backwards", pair("museum", 40, "annex"), travel, []string{"too_tight a,b vn 45/40"}},
		{"table entry enough", pair("museum", 45, "hall"), travel, nil},
		{"not in table falls back to 30", pair("museum", 40, "garden"), travel, nil},
		{"site unknown", pair("shed", 0, "garden"), nil, nil},
		{"venue unknown", pair("nowhere", 0, "garden"), nil, nil},
		{"explicit same-site time", pair("hall", 5, "annex"), []Travel{{FromSite: "main", ToSite: "main", Minutes: 10}}, []string{"too_tight a,b vn 10/5"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, Plan{Venues: v, Delegations: d, Sessions: tc.ss, Assignments: both, Travel: tc.travel}, tc.want...)
		})
	}
	t.Run("after a move", func(t *testing.T) {
		ss := pair("hall", 10, "annex")
		ss[1].State.MovedTo = "museum"
		ps := expect(t, Plan{Venues: v, Delegations: d, Sessions: ss, Assignments: both, Travel: travel}, "too_tight a,b vn 45/10")
		if m := ps[0].Message; !strings.Contains(m, "Great Hall") || !strings.Contains(m, "Museum") || !strings.Contains(m, "Viet Nam") {
			t.Errorf("message %q", m)
		}
	})
	t.Run("after a delay", func(t *testing.T) {
		ss := pair("hall", 40, "garden")
		ss[0].State.DelayMin = 20
		expect(t, Plan{Venues: v, Delegations: d, Sessions: ss, Assignments: both}, "too_tight a,b vn 30/20")
	})
	t.Run("only the next session counts", func(t *testing.T) {
		// hall 9-10, garden 10:30-11, hall 11:30: two legs that fit; hall to
		// hall (skipping the garden) is not a transfer anyone makes.
		ss := []Session{sess(t, "a", "hall", 9, 0, 10, 0), sess(t, "b", "garden", 10, 30, 11, 0), sess(t, "c", "museum", 11, 30, 12, 0)}
		as := []Assignment{{Session: "a", Delegation: "vn"}, {Session: "b", Delegation: "vn"}, {Session: "c", Delegation: "vn"}}
		expect(t, Plan{Venues: v, Delegations: d, Sessions: ss, Assignments: as})
	})
	t.Run("transfer out of a long session with a clash inside", func(t *testing.T) {
		ss := []Session{sess(t, "a", "hall", 9, 0, 12, 0), sess(t, "b", "annex", 10, 0, 11, 0), sess(t, "c", "garden", 12, 10, 13, 0)}
		as := []Assignment{{Session: "a", Delegation: "vn"}, {Session: "b", Delegation: "vn"}, {Session: "c", Delegation: "vn"}}
		expect(t, Plan{Venues: v, Delegations: d, Sessions: ss, Assignments: as},
			"delegation_clash a,b vn", "too_tight a,c vn 30/10")
	})
	t.Run("two next sessions at once", func(t *testing.T) {
		// Groups of the delegation go on to two parallel sessions.
		ss := []Session{sess(t, "a", "hall", 9, 0, 10, 0), sess(t, "b", "garden", 10, 10, 11, 0), sess(t, "c", "museum", 10, 10, 11, 0)}
		as := []Assignment{{Session: "a", Delegation: "vn"}, {Session: "b", Delegation: "vn", Headcount: 10}, {Session: "c", Delegation: "vn", Headcount: 10}}
		expect(t, Plan{Venues: v, Delegations: d, Sessions: ss, Assignments: as},
			"too_tight a,b vn 30/10", "too_tight a,c vn 30/10")
	})
	t.Run("cancelled next session", func(t *testing.T) {
		ss := []Session{sess(t, "a", "hall", 9, 0, 10, 0), sess(t, "b", "garden", 10, 5, 11, 0), sess(t, "c", "annex", 11, 0, 12, 0)}
		ss[1].State.Cancelled = true
		as := []Assignment{{Session: "a", Delegation: "vn"}, {Session: "b", Delegation: "vn"}, {Session: "c", Delegation: "vn"}}
		expect(t, Plan{Venues: v, Delegations: d, Sessions: ss, Assignments: as})
	})
}

func TestTravelMinutes(t *testing.T) {
	table := []Travel{
		{FromSite: "main", ToSite: "town", Minutes: 45},
		{FromSite: "hill", ToSite: "main", Minutes: 10},
		{FromSite: "main", ToSite: "hill", Minutes: 25}, // uphill
		{FromSite: "big", ToSite: "big", Minutes: 12},
	}
	for _, tc := range []struct {
		from, to string
		want     int
	}{
		{"main", "town", 45}, {"town", "main", 45},
		{"hill", "main", 10}, {"main", "hill", 25},
		{"main", "main", 0}, {"big", "big", 12},
		{"main", "campusB", DefaultTravelMinutes}, {"campusB", "town", DefaultTravelMinutes},
	} {
		if got := TravelMinutes(table, tc.from, tc.to); got != tc.want {
			t.Errorf("TravelMinutes(%s, %s) = %d, want %d", tc.from, tc.to, got, tc.want)
		}
		if got := newTravelTable(table).minutes(tc.from, tc.to); got != tc.want {
			t.Errorf("travelTable(%s, %s) = %d, want %d", tc.from, tc.to, got, tc.want)
		}
	}
	// With a duplicate entry the first one counts in both lookups.
	dup := []Travel{{FromSite: "a", ToSite: "b", Minutes: 5}, {FromSite: "a", ToSite: "b", Minutes: 50}, {FromSite: "b", ToSite: "a", Minutes: 7}}
	if TravelMinutes(dup, "a", "b") != 5 || newTravelTable(dup).minutes("a", "b") != 5 || newTravelTable(dup).minutes("b", "a") != 7 {
		t.Error("duplicate entries read inconsistently")
	}
	// Only the other direction given, twice: the first one counts.
	if TravelMinutes(dup[:2], "b", "a") != 5 || newTravelTable(dup[:2]).minutes("b", "a") != 5 {
		t.Error("duplicate reverse entries read inconsistently")
	}
	if TravelMinutes(nil, "x", "x") != 0 || TravelMinutes(nil, "x", "y") != 30 {
		t.Error("empty table")
	}
}

func TestOverCapacity(t *testing.T) {
	v, d := testVenues(), testDelegations()
	annex := func() Session { return sess(t, "a", "annex", 10, 0, 11, 0) } // holds 30
	tests := []struct {
		name    string
		s       Session
		as      []Assignment
		arrived map[string]int
		now     time.Time
		want    []string
	}{
		{"fits", annex(), []Assignment{{Session: "a", Delegation: "vn"}}, nil, time.Time{}, nil},
		{"exactly full", annex(), []Assignment{{Session: "a", Delegation: "vn"}, {Session: "a", Delegation: "th", Headcount: 10}}, nil, time.Time{}, nil},
		{"whole delegations too many", annex(), []Assignment{{Session: "a", Delegation: "vn"}, {Session: "a", Delegation: "th"}}, nil, time.Time{},
			[]string{"over_capacity a th,vn @annex 35/30"}},
		{"headcount counts, not the delegation", annex(), []Assignment{{Session: "a", Delegation: "kh", Headcount: 25}}, nil, time.Time{}, nil},
		{"headcount 0 is the whole delegation", annex(), []Assignment{{Session: "a", Delegation: "kh"}}, nil, time.Time{},
			[]string{"over_capacity a kh @annex 40/30"}},
		{"arrivals do not count before the start", annex(), []Assignment{{Session: "a", Delegation: "vn"}}, map[string]int{"vn": 35}, at(t, 9, 59), nil},
		{"arrivals count once running, when larger", annex(), []Assignment{{Session: "a", Delegation: "vn"}}, map[string]int{"vn": 35}, at(t, 10, 0),
			[]string{"over_capacity a vn @annex 35/30"}},
		{"arrivals no longer count at the end", annex(), []Assignment{{Session: "a", Delegation: "vn"}}, map[string]int{"vn": 35}, at(t, 11, 0), nil},
		{"fewer arrivals do not lower the plan", annex(), []Assignment{{Session: "a", Delegation: "kh"}}, map[string]int{"kh": 5}, at(t, 10, 30),
			[]string{"over_capacity a kh @annex 40/30"}},
		{"a group is not bigger for walk-ins", annex(), []Assignment{{Session: "a", Delegation: "vn", Headcount: 10}, {Session: "a", Delegation: "th"}}, map[string]int{"vn": 35, "th": 15}, at(t, 10, 30), nil},
		{"session expected counts", func() Session { s := annex(); s.Expected = 31; return s }(), nil, nil, time.Time{},
			[]string{"over_capacity a @annex 31/30"}},
		{"capacity 0 is unknown", func() Session { s := annex(); s.Venue = "garden"; return s }(), []Assignment{{Session: "a", Delegation: "kh"}}, nil, time.Time{}, nil},
		{"moved into a smaller room", func() Session { s := sess(t, "a", "hall", 10, 0, 11, 0); s.State.MovedTo = "annex"; return s }(),
			[]Assignment{{Session: "a", Delegation: "kh"}}, nil, time.Time{}, []string{"over_capacity a kh @annex 40/30"}},
		{"moved into a bigger room", func() Session { s := annex(); s.State.MovedTo = "hall"; return s }(),
			[]Assignment{{Session: "a", Delegation: "kh"}}, nil, time.Time{}, nil},
		{"running after a delay counts arrivals", func() Session { s := annex(); s.State.DelayMin = 60; return s }(),
			[]Assignment{{Session: "a", Delegation: "vn"}}, map[string]int{"vn": 31}, at(t, 11, 30), []string{"over_capacity a vn @annex 31/30"}},
		{"cancelled", func() Session { s := annex(); s.State.Cancelled = true; return s }(), []Assignment{{Session: "a", Delegation: "kh"}}, nil, time.Time{}, nil},
		{"duplicate assignment is not added up, latest Rev stands", annex(),
			[]Assignment{{Session: "a", Delegation: "vn", Headcount: 25, Rev: "2"}, {Session: "a", Delegation: "vn", Headcount: 10, Rev: "1"}}, nil, time.Time{}, nil},
		{"duplicate assignment, greatest Rev first", annex(),
			[]Assignment{{Session: "a", Delegation: "vn", Headcount: 31, Rev: "2"}, {Session: "a", Delegation: "vn", Headcount: 10, Rev: "1"}}, nil, time.Time{},
			[]string{"over_capacity a vn @annex 31/30"}},
		{"duplicate assignment, same Rev, later stands", annex(),
			[]Assignment{{Session: "a", Delegation: "vn", Headcount: 31}, {Session: "a", Delegation: "vn", Headcount: 10}}, nil, time.Time{}, nil},
		{"duplicate assignment, latest Rev too many", annex(),
			[]Assignment{{Session: "a", Delegation: "vn", Headcount: 10, Rev: "1"}, {Session: "a", Delegation: "vn", Headcount: 31, Rev: "2"}}, nil, time.Time{},
			[]string{"over_capacity a vn @annex 31/30"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, Plan{Venues: v, Delegations: d, Sessions: []Session{tc.s}, Assignments: tc.as, Arrived: tc.arrived, Now: tc.now}, tc.want...)
		})
	}
	ps := DetectProblems(Plan{Venues: v, Delegations: d, Sessions: []Session{annex()}, Assignments: []Assignment{{Session: "a", Delegation: "vn"}},
		Arrived: map[string]int{"vn": 35}, Now: at(t, 10, 30)})
	if len(ps) != 1 || !strings.Contains(ps[0].Message, "35 arrived") || !strings.Contains(ps[0].Message, "Annex holds 30") {
		t.Errorf("arrived message: %+v", ps)
	}
}

func TestOutOfService(t *testing.T) {
	v := testVenues()
	out := func(venue string, h1, m1, h2, m2 int) Outage {
		return Outage{ID: "o-" + venue, Venue: venue, From: at(t, h1, m1), To: at(t, h2, m2), Reason: "power"}
	}
	tests := []struct {
		name string
		s    Session
		os   []Outage
		want []string
	}{
		{"inside", sess(t, "a", "hall", 10, 0, 11, 0), []Outage{out("hall", 10, 30, 10, 45)}, []string{"out_of_service a @hall"}},
		{"ends at start", sess(t, "a", "hall", 10, 0, 11, 0), []Outage{out("hall", 9, 0, 10, 0)}, nil},
		{"starts at end", sess(t, "a", "hall", 10, 0, 11, 0), []Outage{out("hall", 11, 0, 12, 0)}, nil},
		{"other venue", sess(t, "a", "hall", 10, 0, 11, 0), []Outage{out("annex", 9, 0, 12, 0)}, nil},
		{"once for two windows", sess(t, "a", "hall", 10, 0, 11, 0), []Outage{out("hall", 10, 40, 10, 50), out("hall", 10, 10, 10, 20)}, []string{"out_of_service a @hall"}},
		{"moved into it", func() Session { s := sess(t, "a", "annex", 10, 0, 11, 0); s.State.MovedTo = "hall"; return s }(), []Outage{out("hall", 10, 30, 12, 0)}, []string{"out_of_service a @hall"}},
		{"moved out of it", func() Session { s := sess(t, "a", "hall", 10, 0, 11, 0); s.State.MovedTo = "annex"; return s }(), []Outage{out("hall", 10, 30, 12, 0)}, nil},
		{"delayed into it", func() Session { s := sess(t, "a", "hall", 10, 0, 11, 0); s.State.DelayMin = 30; return s }(), []Outage{out("hall", 11, 10, 12, 0)}, []string{"out_of_service a @hall"}},
		{"rescheduled out of it", func() Session { s := sess(t, "a", "hall", 10, 0, 11, 0); s.State.NewStart = at(t, 14, 0); return s }(), []Outage{out("hall", 10, 0, 12, 0)}, nil},
		{"cancelled", func() Session { s := sess(t, "a", "hall", 10, 0, 11, 0); s.State.Cancelled = true; return s }(), []Outage{out("hall", 10, 0, 12, 0)}, nil},
		{"until further notice", sess(t, "a", "hall", 15, 0, 16, 0), []Outage{{Venue: "hall", From: at(t, 10, 0)}}, []string{"out_of_service a @hall"}},
		{"until further notice, session before", sess(t, "a", "hall", 8, 0, 9, 0), []Outage{{Venue: "hall", From: at(t, 10, 0)}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, Plan{Venues: v, Sessions: []Session{tc.s}, Outages: tc.os}, tc.want...)
		})
	}
	ps := DetectProblems(Plan{Venues: v, Sessions: []Session{sess(t, "a", "hall", 10, 0, 11, 0)},
		Outages: []Outage{out("hall", 10, 40, 10, 50), out("hall", 10, 10, 10, 20)}})
	if m := ps[0].Message; m != "Ta is in Great Hall, out of service 10:10-10:20 (power)" {
		t.Errorf("message %q", m)
	}
}

// The output is grouped by kind, then by venue or delegation, then in
// session order, whatever order the plan's slices come in.
func TestProblemsOrderIsStable(t *testing.T) {
	v, d := testVenues(), testDelegations()
	ss := []Session{
		sess(t, "a", "hall", 9, 0, 10, 0), sess(t, "b", "hall", 9, 30, 10, 30), // venue clash in hall
		sess(t, "c", "annex", 9, 0, 10, 0), sess(t, "e", "annex", 9, 45, 10, 30), // venue clash in annex
		sess(t, "f", "garden", 10, 40, 11, 0), // too tight from hall/annex
		sess(t, "g", "museum", 14, 0, 15, 0),
	}
	as := []Assignment{
		{Session: "a", Delegation: "vn"}, {Session: "c", Delegation: "vn"}, // vn clash
		{Session: "b", Delegation: "th"}, {Session: "e", Delegation: "th"}, {Session: "f", Delegation: "th"}, // th clash and tight
		{Session: "a", Delegation: "kh"}, {Session: "g", Delegation: "kh"}, {Session: "g", Delegation: "vn"}, // over capacity in museum
		{Session: "e", Delegation: "kh", Headcount: 10},
	}
	os := []Outage{{Venue: "museum", From: at(t, 14, 30), To: at(t, 16, 0)}, {Venue: "annex", From: at(t, 9, 0), To: at(t, 9, 10)}}
	want := []string{
		"venue_clash c,e @annex", "venue_clash a,b @hall",
		"delegation_clash a,e kh", "delegation_clash b,e th", "delegation_clash c,a vn",
		// th leaves b and e at 10:30 for the garden.
		"too_tight b,f th 30/10", "too_tight e,f th 30/10",
		// kh 40 + vn 20 in the museum (50); e holds th 15 + kh 10 in the
		// annex (30) and fits.
		"over_capacity g kh,vn @museum 60/50",
		// the annex outage ends before e starts.
		"out_of_service c @annex", "out_of_service g @museum",
	}
	first := expect(t, Plan{Venues: v, Delegations: d, Sessions: ss, Assignments: as, Outages: os}, want...)
	// Reversed inputs give the same output.
	rs := append([]Session(nil), ss...)
	ra := append([]Assignment(nil), as...)
	ro := append([]Outage(nil), os...)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	for i, j := 0, len(ra)-1; i < j; i, j = i+1, j-1 {
		ra[i], ra[j] = ra[j], ra[i]
	}
	ro[0], ro[1] = ro[1], ro[0]
	second := DetectProblems(Plan{Venues: v, Delegations: d, Sessions: rs, Assignments: ra, Outages: ro})
	if !reflect.DeepEqual(first, second) {
		t.Errorf("order depends on input order:\n%q\n%q", brief(first), brief(second))
	}
	// The caller's slices are left as they were.
	if ss[0].ID != "a" || rs[0].ID != "g" {
		t.Error("DetectProblems reordered the caller's sessions")
	}
}

func TestProblemMessages(t *testing.T) {
	v, d := testVenues(), testDelegations()
	ss := []Session{sess(t, "a", "hall", 9, 0, 10, 0), sess(t, "b", "hall", 9, 30, 10, 30), sess(t, "c", "garden", 10, 40, 11, 0)}
	ss[2].Title = "Tea 茶会"
	as := []Assignment{{Session: "a", Delegation: "kh"}, {Session: "b", Delegation: "kh"}, {Session: "c", Delegation: "kh"}, {Session: "b", Delegation: "zz", Headcount: 70}}
	os := []Outage{{Venue: "garden", From: at(t, 10, 50).UTC()}} // recorded in UTC, shown in Guiyang time
	var got []string
	for _, pr := range DetectProblems(Plan{Venues: v, Delegations: d, Sessions: ss, Assignments: as, Outages: os}) {
		got = append(got, pr.Message)
	}
	want := []string{
		"Ta and Tb overlap in Great Hall",
		"Cambodia is in Ta and Tb at the same time",
		"Cambodia has 10 min to get from Great Hall to Garden, needs 30",
		"Tb: 110 assigned, Great Hall holds 100",
		"Tea 茶会 is in Garden, out of service from 10:50 until further notice",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("messages:\n got  %q\n want %q", got, want)
	}
}
