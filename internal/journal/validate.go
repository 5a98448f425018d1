package journal

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"caecw/internal/event"
)

// The one validator. Every door by which an entry arrives (a local action,
// an import, an entry from another desk, a merged journal file) goes
// through the store's apply, which calls Validate and CheckClock before
// anything is written; an entry that fails is never applied and is held
// with its reason (store.HeldEntry).

// MaxClockSkew is how far ahead of this desk's clock an entry's id clock
// may be. An entry further ahead is not applied and does not move this
// desk's id clock: one forged or misconfigured desk could otherwise push
// every desk's ids to the end of the clock (issue 12).
const MaxClockSkew = 24 * time.Hour

// The documented range of instants an entry may carry. An entry's At is
// a wall-clock time of the event; nothing before 2000 or after 2099 is.
var (
	MinAt = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	MaxAt = time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)
)

// maxTextLen bounds fields that hold neither a name nor an id: an entry's
// subject (an import's file names) and a day close's folder.
const maxTextLen = 4096

// maxRevLen bounds a revision, which is an entry id: 16 hex digits, "-",
// an origin of up to 64 + 1 + TagLen bytes.
const maxRevLen = 16 + 1 + 64 + 1 + TagLen

// InvalidError is a permanent fault of an entry: nothing will ever make it
// apply. ID is the entry's id as it came (possibly malformed).
type InvalidError struct {
	ID     string
	Reason string
}

func (e *InvalidError) Error() string {
	return fmt.Sprintf("entry %q is invalid: %s", e.ID, e.Reason)
}

// IsInvalid reports whether err is, or wraps, an *InvalidError.
func IsInvalid(err error) bool {
	var ie *InvalidError
	return errors.As(err, &ie)
}

// CheckClock refuses an entry whose id clock is more than MaxClockSkew
// ahead of now.
func CheckClock(e Entry, now time.Time) error {
	h, _, err := ParseID(string(e.ID))
	if err != nil {
		return &InvalidError{ID: string(e.ID), Reason: "the id is not an entry id"}
	}
	if limit := now.Add(MaxClockSkew); h.Time().After(limit) {
		return &InvalidError{ID: string(e.ID), Reason: fmt.Sprintf("its id clock (%s) is more than %s ahead of this desk's clock (%s)",
			clockText(h), MaxClockSkew, now.UTC().Format(time.RFC3339))}
	}
	return nil
}

func clockText(h HLC) string {
	ms := int64(h >> 16)
	if ms > maxMilli/2 {
		return fmt.Sprintf("%016x", uint64(h))
	}
	return h.Time().UTC().Format(time.RFC3339)
}

// Validate checks everything about e that does not depend on the data
// file: its id and origin, its time and day in loc (the event's zone), its
// kind and payload, and every number and text of the payload against the
// documented bounds (event/limits.go). Referents (does the session exist?)
// are the store's to check.
func Validate(e Entry, loc *time.Location) error {
	var v validator
	v.entry(e, loc)
	if v.reason != "" {
		return &InvalidError{ID: string(e.ID), Reason: v.reason}
	}
	return nil
}

// validator keeps the first fault found.
type validator struct {
	reason string
}

func (v *validator) failf(format string, args ...any) {
	if v.reason == "" {
		v.reason = fmt.Sprintf(format, args...)
	}
}

func (v *validator) entry(e Entry, loc *time.Location) {
	h, origin, err := ParseID(string(e.ID))
	if err != nil {
		v.failf("the id is not an entry id")
		return
	}
	desk, _ := SplitOrigin(origin)
	if CheckDesk(desk) != nil {
		v.failf("the id's desk %q is not a desk name", desk)
		return
	}
	if desk != e.Desk {
		v.failf("the id was made by desk %q but the entry says desk %q", desk, e.Desk)
		return
	}
	if e.At.Before(MinAt) || !e.At.Before(MaxAt) {
		v.failf("its time %s is outside %d-%d", e.At.UTC().Format(time.RFC3339), MinAt.Year(), MaxAt.Year()-1)
		return
	}
	if e.At.Truncate(time.Millisecond).After(h.Time()) {
		// A desk's id clock is never behind its wall clock.
		v.failf("its time %s is after its id clock %s", e.At.UTC().Format(time.RFC3339Nano), clockText(h))
		return
	}
	if got := event.DayOf(e.At, loc); got != e.Day {
		v.failf("its day %q is not the day of its time (%s)", e.Day, got)
		return
	}
	v.text("operator", e.Operator, event.MaxNameLen)
	v.text("subject", e.Subject, maxTextLen)
	if v.reason != "" {
		return
	}
	v.payload(e)
}

func (v *validator) text(what, s string, limit int) {
	if len(s) > limit {
		v.failf("%s is %d bytes long (at most %d)", what, len(s), limit)
	} else if !utf8.ValidString(s) {
		v.failf("%s is not valid UTF-8", what)
	}
}

func (v *validator) id(what, s string) {
	if s == "" {
		v.failf("%s is empty", what)
		return
	}
	v.text(what, s, event.MaxIDLen)
}

func (v *validator) number(what string, n, lo, hi int) {
	if n < lo || n > hi {
		v.failf("%s %d is outside %d..%d", what, n, lo, hi)
	}
}

func (v *validator) day(what string, d event.Day) {
	if p, err := event.ParseDay(string(d)); err != nil || p != d {
		v.failf("%s %q is not a day (YYYY-MM-DD)", what, d)
	}
}

// decode reads the payload strictly enough that a payload of another kind
// does not pass: it must be a JSON object that decodes into out.
func (v *validator) decode(e Entry, out any) bool {
	if len(e.Payload) == 0 {
		v.failf("a %s entry needs a payload", e.Kind)
		return false
	}
	if err := json.Unmarshal(e.Payload, out); err != nil {
		v.failf("its payload is not a %s: %v", e.Kind, err)
		return false
	}
	return true
}

func (v *validator) payload(e Entry) {
	switch e.Kind {
	case KindCheckIn:
		var p CheckIn
		if v.decode(e, &p) {
			v.id("person", p.Person)
			if p.Day != e.Day {
				v.failf("its check-in day %q is not the entry's day %q", p.Day, e.Day)
			}
		}
	case KindUndo:
		var u Undo
		if v.decode(e, &u) {
			if _, _, err := ParseID(string(u.Target)); err != nil {
				v.failf("it undoes %q, which is not an entry id", u.Target)
			}
			v.text("reason", u.Reason, event.MaxNoteLen)
			if u.Code != "" && u.Code != UndoAtDesk && u.Code != UndoFromSession {
				v.failf("its reason code %q is not known", u.Code)
			}
		}
	case KindSessionDelay, KindSessionMove, KindSessionCancel, KindSessionRestore, KindSessionNote, KindSessionStart:
		var c SessionChange
		if v.decode(e, &c) {
			v.id("session", c.Session)
			v.state("before", c.Before)
			v.state("after", c.After)
		}
	case KindAssign:
		var c AssignChange
		if v.decode(e, &c) {
			if len(c.Remove)+len(c.Put) > 2*event.MaxDelegations {
				v.failf("it changes %d assignments (at most %d)", len(c.Remove)+len(c.Put), 2*event.MaxDelegations)
			}
			for _, a := range append(c.Remove[:len(c.Remove):len(c.Remove)], c.Put...) {
				v.assignment(a)
			}
		}
	case KindOutage:
		var c OutageChange
		if v.decode(e, &c) {
			v.outage(c.Outage, c.Lift)
		}
	case KindWalkIn:
		var w WalkIn
		if v.decode(e, &w) {
			v.person(w.Person)
		}
	case KindImport:
		var imp Import
		if v.decode(e, &imp) {
			v.imp(imp)
		}
	case KindDayClose:
		var c DayClose
		if v.decode(e, &c) {
			v.day("closed day", c.Day)
			v.text("folder", c.Dir, maxTextLen)
		}
	default:
		v.failf("unknown kind %q", e.Kind)
	}
}

func (v *validator) state(what string, s event.State) {
	v.number(what+" delay (minutes)", s.DelayMin, -event.MaxDelayMin, event.MaxDelayMin)
	if s.MovedTo != "" {
		v.text(what+" venue", s.MovedTo, event.MaxIDLen)
	}
	v.instant(what+" new start", s.NewStart)
	v.instant(what+" new end", s.NewEnd)
	v.instant(what+" start mark", s.Started)
	if !s.NewStart.IsZero() && !s.NewEnd.IsZero() && !s.NewEnd.After(s.NewStart) {
		v.failf("%s: the new end is not after the new start", what)
	}
	v.text(what+" note", s.Note, event.MaxNoteLen)
	v.text(what+" revision", s.Rev, maxRevLen)
}

// instant checks an optional time against the documented range.
func (v *validator) instant(what string, t time.Time) {
	if !t.IsZero() && (t.Before(MinAt) || !t.Before(MaxAt)) {
		v.failf("%s %s is outside %d-%d", what, t.UTC().Format(time.RFC3339), MinAt.Year(), MaxAt.Year()-1)
	}
}

func (v *validator) assignment(a event.Assignment) {
	v.id("session", a.Session)
	v.id("delegation", a.Delegation)
	v.number("headcount", a.Headcount, 0, event.MaxHeadcount)
	v.text("revision", a.Rev, maxRevLen)
}

func (v *validator) outage(o event.Outage, lift bool) {
	v.id("outage", o.ID)
	v.id("venue", o.Venue)
	v.text("reason", o.Reason, event.MaxNoteLen)
	if lift {
		return
	}
	v.instant("outage start", o.From)
	v.instant("outage end", o.To)
	if o.From.IsZero() || !o.To.After(o.From) {
		v.failf("the outage window does not end after it starts")
	}
}

func (v *validator) person(p event.Person) {
	v.id("person", p.ID)
	v.id("badge", p.Badge)
	if p.Name == "" {
		v.failf("person %q has no name", p.ID)
	}
	v.text("name", p.Name, event.MaxNameLen)
	v.text("latin name", p.NameLatin, event.MaxNameLen)
	v.id("delegation", p.Delegation)
	if _, err := event.ParseRole(string(p.Role)); err != nil {
		v.failf("person %q: %v", p.ID, err)
	}
}

func (v *validator) imp(imp Import) {
	if len(imp.Files) > 1000 {
		v.failf("it names %d files", len(imp.Files))
	}
	for _, f := range imp.Files {
		v.text("file name", f, maxTextLen)
	}
	if ev := imp.Event; ev != nil {
		v.text("event name", ev.Name, event.MaxNameLen)
		v.text("Chinese event name", ev.NameZh, event.MaxNameLen)
		v.text("city", ev.City, event.MaxNameLen)
		v.text("time zone", ev.TimeZone, event.MaxIDLen)
		v.day("first day", ev.FirstDay)
		v.day("last day", ev.LastDay)
		if ev.LastDay < ev.FirstDay {
			v.failf("the event's last day is before its first")
		}
	}
	limit := func(what string, n, most int) {
		if n > most {
			v.failf("it holds %d %s (at most %d)", n, what, most)
		}
	}
	limit("venues", len(imp.Venues), event.MaxVenues)
	limit("sessions", len(imp.Sessions), event.MaxSessions)
	limit("delegations", len(imp.Delegations), event.MaxDelegations)
	limit("people", len(imp.People), event.MaxPeople)
	limit("assignments", len(imp.Assignments), event.MaxSessions*event.MaxDelegations)
	limit("travel times", len(imp.Travel), event.MaxVenues*event.MaxVenues)
	if v.reason != "" {
		return
	}
	for _, x := range imp.Venues {
		v.id("venue", x.ID)
		v.text("venue name", x.Name, event.MaxNameLen)
		v.text("Chinese venue name", x.NameZh, event.MaxNameLen)
		v.text("site", x.Site, event.MaxNameLen)
		v.text("Chinese site", x.SiteZh, event.MaxNameLen)
		v.text("venue note", x.Note, event.MaxNoteLen)
		v.number("capacity of venue "+x.ID, x.Capacity, 0, event.MaxCapacity)
	}
	for _, s := range imp.Sessions {
		v.session(s)
	}
	for _, d := range imp.Delegations {
		v.id("delegation", d.ID)
		v.text("delegation name", d.Name, event.MaxNameLen)
		v.text("Chinese delegation name", d.NameZh, event.MaxNameLen)
		v.text("country", d.Country, event.MaxNameLen)
		v.text("head", d.Head, event.MaxNameLen)
		v.text("Chinese head", d.HeadZh, event.MaxNameLen)
		v.text("liaison", d.Liaison, event.MaxNameLen)
		v.number("expected size of delegation "+d.ID, d.Expected, 0, event.MaxHeadcount)
	}
	for _, p := range imp.People {
		v.person(p)
	}
	for _, a := range imp.Assignments {
		v.assignment(a)
	}
	for _, t := range imp.Travel {
		v.text("site", t.FromSite, event.MaxNameLen)
		v.text("site", t.ToSite, event.MaxNameLen)
		v.number("travel minutes", t.Minutes, 0, event.MaxTravelMin)
	}
	for kind, c := range imp.Counts {
		v.text("count kind", kind, event.MaxIDLen)
		v.number("created count", c.Created, 0, event.MaxPeople)
		v.number("updated count", c.Updated, 0, event.MaxPeople)
		v.number("unchanged count", c.Unchanged, 0, event.MaxPeople)
	}
}

func (v *validator) session(s event.Session) {
	v.id("session", s.ID)
	v.day("session day", s.Day)
	v.instant("session start", s.Start)
	v.instant("session end", s.End)
	if s.Start.IsZero() || !s.End.After(s.Start) {
		v.failf("session %q does not end after it starts", s.ID)
	}
	v.text("title", s.Title, event.MaxNameLen)
	v.text("Chinese title", s.TitleZh, event.MaxNameLen)
	if _, err := event.ParseKind(string(s.Kind)); err != nil {
		v.failf("session %q: %v", s.ID, err)
	}
	v.id("venue", s.Venue)
	v.text("host", s.Host, event.MaxNameLen)
	v.text("Chinese host", s.HostZh, event.MaxNameLen)
	v.number("expected audience of session "+s.ID, s.Expected, 0, event.MaxHeadcount)
	v.state("state", s.State)
}
