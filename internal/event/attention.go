package event

import (
	"cmp"
	"slices"
	"strconv"
	"time"
)

// AttentionKind names what needs a coordinator in the hour ahead.
type AttentionKind string

// The kinds of attention item, in the words of `status --json`.
const (
	// AttentionNotArrived: a session starts soon and delegations assigned
	// to it have not all arrived today.
	AttentionNotArrived AttentionKind = "not_arrived"
	// AttentionKnockOn: a change (a delay, a new slot, a move) pushes a
	// session into the next one in its venue, or leaves a delegation too
	// little time to reach its next session.
	AttentionKnockOn AttentionKind = "knock_on"
	// AttentionOutOfService: a session is still in a venue that is out of
	// service while it runs.
	AttentionOutOfService AttentionKind = "out_of_service"
	// AttentionClash: two sessions in one venue, or one delegation in two
	// sessions, at once, as planned.
	AttentionClash AttentionKind = "clash"
	// AttentionTooTight: as planned, a delegation cannot reach its next
	// session in time.
	AttentionTooTight AttentionKind = "too_tight"
	// AttentionOverCapacity: more people than the venue holds.
	AttentionOverCapacity AttentionKind = "over_capacity"
	// AttentionNotStarted: a session should have started and nobody has
	// marked it started, delayed or cancelled.
	AttentionNotStarted AttentionKind = "not_started"
)

// Severity is how bad an item is.
type Severity string

// The severities, worst first.
const (
	SeverityCritical Severity = "critical"
	SeverityWarning  Severity = "warning"
)

// Action is the one thing that fixes an item; the screens open it with a
// key, scripts read its name.
type Action string

// The actions.
const (
	// ActionOpenDelegation shows the delegation's missing members and its
	// liaison to call.
	ActionOpenDelegation Action = "open_delegation"
	// ActionDelaySession delays the session (by Item.DelayMin).
	ActionDelaySession Action = "delay_session"
	// ActionMoveSession moves the session to another venue.
	ActionMoveSession Action = "move_session"
	// ActionReassign changes which delegations go to the session.
	ActionReassign Action = "reassign"
	// ActionMarkStarted records that the session has started.
	ActionMarkStarted Action = "mark_started"
)

// The documented defaults of the attention list (docs/status.md).
const (
	// DefaultAttentionWindow is how far ahead the list looks.
	DefaultAttentionWindow = 60 * time.Minute
	// DefaultStartGrace is how long after its start a session may run
	// without being marked started before it is listed.
	DefaultStartGrace = 10 * time.Minute
	// DefaultCriticalLead: an item that bites within this is critical.
	DefaultCriticalLead = 15 * time.Minute
)

// AttentionWindows are the windows a coordinator steps through with one
// key, narrowest first.
var AttentionWindows = []time.Duration{60 * time.Minute, 2 * time.Hour, 4 * time.Hour}

// AttentionOptions tune the list; zero fields take the defaults.
type AttentionOptions struct {
	Window       time.Duration
	StartGrace   time.Duration
	CriticalLead time.Duration
}

func (o AttentionOptions) withDefaults() AttentionOptions {
	if o.Window <= 0 {
		o.Window = DefaultAttentionWindow
	}
	if o.StartGrace <= 0 {
		o.StartGrace = DefaultStartGrace
	}
	if o.CriticalLead <= 0 {
		o.CriticalLead = DefaultCriticalLead
	}
	return o
}

// Shortfall is one delegation short of people for a session.
type Shortfall struct {
	Delegation string `json:"delegation"`
	Liaison    string `json:"liaison,omitempty"`
	// Assigned is the headcount the session expects of the delegation,
	// Arrived how many of those have checked in today.
	Assigned int `json:"assigned"`
	Arrived  int `json:"arrived"`
}

// AttentionItem is one thing that needs a coordinator: what, where, when,
// how bad, and the action that fixes it. Message is English for logs and
// the CLI; screens word their own from the fields.
type AttentionItem struct {
	Kind     AttentionKind `json:"kind"`
	Severity Severity      `json:"severity"`
	// At is when it bites: the session's start, the start of an overlap,
	// the start of the session a delegation cannot reach.
	At time.Time `json:"at"`
	// InMin is the minutes from now to At, negative once past.
	InMin       int         `json:"in_min"`
	Sessions    []string    `json:"sessions"`
	Delegations []string    `json:"delegations,omitempty"`
	Venue       string      `json:"venue,omitempty"`
	Need        int         `json:"need,omitempty"`
	Have        int         `json:"have,omitempty"`
	Shortfalls  []Shortfall `json:"shortfalls,omitempty"`
	Action      Action      `json:"action"`
	// DelayMin is the delay that ActionDelaySession proposes.
	DelayMin int    `json:"delay_min,omitempty"`
	Message  string `json:"message"`
}

// Attention lists what needs a coordinator between now and the end of the
// window, most urgent first: by when it bites, then severity, kind and
// session. Problems that are over drop off (the Venues tab still lists
// the day's); sessions are judged with their changes applied. p.Arrived
// is today's arrivals per delegation; p.Now is ignored, now is used.
func Attention(p Plan, now time.Time, opt AttentionOptions) []AttentionItem {
	opt = opt.withDefaults()
	horizon := now.Add(opt.Window)
	near := horizon.UnixNano()

	// Only sessions that can touch the window take part: those not over
	// before now less the longest travel time, and starting by its end.
	longest := DefaultTravelMinutes
	for _, t := range p.Travel {
		longest = max(longest, t.Minutes)
	}
	from := now.Add(-time.Duration(longest) * time.Minute)
	q := p
	q.Now = now
	q.Sessions = make([]Session, 0, len(p.Sessions)/4)
	for _, s := range p.Sessions {
		if !s.State.Cancelled && s.EffectiveEnd().After(from) && !s.EffectiveStart().After(horizon) {
			q.Sessions = append(q.Sessions, s)
		}
	}
	d := prepare(q)
	byID := make(map[string]*live, len(d.ls))
	for i := range d.ls {
		byID[d.ls[i].s.ID] = &d.ls[i]
	}
	a := attention{d: d, now: now, nowNS: now.UnixNano(), near: near, opt: opt, byID: byID}
	a.notArrived()
	a.notStarted()
	a.fromProblems()
	slices.SortStableFunc(a.out, func(x, y AttentionItem) int {
		if c := x.At.Compare(y.At); c != 0 {
			return c
		}
		if c := cmp.Compare(severityRank(x.Severity), severityRank(y.Severity)); c != 0 {
			return c
		}
		if c := cmp.Compare(x.Kind, y.Kind); c != 0 {
			return c
		}
		return slices.Compare(x.Sessions, y.Sessions)
	})
	return a.out
}

func severityRank(s Severity) int {
	if s == SeverityCritical {
		return 0
	}
	return 1
}

type attention struct {
	d           *day
	now         time.Time
	nowNS, near int64
	opt         AttentionOptions
	byID        map[string]*live
	out         []AttentionItem
}

func (a *attention) item(kind AttentionKind, at time.Time, action Action) AttentionItem {
	sev := SeverityWarning
	if at.Sub(a.now) <= a.opt.CriticalLead {
		sev = SeverityCritical
	}
	return AttentionItem{Kind: kind, Severity: sev, At: at, InMin: minutesUntil(a.now, at), Action: action}
}

// minutesUntil rounds towards the earlier minute, so that "in 0 min"
// means it bites within the minute.
func minutesUntil(now, at time.Time) int {
	d := at.Sub(now)
	m := int(d / time.Minute)
	if d < 0 && d%time.Minute != 0 {
		m--
	}
	return m
}

// notArrived lists sessions starting within the window whose assigned
// delegations have not all arrived: per delegation, the headcount the
// session expects against today's arrivals (a group of a delegation is
// complete once that many of the delegation arrived).
func (a *attention) notArrived() {
	d := a.d
	k := 0
	for i := range d.ls {
		first := k
		for k < len(d.bySession) && int(d.bySession[k].at) == i {
			k++
		}
		l := &d.ls[i]
		if l.start < a.nowNS || l.start > a.near {
			continue
		}
		var short []Shortfall
		need, have := 0, 0
		for _, s := range d.bySession[first:k] {
			assigned := int(s.headcount)
			if assigned <= 0 {
				assigned = d.expected[s.del]
			}
			arrived := min(assigned, d.arrived[s.del])
			need += assigned
			have += arrived
			if arrived < assigned {
				id := d.dels[s.del]
				short = append(short, Shortfall{Delegation: id, Liaison: d.p.Delegations[id].Liaison, Assigned: assigned, Arrived: arrived})
			}
		}
		if len(short) == 0 {
			continue
		}
		it := a.item(AttentionNotArrived, l.s.EffectiveStart().In(a.now.Location()), ActionOpenDelegation)
		it.Sessions = []string{l.s.ID}
		it.Venue = l.venue
		it.Need, it.Have = need, have
		it.Shortfalls = short
		for _, s := range short {
			it.Delegations = append(it.Delegations, s.Delegation)
		}
		it.Message = l.s.Title + " starts " + clock(it.At) + ": " + strconv.Itoa(have) + " of " + strconv.Itoa(need) +
			" assigned have arrived (" + strconv.Itoa(len(short)) + " delegations short)"
		a.out = append(a.out, it)
	}
}

// notStarted lists running sessions that nobody marked started, delayed or
// cancelled by their start plus the grace.
func (a *attention) notStarted() {
	grace := a.opt.StartGrace.Nanoseconds()
	for i := range a.d.ls {
		l := &a.d.ls[i]
		if l.s.State.DelayMin > 0 || !l.s.State.Started.IsZero() {
			continue
		}
		if a.nowNS < l.start+grace || a.nowNS >= l.end {
			continue
		}
		it := a.item(AttentionNotStarted, l.s.EffectiveStart().In(a.now.Location()), ActionMarkStarted)
		it.Severity = SeverityWarning
		it.Sessions = []string{l.s.ID}
		it.Venue = l.venue
		it.Message = l.s.Title + " was due to start at " + clock(it.At) + " and is not marked started"
		a.out = append(a.out, it)
	}
}

// changed reports whether coordinators moved the session in time or place:
// what turns a plain clash into the knock-on of a change.
func changed(s *Session) bool {
	return s.State.DelayMin > 0 || s.Rescheduled() || s.Moved()
}

// fromProblems turns the plan's problems that lie ahead into items.
func (a *attention) fromProblems() {
	d := a.d
	var probs []Problem
	probs = d.venueClashes(probs)
	probs = d.delegationProblems(probs)
	probs = d.capacityProblems(probs)
	probs = d.outageProblems(probs)
	for _, p := range probs {
		ls := make([]*live, 0, len(p.Sessions))
		for _, id := range p.Sessions {
			if l := a.byID[id]; l != nil {
				ls = append(ls, l)
			}
		}
		if len(ls) == 0 {
			continue
		}
		switch p.Kind {
		case ProblemVenueClash, ProblemDelegationClash:
			a.clash(p, ls)
		case ProblemTooTight:
			a.tooTight(p, ls)
		case ProblemOverCapacity:
			a.window(p, ls[0], ls[0].start, AttentionOverCapacity, ActionReassign)
		case ProblemOutOfService:
			a.outage(p, ls[0])
		}
	}
}

// window adds an item for a problem of one session when the session has
// not ended and begins (or the problem bites, at) within the window.
func (a *attention) window(p Problem, l *live, at int64, kind AttentionKind, action Action) {
	if l.end <= a.nowNS || at > a.near {
		return
	}
	it := a.item(kind, time.Unix(0, at).In(a.now.Location()), action)
	it.Sessions, it.Delegations, it.Venue = p.Sessions, p.Delegations, p.Venue
	it.Need, it.Have = p.Need, p.Have
	it.Message = p.Message
	a.out = append(a.out, it)
}

func (a *attention) clash(p Problem, ls []*live) {
	if len(ls) != 2 {
		return
	}
	x, y := ls[0], ls[1]
	from, to := max(x.start, y.start), min(x.end, y.end)
	if to <= a.nowNS || from > a.near {
		return
	}
	// The later starter is the one pushed into; a changed session pushing
	// into an unchanged one is the change's knock-on, and delaying the
	// later one by the overlap is what fixes it.
	first, later := x, y
	if y.start < x.start {
		first, later = y, x
	}
	kind, action := AttentionClash, ActionMoveSession
	if p.Kind == ProblemDelegationClash {
		action = ActionReassign
	}
	if changed(first.s) || changed(later.s) {
		kind, action = AttentionKnockOn, ActionDelaySession
	}
	it := a.item(kind, time.Unix(0, from).In(a.now.Location()), action)
	it.Sessions = []string{first.s.ID, later.s.ID}
	it.Delegations, it.Venue = p.Delegations, p.Venue
	if action == ActionDelaySession {
		it.DelayMin = ceilMinutes(first.end - later.start)
	}
	it.Message = p.Message
	a.out = append(a.out, it)
}

func (a *attention) tooTight(p Problem, ls []*live) {
	if len(ls) != 2 {
		return
	}
	prev, next := ls[0], ls[1]
	if next.start <= a.nowNS || next.start > a.near {
		return
	}
	// One item per pair of sessions: the delegations that cannot make the
	// way between them are listed together, with the worst shortfall.
	for i := range a.out {
		it := &a.out[i]
		if (it.Kind == AttentionTooTight || it.Kind == AttentionKnockOn) && it.Action == ActionDelaySession &&
			len(it.Sessions) == 2 && it.Sessions[0] == prev.s.ID && it.Sessions[1] == next.s.ID && it.Need > 0 {
			it.Delegations = append(it.Delegations, p.Delegations...)
			if p.Need-p.Have > it.Need-it.Have {
				it.Need, it.Have, it.DelayMin = p.Need, p.Have, p.Need-p.Have
			}
			it.Message = strconv.Itoa(len(it.Delegations)) + " delegations have " + strconv.Itoa(it.Have) + " min to get from " +
				a.d.venueName(prev.venue) + " to " + a.d.venueName(next.venue) + ", need " + strconv.Itoa(it.Need)
			return
		}
	}
	kind := AttentionTooTight
	if changed(prev.s) || changed(next.s) {
		kind = AttentionKnockOn
	}
	it := a.item(kind, time.Unix(0, next.start).In(a.now.Location()), ActionDelaySession)
	it.Sessions = p.Sessions
	it.Delegations = append([]string(nil), p.Delegations...)
	it.Venue = next.venue
	it.Need, it.Have = p.Need, p.Have
	it.DelayMin = p.Need - p.Have
	it.Message = p.Message
	a.out = append(a.out, it)
}

// outage bites when the session first meets the venue's outage.
func (a *attention) outage(p Problem, l *live) {
	at := int64(-1)
	for _, o := range a.d.p.Outages {
		if o.Venue != p.Venue {
			continue
		}
		if f := o.From.UnixNano(); f < l.end && (o.To.IsZero() || l.start < o.To.UnixNano()) {
			if t := max(l.start, f); at < 0 || t < at {
				at = t
			}
		}
	}
	a.window(p, l, max(at, l.start), AttentionOutOfService, ActionMoveSession)
}

func ceilMinutes(ns int64) int {
	m := ns / int64(time.Minute)
	if ns%int64(time.Minute) > 0 {
		m++
	}
	return int(m)
}

func clock(t time.Time) string {
	h, m, _ := t.Clock()
	return string([]byte{byte('0' + h/10), byte('0' + h%10), ':', byte('0' + m/10), byte('0' + m%10)})
}
