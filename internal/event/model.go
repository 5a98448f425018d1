package event

import (
	"fmt"
	"time"
)

// DefaultTimeZone is the zone of the event when the programme names none.
const DefaultTimeZone = "Asia/Shanghai"

// Event is the week as a whole.
type Event struct {
	Name string `json:"name"`
	// NameZh and the other *Zh fields of the model are the optional
	// Chinese forms of the names a person reads; Local picks between a
	// name's two forms.
	NameZh   string `json:"name_zh,omitempty"`
	City     string `json:"city"`
	TimeZone string `json:"timezone"`
	FirstDay Day    `json:"first_day"`
	LastDay  Day    `json:"last_day"`
	// ArrivalsFrom and ArrivalsTo widen the days on which arrivals are
	// kept and shown beyond the programme's (delegations land the day
	// before the opening and leave the day after the close); empty means
	// the programme's first and last day. See ArrivalSpan.
	ArrivalsFrom Day `json:"arrivals_from,omitempty"`
	ArrivalsTo   Day `json:"arrivals_to,omitempty"`
	// Demo marks a file made from the built-in sample programme.
	Demo bool `json:"demo,omitempty"`
}

// Location loads the event's time zone, falling back to Asia/Shanghai and
// then to a fixed UTC+8 so that a machine without zoneinfo still shows the
// right wall-clock times.
func (e Event) Location() *time.Location {
	name := e.TimeZone
	if name == "" {
		name = DefaultTimeZone
	}
	if loc, err := time.LoadLocation(name); err == nil {
		return loc
	}
	if loc, err := time.LoadLocation(DefaultTimeZone); err == nil {
		return loc
	}
	return time.FixedZone("CST", 8*3600)
}

// Days lists the event's days in order.
func (e Event) Days() []Day {
	first, err1 := ParseDay(string(e.FirstDay))
	last, err2 := ParseDay(string(e.LastDay))
	if err1 != nil || err2 != nil || last.Before(first) {
		return nil
	}
	var out []Day
	for d := first; !d.After(last); d = d.Next() {
		out = append(out, d)
	}
	return out
}

// Contains reports whether d is one of the event's days.
func (e Event) Contains(d Day) bool {
	return d >= e.FirstDay && d <= e.LastDay
}

// Venue is a room or place where sessions happen.
type Venue struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	NameZh   string `json:"name_zh,omitempty"`
	Site     string `json:"site"`
	SiteZh   string `json:"site_zh,omitempty"`
	Capacity int    `json:"capacity"`
	Note     string `json:"note,omitempty"`
}

// Kind is the sort of activity a session is.
type Kind string

// The kinds of session.
const (
	KindCeremony Kind = "ceremony"
	KindForum    Kind = "forum"
	KindWorkshop Kind = "workshop"
	KindSigning  Kind = "signing"
	KindVisit    Kind = "visit"
	KindCultural Kind = "cultural"
	KindMeal     Kind = "meal"
	KindTransfer Kind = "transfer"
)

// Kinds lists every session kind, in a stable order.
var Kinds = []Kind{KindCeremony, KindForum, KindWorkshop, KindSigning, KindVisit, KindCultural, KindMeal, KindTransfer}

// ParseKind checks s against the known kinds.
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds {
		if string(k) == s {
			return k, nil
		}
	}
	return "", fmt.Errorf("unknown kind %q (want one of ceremony, forum, workshop, signing, visit, cultural, meal, transfer)", s)
}

// Session is one activity of the programme as planned, plus what has
// happened to it since (State).
type Session struct {
	ID       string    `json:"id"`
	Day      Day       `json:"day"`
	Start    time.Time `json:"start"`
	End      time.Time `json:"end"`
	Title    string    `json:"title"`
	TitleZh  string    `json:"title_zh,omitempty"`
	Kind     Kind      `json:"kind"`
	Venue    string    `json:"venue"`
	Host     string    `json:"host,omitempty"`
	HostZh   string    `json:"host_zh,omitempty"`
	Expected int       `json:"expected"`
	State    State     `json:"state"`
}

// State is what coordinators changed about a session on the day. The zero
// value is "as planned".
type State struct {
	DelayMin  int       `json:"delay_min,omitempty"`
	MovedTo   string    `json:"moved_to,omitempty"`
	NewStart  time.Time `json:"new_start,omitzero"`
	NewEnd    time.Time `json:"new_end,omitzero"`
	Cancelled bool      `json:"cancelled,omitempty"`
	// Started is when a coordinator marked the session started; zero
	// until then (the attention list asks for it).
	Started time.Time `json:"started,omitzero"`
	Note    string    `json:"note,omitempty"`
	// Rev is the journal id of the change that set this state; sync keeps
	// the state with the greatest Rev.
	Rev string `json:"rev,omitempty"`
}

// EffectiveVenue is where the session takes place now.
func (s Session) EffectiveVenue() string {
	if s.State.MovedTo != "" {
		return s.State.MovedTo
	}
	return s.Venue
}

// Moved reports whether the session no longer runs in its planned venue.
func (s Session) Moved() bool {
	return s.State.MovedTo != "" && s.State.MovedTo != s.Venue
}

// Rescheduled reports whether the session was given a new start or end
// (not counting a delay).
func (s Session) Rescheduled() bool {
	return (!s.State.NewStart.IsZero() && !s.State.NewStart.Equal(s.Start)) ||
		(!s.State.NewEnd.IsZero() && !s.State.NewEnd.Equal(s.rescheduledEnd()))
}

// rescheduledEnd is the end implied by a new start alone: the planned
// length from the new start.
func (s Session) rescheduledEnd() time.Time {
	if !s.State.NewStart.IsZero() {
		return s.State.NewStart.Add(s.End.Sub(s.Start))
	}
	return s.End
}

// PlannedEnd is the end people were told, against which a running session
// counts as overrunning: the printed end, or the rescheduled end when that
// is earlier. A session rescheduled to a slot starting at or after its
// printed end has a new plan of its own, so its rescheduled end stands
// alone. A delay moves the whole slot, its end too: a delayed session
// running inside its new slot is running late, not overrunning; it
// overruns only what a reschedule added on top.
func (s Session) PlannedEnd() time.Time {
	delay := time.Duration(s.State.DelayMin) * time.Minute
	if s.State.NewStart.IsZero() && s.State.NewEnd.IsZero() {
		return s.End.Add(delay)
	}
	start, end := s.Start, s.rescheduledEnd()
	if !s.State.NewStart.IsZero() {
		start = s.State.NewStart
	}
	if !s.State.NewEnd.IsZero() {
		end = s.State.NewEnd
	}
	if !start.Before(s.End) || end.Before(s.End) {
		return end.Add(delay)
	}
	return s.End.Add(delay)
}

// EffectiveStart is when the session starts now, after moves and delays.
func (s Session) EffectiveStart() time.Time {
	start := s.Start
	if !s.State.NewStart.IsZero() {
		start = s.State.NewStart
	}
	return start.Add(time.Duration(s.State.DelayMin) * time.Minute)
}

// EffectiveEnd is when the session ends now, after moves and delays.
func (s Session) EffectiveEnd() time.Time {
	end := s.rescheduledEnd()
	if !s.State.NewEnd.IsZero() {
		end = s.State.NewEnd
	}
	return end.Add(time.Duration(s.State.DelayMin) * time.Minute)
}

// Delegation is a country's or organisation's group.
type Delegation struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	NameZh   string `json:"name_zh,omitempty"`
	Country  string `json:"country,omitempty"`
	Head     string `json:"head,omitempty"`
	HeadZh   string `json:"head_zh,omitempty"`
	Liaison  string `json:"liaison,omitempty"`
	Expected int    `json:"expected"`
}

// Role is what a person is at the event.
type Role string

// The roles.
const (
	RoleHead     Role = "head"
	RoleDelegate Role = "delegate"
	RoleStudent  Role = "student"
	RoleStaff    Role = "staff"
	RoleGuest    Role = "guest"
)

// Roles lists every role in a stable order.
var Roles = []Role{RoleHead, RoleDelegate, RoleStudent, RoleStaff, RoleGuest}

// ParseRole checks s against the known roles.
func ParseRole(s string) (Role, error) {
	for _, r := range Roles {
		if string(r) == s {
			return r, nil
		}
	}
	return "", fmt.Errorf("unknown role %q (want one of head, delegate, student, staff, guest)", s)
}

// Person is one badge holder.
type Person struct {
	ID         string `json:"id"`
	Badge      string `json:"badge"`
	Name       string `json:"name"`
	NameLatin  string `json:"name_latin,omitempty"`
	Delegation string `json:"delegation"`
	Role       Role   `json:"role"`
}

// CheckIn is a person's arrival on a day. There is at most one per person
// per day; the earliest one stands.
type CheckIn struct {
	Person   string    `json:"person"`
	Day      Day       `json:"day"`
	At       time.Time `json:"at"`
	Desk     string    `json:"desk"`
	Operator string    `json:"operator"`
	// Entry is the journal id that recorded it.
	Entry string `json:"entry"`
}

// Assignment sends a delegation, or part of it, to a session.
type Assignment struct {
	Session    string `json:"session"`
	Delegation string `json:"delegation"`
	// Headcount is how many go; 0 means the whole delegation.
	Headcount int    `json:"headcount"`
	Rev       string `json:"rev,omitempty"`
}

// Outage takes a venue out of service for a window.
type Outage struct {
	ID     string    `json:"id"`
	Venue  string    `json:"venue"`
	From   time.Time `json:"from"`
	To     time.Time `json:"to"`
	Reason string    `json:"reason,omitempty"`
}

// Travel is the venue-to-venue travel table, by site.
type Travel struct {
	FromSite string `json:"from_site"`
	ToSite   string `json:"to_site"`
	Minutes  int    `json:"minutes"`
}

// Programme is a whole event's data as it comes in from a file or the
// built-in demo: everything but the day's arrivals and changes.
type Programme struct {
	Event       *Event       `json:"event,omitempty"`
	Venues      []Venue      `json:"venues,omitempty"`
	Sessions    []Session    `json:"sessions,omitempty"`
	Delegations []Delegation `json:"delegations,omitempty"`
	People      []Person     `json:"people,omitempty"`
	Assignments []Assignment `json:"assignments,omitempty"`
	Travel      []Travel     `json:"travel,omitempty"`
}
