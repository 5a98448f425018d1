package event

import (
	"strings"
	"testing"
	"time"
)

func TestEffectiveTimesAndVenue(t *testing.T) {
	base := sess(t, "s", "hall", 10, 0, 11, 0)
	tests := []struct {
		name               string
		st                 State
		start, end         time.Time
		venue              string
		moved, rescheduled bool
		plannedEnd         time.Time
	}{
		{"as planned", State{}, at(t, 10, 0), at(t, 11, 0), "hall", false, false, at(t, 11, 0)},
		{"delay", State{DelayMin: 20}, at(t, 10, 20), at(t, 11, 20), "hall", false, false, at(t, 11, 20)},
		{"negative delay brings it forward", State{DelayMin: -10}, at(t, 9, 50), at(t, 10, 50), "hall", false, false, at(t, 10, 50)},
		{"moved venue only", State{MovedTo: "annex"}, at(t, 10, 0), at(t, 11, 0), "annex", true, false, at(t, 11, 0)},
		{"moved back to own venue", State{MovedTo: "hall"}, at(t, 10, 0), at(t, 11, 0), "hall", false, false, at(t, 11, 0)},
		{"new start keeps the length", State{NewStart: at(t, 14, 0)}, at(t, 14, 0), at(t, 15, 0), "hall", false, true, at(t, 15, 0)},
		{"new start and end", State{NewStart: at(t, 14, 0), NewEnd: at(t, 16, 30)}, at(t, 14, 0), at(t, 16, 30), "hall", false, true, at(t, 16, 30)},
		{"new end only extends", State{NewEnd: at(t, 11, 45)}, at(t, 10, 0), at(t, 11, 45), "hall", false, true, at(t, 11, 0)},
		{"new end only shortens", State{NewEnd: at(t, 10, 40)}, at(t, 10, 0), at(t, 10, 40), "hall", false, true, at(t, 10, 40)},
		{"new start equal to the plan is no reschedule", State{NewStart: at(t, 10, 0)}, at(t, 10, 0), at(t, 11, 0), "hall", false, false, at(t, 11, 0)},
		{"move, new time and delay together", State{MovedTo: "annex", NewStart: at(t, 13, 0), NewEnd: at(t, 13, 30), DelayMin: 15},
			at(t, 13, 15), at(t, 13, 45), "annex", true, true, at(t, 13, 45)},
		{"cancelled keeps its times", State{Cancelled: true, DelayMin: 5}, at(t, 10, 5), at(t, 11, 5), "hall", false, false, at(t, 11, 5)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := base
			s.State = tc.st
			if got := s.EffectiveStart(); !got.Equal(tc.start) {
				t.Errorf("EffectiveStart = %v, want %v", got, tc.start)
			}
			if got := s.EffectiveEnd(); !got.Equal(tc.end) {
				t.Errorf("EffectiveEnd = %v, want %v", got, tc.end)
			}
			if got := s.EffectiveVenue(); got != tc.venue {
				t.Errorf("EffectiveVenue = %q, want %q", got, tc.venue)
			}
			if got := s.Moved(); got != tc.moved {
				t.Errorf("Moved = %v", got)
			}
			if got := s.Rescheduled(); got != tc.rescheduled {
				t.Errorf("Rescheduled = %v", got)
			}
			if got := s.PlannedEnd(); !got.Equal(tc.plannedEnd) {
				t.Errorf("PlannedEnd = %v, want %v", got, tc.plannedEnd)
			}
		})
	}
}

// A chain of changes is a chain of States, each replacing the last; going
// back to an earlier State restores everything derived from it.
func TestStateChain(t *testing.T) {
	s := sess(t, "s", "hall", 10, 0, 11, 0)
	steps := []struct {
		st         State
		venue      string
		start, end time.Time
	}{
		{State{DelayMin: 10}, "hall", at(t, 10, 10), at(t, 11, 10)},
		{State{DelayMin: 25}, "hall", at(t, 10, 25), at(t, 11, 25)},
		{State{DelayMin: 25, MovedTo: "annex"}, "annex", at(t, 10, 25), at(t, 11, 25)},
		{State{MovedTo: "garden", NewStart: at(t, 15, 0)}, "garden", at(t, 15, 0), at(t, 16, 0)},
		{State{MovedTo: "garden", NewStart: at(t, 15, 0), DelayMin: 5}, "garden", at(t, 15, 5), at(t, 16, 5)},
		{State{}, "hall", at(t, 10, 0), at(t, 11, 0)},
	}
	for i, step := range steps {
		s.State = step.st
		if s.EffectiveVenue() != step.venue || !s.EffectiveStart().Equal(step.start) || !s.EffectiveEnd().Equal(step.end) {
			t.Errorf("step %d: %s %s-%s, want %s %s-%s", i, s.EffectiveVenue(),
				s.EffectiveStart().Format("15:04"), s.EffectiveEnd().Format("15:04"),
				step.venue, step.start.Format("15:04"), step.end.Format("15:04"))
		}
	}
}

func TestParseKind(t *testing.T) {
	for _, k := range Kinds {
		got, err := ParseKind(string(k))
		if err != nil || got != k {
			t.Errorf("ParseKind(%q) = %q, %v", k, got, err)
		}
	}
	if len(Kinds) != 8 {
		t.Errorf("%d kinds, want 8", len(Kinds))
	}
	for _, bad := range []string{"", "Forum", " forum", "talk"} {
		if got, err := ParseKind(bad); err == nil || got != "" {
			t.Errorf("ParseKind(%q) = %q, %v; want error", bad, got, err)
		} else if !strings.Contains(err.Error(), "workshop") {
			t.Errorf("error %q does not list the kinds", err)
		}
	}
}

func TestParseRole(t *testing.T) {
	for _, r := range Roles {
		got, err := ParseRole(string(r))
		if err != nil || got != r {
			t.Errorf("ParseRole(%q) = %q, %v", r, got, err)
		}
	}
	for _, bad := range []string{"", "Head", "vip"} {
		if got, err := ParseRole(bad); err == nil || got != "" {
			t.Errorf("ParseRole(%q) = %q, %v; want error", bad, got, err)
		}
	}
}

func TestEventDaysAndContains(t *testing.T) {
	e := Event{FirstDay: "2025-07-24", LastDay: "2025-07-27"}
	got := e.Days()
	want := []Day{"2025-07-24", "2025-07-25", "2025-07-26", "2025-07-27"}
	if len(got) != len(want) {
		t.Fatalf("Days = %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Days[%d] = %s, want %s", i, got[i], want[i])
		}
	}
	if d := (Event{FirstDay: "2025-07-24", LastDay: "2025-07-24"}).Days(); len(d) != 1 || d[0] != "2025-07-24" {
		t.Errorf("one-day event: %v", d)
	}
	// Across a month end.
	if d := (Event{FirstDay: "2025-07-30", LastDay: "2025-08-02"}).Days(); len(d) != 4 || d[2] != "2025-08-01" {
		t.Errorf("month end: %v", d)
	}
	for _, bad := range []Event{{FirstDay: "2025-07-27", LastDay: "2025-07-24"}, {FirstDay: "", LastDay: "2025-07-24"}, {FirstDay: "2025-07-24", LastDay: "27 July"}} {
		if d := bad.Days(); d != nil {
			t.Errorf("%+v.Days() = %v, want nil", bad, d)
		}
	}
	for d, want := range map[Day]bool{"2025-07-23": false, "2025-07-24": true, "2025-07-26": true, "2025-07-27": true, "2025-07-28": false} {
		if got := e.Contains(d); got != want {
			t.Errorf("Contains(%s) = %v", d, got)
		}
	}
}

func TestEventLocation(t *testing.T) {
	if got := (Event{}).Location().String(); got != "Asia/Shanghai" {
		t.Errorf("default zone %s", got)
	}
	if got := (Event{TimeZone: "Asia/Bangkok"}).Location().String(); got != "Asia/Bangkok" {
		t.Errorf("named zone %s", got)
	}
	if got := (Event{TimeZone: "Nowhere/Atlantis"}).Location().String(); got != "Asia/Shanghai" {
		t.Errorf("bad zone falls back to %s", got)
	}
}
