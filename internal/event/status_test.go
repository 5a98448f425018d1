package event

import (
	"testing"
	"time"
)

func TestStatusAt(t *testing.T) {
	base := sess(t, "s1", "hall", 10, 0, 11, 0)
	delayed := base
	delayed.State.DelayMin = 15 // 10:15-11:15
	laterSlot := base
	laterSlot.State.NewStart = at(t, 15, 0) // 15:00-16:00
	laterSlotDelayed := laterSlot
	laterSlotDelayed.State.DelayMin = 10 // 15:10-16:10
	extended := base
	extended.State.NewEnd = at(t, 11, 30) // 10:00-11:30
	shifted := base
	shifted.State.NewStart = at(t, 10, 30) // 10:30-11:30
	earlier := base
	earlier.State.NewStart, earlier.State.NewEnd = at(t, 9, 0), at(t, 10, 0)
	earlier.State.DelayMin = 20 // 09:20-10:20
	cancelled := base
	cancelled.State.Cancelled = true
	moved := base
	moved.State.MovedTo = "annex"
	movedBack := base
	movedBack.State.MovedTo = "hall"

	tests := []struct {
		name   string
		s      Session
		hh, mm int
		want   string
		moved  bool
	}{
		{"before start", base, 9, 59, "upcoming", false},
		{"exactly at start is now", base, 10, 0, "now", false},
		{"running", base, 10, 30, "now", false},
		{"a minute before end", base, 10, 59, "now", false},
		{"exactly at end is done", base, 11, 0, "done", false},
		{"after end", base, 12, 0, "done", false},
		{"delayed before its new start", delayed, 10, 5, "delayed +15", false},
		{"delayed, long before", delayed, 8, 0, "delayed +15", false},
		{"delayed at its new start", delayed, 10, 15, "now, delayed +15", false},
		{"delayed, past printed end, inside its new slot runs", delayed, 11, 0, "now, delayed +15", false},
		{"delayed, running until new end", delayed, 11, 14, "now, delayed +15", false},
		{"delayed at new end is done", delayed, 11, 15, "done", false},
		{"rescheduled to a later slot is upcoming at printed time", laterSlot, 10, 30, "upcoming", false},
		{"rescheduled to a later slot runs as now", laterSlot, 15, 30, "now", false},
		{"rescheduled later then delayed runs in its delayed slot", laterSlotDelayed, 16, 5, "now, delayed +10", false},
		{"rescheduled later then delayed, before new end", laterSlotDelayed, 15, 55, "now, delayed +10", false},
		{"extended past printed end overruns", extended, 11, 15, "overrunning", false},
		{"extended, before printed end", extended, 10, 45, "now", false},
		{"shifted within its slot overruns printed end", shifted, 11, 10, "overrunning", false},
		{"rescheduled earlier and delayed runs in its delayed slot", earlier, 10, 10, "now, delayed +20", false},
		{"rescheduled earlier and delayed, running", earlier, 9, 30, "now, delayed +20", false},
		{"rescheduled earlier and delayed, before", earlier, 9, 10, "delayed +20", false},
		{"cancelled before", cancelled, 9, 0, "cancelled", false},
		{"cancelled during", cancelled, 10, 30, "cancelled", false},
		{"cancelled after", cancelled, 12, 0, "cancelled", false},
		{"moved is a flag beside the phase", moved, 10, 30, "now", true},
		{"moved, upcoming", moved, 9, 0, "upcoming", true},
		{"moved back to its own venue is not moved", movedBack, 10, 30, "now", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := StatusAt(tc.s, at(t, tc.hh, tc.mm))
			if got := st.String(); got != tc.want {
				t.Errorf("StatusAt %02d:%02d = %q, want %q", tc.hh, tc.mm, got, tc.want)
			}
			if st.Moved != tc.moved {
				t.Errorf("Moved = %v, want %v", st.Moved, tc.moved)
			}
			if st.DelayMin != tc.s.State.DelayMin {
				t.Errorf("DelayMin = %d, want %d", st.DelayMin, tc.s.State.DelayMin)
			}
		})
	}
}

func TestStatusAtSubMinuteBoundaries(t *testing.T) {
	s := sess(t, "s", "hall", 10, 0, 11, 0)
	if got := StatusAt(s, at(t, 10, 0).Add(-time.Nanosecond)).Phase; got != PhaseUpcoming {
		t.Errorf("1ns before start: %s", got)
	}
	if got := StatusAt(s, at(t, 11, 0).Add(-time.Nanosecond)).Phase; got != PhaseNow {
		t.Errorf("1ns before end: %s", got)
	}
	// The same instant in another zone reads the same.
	if got := StatusAt(s, at(t, 10, 0).UTC()).Phase; got != PhaseNow {
		t.Errorf("start in UTC: %s", got)
	}
}

func TestStatuses(t *testing.T) {
	a := sess(t, "a", "hall", 9, 0, 10, 0)
	b := sess(t, "b", "hall", 10, 0, 11, 0)
	c := sess(t, "c", "annex", 10, 0, 10, 30) // ties with b
	d := sess(t, "d", "annex", 11, 0, 12, 0)  // later
	x := sess(t, "x", "garden", 9, 30, 9, 45) // cancelled, earliest not-started
	x.State.Cancelled = true
	y := sess(t, "y", "garden", 10, 0, 10, 20) // delayed to 10:40
	y.State.DelayMin = 40
	in := []Session{d, c, x, a, b, y}

	got := Statuses(in, at(t, 9, 10))
	want := []string{"upcoming", "next", "cancelled", "now", "next", "delayed +40"}
	for i := range in {
		if got[i].String() != want[i] {
			t.Errorf("%s at 09:10 = %s, want %s", in[i].ID, got[i], want[i])
		}
	}

	// Once b and c run, y (delayed to 10:40) comes before d: the
	// earliest not-started is y, delayed, and it reads next with its delay.
	got = Statuses(in, at(t, 10, 5))
	want = []string{"upcoming", "now", "cancelled", "done", "now", "next, delayed +40"}
	for i := range in {
		if got[i].String() != want[i] {
			t.Errorf("%s at 10:05 = %s, want %s", in[i].ID, got[i], want[i])
		}
	}

	// y started late and runs past its printed 10:20 end, inside its
	// delayed slot: running, not overrunning.
	got = Statuses(in, at(t, 10, 45))
	want = []string{"next", "done", "cancelled", "done", "now", "now, delayed +40"}
	for i := range in {
		if got[i].String() != want[i] {
			t.Errorf("%s at 10:45 = %s, want %s", in[i].ID, got[i], want[i])
		}
	}

	// After the day, nothing is next.
	for i, st := range Statuses(in, at(t, 23, 0)) {
		if st.Phase == PhaseNext || st.Phase == PhaseUpcoming {
			t.Errorf("%s at 23:00 = %s", in[i].ID, st)
		}
	}
	if len(Statuses(nil, at(t, 9, 0))) != 0 {
		t.Error("Statuses(nil) not empty")
	}
}

func TestStatusesNextUsesEffectiveStart(t *testing.T) {
	// a was printed first but rescheduled after b: b is next.
	a := sess(t, "a", "hall", 9, 0, 10, 0)
	a.State.NewStart = at(t, 12, 0)
	b := sess(t, "b", "annex", 11, 0, 12, 0)
	got := Statuses([]Session{a, b}, at(t, 8, 0))
	if got[0].Phase != PhaseUpcoming || got[1].Phase != PhaseNext {
		t.Errorf("got %v, want upcoming, next", got)
	}
}

func TestStatusString(t *testing.T) {
	for _, tc := range []struct {
		st   Status
		want string
	}{
		{Status{Phase: PhaseDelayed, DelayMin: 5}, "delayed +5"},
		{Status{Phase: PhaseDelayed, DelayMin: 120}, "delayed +120"},
		{Status{Phase: PhaseNow, DelayMin: 10}, "now, delayed +10"},
		{Status{Phase: PhaseOverrunning}, "overrunning"},
		{Status{Phase: PhaseCancelled, Moved: true}, "cancelled"},
	} {
		if got := tc.st.String(); got != tc.want {
			t.Errorf("%+v.String() = %q, want %q", tc.st, got, tc.want)
		}
	}
	for n, want := range map[int]string{0: "0", 7: "7", -3: "-3", 1234567: "1234567"} {
		if got := itoa(n); got != want {
			t.Errorf("itoa(%d) = %q", n, got)
		}
	}
}

func TestSortSessions(t *testing.T) {
	a := sess(t, "a", "hall", 10, 0, 11, 0)
	b := sess(t, "b", "annex", 10, 0, 11, 0)
	c := sess(t, "c", "annex", 10, 0, 11, 0)
	d := sess(t, "d", "hall", 9, 0, 10, 0)
	d.State.DelayMin = 90 // 10:30
	e := sess(t, "e", "zoo", 11, 0, 12, 0)
	e.State.MovedTo = "aaa" // sorts by effective venue
	f := sess(t, "f", "aab", 11, 0, 12, 0)
	ss := []Session{f, e, d, c, b, a}
	SortSessions(ss)
	var got string
	for _, s := range ss {
		got += s.ID
	}
	if got != "bcadef" {
		t.Errorf("order %s, want bcadef", got)
	}
}
