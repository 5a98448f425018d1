// Package common holds what every part of caecw's screen shares: the
// Common context (size, styles, keys, store, clock, language), the
// component contract of a tab, the messages that carry data from store
// commands back to the tabs, and the cell helpers (fit, cut, wrap) that
// keep columns aligned and lines within the width with Khmer, Burmese,
// Thai and CJK names.
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
	// Event is the event as last read; set it with SetEvent, which loads
	// its time zone once (see Location).
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

	// loc is Event's time zone, loaded by SetEvent for the zone named in
	// locZone: loading a zone reads the zoneinfo database, too slow to do
	// per row.
	loc     *time.Location
	locZone string
}

// SetEvent records the event as last read and loads its time zone.
func (c *Common) SetEvent(ev event.Event) {
	c.Event = ev
	c.loc, c.locZone = ev.Location(), ev.TimeZone
}

// Location is the event's time zone (Asia/Shanghai unless the event names
// another); every time on screen is shown in it. It is the one place the
// screen asks for the zone.
func (c *Common) Location() *time.Location {
	if c.loc == nil || c.locZone != c.Event.TimeZone {
		return c.Event.Location()
	}
	return c.loc
}

// CanEditProgramme reports whether this screen may change sessions,
// venues and assignments. A desk may not.
func (c *Common) CanEditProgramme() bool { return c.Mode == ModeCoordinator }

// Now is the app's clock reading.
func (c *Common) Now() time.Time { return c.Clock.Now() }
