// Package common holds what every part of caecw's screen shares: the
// Common context (size, styles, keys, store, clock, language), the
// component contract of a tab, the messages that carry data from store
// commands back to the tabs, and the table cell helpers that keep
// columns aligned with Khmer, Burmese, Thai and CJK names.
package common

import (
	"time"

	"caecw/internal/clock"
	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/store"
)

// Mode is what the screen is for.
type Mode int

// The modes: the coordinator's full app, or a check-in desk that may not
// change the programme.
const (
	ModeCoordinator Mode = iota
	ModeDesk
)

// Common is passed by pointer to every component; it is the only shared
// state of the screen (no package-level globals).
type Common struct {
	Width, Height int
	Styles        *Styles
	Keys          *KeyMap
	Store         *store.Store
	Clock         clock.Clock
	Mode          Mode
	// Loc is the event's time zone; every time on screen is shown in it.
	Loc *time.Location
	// Event is the event as last read.
	Event event.Event
	// Cells says how table cells are measured (wcwidth by default).
	Cells CellMethod
	// P speaks the chosen language; L switches it live.
	P i18n.Printer
	// Sync reads the link to the sync hub without blocking; nil when the
	// screen does not sync.
	Sync func() SyncState
	// Seen is how far the root has read the day shown; the root alone
	// sets it.
	Seen Seen
}

// CanEditProgramme reports whether this screen may change sessions,
// venues and assignments. A desk may not.
func (c *Common) CanEditProgramme() bool { return c.Mode == ModeCoordinator }

// Now is the app's clock reading.
func (c *Common) Now() time.Time { return c.Clock.Now() }
