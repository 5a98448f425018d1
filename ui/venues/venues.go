// Package venues is the Venues tab: every venue's day on a time axis,
// the sessions of the selected venue with their headcount against the
// seats, the day's problems (each opening its session), and the
// coordinator's changes to assignments and venue outages, each checked
// against the rules before it is made.
package venues

import (
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/search"
	"caecw/store"
	"caecw/ui/common"
)

// focus is which list the arrow keys move.
type focus int

const (
	onVenues focus = iota
	onSessions
	onProblems
)

// mode is what has the keyboard inside the tab.
type mode int

const (
	browsing   mode = iota
	filtering       // `/` typing into the venue filter
	picking         // a filterable picker list
	prompting       // a typed answer (headcount, outage window)
	confirming      // a change that creates problems waits for `y`
)

// Model is the Venues tab.
type Model struct {
	c    *common.Common
	keys KeyMap
	w, h int

	view     *store.DayView
	now      time.Time
	plan     event.Plan
	problems []event.Problem
	// venueProblems and sessionProblems index problems for the markers.
	venueProblems   map[string]bool
	sessionProblems map[string]bool

	venues   []event.Venue // after the filter
	vlist    common.ListCursor
	sessions []event.Session // of the selected venue
	slist    common.ListCursor
	plist    common.ListCursor
	focus    focus

	mode   mode
	input  textinput.Model
	filter string

	// question is what a picker or prompt asks, on a line of its own
	// above the input so that a long question never hides the answer.
	question string
	pick     *picker
	answer   func(string) tea.Cmd // what a prompt's enter does
	pending  *change
	// warning is the last change made despite its problems; it stays on
	// screen until esc or the next change.
	warning i18n.Text
	// wentAhead is the warning of a change confirmed with y and not yet
	// reported saved.
	wentAhead i18n.Text
}

// New builds the Venues tab.
func New(c *common.Common) *Model {
	in := common.NewInput(200)
	return &Model{c: c, keys: newKeyMap(c.P), input: in}
}

// TabName implements common.Tab.
func (m *Model) TabName() string { return m.c.P.T(i18n.KeyTabVenues) }

// Init implements common.Tab.
func (m *Model) Init() tea.Cmd { return nil }

// SetSize implements common.Tab.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = max(0, w), max(0, h)
	m.input.SetWidth(max(10, w/2))
	m.layout()
}

// Capturing implements common.Tab.
func (m *Model) Capturing() bool { return m.mode != browsing }

// Update implements common.Tab.
func (m *Model) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	switch msg := msg.(type) {
	case common.LanguageMsg:
		m.keys.setLanguage(m.c.P)
	case common.DayLoadedMsg:
		if msg.View == nil {
			return m, nil
		}
		m.view = msg.View
		if m.now.IsZero() {
			m.now = m.c.Now()
		}
		m.recompute()
	case common.TickMsg:
		m.now = msg.Now
		if m.view != nil {
			m.recompute()
		}
	case common.ChangesMsg:
		// The root folded the new counts into the day held.
		if m.view != nil {
			m.recompute()
		}
	case common.SavedMsg:
		if m.wentAhead != nil {
			m.warning, m.wentAhead = m.wentAhead, nil
		}
	case common.ErrMsg:
		m.wentAhead = nil
	case tea.KeyPressMsg:
		return m, m.key(msg)
	case tea.PasteMsg:
		if m.mode == filtering || m.mode == picking || m.mode == prompting {
			var cmd tea.Cmd
			m.input, cmd = m.input.Update(msg)
			m.typed()
			return m, cmd
		}
	}
	return m, nil
}

// recompute judges the day's plan at now, as running sessions count the
// people who arrived, and rebuilds the lists.
func (m *Model) recompute() {
	m.plan = m.view.Plan(m.now)
	m.problems = event.DetectProblems(m.plan)
	m.venueProblems = map[string]bool{}
	m.sessionProblems = map[string]bool{}
	byID := map[string]event.Session{}
	for _, s := range m.view.Sessions {
		byID[s.ID] = s
	}
	for _, p := range m.problems {
		if p.Venue != "" {
			m.venueProblems[p.Venue] = true
		}
		for _, id := range p.Sessions {
			m.sessionProblems[id] = true
			if s, ok := byID[id]; ok {
				m.venueProblems[s.EffectiveVenue()] = true
			}
		}
	}
	m.plist.SetLen(len(m.problems))
	m.refilter()
}

// refilter applies the venue filter, keeping the selected venue when it
// still shows.
func (m *Model) refilter() {
	if m.view == nil {
		return
	}
	selected := m.selectedVenue().ID
	q := search.Fold(strings.TrimSpace(m.filter))
	m.venues = m.venues[:0]
	for _, v := range m.view.Venues {
		if q != "" && !strings.Contains(search.Fold(v.ID+" "+v.Name+" "+v.NameZh+" "+v.Site+" "+v.SiteZh), q) {
			continue
		}
		m.venues = append(m.venues, v)
	}
	m.vlist.SetLen(len(m.venues))
	m.layout() // the visible rows follow the number of venues shown
	if i := slices.IndexFunc(m.venues, func(v event.Venue) bool { return v.ID == selected }); i >= 0 {
		m.vlist.Select(i)
	}
	m.venueChanged()
}

// venueChanged lists the selected venue's sessions.
func (m *Model) venueChanged() {
	v := m.selectedVenue()
	m.sessions = m.sessions[:0]
	if m.view != nil && v.ID != "" {
		for _, s := range m.view.Sessions {
			if s.EffectiveVenue() == v.ID {
				m.sessions = append(m.sessions, s)
			}
		}
	}
	m.slist.SetLen(len(m.sessions))
	m.layout()
}

func (m *Model) selectedVenue() event.Venue {
	if m.vlist.Cursor < 0 || m.vlist.Cursor >= len(m.venues) {
		return event.Venue{}
	}
	return m.venues[m.vlist.Cursor]
}

func (m *Model) selectedSession() (event.Session, bool) {
	if m.focus != onSessions || m.slist.Cursor < 0 || m.slist.Cursor >= len(m.sessions) {
		return event.Session{}, false
	}
	return m.sessions[m.slist.Cursor], true
}

// key routes a key press by mode.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	switch m.mode {
	case filtering:
		return m.filterKey(msg)
	case picking:
		return m.pickKey(msg)
	case prompting:
		return m.promptKey(msg)
	case confirming:
		return m.confirmKey(msg)
	}
	return m.browseKey(msg)
}

func (m *Model) browseKey(msg tea.KeyPressMsg) tea.Cmd {
	k, own := m.c.Keys, m.keys
	if m.c.ListKey(msg, m.cursor()) {
		m.moved()
		return nil
	}
	switch {
	case key.Matches(msg, k.Filter):
		m.mode, m.focus = filtering, onVenues
		m.input.Reset()
		m.input.SetValue(m.filter)
		m.input.Prompt = m.c.P.T(i18n.KeyVenuesFilterPrompt) + " "
		return m.input.Focus()
	case key.Matches(msg, k.Back):
		switch {
		case m.warning != nil:
			m.warning = nil
		case m.focus != onVenues:
			m.focus = onVenues
		case m.filter != "":
			m.filter = ""
			m.refilter()
		}
	case key.Matches(msg, k.Open):
		switch m.focus {
		case onVenues:
			if len(m.sessions) > 0 {
				m.focus = onSessions
			}
		case onSessions:
			if ss, ok := m.selectedSession(); ok {
				return showSession(ss.ID)
			}
		case onProblems:
			return m.jump()
		}
	case key.Matches(msg, own.Problems):
		if m.focus == onProblems {
			m.focus = onVenues
		} else {
			m.focus = onProblems
		}
	case key.Matches(msg, own.Assign):
		return m.startAssign()
	case key.Matches(msg, own.MoveDel):
		return m.startMove()
	case key.Matches(msg, own.Remove):
		return m.startRemove()
	case key.Matches(msg, own.Outage):
		return m.startOutage()
	case key.Matches(msg, own.Lift):
		return m.startLift()
	}
	return nil
}

func (m *Model) cursor() *common.ListCursor {
	switch m.focus {
	case onSessions:
		return &m.slist
	case onProblems:
		return &m.plist
	}
	return &m.vlist
}

func (m *Model) move(d int) {
	m.cursor().Move(d)
	m.moved()
}

// moved follows a move of the focused list: a new venue shows its
// sessions.
func (m *Model) moved() {
	if m.focus == onVenues {
		m.venueChanged()
	}
}

// jump opens the selected problem's first session on the Sessions tab.
func (m *Model) jump() tea.Cmd {
	if m.plist.Cursor >= len(m.problems) || len(m.problems[m.plist.Cursor].Sessions) == 0 {
		return nil
	}
	return showSession(m.problems[m.plist.Cursor].Sessions[0])
}

// showSession asks the root to open session id on the Sessions tab.
func showSession(id string) tea.Cmd {
	return func() tea.Msg { return common.ShowSessionMsg{ID: id} }
}

func (m *Model) filterKey(msg tea.KeyPressMsg) tea.Cmd {
	out, cmd := m.c.FilterKey(&m.input, msg)
	switch out {
	case common.FilterCleared:
		m.mode, m.filter = browsing, ""
		m.refilter()
	case common.FilterKept:
		// The first match stays selected with its sessions shown beside
		// it: selecting a venue is what opens it here.
		m.mode = browsing
	case common.FilterUp:
		m.move(-1)
	case common.FilterDown:
		m.move(1)
	case common.FilterTyped:
		m.typed()
	}
	return cmd
}

// typed follows the text of the input into the filter or the picker.
func (m *Model) typed() {
	switch m.mode {
	case filtering:
		if m.filter == m.input.Value() {
			return // the cursor moved in the text
		}
		m.filter = m.input.Value()
		m.refilter()
		m.vlist.Select(0)
		m.venueChanged()
	case picking:
		if m.pick != nil {
			m.pick.filter(m.input.Value())
		}
	}
}

func (m *Model) promptKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	switch {
	case key.Matches(msg, k.Back):
		m.endInput()
		return common.Status(i18n.Say(i18n.KeyVenuesCancelledFlow))
	case key.Matches(msg, k.Open):
		answer, text := m.answer, m.input.Value()
		m.endInput()
		if answer == nil {
			return nil
		}
		return answer(text)
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return cmd
}

// ask puts a question above the input line.
func (m *Model) ask(question string) {
	m.question = question
	m.input.Prompt = "> "
}

func (m *Model) endInput() {
	m.mode = browsing
	m.input.Reset()
	m.input.Blur()
	m.answer = nil
	m.pick = nil
}

// layout shares the body's height between the venue rows and the pane
// below them.
func (m *Model) layout() {
	vh, lh := m.heights()
	m.vlist.SetHeight(vh)
	m.slist.SetHeight(max(1, lh-1-len(m.venueOutages(m.selectedVenue().ID))))
	m.plist.SetHeight(max(1, m.problemRows(lh)))
	if m.pick != nil {
		m.pick.list.SetHeight(max(1, m.h-3))
	}
}

// heights are the venue rows and the lower pane's lines: the lower pane
// gets two fifths of what is left after the title, input and axis
// lines, at least five lines, and anything the venues do not need. When
// the problems have the focus it grows to hold every one the header
// counts (a title line and two per problem), keeping three venue rows:
// at 80x24 the pane held two of three, with no sign of the third.
func (m *Model) heights() (venues, lower int) {
	rest := max(0, m.h-3)
	lower = max(min(5, rest), rest*2/5)
	if m.focus == onProblems && m.w < wideAt {
		lower = max(lower, min(rest-4, 1+2*len(m.problems)))
	}
	venues = max(0, rest-lower)
	if m.view != nil {
		venues = min(venues, len(m.venues))
	}
	return max(1, venues), rest - max(1, venues)
}

// venueOutages are the day's outages of a venue, in time order.
func (m *Model) venueOutages(venue string) []event.Outage {
	if m.view == nil {
		return nil
	}
	var out []event.Outage
	for _, o := range m.view.Outages {
		if o.Venue == venue {
			out = append(out, o)
		}
	}
	slices.SortFunc(out, func(a, b event.Outage) int { return a.From.Compare(b.From) })
	return out
}
