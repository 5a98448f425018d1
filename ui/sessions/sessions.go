// Package sessions is the Sessions tab: the day's programme in time order
// with live statuses, the problems on the rows they concern, a detail pane
// and the coordinator's changes (delay, move, cancel, restore, note), each
// journaled, and each that would break something confirmed first.
package sessions

import (
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/store"
	"caecw/ui/common"
)

// mode is what has the keyboard.
type mode int

const (
	browsing mode = iota
	filtering
	askDelay
	pickVenue
	askTime
	askNote
	confirming
)

// Model is the Sessions tab.
type Model struct {
	c    *common.Common
	keys KeyMap
	w, h int

	view *store.DayView
	day  event.Day
	now  time.Time
	plan event.Plan
	// Per session of view.Sessions, by index.
	statuses []event.Status
	problems []event.Problem
	issues   [][]int              // problem indexes per session
	counts   []event.SessionCount // headcounts and capacity per session
	cells    []cells
	// cutW and cutBy are the title and venue widths (title<<16|venue) and
	// the cell method the cells' titleCut and venueCut were cut for.
	cutW  int
	cutBy common.CellMethod
	// titleNeed and venueNeed are the widest title and venue of the day
	// measured by needBy; -1 after a read.
	titleNeed, venueNeed int
	needBy               common.CellMethod
	// cutFrom, cutTo and cutFor are the last titles [0] and venues [1]
	// cut, their cuts and the width they were cut to.
	cutFrom, cutTo [2][]string
	cutFor         [2]int
	index          map[string]int
	venues         map[string]event.Venue
	minute         int64 // the minute the problems were judged at

	rows   []int // session indexes shown, after the filter
	list   common.ListCursor
	filter string

	mode  mode
	input textinput.Model

	detail     bool
	detailID   string
	paneScroll int
	journal    []store.LogEntry
	journalFor string

	picker   venuePicker
	moveTo   string // venue chosen in the picker ("" keeps it)
	target   string // session id of the prompt or confirmation
	pending  pending
	want     string // session to show once the day is read
	selected string // session id under the cursor, kept across reloads

	// paints caches each style's escape codes for the theme paintFor.
	paints   map[*lipgloss.Style][2]string
	paintFor *common.Styles
}

// New builds the Sessions tab.
func New(c *common.Common) *Model {
	in := common.NewInput(200)
	m := &Model{c: c, input: in, now: c.Now()}
	m.keys = newKeyMap(c.P, c.CanEditProgramme())
	return m
}

// TabName implements common.Tab.
func (m *Model) TabName() string { return m.c.P.T(i18n.KeyTabSessions) }

// Init implements common.Tab.
func (m *Model) Init() tea.Cmd { return nil }

// SetSize implements common.Tab.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = max(0, w), max(0, h)
	m.list.SetHeight(m.h - headLines)
	m.input.SetWidth(max(10, m.w-40))
	m.picker.list.SetHeight(pickerRows)
}

// Capturing implements common.Tab: a prompt, the filter, the venue list or
// a confirmation has the keyboard.
func (m *Model) Capturing() bool { return m.mode != browsing }

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	switch m.mode {
	case confirming:
		return []key.Binding{m.keys.Yes, m.keys.No}
	case pickVenue:
		return []key.Binding{k.FieldUp, common.WithHelp(k.Open, m.c.P.T(i18n.KeyHelpChoose))}
	case filtering:
		return []key.Binding{k.FieldUp, common.WithHelp(k.Open, m.c.P.T(i18n.KeyHelpKeepFilter))}
	case browsing:
	default:
		return []key.Binding{common.WithHelp(k.Open, m.c.P.T(i18n.KeyHelpApply))}
	}
	if m.detail {
		return append([]key.Binding{k.Back, m.keys.Scroll}, m.keys.actions()...)
	}
	return append([]key.Binding{k.Open, k.Filter}, m.keys.actions()...)
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.c.Keys
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Home, k.End},
		{k.Open, k.Filter, k.Back, m.keys.Scroll},
		m.keys.actions(),
	}
}

// Update implements common.Tab.
func (m *Model) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	switch msg := msg.(type) {
	case common.LanguageMsg:
		m.keys.setLanguage(m.c.P, m.c.CanEditProgramme())
		m.rebuild()
	case common.DayLoadedMsg:
		cmd := m.load(msg.View)
		if cmd == nil && m.detail {
			cmd = m.loadJournalCmd(m.detailID)
		}
		return m, cmd
	case common.ChangesMsg:
		// The root folded the new counts into the day held.
		if m.view != nil {
			m.judge()
			m.rebuild()
		}
	case common.TickMsg:
		m.tick(msg.Now)
	case common.SavedMsg:
		if m.detail {
			return m, m.loadJournalCmd(m.detailID)
		}
	case journalMsg:
		if msg.id == m.detailID {
			m.journal, m.journalFor = msg.entries, msg.id
		}
	case common.ShowSessionMsg:
		return m, m.show(msg.ID)
	case common.SessionActionMsg:
		return m, m.fixFor(msg)
	case tea.KeyPressMsg:
		return m, m.key(msg)
	case tea.PasteMsg:
		if m.mode != browsing && m.mode != confirming {
			var cmd tea.Cmd
			m.input, cmd = m.input.Update(msg)
			m.afterInput()
			return m, cmd
		}
	}
	return m, nil
}

// show selects session id, clearing a filter that hides it, and opens its
// details. Before the day is read it is remembered for the first load.
func (m *Model) show(id string) tea.Cmd {
	if _, ok := m.index[id]; !ok {
		m.want = id
		return nil
	}
	m.mode = browsing
	m.input.Blur()
	if !m.selectID(id) {
		m.filter = ""
		m.applyFilter()
		m.selectID(id)
	}
	return m.openDetail()
}

func (m *Model) openDetail() tea.Cmd {
	s, ok := m.current()
	if !ok {
		return nil
	}
	m.detail, m.paneScroll = true, 0
	if m.detailID != s.ID {
		m.detailID, m.journal, m.journalFor = s.ID, nil, ""
	}
	return m.loadJournalCmd(s.ID)
}

// current is the session under the cursor.
func (m *Model) current() (event.Session, bool) {
	if m.view == nil || len(m.rows) == 0 {
		return event.Session{}, false
	}
	return m.view.Sessions[m.rows[m.list.Cursor]], true
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	switch m.mode {
	case filtering:
		return m.filterKey(msg)
	case askDelay, askTime, askNote:
		return m.promptKey(msg)
	case pickVenue:
		return m.pickerKey(msg)
	case confirming:
		return m.confirmKey(msg)
	}
	k := m.c.Keys
	switch {
	case key.Matches(msg, k.Up):
		m.moveCursor(-1)
	case key.Matches(msg, k.Down):
		m.moveCursor(1)
	case key.Matches(msg, k.PageUp):
		if m.detail {
			m.paneScroll = max(0, m.paneScroll-max(1, m.h/2))
		} else {
			m.moveCursor(-m.list.H)
		}
	case key.Matches(msg, k.PageDown):
		if m.detail {
			m.paneScroll += max(1, m.h/2)
		} else {
			m.moveCursor(m.list.H)
		}
	case key.Matches(msg, k.Home):
		m.moveCursor(-len(m.rows))
	case key.Matches(msg, k.End):
		m.moveCursor(len(m.rows))
	case key.Matches(msg, k.Open):
		return m.openDetail()
	case key.Matches(msg, k.Back):
		switch {
		case m.detail:
			m.detail = false
		case m.filter != "":
			m.filter = ""
			m.applyFilter()
		}
	case key.Matches(msg, k.Filter):
		m.mode = filtering
		m.input.Reset()
		m.input.SetValue(m.filter)
		m.input.Placeholder = ""
		m.input.Prompt = m.c.P.T(i18n.KeySessionsFilterShown, "query", "")
		m.focus()
		return nil
	case key.Matches(msg, m.keys.actions()...):
		return m.action(msg)
	}
	return nil
}

// moveCursor moves the selection; with the detail pane open the pane
// follows it.
func (m *Model) moveCursor(d int) tea.Cmd {
	m.list.Move(d)
	m.remember()
	if m.detail {
		if s, ok := m.current(); ok && s.ID != m.detailID {
			m.detailID, m.journal, m.journalFor, m.paneScroll = s.ID, nil, "", 0
			return m.loadJournalCmd(s.ID)
		}
	}
	return nil
}

func (m *Model) remember() {
	if s, ok := m.current(); ok {
		m.selected = s.ID
	}
}

func (m *Model) filterKey(msg tea.KeyPressMsg) tea.Cmd {
	out, cmd := m.c.FilterKey(&m.input, msg)
	switch out {
	case common.FilterCleared:
		m.mode, m.filter = browsing, ""
		m.applyFilter()
	case common.FilterKept:
		m.mode = browsing
	case common.FilterUp:
		m.moveCursor(-1)
	case common.FilterDown:
		m.moveCursor(1)
	case common.FilterTyped:
		m.afterInput()
	}
	return cmd
}

// afterInput follows the text typed into the filter or the venue picker.
func (m *Model) afterInput() {
	switch m.mode {
	case filtering:
		m.filter = m.input.Value()
		m.applyFilter()
	case pickVenue:
		m.picker.apply(m.input.Value())
	}
}

// focus gives the input the keyboard. Its blinking cursor is not used
// (inputLine draws a steady one), so its blink command is dropped and no
// timer keeps the screen redrawing.
func (m *Model) focus() { _ = m.input.Focus() }
