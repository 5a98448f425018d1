package common

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/store"
)

// TickMsg is the one-second clock tick that keeps statuses live.
type TickMsg struct{ Now time.Time }

// DayLoadedMsg carries a whole read of the day shown and the newest of
// its journal entries (Log, newest first).
type DayLoadedMsg struct {
	View *store.DayView
	Log  []store.LogEntry
	// People is set when the people were read too; the root sends it to
	// the tabs first, as its own message.
	People *PeopleLoadedMsg
}

// ChangesMsg carries what changed in the day shown since the screen last
// read it (entries, arrivals, counts; see store.Changes). The root has
// folded its counts into the DayView the tabs hold already.
type ChangesMsg struct {
	Changes *store.Changes
}

// PeopleLoadedMsg carries every person, in id order as store.People reads
// them, once at start and again after a walk-in or import. Every tab
// holds the same slice (100,000 people are 10 MB a copy): none writes
// into it.
type PeopleLoadedMsg struct {
	People []event.Person
}

// SavedMsg says an action was committed durably. The root takes it in the
// turn it arrives: the header and Text on the status line, Changes to
// every tab (a read of the day when Changes is nil), Reply to Owner alone,
// and the SavedMsg itself, without Reply, to every tab.
type SavedMsg struct {
	Entry journal.Entry
	// Text is worded when drawn, so L rewords the status line.
	Text i18n.Text
	// Changes is what changed in the day shown since the screen's last
	// read, read by the save's own command right after the commit
	// (Seen.Changes).
	Changes *store.Changes
	// Owner is the tab that asked for the save; Reply its private answer.
	Owner Tab
	Reply tea.Msg
}

// ReplyMsg is a command's private answer for the tab that issued it
// (Owner) alone, when nothing was saved: an unknown badge, a person
// arrived already, a failure.
type ReplyMsg struct {
	Owner Tab
	Msg   tea.Msg
}

// ErrMsg says an action or a read failed. Nothing it tried is shown as
// saved; the root shows the error line until the next success.
type ErrMsg struct {
	// Action names what failed, worded when drawn (L rewords it).
	Action i18n.Text
	Err    error
}

// StatusMsg is a short note for the status line that is not an error
// (a refusal, a hint), worded when drawn so that L rewords it.
type StatusMsg struct{ Text i18n.Text }

// ReloadMsg asks the root to read what changed in the day shown (entries
// from another desk), or with People the whole day and the people.
type ReloadMsg struct{ People bool }

// ShowSessionMsg asks the root to open the Sessions tab on a session
// (from the Venues tab's problem list, for example).
type ShowSessionMsg struct{ ID string }

// LanguageMsg tells every tab that the language changed (L), so that they
// rebuild the help of their own keys and any cached text. It is the one
// way a tab learns of it.
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

// LogWindow is how many of the day's newest journal entries the Log tab
// holds: a busy desk day has tens of thousands, and reading them all
// after every save would make each scan slower than the last. The full
// day is in the export.
const LogWindow = 5000
