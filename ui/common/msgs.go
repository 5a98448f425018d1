package common

import (
	"time"

	"caecw/internal/event"
	"caecw/internal/journal"
	"caecw/store"
)

// TickMsg is the one-second clock tick that keeps statuses live.
type TickMsg struct{ Now time.Time }

// DayLoadedMsg carries a fresh read of the day shown.
type DayLoadedMsg struct {
	View *store.DayView
}

// PeopleLoadedMsg carries every person, read once at start and again
// after a walk-in or import.
type PeopleLoadedMsg struct {
	People []event.Person
}

// LogLoadedMsg carries the newest journal entries of the day shown.
type LogLoadedMsg struct {
	Day     event.Day
	Entries []store.LogEntry
}

// SavedMsg says an action was committed durably. The root reloads the
// day; the owning tab shows Text.
type SavedMsg struct {
	Entry journal.Entry
	Text  string
}

// ErrMsg says an action or a read failed. Nothing it tried is shown as
// saved; the root shows the error line until the next success.
type ErrMsg struct {
	Action string
	Err    error
}

// StatusMsg is a short note for the status line that is not an error
// (a refusal, a hint).
type StatusMsg struct{ Text string }

// ReloadMsg asks the root to read the day (and the people) again.
type ReloadMsg struct{ People bool }

// ShowSessionMsg asks the root to open the Sessions tab on a session
// (from the Venues tab's problem list, for example).
type ShowSessionMsg struct{ ID string }

// LanguageMsg tells every tab that the language changed (L), so that they
// rebuild the help of their own keys and any cached text.
type LanguageMsg struct{}

// DayChangedMsg tells the tabs which day is now shown.
type DayChangedMsg struct{ Day event.Day }

// ShowDelegationMsg asks the root to open the Check-ins tab on a
// delegation's members (from the attention panel: who is missing, and
// the liaison to call).
type ShowDelegationMsg struct{ ID string }

// SessionActionMsg asks the root to open the Sessions tab on a session
// and start the change that fixes an attention item: the delay prompt
// filled with DelayMin, the venue picker, or marking it started.
type SessionActionMsg struct {
	ID       string
	Action   event.Action
	DelayMin int
}
