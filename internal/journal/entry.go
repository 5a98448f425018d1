package journal

import (
	"encoding/json"
	"fmt"
	"time"

	"caecw/internal/event"
)

// Kind is what an entry did.
type Kind string

// The kinds of entry.
const (
	KindCheckIn        Kind = "checkin"
	KindUndo           Kind = "undo"
	KindSessionDelay   Kind = "session.delay"
	KindSessionMove    Kind = "session.move"
	KindSessionCancel  Kind = "session.cancel"
	KindSessionRestore Kind = "session.restore"
	KindSessionNote    Kind = "session.note"
	KindSessionStart   Kind = "session.start"
	KindAssign         Kind = "assign"
	KindOutage         Kind = "outage"
	KindWalkIn         Kind = "walkin"
	KindImport         Kind = "import"
	KindDayClose       Kind = "day.close"
)

// Entry is one change, as recorded.
type Entry struct {
	ID       ID        `json:"id"`
	At       time.Time `json:"at"`
	Day      event.Day `json:"day"`
	Desk     string    `json:"desk"`
	Operator string    `json:"operator"`
	Kind     Kind      `json:"kind"`
	// Subject is the id of what the entry is about: a person, a session,
	// a venue, or another entry for an undo.
	Subject string          `json:"subject"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// CheckIn is the payload of a check-in.
type CheckIn struct {
	Person string    `json:"person"`
	Day    event.Day `json:"day"`
}

// Undo is the payload of an undo: the entry it reverses and why.
type Undo struct {
	Target ID     `json:"target"`
	Reason string `json:"reason,omitempty"`
	// Code is a reason the program gives (UndoAtDesk), worded in the
	// reader's language when shown; Reason is what a person typed.
	Code string `json:"code,omitempty"`
}

// The codes of Undo.Code, each worded in the language of whoever reads
// it. Files written before the codes kept the sentence in Reason, in the
// language of the screen that wrote it.
const (
	// UndoAtDesk: a check-in undone at the desk (ctrl+z).
	UndoAtDesk = "desk"
	// UndoFromSession: a session's last change undone from its detail (u).
	UndoFromSession = "session"
)

// SessionChange is the payload of every session.* entry: the state before
// and after, so that undo can put the old one back.
type SessionChange struct {
	Session string      `json:"session"`
	Before  event.State `json:"before"`
	After   event.State `json:"after"`
}

// AssignChange is the payload of an assign entry: assignments taken away
// and put in. Moving a delegation is one of each.
type AssignChange struct {
	Remove []event.Assignment `json:"remove,omitempty"`
	Put    []event.Assignment `json:"put,omitempty"`
}

// OutageChange sets or lifts a venue's out-of-service window.
type OutageChange struct {
	Outage event.Outage `json:"outage"`
	Lift   bool         `json:"lift,omitempty"`
}

// WalkIn registers a person who was not on the lists.
type WalkIn struct {
	Person event.Person `json:"person"`
}

// Import carries a whole import, so that other desks apply exactly what
// this one did.
type Import struct {
	Files []string `json:"files,omitempty"`
	event.Programme
	// Counts says what the import created, updated and left unchanged,
	// per kind of record.
	Counts map[string]Counts `json:"counts,omitempty"`
}

// Counts is the outcome of an import for one kind of record.
type Counts struct {
	Created   int `json:"created"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
}

// DayClose records that a day was closed and where its records went.
type DayClose struct {
	Day event.Day `json:"day"`
	Dir string    `json:"dir,omitempty"`
	// Entries is how many of the day's log entries (closes not counted)
	// the records written hold: those beyond it are late additions. 0 in
	// closes recorded before it was kept.
	Entries int `json:"entries,omitempty"`
}

// New builds an entry with its payload encoded.
func New(id ID, at time.Time, day event.Day, desk, operator string, kind Kind, subject string, payload any) (Entry, error) {
	e := Entry{ID: id, At: at, Day: day, Desk: desk, Operator: operator, Kind: kind, Subject: subject}
	if payload != nil {
		b, err := json.Marshal(payload)
		if err != nil {
			return Entry{}, fmt.Errorf("encode %s payload: %w", kind, err)
		}
		e.Payload = b
	}
	return e, nil
}

// Decode reads the payload into v.
func (e Entry) Decode(v any) error {
	if err := json.Unmarshal(e.Payload, v); err != nil {
		return fmt.Errorf("entry %s (%s): bad payload: %w", e.ID, e.Kind, err)
	}
	return nil
}

// Undoable reports whether an entry of this kind can be reversed.
func (k Kind) Undoable() bool {
	switch k {
	case KindImport, KindDayClose, KindUndo:
		return false
	}
	return true
}
