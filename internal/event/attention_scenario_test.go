package event_test

import (
	"slices"
	"testing"
	"time"

	"caecw/internal/demo"
	"caecw/internal/event"
)

// demoDay26 is the demo's 26 July as the attention list sees it, with a
// scripted day on top: every delegation has arrived by 08:30 except
// Cambodia (half by 08:30, the rest at 14:20) and the Lao youths (10:50);
// every session is marked started on time except the exhibition tour
// s041, which nobody marks; at 14:50 Signing ceremony I (s040) is delayed
// 30 minutes; at 16:00 the signing hall is reported out of service from
// 16:45.
type demoDay26 struct {
	p   event.Plan
	loc *time.Location
}

func loadDemoDay26(t testing.TB) demoDay26 {
	t.Helper()
	prog, err := demo.Programme()
	if err != nil {
		t.Fatal(err)
	}
	loc := prog.Event.Location()
	p := event.Plan{Venues: map[string]event.Venue{}, Delegations: map[string]event.Delegation{}, Travel: prog.Travel}
	for _, v := range prog.Venues {
		p.Venues[v.ID] = v
	}
	for _, d := range prog.Delegations {
		p.Delegations[d.ID] = d
	}
	for _, s := range prog.Sessions {
		if s.Day == "2025-07-26" {
			p.Sessions = append(p.Sessions, s)
		}
	}
	p.Assignments = prog.Assignments
	return demoDay26{p: p, loc: loc}
}

// at is the plan at instant now: arrivals and started marks up to now.
func (d demoDay26) at(now time.Time) event.Plan {
	p := d.p
	day := event.Day("2025-07-26")
	p.Sessions = append([]event.Session(nil), d.p.Sessions...)
	for i := range p.Sessions {
		s := &p.Sessions[i]
		if s.ID == "s040" && !now.Before(day.At(14, 50, d.loc)) {
			s.State.DelayMin = 30
		}
		if s.ID != "s041" && !now.Before(s.EffectiveStart()) {
			s.State.Started = s.EffectiveStart()
		}
	}
	if !now.Before(day.At(16, 0, d.loc)) {
		p.Outages = []event.Outage{{ID: "o1", Venue: "v-giecc-sign", From: day.At(16, 45, d.loc), Reason: "air conditioning"}}
	}
	p.Arrived = map[string]int{}
	for id, del := range p.Delegations {
		switch {
		case id == "d-kh": // half by 08:30, the rest at 14:20
			if !now.Before(day.At(8, 30, d.loc)) {
				p.Arrived[id] = del.Expected / 2
			}
			if !now.Before(day.At(14, 20, d.loc)) {
				p.Arrived[id] = del.Expected
			}
		case id == "y-la": // the Lao youths come at 10:50
			if !now.Before(day.At(10, 50, d.loc)) {
				p.Arrived[id] = del.Expected
			}
		default:
			if !now.Before(day.At(8, 30, d.loc)) {
				p.Arrived[id] = del.Expected
			}
		}
	}
	return p
}

// summary is an item as the expectations below write it:
// kind[severity] sessions.
func summary(items []event.AttentionItem) []string {
	out := []string{}
	for _, it := range items {
		s := string(it.Kind) + "[" + string(it.Severity[0]) + "]"
		for _, id := range it.Sessions {
			s += " " + id
		}
		out = append(out, s)
	}
	return out
}

// TestAttentionDemoDay walks the scripted 26 July from 07:00 to 21:00 in
// five-minute steps. At every step nothing over or beyond the window is
// listed and the order holds; at the instants below the list is exactly
// what a coordinator should be told.
func TestAttentionDemoDay(t *testing.T) {
	d := loadDemoDay26(t)
	day := event.Day("2025-07-26")
	want := map[string][]string{
		"07:00": {},
		"08:05": {"not_arrived[w] s032"},
		"08:45": {"not_arrived[c] s032"},
		"09:30": {},
		"10:30": {"not_arrived[c] s035", "not_arrived[c] s036", "over_capacity[c] s035"},
		"11:10": {"over_capacity[c] s035", "clash[w] s034 s037"},
		"12:20": {"not_arrived[c] s038"},
		"14:10": {"not_started[w] s041"},
		"14:50": {"not_started[w] s041", "knock_on[w] s040 s044", "knock_on[w] s040 s045"},
		"16:00": {"out_of_service[w] s046"},
		"19:00": {},
		"21:00": {},
	}
	seen := 0
	for now := day.At(7, 0, d.loc); !now.After(day.At(21, 0, d.loc)); now = now.Add(5 * time.Minute) {
		p := d.at(now)
		items := event.Attention(p, now, event.AttentionOptions{})
		ends := map[string]time.Time{}
		for _, s := range p.Sessions {
			ends[s.ID] = s.EffectiveEnd()
		}
		for i, it := range items {
			if it.At.After(now.Add(event.DefaultAttentionWindow)) {
				t.Errorf("%s: %s bites at %s, beyond the window", now.Format("15:04"), it.Kind, it.At.Format("15:04"))
			}
			for _, id := range it.Sessions {
				if over := ends[id]; !over.After(now) && it.Kind != event.AttentionTooTight && it.Kind != event.AttentionKnockOn {
					t.Errorf("%s: %s lists %s, over at %s", now.Format("15:04"), it.Kind, id, over.Format("15:04"))
				}
			}
			if i > 0 && it.At.Before(items[i-1].At) {
				t.Errorf("%s: out of order: %v", now.Format("15:04"), summary(items))
			}
		}
		w, ok := want[now.Format("15:04")]
		if !ok {
			continue
		}
		seen++
		if got := summary(items); !slices.Equal(got, w) {
			t.Errorf("%s: got %q, want %q", now.Format("15:04"), got, w)
		}
	}
	if seen != len(want) {
		t.Fatalf("checked %d instants of %d", seen, len(want))
	}
}

// TestAttentionDemoDetails checks what the items of two instants say:
// who is short and whom to call, and the delay that undoes a knock-on.
func TestAttentionDemoDetails(t *testing.T) {
	d := loadDemoDay26(t)
	day := event.Day("2025-07-26")
	now := day.At(10, 30, d.loc)
	items := event.Attention(d.at(now), now, event.AttentionOptions{})
	kh := d.p.Delegations["d-kh"]
	got := items[0]
	want := []event.Shortfall{{Delegation: "d-kh", Liaison: kh.Liaison, Assigned: kh.Expected, Arrived: kh.Expected / 2}}
	if got.Kind != event.AttentionNotArrived || !slices.Equal(got.Shortfalls, want) || got.InMin != 15 || got.Action != event.ActionOpenDelegation {
		t.Fatalf("10:30 first item: %+v", got)
	}
	now = day.At(14, 50, d.loc)
	items = event.Attention(d.at(now), now, event.AttentionOptions{})
	ko := items[1]
	if ko.Action != event.ActionDelaySession || ko.DelayMin != 15 || ko.InMin != 25 {
		t.Fatalf("14:50 knock-on in the signing hall: %+v", ko)
	}
	far := items[2]
	if far.DelayMin <= 0 || len(far.Delegations) != 8 || far.Need <= far.Have {
		t.Fatalf("14:50 knock-on to the university: %+v", far)
	}
}
