package event

import (
	"slices"
	"testing"
	"time"
)

// attnPlan is a small day: two venues on one site and one across town,
// three delegations.
func attnPlan(t *testing.T, sessions ...Session) Plan {
	t.Helper()
	return Plan{
		Sessions: sessions,
		Venues: map[string]Venue{
			"va": {ID: "va", Name: "Hall A", Site: "GIECC", Capacity: 100},
			"vb": {ID: "vb", Name: "Hall B", Site: "GIECC", Capacity: 40},
			"vu": {ID: "vu", Name: "Aula", Site: "Uni", Capacity: 500},
		},
		Delegations: map[string]Delegation{
			"d-th": {ID: "d-th", Name: "Thailand", Expected: 20, Liaison: "Somchai +66 1"},
			"d-vn": {ID: "d-vn", Name: "Viet Nam", Expected: 30, Liaison: "Huong"},
			"d-kh": {ID: "d-kh", Name: "Cambodia", Expected: 10},
		},
		Travel:  []Travel{{FromSite: "GIECC", ToSite: "Uni", Minutes: 40}},
		Arrived: map[string]int{},
	}
}

func kinds(items []AttentionItem) []string {
	var out []string
	for _, it := range items {
		out = append(out, string(it.Kind)+":"+joinIDs(it.Sessions))
	}
	return out
}

func joinIDs(ids []string) string {
	s := ""
	for i, id := range ids {
		if i > 0 {
			s += ","
		}
		s += id
	}
	return s
}

func TestAttentionNotArrived(t *testing.T) {
	s1 := sess(t, "s1", "va", 10, 0, 11, 0)
	tests := []struct {
		name    string
		now     time.Time
		assign  []Assignment
		arrived map[string]int
		want    []Shortfall
		sev     Severity
	}{
		{"whole delegations short, an hour ahead", at(t, 9, 0),
			[]Assignment{{Session: "s1", Delegation: "d-th"}, {Session: "s1", Delegation: "d-vn"}},
			map[string]int{"d-th": 5, "d-vn": 30},
			[]Shortfall{{Delegation: "d-th", Liaison: "Somchai +66 1", Assigned: 20, Arrived: 5}}, SeverityWarning},
		{"a group of four is complete once four arrived", at(t, 9, 50),
			[]Assignment{{Session: "s1", Delegation: "d-th", Headcount: 4}, {Session: "s1", Delegation: "d-kh", Headcount: 4}},
			map[string]int{"d-th": 4, "d-kh": 3},
			[]Shortfall{{Delegation: "d-kh", Assigned: 4, Arrived: 3}}, SeverityCritical},
		{"everyone here: nothing", at(t, 9, 30),
			[]Assignment{{Session: "s1", Delegation: "d-th"}}, map[string]int{"d-th": 25}, nil, ""},
		{"beyond the window: nothing yet", at(t, 8, 59),
			[]Assignment{{Session: "s1", Delegation: "d-th"}}, nil, nil, ""},
		{"already started: not this rule", at(t, 10, 1),
			[]Assignment{{Session: "s1", Delegation: "d-th"}}, nil, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := attnPlan(t, s1)
			p.Assignments = tc.assign
			if tc.arrived != nil {
				p.Arrived = tc.arrived
			}
			var got []AttentionItem
			for _, it := range Attention(p, tc.now, AttentionOptions{}) {
				if it.Kind == AttentionNotArrived {
					got = append(got, it)
				}
			}
			if tc.want == nil {
				if len(got) != 0 {
					t.Fatalf("want no item, got %+v", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("want one item, got %+v", got)
			}
			it := got[0]
			if !slices.Equal(it.Shortfalls, tc.want) || it.Severity != tc.sev || it.Action != ActionOpenDelegation {
				t.Fatalf("got %+v", it)
			}
			if !it.At.Equal(at(t, 10, 0)) || it.InMin != int(at(t, 10, 0).Sub(tc.now)/time.Minute) {
				t.Fatalf("at %v in %d", it.At, it.InMin)
			}
		})
	}
}

func TestAttentionKnockOnOfADelay(t *testing.T) {
	// s1 in Hall A is delayed 30 min and now runs into s2 in the same hall.
	s1 := sess(t, "s1", "va", 10, 0, 11, 0)
	s1.State.DelayMin = 30
	s2 := sess(t, "s2", "va", 11, 15, 12, 0)
	p := attnPlan(t, s1, s2)
	items := Attention(p, at(t, 10, 20), AttentionOptions{})
	if got := kinds(items); !slices.Equal(got, []string{"knock_on:s1,s2"}) {
		t.Fatalf("got %v", got)
	}
	it := items[0]
	if it.Action != ActionDelaySession || it.DelayMin != 15 || !it.At.Equal(at(t, 11, 15)) || it.Severity != SeverityWarning {
		t.Fatalf("got %+v", it)
	}
	// The same overlap as planned is a clash, whose fix is a move.
	s1.State.DelayMin = 0
	s1.State.Started = at(t, 10, 0)
	s1.End = at(t, 11, 30)
	items = Attention(attnPlan(t, s1, s2), at(t, 10, 20), AttentionOptions{})
	if got := kinds(items); !slices.Equal(got, []string{"clash:s1,s2"}) || items[0].Action != ActionMoveSession {
		t.Fatalf("got %v %+v", got, items)
	}
}

func TestAttentionKnockOnUnreachable(t *testing.T) {
	// Thailand goes from Hall A to the university, 40 min away; the delay
	// of s1 leaves 25.
	s1 := sess(t, "s1", "va", 10, 0, 11, 0)
	s1.State.DelayMin = 15
	s2 := sess(t, "s2", "vu", 11, 40, 12, 30)
	p := attnPlan(t, s1, s2)
	p.Assignments = []Assignment{{Session: "s1", Delegation: "d-th"}, {Session: "s2", Delegation: "d-th"}}
	p.Arrived = map[string]int{"d-th": 20}
	items := Attention(p, at(t, 11, 0), AttentionOptions{})
	if got := kinds(items); !slices.Equal(got, []string{"knock_on:s1,s2"}) {
		t.Fatalf("got %v", got)
	}
	if it := items[0]; it.Need != 40 || it.Have != 25 || it.DelayMin != 15 || !slices.Equal(it.Delegations, []string{"d-th"}) {
		t.Fatalf("got %+v", it)
	}
	// Without the delay the 40 minutes fit: nothing.
	s1.State.DelayMin = 0
	if items := Attention(attnPlan(t, s1, s2), at(t, 11, 0), AttentionOptions{}); len(items) != 0 {
		t.Fatalf("got %v", kinds(items))
	}
}

func TestAttentionOutOfService(t *testing.T) {
	s1 := sess(t, "s1", "vb", 14, 0, 15, 0)
	p := attnPlan(t, s1)
	p.Outages = []Outage{{ID: "o1", Venue: "vb", From: at(t, 14, 30), To: at(t, 16, 0), Reason: "power"}}
	items := Attention(p, at(t, 13, 45), AttentionOptions{})
	if got := kinds(items); !slices.Equal(got, []string{"out_of_service:s1"}) {
		t.Fatalf("got %v", got)
	}
	if it := items[0]; !it.At.Equal(at(t, 14, 30)) || it.Action != ActionMoveSession || it.Venue != "vb" {
		t.Fatalf("got %+v", it)
	}
	// Too far ahead at 13:29; gone once the session is over.
	for _, now := range []time.Time{at(t, 13, 29), at(t, 15, 0)} {
		if items := Attention(p, now, AttentionOptions{}); len(items) != 0 {
			t.Fatalf("at %v got %v", now, kinds(items))
		}
	}
}

func TestAttentionOverCapacityAheadOnly(t *testing.T) {
	s1 := sess(t, "s1", "vb", 9, 0, 10, 0) // over and done by 10:30
	s2 := sess(t, "s2", "vb", 11, 0, 12, 0)
	p := attnPlan(t, s1, s2)
	p.Assignments = []Assignment{{Session: "s1", Delegation: "d-vn", Headcount: 50}, {Session: "s2", Delegation: "d-vn"}, {Session: "s2", Delegation: "d-th"}}
	p.Arrived = map[string]int{"d-vn": 30, "d-th": 20}
	items := Attention(p, at(t, 10, 30), AttentionOptions{})
	if got := kinds(items); !slices.Equal(got, []string{"over_capacity:s2"}) {
		t.Fatalf("got %v", got)
	}
	if it := items[0]; it.Need != 50 || it.Have != 40 || it.Action != ActionReassign {
		t.Fatalf("got %+v", it)
	}
	// A running session over capacity is critical.
	p.Sessions[1].State.Started = at(t, 11, 0)
	items = Attention(p, at(t, 11, 30), AttentionOptions{})
	if len(items) != 1 || items[0].Severity != SeverityCritical || items[0].InMin != -30 {
		t.Fatalf("got %+v", items)
	}
}

func TestAttentionNotStarted(t *testing.T) {
	s1 := sess(t, "s1", "va", 10, 0, 11, 0)
	p := attnPlan(t, s1)
	for _, tc := range []struct {
		now  time.Time
		edit func(*Session)
		want bool
	}{
		{at(t, 10, 9), nil, false},
		{at(t, 10, 10), nil, true},
		{at(t, 10, 59), nil, true},
		{at(t, 11, 0), nil, false},
		{at(t, 10, 30), func(s *Session) { s.State.Started = at(t, 10, 2) }, false},
		{at(t, 10, 30), func(s *Session) { s.State.Cancelled = true }, false},
	} {
		s := s1
		if tc.edit != nil {
			tc.edit(&s)
		}
		p.Sessions = []Session{s}
		items := Attention(p, tc.now, AttentionOptions{})
		got := len(items) == 1 && items[0].Kind == AttentionNotStarted && items[0].Action == ActionMarkStarted
		if got != tc.want || (!tc.want && len(items) != 0) {
			t.Errorf("at %v: got %v", tc.now.Format("15:04"), kinds(items))
		}
	}
}

func TestAttentionWindowAndOrder(t *testing.T) {
	s1 := sess(t, "s1", "va", 10, 0, 11, 0)
	s2 := sess(t, "s2", "vb", 11, 30, 12, 0)
	s3 := sess(t, "s3", "vu", 9, 40, 12, 0)
	p := attnPlan(t, s1, s2, s3)
	p.Assignments = []Assignment{{Session: "s1", Delegation: "d-th"}, {Session: "s2", Delegation: "d-kh"}}
	now := at(t, 9, 55)
	got := kinds(Attention(p, now, AttentionOptions{}))
	if want := []string{"not_started:s3", "not_arrived:s1"}; !slices.Equal(got, want) {
		t.Fatalf("60 min: got %v want %v", got, want)
	}
	got = kinds(Attention(p, now, AttentionOptions{Window: 2 * time.Hour}))
	if want := []string{"not_started:s3", "not_arrived:s1", "not_arrived:s2"}; !slices.Equal(got, want) {
		t.Fatalf("2 h: got %v want %v", got, want)
	}
}
