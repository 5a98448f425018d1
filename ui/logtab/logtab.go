// Package logtab is the Log tab: the day's journal, newest first, live,
// filterable, with undo of an entry (with a reason), and the entries held
// by the store (never applied, with why): "N held" in the title, and h to
// see them.
package logtab

import (
	"errors"
	"slices"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/internal/search"
	"caecw/internal/textcell"
	"caecw/store"
	"caecw/ui/common"
)

// KeyMap is the Log tab's own keys.
type KeyMap struct {
	Undo key.Binding
	// Held shows the held entries in place of the log, and back.
	Held key.Binding
	// Apply and ConfirmUndo are enter at the filter and reason prompts,
	// bound here only for their help.
	Apply       key.Binding
	ConfirmUndo key.Binding
}

func newKeyMap(p i18n.Printer) KeyMap {
	k := KeyMap{
		Undo:        key.NewBinding(key.WithKeys("u")),
		Held:        key.NewBinding(key.WithKeys("h")),
		Apply:       key.NewBinding(key.WithKeys("enter")),
		ConfirmUndo: key.NewBinding(key.WithKeys("enter")),
	}
	k.setLanguage(p)
	return k
}

func (k *KeyMap) setLanguage(p i18n.Printer) {
	k.Undo.SetHelp("u", p.T(i18n.KeyHelpUndoEntry))
	k.Held.SetHelp("h", p.T(i18n.KeyHelpLogHeld))
	k.Apply.SetHelp("enter", p.T(i18n.KeyHelpLogApply))
	k.ConfirmUndo.SetHelp("enter", p.T(i18n.KeyHelpLogUndo))
}

// mode is what the tab's input line is doing.
type mode int

const (
	browsing mode = iota
	filtering
	askingReason
)

// Model is the Log tab.
type Model struct {
	c    *common.Common
	keys KeyMap
	w, h int

	day event.Day
	// entries and rows (the entries after the filter) are held oldest
	// first, so that a new entry is appended, not put in front of
	// thousands; they are shown newest first (see row).
	entries []store.LogEntry
	rows    []row
	list    common.ListCursor

	// people is the people in id order (common.InIDOrder), shared with
	// the other tabs.
	people   []event.Person
	sessions map[string]event.Session
	venues   map[string]event.Venue
	dels     map[string]event.Delegation

	mode   mode
	input  textinput.Model
	filter string
	target store.LogEntry

	// held is how many entries the store holds (DayView.Held); heldList
	// what showHeld lists, read when h is pressed.
	held     int
	showHeld bool
	heldList []store.HeldEntry
}

// heldLoadedMsg carries the held entries, read for the held list.
type heldLoadedMsg struct {
	held []store.HeldEntry
	err  error
}

// row is an entry as displayed, with its folded text for the filter.
type row struct {
	e     store.LogEntry
	cells [6]string
	fold  string
	// need is the cells the subject and the details take, measured once.
	need [2]int
}

// New builds the Log tab.
func New(c *common.Common) *Model {
	return &Model{c: c, keys: newKeyMap(c.P), input: common.NewInput(200)}
}

// TabName implements common.Tab.
func (m *Model) TabName() string { return m.c.P.T(i18n.KeyTabLog) }

// Init implements common.Tab.
func (m *Model) Init() tea.Cmd { return nil }

// SetSize implements common.Tab.
func (m *Model) SetSize(w, h int) {
	// The root passes what is left of a tiny terminal, down to negative
	// numbers; View must still draw (nothing) without a panic.
	m.w, m.h = max(0, w), max(0, h)
	m.list.SetHeight(m.h - 3)
	m.input.SetWidth(max(10, w-30))
}

// Capturing implements common.Tab.
func (m *Model) Capturing() bool { return m.mode != browsing }

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	switch m.mode {
	case filtering:
		return []key.Binding{m.keys.Apply}
	case askingReason:
		return []key.Binding{m.keys.ConfirmUndo}
	}
	if m.showHeld {
		return []key.Binding{m.keys.Held}
	}
	if m.held > 0 {
		return []key.Binding{m.c.Keys.Up, m.c.Keys.Down, m.c.Keys.Filter, m.keys.Undo, m.keys.Held}
	}
	return []key.Binding{m.c.Keys.Up, m.c.Keys.Down, m.c.Keys.Filter, m.keys.Undo}
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{{m.c.Keys.Up, m.c.Keys.Down, m.c.Keys.PageUp, m.c.Keys.PageDown, m.c.Keys.Home, m.c.Keys.End}, {m.c.Keys.Filter, m.keys.Undo, m.keys.Held}}
}

// Update implements common.Tab.
func (m *Model) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	switch msg := msg.(type) {
	case common.DayLoadedMsg:
		m.day = msg.View.Day
		m.entries = slices.Clone(msg.Log)
		slices.Reverse(m.entries)
		m.sessions = map[string]event.Session{}
		for _, s := range msg.View.Sessions {
			m.sessions[s.ID] = s
		}
		m.venues = map[string]event.Venue{}
		for _, v := range msg.View.Venues {
			m.venues[v.ID] = v
		}
		m.dels = map[string]event.Delegation{}
		for _, d := range msg.View.Delegations {
			m.dels[d.ID] = d
		}
		if m.held != msg.View.Held && m.showHeld {
			m.held = msg.View.Held
			m.rebuild()
			return m, m.loadHeldCmd()
		}
		m.held = msg.View.Held
		m.rebuild()
	case common.ChangesMsg:
		m.takeChanges(msg.Changes)
	case heldLoadedMsg:
		if msg.err != nil {
			return m, func() tea.Msg { return common.ErrMsg{Action: i18n.Say(i18n.KeyErrReadHeld), Err: msg.err} }
		}
		m.heldList = msg.held
	case common.PeopleLoadedMsg:
		m.people = common.InIDOrder(msg.People)
		m.rebuild()
	case tea.KeyPressMsg:
		return m, m.key(msg)
	case tea.PasteMsg:
		if m.mode != browsing {
			var cmd tea.Cmd
			m.input, cmd = m.input.Update(msg)
			return m, cmd
		}
	case common.LanguageMsg:
		m.setLanguage()
	}
	return m, nil
}

// setLanguage rebuilds the tab's texts after L.
func (m *Model) setLanguage() {
	m.keys.setLanguage(m.c.P)
	m.rebuild()
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	switch m.mode {
	case filtering:
		out, cmd := m.c.FilterKey(&m.input, msg)
		switch out {
		case common.FilterCleared:
			m.mode, m.filter = browsing, ""
			m.rebuild()
		case common.FilterKept:
			m.mode = browsing
		case common.FilterUp:
			m.list.Move(-1)
		case common.FilterDown:
			m.list.Move(1)
		case common.FilterTyped:
			if m.filter != m.input.Value() {
				m.filter = m.input.Value()
				m.rebuild()
				m.list.Select(0) // the newest match; the log has nothing to open
			}
		}
		return cmd
	case askingReason:
		switch {
		case key.Matches(msg, k.Back):
			m.mode = browsing
			m.input.Reset()
			m.input.Blur()
			return nil
		case key.Matches(msg, k.Open):
			reason := strings.TrimSpace(m.input.Value())
			m.mode = browsing
			m.input.Reset()
			m.input.Blur()
			return m.undoCmd(m.target, reason)
		}
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		return cmd
	}
	switch {
	case key.Matches(msg, k.Up):
		m.list.Move(-1)
	case key.Matches(msg, k.Down):
		m.list.Move(1)
	case key.Matches(msg, k.PageUp):
		m.list.Move(-m.list.H)
	case key.Matches(msg, k.PageDown):
		m.list.Move(m.list.H)
	case key.Matches(msg, k.Home):
		m.list.Select(0)
	case key.Matches(msg, k.End):
		m.list.Select(m.list.N - 1)
	case key.Matches(msg, k.Filter):
		m.mode = filtering
		m.input.SetValue(m.filter)
		m.setPrompt(m.c.P.T(i18n.KeyLogFilterPrompt) + " ")
		return m.input.Focus()
	case key.Matches(msg, k.Back):
		if m.filter != "" {
			m.filter = ""
			m.rebuild()
		}
	case key.Matches(msg, m.keys.Held):
		m.showHeld = !m.showHeld
		if m.showHeld {
			return m.loadHeldCmd()
		}
	case key.Matches(msg, m.keys.Undo):
		if !m.showHeld {
			return m.startUndo()
		}
	}
	return nil
}

// loadHeldCmd reads the held entries.
func (m *Model) loadHeldCmd() tea.Cmd {
	s := m.c.Store
	return func() tea.Msg {
		held, err := s.Held()
		return heldLoadedMsg{held: held, err: err}
	}
}

func (m *Model) startUndo() tea.Cmd {
	if len(m.rows) == 0 {
		return nil
	}
	e := m.row(m.list.Cursor).e
	p := m.c.P
	if !e.Kind.Undoable() || e.UndoneBy != "" {
		return common.Status(i18n.Say(i18n.KeyLogUndoNotUndoable))
	}
	if m.c.Mode == common.ModeDesk && e.Desk != m.c.Store.Desk() {
		return common.Status(i18n.Say(i18n.KeyLogUndoNotOwn, "desk", e.Desk))
	}
	m.target = e
	m.mode = askingReason
	m.input.Reset()
	m.setPrompt(p.T(i18n.KeyLogUndoPrompt, "action", m.action(e.Kind), "subject", m.subject(e.Entry)) + " ")
	return m.input.Focus()
}

// setPrompt gives the input line its prompt and the rest of the width, so
// what is typed stays in sight after a long (or double-width) prompt: a
// question longer than the line leaves the field at least a third of it
// (the question's subject is the selected row, in sight above).
func (m *Model) setPrompt(prompt string) {
	field := max(12, m.w/3)
	if m.c.CellWidth(prompt) > m.w-field-2 {
		prompt = m.c.Trunc(prompt, max(0, m.w-field-3)) + " "
	}
	m.input.Prompt = prompt
	m.input.SetWidth(max(1, m.w-m.c.CellWidth(prompt)-2))
}

func (m *Model) undoCmd(e store.LogEntry, reason string) tea.Cmd {
	s := m.c.Store
	text := i18n.Say(i18n.KeyLogUndoDone, "action", i18n.ActionText(e.Kind), "subject", m.subject(e.Entry))
	return m.c.Save(i18n.Say(i18n.KeyActionUndo), func() (common.SavedMsg, error) {
		u, err := s.Undo(e.ID, reason)
		if errors.Is(err, store.ErrNotUndoable) {
			return common.SavedMsg{}, err
		}
		return common.SavedMsg{Entry: u, Text: text}, err
	})
}

// row is the i-th row shown, newest first.
func (m *Model) row(i int) row { return m.rows[len(m.rows)-1-i] }

// takeChanges puts the day's new entries in their places (at the end,
// but for another desk's entry that comes in late), building only their
// rows; an undo among them marks its target, which is rare enough to
// redraw every row for.
func (m *Model) takeChanges(ch *store.Changes) {
	if ch.Day != m.day {
		return
	}
	q := search.Fold(strings.TrimSpace(m.filter))
	for _, e := range ch.Entries {
		key := string(e.ID.Key())
		i, found := sort.Find(len(m.entries), func(i int) int { return strings.Compare(key, string(m.entries[i].ID.Key())) })
		if found {
			continue
		}
		m.entries = slices.Insert(m.entries, i, e)
		r := m.makeRow(e)
		if q != "" && !strings.Contains(r.fold, q) {
			continue
		}
		j, _ := sort.Find(len(m.rows), func(j int) int { return strings.Compare(key, string(m.rows[j].e.ID.Key())) })
		m.rows = slices.Insert(m.rows, j, r)
	}
	if n := len(m.entries); n > common.LogWindow {
		m.entries = m.entries[n-common.LogWindow:]
		oldest := string(m.entries[0].ID.Key())
		k := 0
		for k < len(m.rows) && string(m.rows[k].e.ID.Key()) < oldest {
			k++
		}
		m.rows = m.rows[k:]
	}
	if len(ch.Undone) > 0 {
		for i := range m.entries {
			if by, ok := ch.Undone[m.entries[i].ID]; ok {
				m.entries[i].UndoneBy = by
			}
		}
		m.rebuild()
		return
	}
	m.list.SetLen(len(m.rows))
}

// rebuild recomputes the displayed rows from the entries and the filter.
func (m *Model) rebuild() {
	m.rows = m.rows[:0]
	q := search.Fold(strings.TrimSpace(m.filter))
	for _, e := range m.entries {
		r := m.makeRow(e)
		if q != "" && !strings.Contains(r.fold, q) {
			continue
		}
		m.rows = append(m.rows, r)
	}
	m.list.SetLen(len(m.rows))
}

func (m *Model) makeRow(e store.LogEntry) row {
	loc := m.c.Location()
	r := row{e: e}
	r.cells = [6]string{
		e.At.In(loc).Format("15:04:05"),
		e.Desk,
		e.Operator,
		m.action(e.Kind),
		m.subject(e.Entry),
		m.details(e),
	}
	r.fold = search.Fold(strings.Join(r.cells[:], " "))
	r.need = [2]int{m.c.CellWidth(r.cells[4]), m.c.CellWidth(r.cells[5])}
	return r
}

func (m *Model) action(k journal.Kind) string { return m.c.P.Action(k) }

// subject names what an entry is about, by name where it can.
func (m *Model) subject(e journal.Entry) string {
	switch e.Kind {
	case journal.KindCheckIn, journal.KindWalkIn:
		if p, ok := common.FindPerson(m.people, e.Subject); ok {
			if p.NameLatin != "" && p.NameLatin != p.Name {
				return p.Name + " " + p.NameLatin
			}
			return p.Name
		}
	case journal.KindSessionDelay, journal.KindSessionMove, journal.KindSessionCancel,
		journal.KindSessionRestore, journal.KindSessionNote, journal.KindSessionStart, journal.KindAssign:
		if s, ok := m.sessions[e.Subject]; ok {
			return m.c.P.SessionTitle(s)
		}
	case journal.KindOutage:
		if v, ok := m.venues[e.Subject]; ok {
			return m.c.P.VenueName(v)
		}
	case journal.KindUndo:
		if p, ok := common.FindPerson(m.people, e.Subject); ok {
			return p.Name
		}
		if s, ok := m.sessions[e.Subject]; ok {
			return m.c.P.SessionTitle(s)
		}
	}
	return e.Subject
}

// details words what the entry did (i18n.EntryDetails), at draw time in
// the screen's language; a check-in shows the person's delegation.
func (m *Model) details(le store.LogEntry) string {
	p, e := m.c.P, le.Entry
	out := ""
	switch e.Kind {
	case journal.KindCheckIn:
		if per, ok := common.FindPerson(m.people, e.Subject); ok {
			if d, ok := m.dels[per.Delegation]; ok {
				out = p.DelegationName(d)
			}
		}
	case journal.KindUndo:
		var u journal.Undo
		var undid *journal.Entry
		if e.Decode(&u) == nil {
			for i := range m.entries {
				if m.entries[i].ID == u.Target {
					undid = &m.entries[i].Entry
				}
			}
		}
		out = p.EntryDetails(e, undid, names{m}, m.c.Location())
	default:
		out = p.EntryDetails(e, nil, names{m}, m.c.Location())
	}
	if le.UndoneBy != "" {
		out = "[" + p.T(i18n.KeyLogUndone) + "] " + out
	}
	return out
}

// names looks up the tab's people, sessions, venues and delegations for
// i18n.EntryDetails, in the screen's language.
type names struct{ m *Model }

func (n names) PersonName(id string) string {
	if p, ok := common.FindPerson(n.m.people, id); ok {
		return p.Name
	}
	return ""
}
func (n names) SessionTitle(id string) string {
	if s, ok := n.m.sessions[id]; ok {
		return n.m.c.P.SessionTitle(s)
	}
	return ""
}
func (n names) VenueName(id string) string {
	if v, ok := n.m.venues[id]; ok {
		return n.m.c.P.VenueName(v)
	}
	return ""
}
func (n names) DelegationName(id string) string {
	if d, ok := n.m.dels[id]; ok {
		return n.m.c.P.DelegationName(d)
	}
	return ""
}

// View implements common.Tab.
func (m *Model) View() string {
	c, s, p := m.c, m.c.Styles, m.c.P
	widths := m.columns()
	lines := make([]string, 0, m.h)
	title := p.T(i18n.KeyLogTitle, "date", p.Date(m.day.Date())) + "  " + p.N(i18n.KeyLogCount, len(m.rows))
	if m.filter != "" && m.mode != filtering {
		title += "  " + p.T(i18n.KeyLogFilterPrompt) + " " + m.filter
	}
	if m.held > 0 {
		// The held count is said on the title line, in the warning style,
		// so that it is never scrolled or filtered away.
		heldText := "  " + p.N(i18n.KeyLogHeldCount, m.held)
		tw := max(0, m.w-c.CellWidth(heldText))
		lines = append(lines, s.Bold.Render(c.Fit(title, tw))+s.Warning.Render(c.Fit(heldText, m.w-tw)))
	} else {
		lines = append(lines, s.Bold.Render(c.Fit(title, m.w)))
	}
	if m.showHeld {
		return m.heldView(lines)
	}
	switch {
	case m.mode != browsing:
		lines = append(lines, c.Trunc(m.input.View(), m.w))
	case c.Sync != nil && c.Sync().LastError != "":
		// Why the header counts entries held or not sent, or the link
		// is down: the latest sync failure, read afresh each frame.
		lines = append(lines, s.Warning.Render(c.Fit(p.T(i18n.KeyHeaderSyncError, "err", syncErrorText(c.Sync())), m.w)))
	default:
		lines = append(lines, "")
	}
	head := []i18n.Key{i18n.KeyLogColTime, i18n.KeyLogColDesk, i18n.KeyLogColOperator, i18n.KeyLogColAction, i18n.KeyLogColSubject, i18n.KeyLogColDetails}
	var hb strings.Builder
	for i, k := range head {
		hb.WriteString(c.Fit(p.T(k), widths[i]))
		if i < len(head)-1 {
			hb.WriteString(" ")
		}
	}
	// Fit: below the root's minimum width the fixed columns alone are
	// wider than the tab.
	lines = append(lines, s.TableHeader.Render(c.Fit(hb.String(), m.w)))
	if len(m.rows) == 0 {
		empty := p.T(i18n.KeyLogEmpty, "date", p.Date(m.day.Date()))
		if len(m.entries) > 0 && strings.TrimSpace(m.filter) != "" {
			empty = p.T(i18n.KeyLogNoMatch, "filter", m.filter)
		}
		lines = append(lines, s.Dim.Render(c.Fit(empty, m.w)))
		return common.Lines(lines, m.h)
	}
	m.list.Fit(m.h - len(lines))
	from, to := m.list.Visible()
	for i := from; i < to; i++ {
		r := m.row(i)
		var b strings.Builder
		for j, cell := range r.cells {
			b.WriteString(c.Fit(cell, widths[j]))
			if j < len(r.cells)-1 {
				b.WriteString(" ")
			}
		}
		line := c.Fit(b.String(), m.w)
		switch {
		case i == m.list.Cursor:
			line = s.RowSelected.Render(line)
		case r.e.UndoneBy != "":
			line = s.Dim.Render(line)
		}
		lines = append(lines, line)
	}
	if more := c.More(&m.list, m.w); more != "" {
		lines = append(lines, more)
	}
	return common.Lines(lines, m.h)
}

// heldView lists the held entries under the title: when each was held,
// from which desk and door, what it was, and why it was not applied.
func (m *Model) heldView(lines []string) string {
	c, s, p := m.c, m.c.Styles, m.c.P
	lines = append(lines, s.TableHeader.Render(c.Fit(p.T(i18n.KeyLogHeldTitle), m.w)))
	if len(m.heldList) == 0 {
		lines = append(lines, s.Dim.Render(c.Fit(p.T(i18n.KeyLogHeldNone), m.w)))
		return common.Lines(lines, m.h)
	}
	loc := m.c.Location()
	room := max(0, m.h-len(lines))
	for i, h := range m.heldList {
		if i == room-1 && len(m.heldList) > room {
			lines = append(lines, s.Dim.Render(c.Fit(p.N(i18n.KeyLogHeldMore, len(m.heldList)-i), m.w)))
			break
		}
		text := h.HeldAt.In(loc).Format("01-02 15:04") + " " + h.Entry.Desk + " (" + p.HeldSource(h.Source) + ") " +
			m.action(h.Entry.Kind) + " " + h.Entry.Subject + ": " + p.HeldReason(h.Code, h.Reason)
		lines = append(lines, c.Fit(text, m.w))
	}
	return common.Lines(lines, m.h)
}

// columns shares the width out: fixed columns first, the rest to subject
// and details.
func (m *Model) columns() [6]int {
	fixed := [4]int{8, 10, 10, 12}
	used := 0
	for _, w := range fixed {
		used += w + 1
	}
	rest := max(10, m.w-used-1)
	// Subject and details share the rest by what the listed rows need
	// (textcell.Allot), so at 200 columns neither is mostly blank while the
	// other is cut.
	need := [2]int{8, 8}
	for i := range m.rows {
		need[0], need[1] = max(need[0], m.rows[i].need[0]), max(need[1], m.rows[i].need[1])
	}
	share := textcell.Allot(rest, need[:], []int{2, 3})
	subject := share[0]
	return [6]int{fixed[0], fixed[1], fixed[2], fixed[3], subject, rest - subject}
}

// syncErrorText is the link's last failure in the screen's language, as
// replication words it; its plain text when it came without words.
func syncErrorText(st common.SyncState) i18n.Text {
	if st.LastErrorText == nil {
		return i18n.Verbatim(st.LastError)
	}
	return st.LastErrorText
}
