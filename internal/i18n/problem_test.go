package i18n

import (
	"strings"
	"testing"
	"time"

	"caecw/internal/event"
)

// problemPlan has one problem of every kind, found by the real rules.
func problemPlan() event.Plan {
	loc := time.FixedZone("CST", 8*3600)
	at := func(hh, mm int) time.Time { return time.Date(2025, 7, 25, hh, mm, 0, 0, loc) }
	s := func(id, title, venue string, h1, m1, h2, m2 int) event.Session {
		return event.Session{ID: id, Day: "2025-07-25", Title: title, Venue: venue, Start: at(h1, m1), End: at(h2, m2)}
	}
	return event.Plan{
		Sessions: []event.Session{
			s("s1", "Opening", "hall", 9, 0, 10, 0),
			s("s2", "Press", "hall", 9, 30, 10, 30),
			s("s3", "TVET forum", "huaxi", 10, 45, 11, 30),
			s("s4", "Lunch", "garden", 12, 30, 13, 30),
			s("s5", "Tea", "pavilion", 15, 0, 16, 0),
		},
		Venues: map[string]event.Venue{
			"hall":     {ID: "hall", Name: "Main Hall", NameZh: "主会场", Site: "expo", Capacity: 500},
			"huaxi":    {ID: "huaxi", Name: "Huaxi Room", NameZh: "花溪厅", Site: "huaxi", Capacity: 500},
			"garden":   {ID: "garden", Name: "Garden", NameZh: "花园", Site: "expo", Capacity: 5},
			"pavilion": {ID: "pavilion", Name: "Pavilion", Site: "expo", Capacity: 50},
		},
		Delegations: map[string]event.Delegation{
			"la": {ID: "la", Name: "Lao PDR", NameZh: "老挝", Expected: 12},
		},
		Assignments: []event.Assignment{
			{Session: "s1", Delegation: "la"}, {Session: "s2", Delegation: "la"},
			{Session: "s3", Delegation: "la"}, {Session: "s4", Delegation: "la"},
		},
		Travel: []event.Travel{{FromSite: "expo", ToSite: "huaxi", Minutes: 40}},
		Outages: []event.Outage{
			{ID: "o1", Venue: "garden", From: at(12, 45), To: at(14, 0), Reason: "rain"},
			{ID: "o2", Venue: "pavilion", From: at(14, 30)},
		},
	}
}

func TestProblemSentences(t *testing.T) {
	pl := problemPlan()
	probs := event.DetectProblems(pl)
	want := map[Lang]map[event.ProblemKind][]string{
		EN: {
			event.ProblemVenueClash:      {"Opening and Press overlap in Main Hall"},
			event.ProblemDelegationClash: {"Lao PDR is in Opening and Press at the same time"},
			event.ProblemTooTight:        {"Lao PDR has 15 min to get from Main Hall to Huaxi Room, needs 40"},
			event.ProblemOverCapacity:    {"Lunch: 12 people, Garden holds 5"},
			event.ProblemOutOfService: {
				"Lunch is in Garden, which is out of service 12:45–14:00 (rain)",
				"Tea is in Pavilion, which is out of service from 14:30 until further notice",
			},
		},
		ZH: {
			event.ProblemVenueClash:      {"Opening与Press在主会场时间重叠"},
			event.ProblemDelegationClash: {"老挝同时安排在Opening和Press"},
			event.ProblemTooTight:        {"老挝从主会场到花溪厅只有15分钟，需要40分钟"},
			event.ProblemOverCapacity:    {"Lunch：共12人，花园只能容纳5人"},
			event.ProblemOutOfService: {
				"Lunch安排在花园，该场地12:45–14:00停用（rain）",
				"Tea安排在Pavilion，该场地自14:30起停用，恢复时间待定",
			},
		},
	}
	for lang, byKind := range want {
		p := New(lang)
		got := map[event.ProblemKind][]string{}
		for _, pr := range probs {
			got[pr.Kind] = append(got[pr.Kind], p.Problem(pr, pl, time.FixedZone("CST", 8*3600)))
		}
		for kind, sentences := range byKind {
			if strings.Join(got[kind], "\n") != strings.Join(sentences, "\n") {
				t.Errorf("%s %s:\n got %q\nwant %q", lang, kind, got[kind], sentences)
			}
		}
		if len(got) != len(byKind) {
			t.Errorf("%s: rules found kinds %v, test expects %d kinds", lang, got, len(byKind))
		}
	}
}

func TestProblemUnknownKindFallsBack(t *testing.T) {
	pr := event.Problem{Kind: "new_rule", Message: "something new"}
	if got := New(ZH).Problem(pr, event.Plan{}, nil); got != "something new" {
		t.Errorf("got %q", got)
	}
}
