// Package checkins is the Check-ins tab and the check-in desk.
//
// The tab has two faces. The coordinator's overview lists the delegations
// with expected, arrived and missing, least arrived first, by name or by
// country (o), filtered by `/`, under a chart of the day's arrivals per
// quarter hour, and opens a delegation's members, the missing first. The
// desk is one input line that takes badge scans and name searches: Enter checks the person in, durably, and only the
// returned message draws the confirmation, while the input is already
// clear for the next person. Walk-ins and coach roll-calls are forms of
// the desk.
//
// Update never waits for a save: each Enter issues a store command and
// takes the next keys at once. Quitting waits for the issued saves (see
// [Model.Drain]).
package checkins

import (
	"maps"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/search"
	"caecw/store"
	"caecw/ui/common"
)

// screen is what the tab shows and where the keys go.
type screen int

const (
	overview screen = iota // delegations, coordinator view
	members                // one delegation's members
	desk                   // the check-in input has the focus
	walkIn                 // the walk-in form
	rollCall               // picking a delegation's missing members
)

// Model is the Check-ins tab.
type Model struct {
	c    *common.Common
	keys KeyMap
	w, h int

	screen screen

	// The day shown and its arrivals, as last read; arrivals saved by
	// this desk are added at once, before the reload.
	day      event.Day
	loaded   bool
	dels     []event.Delegation
	delByID  map[string]int
	counts   map[string]int
	arrivals map[string]event.CheckIn

	// People and the search index. The index is built off the Update
	// loop; until it arrives, badge scans still work through the store.
	people      []event.Person
	memberIdx   map[string][]int // delegation -> people, by Latin name
	ix          *search.Index
	building    bool
	peopleGen   int
	needRebuild bool

	d   deskState
	ov  overviewState
	wi  walkInState
	rc  rollCallState
	bst burst

	saves *saves
	// collate orders delegation names in the screen's language (Chinese
	// by pinyin).
	collate *collate.Collator
	// now is the wall clock for telling a scanner's burst from typing;
	// tests replace it. Business times come from c.Clock.
	now func() time.Time
}

// New builds the Check-ins tab.
func New(c *common.Common) *Model {
	m := &Model{
		c:        c,
		keys:     newKeyMap(c.P),
		counts:   map[string]int{},
		arrivals: map[string]event.CheckIn{},
		saves:    newSaves(),
		collate:  newCollator(c.P),
		now:      time.Now,
	}
	m.ov.filter = common.NewInput(80)
	m.ov.filter.Prompt = ""
	return m
}

func newCollator(p i18n.Printer) *collate.Collator {
	if p.Lang() == i18n.ZH {
		return collate.New(language.Chinese)
	}
	return collate.New(language.English)
}

// NewDesk builds the tab for a desk: it opens with the check-in input
// focused.
func NewDesk(c *common.Common) *Model {
	m := New(c)
	m.screen = desk
	return m
}

// TabName implements common.Tab.
func (m *Model) TabName() string { return m.c.P.T(i18n.KeyTabCheckins) }

// Init implements common.Tab.
func (m *Model) Init() tea.Cmd { return nil }

// SetSize implements common.Tab.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = max(0, w), max(0, h)
	m.d.sel.SetHeight(m.h - deskChrome)
	m.ov.list.Fit(m.listHeight())
	m.ov.members.SetHeight(m.h - 3)
	m.rc.cur.SetHeight(m.h - 3)
}

// Capturing implements common.Tab: the desk input and its forms take
// every key, so a letter is never a command there; so does the
// overview's filter while it is typed.
func (m *Model) Capturing() bool {
	return m.screen >= desk || m.screen == overview && m.ov.filtering
}

// HelpWhileCapturing implements common.HelpTaker: "?" at the desk's search
// opens the help instead of being typed, since no name holds one and a
// badge scanner never sends one. The walk-in and roll-call forms keep it.
func (m *Model) HelpWhileCapturing() bool { return m.screen == desk }

// Drain waits until every check-in, walk-in and undo this tab issued is
// committed, running those the program never started. Call it after the
// program has quit, before closing the store.
func (m *Model) Drain() { m.saves.drain() }

// InFlight is how many writes are issued and not yet committed.
func (m *Model) InFlight() int { return m.saves.inFlight() }

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	k := m.keys
	switch m.screen {
	case desk:
		// The desk's own keys first: the help line cuts from the end at
		// 80 columns, and enter and the arrows go without saying; "?" (which
		// works here, see HelpWhileCapturing) shows the rest.
		return []key.Binding{k.Undo, k.WalkIn, m.c.Keys.Help, k.RollCall, k.CheckIn, k.SelUp, k.Clear}
	case walkIn:
		// What moves depends on the field: the delegation list takes the
		// arrows up and down, the role left and right, the name neither.
		switch m.wi.focus {
		case 1:
			return []key.Binding{k.SelUp, k.NextField, k.CheckIn}
		case 2:
			return []key.Binding{k.Left, k.NextField, k.CheckIn}
		}
		return []key.Binding{k.NextField, k.CheckIn}
	case rollCall:
		return []key.Binding{k.Toggle, k.All, k.CheckIn}
	case members:
		return []key.Binding{m.c.Keys.Back, k.RollKey, k.Focus, m.c.Keys.Up, m.c.Keys.Down}
	}
	if m.ov.filtering {
		// esc is the root's "back", always shown while a field has the keys.
		return []key.Binding{k.Members, k.SelUp}
	}
	// The most wanted first: the footer keeps whole keys from the left.
	return []key.Binding{k.Members, m.c.Keys.Filter, k.Sort, k.Focus, k.Chart, k.ChartDesk, k.RollKey, k.WalkInKey, k.Undo, m.c.Keys.Up, m.c.Keys.Down}
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{
		{k.Focus, k.CheckIn, k.SelUp, k.Clear},
		{k.Undo, k.WalkIn, k.RollCall},
		{k.Members, m.c.Keys.Filter, k.Sort, k.Chart, k.ChartDesk},
		{k.RollKey, k.WalkInKey, k.Toggle, k.All},
	}
}

// Update implements common.Tab.
func (m *Model) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	switch msg := msg.(type) {
	case common.LanguageMsg:
		m.keys.setLanguage(m.c.P)
		m.collate = newCollator(m.c.P)
		m.rebuildOverview()
	case common.DayLoadedMsg:
		return m, m.dayLoaded(msg.View)
	case common.ChangesMsg:
		m.takeChanges(msg.Changes)
	case common.PeopleLoadedMsg:
		m.people = msg.People
		m.peopleGen++
		return m, m.rebuildIndex()
	case indexBuiltMsg:
		return m, m.indexBuilt(msg)
	case checkedInMsg:
		return m, m.checkedIn(msg)
	case walkedInMsg:
		return m, m.walkedIn(msg)
	case rollCalledMsg:
		return m, m.rollCalled(msg)
	case undoAskMsg:
		return m, m.askUndo(msg)
	case undoneMsg:
		return m, m.undone(msg)
	case common.ShowDelegationMsg:
		m.showMembers(msg.ID)
	case tea.KeyPressMsg:
		cmd := m.key(msg)
		if m.screen == overview && m.ov.paceStale {
			m.repace() // back on the overview after arrivals elsewhere
		}
		return m, cmd
	case tea.PasteMsg:
		return m, m.paste(msg.Content)
	}
	return m, nil
}

// Answers implements common.Answerer: the tab opens a delegation's
// members for the attention panel (who has not arrived).
func (m *Model) Answers(msg tea.Msg) bool {
	_, ok := msg.(common.ShowDelegationMsg)
	return ok
}

// showMembers opens delegation id's members, selected in the overview
// too. A walk-in or roll call being filled in stays: nothing typed is
// thrown away by a jump.
func (m *Model) showMembers(id string) {
	if m.screen == walkIn || m.screen == rollCall {
		return
	}
	if _, ok := m.delByID[id]; !ok {
		return
	}
	for i, r := range m.ov.rows {
		if r.id == id {
			m.ov.list.Select(i)
		}
	}
	m.ov.filtering = false
	m.ov.filter.Blur()
	m.ov.open = id
	m.ov.order = m.missingFirst(id)
	m.ov.members = common.ListCursor{}
	m.ov.members.SetHeight(m.h - 3)
	m.ov.members.SetLen(len(m.memberIdx[id]))
	m.screen = members
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	switch m.screen {
	case desk:
		return m.deskKey(msg)
	case walkIn:
		return m.guarded(msg, m.walkInKey)
	case rollCall:
		return m.guarded(msg, m.rollCallKey)
	case members:
		return m.membersKey(msg)
	}
	return m.overviewKey(msg)
}

// paste puts pasted text into the field that has the focus, as typed.
func (m *Model) paste(text string) tea.Cmd {
	switch m.screen {
	case desk:
		m.d.input.insert(text)
		m.research()
	case walkIn:
		m.wi.field().insert(text)
		m.wi.refilter(m)
	case overview:
		if m.ov.filtering {
			m.ov.filter, _ = m.ov.filter.Update(tea.PasteMsg{Content: cleanText(text)})
			m.filterChanged()
		}
	}
	return nil
}

// dayLoaded takes a fresh read of the day shown.
func (m *Model) dayLoaded(v *store.DayView) tea.Cmd {
	m.loaded = true
	m.day = v.Day
	m.dels = v.Delegations
	m.delByID = make(map[string]int, len(v.Delegations))
	for i, d := range v.Delegations {
		m.delByID[d.ID] = i
	}
	m.counts = make(map[string]int, len(v.Counts))
	for k, n := range v.Counts {
		m.counts[k] = n
	}
	m.arrivals = make(map[string]event.CheckIn, len(v.Arrivals))
	for _, a := range v.Arrivals {
		if old, ok := m.arrivals[a.Person]; !ok || a.At.Before(old.At) {
			m.arrivals[a.Person] = a
		}
	}
	m.rebuildOverview()
	if m.needRebuild {
		return m.rebuildIndex()
	}
	return nil
}

// takeChanges takes what changed in the day since the last read: the
// arrivals of the people touched and the counts.
func (m *Model) takeChanges(ch *store.Changes) {
	if !m.loaded || ch.Day != m.day {
		return
	}
	for _, a := range ch.Arrivals {
		m.arrivals[a.Person] = a
	}
	for _, p := range ch.Gone {
		delete(m.arrivals, p)
	}
	m.counts = maps.Clone(ch.Counts)
	m.rebuildOverview()
}

// today is the event day of the desk's clock: check-ins always go there.
func (m *Model) today() event.Day {
	return event.DayOf(m.c.Now(), m.c.Location())
}

// showsToday reports whether the arrivals held are today's, so that the
// desk may say who has arrived.
func (m *Model) showsToday() bool { return m.loaded && m.day == m.today() }

func (m *Model) loc() *time.Location { return m.c.Location() }

// delName is a delegation's name in the screen's language.
// delText is delName worded when drawn (for the status line).
func (m *Model) delText(id string) i18n.Text {
	if i, ok := m.delByID[id]; ok {
		return i18n.DelegationText(m.dels[i])
	}
	return i18n.Verbatim(id)
}

func (m *Model) delName(id string) string {
	if i, ok := m.delByID[id]; ok {
		return m.c.P.DelegationName(m.dels[i])
	}
	return id
}

// registered is the people of each delegation the desk knows, walk-ins
// included.
func (m *Model) registered() map[string]int {
	out := make(map[string]int, len(m.memberIdx))
	for id, idx := range m.memberIdx {
		out[id] = len(idx)
	}
	return out
}

// arrivalCount is delegation id's count of the day (event.CountArrivals).
func (m *Model) arrivalCount(id string) event.ArrivalCount {
	d := event.Delegation{ID: id}
	if i, ok := m.delByID[id]; ok {
		d = m.dels[i]
	}
	return event.CountArrivals([]event.Delegation{d}, map[string]int{id: len(m.memberIdx[id])}, m.counts)[0]
}

func msgCmd(msg tea.Msg) tea.Cmd {
	return func() tea.Msg { return msg }
}
