package event

import (
	"sort"
	"time"
)

// Phase is where a session stands at an instant.
type Phase string

// The live phases of a session.
const (
	PhaseUpcoming    Phase = "upcoming"
	PhaseNext        Phase = "next"
	PhaseNow         Phase = "now"
	PhaseOverrunning Phase = "overrunning"
	PhaseDone        Phase = "done"
	PhaseDelayed     Phase = "delayed"
	PhaseCancelled   Phase = "cancelled"
)

// Status is a session's live status: its phase plus the facts a coordinator
// reads beside it.
type Status struct {
	Phase    Phase `json:"phase"`
	DelayMin int   `json:"delay_min,omitempty"`
	Moved    bool  `json:"moved,omitempty"`
}

// String gives the phase in the stable words used by the CLI and JSON:
// "delayed +15", "now", "cancelled"; a delayed session that is next or
// running says so with its delay: "next, delayed +15", "now, delayed +15".
// A move is not a phase (a moved session is also upcoming, running or
// done): read Moved beside it.
func (st Status) String() string {
	switch {
	case st.Phase == PhaseDelayed:
		return "delayed +" + itoa(st.DelayMin)
	case st.Late():
		return string(st.Phase) + ", delayed +" + itoa(st.DelayMin)
	}
	return string(st.Phase)
}

// Late reports whether a session that is next or running was delayed, so
// that its delay is shown beside the phase.
func (st Status) Late() bool {
	return st.DelayMin > 0 && (st.Phase == PhaseNext || st.Phase == PhaseNow)
}

// StatusAt is session s's live status at instant now, on its own.
// A session that has not started and was delayed reads "delayed"; a
// delayed one inside its new slot is "now" (its delay beside it); one
// running past its planned end (see Session.PlannedEnd) because it was
// rescheduled reads "overrunning". Start is inclusive and end
// exclusive: at its start a session is "now", at its end "done". It never says "next": that needs the other sessions of
// the day (see Statuses).
func StatusAt(s Session, now time.Time) Status {
	st := Status{DelayMin: s.State.DelayMin, Moved: s.Moved()}
	start, end := s.EffectiveStart(), s.EffectiveEnd()
	switch {
	case s.State.Cancelled:
		st.Phase = PhaseCancelled
	case now.Before(start):
		if s.State.DelayMin > 0 {
			st.Phase = PhaseDelayed
		} else {
			st.Phase = PhaseUpcoming
		}
	case now.Before(end):
		if !now.Before(s.PlannedEnd()) {
			st.Phase = PhaseOverrunning
		} else {
			st.Phase = PhaseNow
		}
	default:
		st.Phase = PhaseDone
	}
	return st
}

// Statuses gives the live status of every session of a day at now, in the
// order given. The not-yet-started, not-cancelled sessions with the
// earliest effective start are "next", delayed ones too (they keep their
// delay, see Status.Late): one session always reads next while one is to
// come.
func Statuses(sessions []Session, now time.Time) []Status {
	out := make([]Status, len(sessions))
	var next time.Time
	for i, s := range sessions {
		out[i] = StatusAt(s, now)
		if out[i].Phase == PhaseUpcoming || out[i].Phase == PhaseDelayed {
			if st := s.EffectiveStart(); next.IsZero() || st.Before(next) {
				next = st
			}
		}
	}
	for i, s := range sessions {
		if (out[i].Phase == PhaseUpcoming || out[i].Phase == PhaseDelayed) && s.EffectiveStart().Equal(next) {
			out[i].Phase = PhaseNext
		}
	}
	return out
}

// SortSessions orders sessions by effective start, then venue, then id, so
// every screen and report lists a day the same way.
func SortSessions(ss []Session) {
	sort.SliceStable(ss, func(i, j int) bool {
		a, b := ss[i], ss[j]
		if as, bs := a.EffectiveStart(), b.EffectiveStart(); !as.Equal(bs) {
			return as.Before(bs)
		}
		if a.EffectiveVenue() != b.EffectiveVenue() {
			return a.EffectiveVenue() < b.EffectiveVenue()
		}
		return a.ID < b.ID
	})
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
