package formats

import (
	"encoding/json"
	"iter"
	"time"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/journal"
)

// Lookup names the subjects of journal entries from their ids. A name it
// does not know is "", and the writers show the id alone.
type Lookup interface {
	PersonName(id string) string
	SessionTitle(id string) string
	VenueName(id string) string
	DelegationName(id string) string
}

// LookupFrom builds a Lookup from a programme (people, sessions, venues
// and delegations by id), with the names in English. Walk-ins added on
// the day are people too: pass the programme as the store has it after
// the day.
func LookupFrom(p event.Programme) Lookup { return LookupIn(i18n.Printer{}, p) }

// LookupIn is LookupFrom with the names in pr's language where the
// programme has that form.
func LookupIn(pr i18n.Printer, p event.Programme) Lookup {
	l := programmeLookup{
		people: make(map[string]string, len(p.People)), sessions: make(map[string]string, len(p.Sessions)),
		venues: make(map[string]string, len(p.Venues)), dels: make(map[string]string, len(p.Delegations)),
	}
	for _, x := range p.People {
		l.people[x.ID] = x.Name
	}
	for _, x := range p.Sessions {
		l.sessions[x.ID] = pr.SessionTitle(x)
	}
	for _, x := range p.Venues {
		l.venues[x.ID] = pr.VenueName(x)
	}
	for _, x := range p.Delegations {
		l.dels[x.ID] = pr.DelegationName(x)
	}
	return l
}

type programmeLookup struct{ people, sessions, venues, dels map[string]string }

func (l programmeLookup) PersonName(id string) string     { return l.people[id] }
func (l programmeLookup) SessionTitle(id string) string   { return l.sessions[id] }
func (l programmeLookup) VenueName(id string) string      { return l.venues[id] }
func (l programmeLookup) DelegationName(id string) string { return l.dels[id] }

// DelegationArrivals is one delegation's line in the day's summary.
type DelegationArrivals struct {
	Delegation string `json:"delegation"`
	Name       string `json:"name"`
	Expected   int    `json:"expected"`
	Arrived    int    `json:"arrived"`
	// Missing names the people who did not check in.
	Missing []string `json:"missing"`
}

// SessionCounts says what became of the day's sessions.
type SessionCounts struct {
	Held      int `json:"held"`
	Delayed   int `json:"delayed"`
	Moved     int `json:"moved"`
	Cancelled int `json:"cancelled"`
}

// Summary is the day at close, worked out by the caller (the store knows
// check-ins and session states); the writers only lay it out.
type Summary struct {
	Arrivals          []DelegationArrivals `json:"arrivals"`
	Sessions          SessionCounts        `json:"sessions"`
	AssignmentChanges int                  `json:"assignment_changes"`
	OpenProblems      []event.Problem      `json:"open_problems"`
}

// DayLog is everything a day-log writer needs. Entries is read once, in
// order, and never kept: the writers hold one entry at a time, so memory
// does not grow with the log.
type DayLog struct {
	Event event.Event
	Day   event.Day
	// Entries yields the day's journal entries in log order.
	Entries iter.Seq[journal.Entry]
	// Undone maps an undone entry's id to the id of the undo entry that
	// reversed it. Undo entries come after their target in the log, so a
	// single pass cannot know this: build it first with CollectUndone (or
	// from the store's index of undos). Nil means no entry was undone.
	Undone map[journal.ID]journal.ID
	// UndoneAt maps an undone entry's id to when its undo was made (the
	// undo's own time; the clock reading in an id can run ahead of it
	// after a desk with a fast clock synced). Missing: the id's time.
	UndoneAt map[journal.ID]time.Time
	// Targets maps an undo entry's id to the entry it reversed (its kind
	// and subject are enough), so that the undo's row names the person or
	// session it concerned. Missing: the row gives the target's id alone.
	Targets map[journal.ID]journal.Entry
	Names   Lookup
	Summary Summary
	// Labels are the column headers and report labels; the zero value
	// means EnglishLabels. JSON keys never change with them.
	Labels Labels
}

// CollectUndone reads entries once and maps each undone entry to its undo.
// It keeps only the undos, not the log.
func CollectUndone(entries iter.Seq[journal.Entry]) map[journal.ID]journal.ID {
	out := map[journal.ID]journal.ID{}
	for e := range entries {
		if e.Kind != journal.KindUndo {
			continue
		}
		var u journal.Undo
		if e.Decode(&u) == nil && u.Target != "" {
			out[u.Target] = e.ID
		} else if e.Subject != "" {
			out[journal.ID(e.Subject)] = e.ID
		}
	}
	return out
}

func (d *DayLog) labels() *Labels {
	if d.Labels.Instant == "" {
		d.Labels = EnglishLabels()
	}
	return &d.Labels
}

func (d *DayLog) names() Lookup {
	if d.Names == nil {
		return LookupFrom(event.Programme{})
	}
	return d.Names
}

// logRow is one entry as the writers show it.
type logRow struct {
	ID       journal.ID
	At       time.Time
	Instant  string
	Desk     string
	Operator string
	// Kind is the action's code (JSON); Action its word in the labels'
	// language (CSV, Markdown, XLSX).
	Kind        journal.Kind
	Action      string
	Subject     string
	SubjectName string
	Details     string
	UndoneBy    journal.ID
	Payload     json.RawMessage
}

// subjectCell is "Name (id)", or the id when the name is unknown.
func (r *logRow) subjectCell() string {
	if r.SubjectName == "" {
		return r.Subject
	}
	if r.Subject == "" {
		return r.SubjectName
	}
	return r.SubjectName + " (" + r.Subject + ")"
}

// describe turns an entry into a row, its action and details worded by
// p (i18n.EntryDetails, the screens' wording). undid is the entry an undo
// reversed, when known: the undo's row names its subject. A payload that
// does not decode is shown as it is rather than failing the export: the
// log must come out.
func describe(p i18n.Printer, e journal.Entry, undid *journal.Entry, names Lookup, undone map[journal.ID]journal.ID, loc *time.Location) logRow {
	r := logRow{
		ID: e.ID, At: e.At, Instant: e.At.In(loc).Format("2006-01-02 15:04:05"), Desk: e.Desk, Operator: e.Operator,
		Kind: e.Kind, Action: p.Action(e.Kind), Subject: e.Subject, UndoneBy: undone[e.ID], Payload: e.Payload,
	}
	switch e.Kind {
	case journal.KindCheckIn:
		r.SubjectName = names.PersonName(e.Subject)
	case journal.KindWalkIn:
		var w journal.WalkIn
		if e.Decode(&w) == nil {
			r.SubjectName = w.Person.Name
		}
	case journal.KindUndo:
		if undid != nil {
			t := describe(p, *undid, nil, names, nil, loc)
			r.Subject, r.SubjectName = t.Subject, t.SubjectName
		}
	case journal.KindSessionDelay, journal.KindSessionMove, journal.KindSessionCancel, journal.KindSessionRestore,
		journal.KindSessionNote, journal.KindSessionStart, journal.KindAssign:
		r.SubjectName = names.SessionTitle(e.Subject)
		var c journal.SessionChange
		if r.SubjectName == "" && e.Subject == "" && e.Kind != journal.KindAssign && e.Decode(&c) == nil {
			r.Subject, r.SubjectName = c.Session, names.SessionTitle(c.Session)
		}
	case journal.KindOutage:
		r.SubjectName = names.VenueName(e.Subject)
	}
	r.Details = p.EntryDetails(e, undid, names, loc)
	return r
}

func nameOr(name, id string) string {
	if name == "" {
		return id
	}
	return name
}

// rows runs f on each entry of the log as a row, one at a time.
func (d *DayLog) rows(f func(*logRow) error) error {
	if d.Entries == nil {
		return nil
	}
	names, loc, p := d.names(), d.Event.Location(), d.labels().P
	var err error
	for e := range d.Entries {
		var undid *journal.Entry
		if t, ok := d.Targets[e.ID]; ok && e.Kind == journal.KindUndo {
			undid = &t
		}
		r := describe(p, e, undid, names, d.Undone, loc)
		if err = f(&r); err != nil {
			return err
		}
	}
	return nil
}

// jsonEntry is one entry of the JSON export; see docs/export.md.
type jsonEntry struct {
	ID          journal.ID      `json:"id"`
	At          string          `json:"at"`
	Desk        string          `json:"desk"`
	Operator    string          `json:"operator"`
	Action      string          `json:"action"`
	Subject     string          `json:"subject"`
	SubjectName string          `json:"subject_name"`
	Details     string          `json:"details"`
	UndoneBy    journal.ID      `json:"undone_by"`
	Payload     json.RawMessage `json:"payload"`
}
