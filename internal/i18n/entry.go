package i18n

import (
	"strings"
	"time"

	"caecw/internal/journal"
)

// Names gives the names a journal entry's payload refers to by id, in the
// printer's language where the data has that form; "" for an id it does
// not know, which is then shown as the id.
type Names interface {
	PersonName(id string) string
	SessionTitle(id string) string
	VenueName(id string) string
	DelegationName(id string) string
}

// EntryDetails words what entry e did, from its kind and payload, in the
// printer's language: the one wording of the Log tab, the session detail,
// the day-log exports and the CLI. It is worded when drawn, never stored,
// so a language switch rewords entries written before it. undid is the
// entry an undo reversed, when known (its action is named); names may be
// nil (ids are shown); times are shown in loc (nil: as stored). The
// action itself is Printer.Action's: details never repeat it.
func (p Printer) EntryDetails(e journal.Entry, undid *journal.Entry, names Names, loc *time.Location) string {
	if names == nil {
		names = noNames{}
	}
	clock := func(t time.Time) string {
		if loc != nil {
			t = t.In(loc)
		}
		return p.Clock(t)
	}
	switch e.Kind {
	case journal.KindCheckIn:
		return ""
	case journal.KindWalkIn:
		var w journal.WalkIn
		if e.Decode(&w) != nil {
			break
		}
		return p.T(KeyEntryWalkin, "delegation", orID(names.DelegationName(w.Person.Delegation), w.Person.Delegation),
			"role", p.Role(w.Person.Role))
	case journal.KindUndo:
		var u journal.Undo
		if e.Decode(&u) != nil {
			break
		}
		return p.undoDetails(u, undid)
	case journal.KindSessionDelay, journal.KindSessionMove, journal.KindSessionCancel,
		journal.KindSessionRestore, journal.KindSessionNote, journal.KindSessionStart:
		var c journal.SessionChange
		if e.Decode(&c) != nil {
			break
		}
		return p.sessionDetails(e.Kind, c, names, clock)
	case journal.KindAssign:
		var c journal.AssignChange
		if e.Decode(&c) != nil {
			break
		}
		var parts []string
		for _, a := range c.Remove {
			parts = append(parts, p.T(KeyEntryAssignRemove, "delegation", orID(names.DelegationName(a.Delegation), a.Delegation),
				"session", orID(names.SessionTitle(a.Session), a.Session), "people", p.headcount(a.Headcount)))
		}
		for _, a := range c.Put {
			parts = append(parts, p.T(KeyEntryAssignPut, "delegation", orID(names.DelegationName(a.Delegation), a.Delegation),
				"session", orID(names.SessionTitle(a.Session), a.Session), "people", p.headcount(a.Headcount)))
		}
		return p.join(parts)
	case journal.KindOutage:
		var c journal.OutageChange
		if e.Decode(&c) != nil {
			break
		}
		if c.Lift {
			return p.T(KeyEntryOutageLift)
		}
		var s string
		if c.Outage.To.IsZero() {
			s = p.T(KeyEntryOutageOpen, "from", clock(c.Outage.From))
		} else {
			s = p.T(KeyLogDetailOutage, "from", clock(c.Outage.From), "to", clock(c.Outage.To))
		}
		if c.Outage.Reason != "" {
			s = p.T(KeyEntryWithReason, "details", s, "reason", c.Outage.Reason)
		}
		return s
	case journal.KindImport:
		var c journal.Import
		if e.Decode(&c) != nil {
			break
		}
		var parts []string
		if len(c.Files) > 0 {
			parts = append(parts, p.T(KeyLogDetailImport, "files", strings.Join(c.Files, ", ")))
		}
		for _, k := range recordKinds {
			if n, ok := c.Counts[k]; ok {
				parts = append(parts, p.T(KeyImportCounts, "kind", p.RecordKind(k), "created", n.Created, "updated", n.Updated, "unchanged", n.Unchanged))
			}
		}
		return p.join(parts)
	case journal.KindDayClose:
		var c journal.DayClose
		if e.Decode(&c) != nil {
			break
		}
		if c.Dir == "" {
			return p.T(KeyEntryDayClosed, "date", p.Day(c.Day))
		}
		return p.T(KeyEntryDayClosedIn, "date", p.Day(c.Day), "dir", c.Dir)
	}
	// A kind from a newer version, or a payload that does not decode: the
	// payload as it is, so that nothing recorded is hidden.
	return string(e.Payload)
}

// undoDetails names what an undo reversed and why. The desk's own undo
// carries a code, worded here; older files carry the desk's sentence as
// it was written, in either language, which is recognised and reworded.
func (p Printer) undoDetails(u journal.Undo, undid *journal.Entry) string {
	reason := u.Reason
	for code, key := range undoReasonKeys {
		if u.Code == code || reason == catalogue[key].EN || reason == catalogue[key].ZH {
			reason = p.T(key)
		}
	}
	switch {
	case undid != nil && reason != "":
		return p.T(KeyLogDetailUndo, "action", p.Action(undid.Kind), "reason", reason)
	case undid != nil:
		return p.T(KeyEntryUndoAction, "action", p.Action(undid.Kind))
	case reason != "":
		return p.T(KeyEntryUndoReason, "reason", reason)
	}
	return ""
}

var undoReasonKeys = map[string]Key{journal.UndoAtDesk: KeyCheckinUndoReason, journal.UndoFromSession: KeySessionUndoReason}

func (p Printer) sessionDetails(k journal.Kind, c journal.SessionChange, names Names, clock func(time.Time) string) string {
	var s string
	switch k {
	case journal.KindSessionDelay:
		if c.Before.DelayMin == 0 {
			s = p.T(KeyLogDetailDelay, "min", c.After.DelayMin)
		} else {
			s = p.T(KeyEntryDelayTotal, "total", c.After.DelayMin, "before", c.Before.DelayMin)
		}
	case journal.KindSessionMove:
		venue, at := "", ""
		switch {
		case c.After.MovedTo != "" && c.After.MovedTo != c.Before.MovedTo:
			venue = orID(names.VenueName(c.After.MovedTo), c.After.MovedTo)
		case c.After.MovedTo == "" && c.Before.MovedTo != "":
			venue = p.T(KeyEntryPlannedVenue)
		}
		switch {
		case !c.After.NewStart.IsZero() && !c.After.NewStart.Equal(c.Before.NewStart):
			at = clock(c.After.NewStart)
		case c.After.NewStart.IsZero() && !c.Before.NewStart.IsZero():
			at = p.T(KeyEntryPlannedTime)
		}
		switch {
		case venue != "" && at != "":
			s = p.T(KeyEntryMoveBoth, "venue", venue, "time", at)
		case venue != "":
			s = p.T(KeyLogDetailMove, "venue", venue)
		case at != "":
			s = p.T(KeyEntryMoveTime, "time", at)
		}
	case journal.KindSessionNote:
		if c.After.Note == "" && c.Before.Note != "" {
			return p.T(KeyEntryNoteRemoved)
		}
		return c.After.Note
	}
	if c.After.Note != "" && c.After.Note != c.Before.Note {
		if s == "" {
			return p.T(KeyEntryNote, "note", c.After.Note)
		}
		return p.T(KeyEntryAndNote, "details", s, "note", c.After.Note)
	}
	return s
}

// headcount is an assignment's size: the whole delegation, or n people.
func (p Printer) headcount(n int) string {
	if n <= 0 {
		return p.T(KeyEntryWholeDelegation)
	}
	return p.N(KeyEntryPeople, n)
}

// join lists parts with the language's separator.
func (p Printer) join(parts []string) string {
	if p.Lang() == ZH {
		return strings.Join(parts, "；")
	}
	return strings.Join(parts, "; ")
}

// recordKinds are the kinds of record an import counts, in reading order
// (formats.Kinds, which this package cannot import).
var recordKinds = []string{"event", "venues", "delegations", "sessions", "people", "assignments", "travel"}

var recordKindKeys = map[string]Key{
	"event": KeyRecordEvent, "venues": KeyRecordVenues, "delegations": KeyRecordDelegations, "sessions": KeyRecordSessions,
	"people": KeyRecordPeople, "assignments": KeyRecordAssignments, "travel": KeyRecordTravel,
}

// RecordKind names a kind of imported record ("venues": "场地"); an
// unknown kind prints as given.
func (p Printer) RecordKind(k string) string { return nameOr(p, recordKindKeys, k) }

func orID(name, id string) string {
	if name == "" {
		return id
	}
	return name
}

type noNames struct{}

func (noNames) PersonName(string) string     { return "" }
func (noNames) SessionTitle(string) string   { return "" }
func (noNames) VenueName(string) string      { return "" }
func (noNames) DelegationName(string) string { return "" }

// RecordKindText is RecordKind worded when drawn (an argument of a
// problem's message).
func RecordKindText(k string) Text { return func(p Printer) string { return p.RecordKind(k) } }
