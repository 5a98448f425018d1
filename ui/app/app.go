// Package app is the root of caecw's screen: the header with the live
// clock and save state, the tab bar, the active tab's body and the help
// line. It routes messages (global keys first, other keys to the active
// tab, data to every tab) and does no I/O itself: reads and writes run as
// commands and come back as messages.
package app

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/store"
	"caecw/ui/attention"
	"caecw/ui/common"
	"caecw/ui/importer"
)

// MinWidth and MinHeight are the smallest terminal the screen lays out
// in; below it a clear message asks for more room.
const (
	MinWidth  = 80
	MinHeight = 24
)

// Chrome heights: header (2 lines), tab bar (1), status line (1), help (1).
const (
	headerHeight = 2
	tabBarHeight = 1
	footerHeight = 2
)

// Model is the root model.
type Model struct {
	c    *common.Common
	tabs []common.Tab
	// active is the index of the shown tab.
	active int
	day    event.Day
	now    time.Time
	view   *dayState
	// dayView is the last whole read of the day shown, kept current with
	// the changes read since (the tabs hold the same).
	dayView  *store.DayView
	help     help.Model
	fullHelp bool

	saving int
	saved  bool
	// errLine words the error line at draw time, so that L translates
	// the frame's part of it; nil when there is no error.
	errLine func(i18n.Printer) string
	// status is worded at draw time too (a Text), for the same reason.
	status i18n.Text
	// panicked holds a recovered view panic, shown instead of the tab.
	panicked string
	backup   backupState
	// importer is the import prompt and Close-day panel (I, C), shown
	// over the body while open; coordinator mode only.
	importer *importer.Model
	// attention is the "what needs me" panel (!), shown over the body
	// while open; its list is computed here from the day last read and
	// the clock (refreshAttention), and its count is in the header.
	attention *attention.Model
	// judged is the minute the attention list was last judged at.
	judged int64

	// A reload is running; another is due when it returns.
	reloading, reloadAgain, reloadPeople bool
}

// dayState is what the header needs from the last read of the day.
type dayState struct {
	demo bool
	// closedAt is when the day was last closed (zero if never); late
	// counts its entries since.
	closedAt time.Time
	late     int
}

// closed takes the day's latest close and its late additions from a read.
func (d *dayState) closed(c *store.Closure, late int) {
	d.closedAt, d.late = time.Time{}, 0
	if c != nil {
		d.closedAt, d.late = c.At, late
	}
}

type hit struct{ from, to int }

// New builds the root model over c with tabs in order. The day shown
// starts at today by c's clock, or the nearest day of the event's span
// (coordinators only: a desk works on today, where its check-ins are
// kept, and has no day keys).
func New(c *common.Common, tabs ...common.Tab) *Model {
	m := &Model{c: c, tabs: tabs, help: help.New(), importer: importer.New(c), attention: attention.New(c)}
	m.now = c.Now()
	m.day = m.startDay(m.now)
	m.fitKeys()
	return m
}

// Today is the day a coordinator's screen opens on at now: today while it
// is a day of the event's span, else the nearest day of the span
// (event.ShownDay).
func Today(ev event.Event, now time.Time) event.Day { return ev.ShownDay(now) }

// startDay is the day shown at now: today at a desk, Today otherwise.
func (m *Model) startDay(now time.Time) event.Day {
	if m.c.Mode == common.ModeDesk {
		return m.c.Event.Today(now)
	}
	return Today(m.c.Event, now)
}

// fitKeys turns off the frame's keys this screen does not have, so that
// neither they nor their help show: the day keys at a desk, the tab keys
// beyond the tabs there are.
func (m *Model) fitKeys() {
	k := m.c.Keys
	desk := m.c.Mode == common.ModeDesk
	k.NextDay.SetEnabled(!desk)
	k.PrevDay.SetEnabled(!desk)
	k.Today.SetEnabled(!desk)
	k.Tab2.SetEnabled(len(m.tabs) >= 2)
	k.Tab3.SetEnabled(len(m.tabs) >= 3)
	k.Tab4.SetEnabled(len(m.tabs) >= 4)
	multi := len(m.tabs) > 1
	k.Tab1.SetEnabled(multi)
	k.NextTab.SetEnabled(multi)
	k.PrevTab.SetEnabled(multi)
	if multi {
		k.Tab1.SetHelp(fmt.Sprintf("1-%d", min(4, len(m.tabs))), m.c.P.T(i18n.KeyHelpSwitchTab))
	}
}

// Day is the day shown.
func (m *Model) Day() event.Day { return m.day }

// Active is the index of the active tab.
func (m *Model) Active() int { return m.active }

// Init implements tea.Model.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{m.c.TickCmd(), m.reload(true), tea.RequestBackgroundColor}
	for _, t := range m.tabs {
		cmds = append(cmds, t.Init())
	}
	return tea.Batch(cmds...)
}

func (m *Model) p() i18n.Printer { return m.c.P }

func (m *Model) bodySize() (int, int) {
	return m.c.Width, max(0, m.c.Height-headerHeight-tabBarHeight-footerHeight)
}

func (m *Model) resize(w, h int) {
	m.c.Width, m.c.Height = w, h
	m.help.SetWidth(w)
	bw, bh := m.bodySize()
	for _, t := range m.tabs {
		t.SetSize(bw, bh)
	}
	m.importer.SetSize(bw, bh)
	m.attention.SetSize(bw, bh)
}

func (m *Model) tooSmall() bool { return m.c.Width < MinWidth || m.c.Height < MinHeight }

func (m *Model) tooSmallText() string {
	return m.p().T(i18n.KeyTooSmall, "width", m.c.Width, "height", m.c.Height, "min_width", MinWidth, "min_height", MinHeight)
}

// recoverView turns a panic while drawing a tab into a message on screen;
// the data is in the store, so nothing is lost, and the other tabs still
// work.
func (m *Model) recoverView(f func() string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			m.panicked = fmt.Sprint(r)
			out = m.c.Styles.ErrorLine.Render(m.c.Trunc(m.p().T(i18n.KeyErrDisplay, "err", fmt.Sprint(r)), m.c.Width))
		}
	}()
	return f()
}

// LogWindow is how many of the day's newest journal entries the Log tab
// holds (common.LogWindow).
const LogWindow = common.LogWindow

// Attention is the attention list as last judged (tests and the
// header's count read it).
func (m *Model) Attention() []event.AttentionItem { return m.attention.Items() }
