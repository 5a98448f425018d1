package checkins

import (
	"errors"
	"strings"
	"time"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/internal/search"
	"caecw/store"
	"caecw/ui/common"
)

// searchLimit is how many matches the desk keeps for one query: more
// than fit on any screen, and the index's heap keeps it cheap.
const searchLimit = 100

// doubleFire is how long a repeat of the same scan is taken for the
// scanner firing twice and ignored.
const doubleFire = time.Second

// deskState is the check-in input and what it shows.
type deskState struct {
	input   field
	results []search.Result
	sel     common.ListCursor
	confirm *confirmation
	// lastQ and lastAt are the last accepted Enter, against double fire.
	lastQ  string
	lastAt time.Time
	// unknown is the badge code last found unknown, offered to ctrl+n.
	unknown string
	// undoAsk is the check-in ctrl+z offers to undo, waiting for y; any
	// other key keeps it (a scan goes on as a scan).
	undoAsk *journal.Entry
}

// field is a one-line text field. Only printable text gets in: control
// characters from a scanner or a paste are dropped.
type field struct{ value string }

func (f *field) insert(s string) {
	if f != nil {
		f.value += cleanText(s)
	}
}

func (f *field) backspace() {
	if f == nil || f.value == "" {
		return
	}
	r := []rune(f.value)
	f.value = string(r[:len(r)-1])
}

func (f *field) clear() {
	if f != nil {
		f.value = ""
	}
}

// cleanText drops control characters (C0, C1, DEL) and turns line and tab
// breaks into nothing, as a scanner's stray prefix or suffix must not
// reach a name or a badge code.
func cleanText(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == unicode.ReplacementChar {
			return -1
		}
		return r
	}, s)
}

// checkedInMsg is the store's answer to one check-in.
type checkedInMsg struct {
	query   string
	res     store.CheckInResult
	unknown bool
	err     error
}

// undoAskMsg is the check-in ctrl+z would undo, read from the store.
type undoAskMsg struct {
	nothing bool
	target  journal.Entry
	person  string
	err     error
}

// undoneMsg is the store's answer to a confirmed undo.
type undoneMsg struct {
	nothing bool
	undo    journal.Entry
	target  journal.Entry
	person  string
	day     event.Day
	err     error
}

func (m *Model) deskKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	if t := m.d.undoAsk; t != nil {
		m.d.undoAsk, m.d.confirm = nil, nil
		// Only y undoes: Enter ends every badge a scanner sends.
		if msg.String() == "y" && m.d.input.value == "" {
			return m.undoCmd(*t)
		}
		if msg.String() == "n" || msg.String() == "esc" {
			return common.Status(i18n.Say(i18n.KeyUndoKept))
		}
	}
	switch {
	case key.Matches(msg, k.CheckIn), msg.String() == "ctrl+j":
		return m.deskEnter()
	case msg.String() == "esc":
		if m.d.input.value == "" {
			m.screen = overview
			return nil
		}
		m.clearInput()
	case key.Matches(msg, k.Clear):
		m.clearInput()
	case key.Matches(msg, k.SelUp):
		m.d.sel.Move(-1)
	case key.Matches(msg, k.SelDown):
		m.d.sel.Move(1)
	case key.Matches(msg, m.c.Keys.PageUp):
		m.d.sel.Move(-m.d.sel.H)
	case key.Matches(msg, m.c.Keys.PageDown):
		m.d.sel.Move(m.d.sel.H)
	case key.Matches(msg, k.Backspace):
		m.d.input.backspace()
		m.research()
	case key.Matches(msg, k.Undo):
		return m.askUndoCmd()
	case key.Matches(msg, k.WalkIn):
		return m.startWalkIn(desk)
	case key.Matches(msg, k.RollCall):
		return m.startRollCallFromDesk()
	default:
		if msg.Text != "" {
			m.d.input.insert(msg.Text)
			m.research()
		}
	}
	return nil
}

func (m *Model) clearInput() {
	m.d.input.clear()
	m.research()
}

// research runs the query typed so far; it is cheap enough for every
// key (see BenchmarkDeskKeystroke).
func (m *Model) research() {
	m.d.results = nil
	if q := strings.TrimSpace(m.d.input.value); q != "" && m.ix != nil {
		m.d.results = m.ix.Search(q, searchLimit)
	}
	m.d.sel = common.ListCursor{H: m.d.sel.H}
	m.d.sel.SetLen(len(m.d.results))
}

// deskEnter checks in the exact badge, or else the selected result, or
// else asks the store about the code. The input is cleared at once; the
// confirmation comes with the store's answer.
func (m *Model) deskEnter() tea.Cmd {
	q := strings.TrimSpace(m.d.input.value)
	var selected string
	if len(m.d.results) > 0 {
		selected = m.d.results[m.d.sel.Cursor].ID
	}
	m.clearInput()
	if q == "" {
		return nil
	}
	return m.scan(q, selected)
}

// scan handles one code or query ended by Enter, from the input or from
// a scanner burst anywhere on the desk screen.
func (m *Model) scan(q, selected string) tea.Cmd {
	now := m.c.Now()
	if q == m.d.lastQ && !now.Before(m.d.lastAt) && now.Sub(m.d.lastAt) < doubleFire {
		return nil // the scanner fired twice: silently once
	}
	m.d.lastQ, m.d.lastAt = q, now
	if p, ok := m.withBadge(q); ok {
		return m.checkInCmd(p.ID, q)
	}
	if selected != "" {
		return m.checkInCmd(selected, q)
	}
	return m.checkInBadgeCmd(q)
}

func (m *Model) checkInCmd(person, q string) tea.Cmd {
	s, answer := m.c.Store, m.checkInAnswer()
	return m.privately(func() tea.Msg {
		res, err := s.CheckIn(person)
		return answer(checkedInMsg{query: q, res: res, err: err})
	})
}

// checkInAnswer turns a check-in's answer into what the root takes in
// one turn: a new arrival as a SavedMsg that carries the answer for this
// tab and what changed in the day; anything else as it is. It is made in
// Update and runs in the command, so it reads nothing of the model.
func (m *Model) checkInAnswer() func(checkedInMsg) tea.Msg {
	s, seen, p, loc := m.c.Store, m.c.Seen, m.c.P, m.loc()
	return func(msg checkedInMsg) tea.Msg {
		if msg.unknown || msg.err != nil || msg.res.Already {
			return msg
		}
		res := msg.res
		text := i18n.Say(i18n.KeyCheckinDone, "name", personText(res.Person), "delegation", i18n.DelegationText(res.Delegation), "time", p.Clock(res.Arrival.At.In(loc)))
		return seen.Changes(s, common.SavedMsg{Entry: res.Entry, Text: text, Owner: m, Reply: msg})
	}
}

// checkInBadgeCmd asks the store, which knows every badge even before
// the index is built.
func (m *Model) checkInBadgeCmd(code string) tea.Cmd {
	s, answer := m.c.Store, m.checkInAnswer()
	return m.privately(func() tea.Msg {
		res, err := s.CheckInBadge(code)
		if errors.Is(err, store.ErrNotFound) {
			return checkedInMsg{query: code, unknown: true}
		}
		return answer(checkedInMsg{query: code, res: res, err: err})
	})
}

// checkedIn draws the confirmation from the store's answer. A new
// arrival came inside the SavedMsg, with what changed in the day, which
// the root gave every tab in the same turn: it is not applied here again.
func (m *Model) checkedIn(msg checkedInMsg) tea.Cmd {
	switch {
	case msg.unknown:
		m.d.unknown = msg.query
		m.d.confirm = m.unknownConfirm(msg.query)
		return tea.Batch(tea.Raw("\a"), common.Status(i18n.Say(i18n.KeyCheckinUnknownBadge, "code", msg.query)))
	case msg.err != nil:
		m.d.confirm = &confirmation{kind: confirmError, lines: []i18n.Text{mark("✗ ", i18n.Say(i18n.KeyErrorPrefix, "err", msg.err.Error()))}}
		return tea.Batch(tea.Raw("\a"), msgCmd(common.ErrMsg{Action: i18n.Say(i18n.KeyActionCheckin), Err: msg.err}))
	case msg.res.Already:
		m.noteArrival(msg.res.Arrival, msg.res.Person.Delegation, msg.res.Arrived)
		m.d.confirm = m.alreadyConfirm(msg.res)
		return nil
	}
	m.d.confirm = m.okConfirm(msg.res, nil)
	return nil
}

// noteArrival shows an arrival the store reported without a save (the
// person had arrived already, at another desk perhaps) or from a save
// whose changes the root reads afterwards (walk-in, roll-call).
func (m *Model) noteArrival(a event.CheckIn, delegation string, arrived int) {
	if !m.loaded || a.Day != m.day || a.Person == "" {
		return
	}
	if _, ok := m.arrivals[a.Person]; !ok {
		m.arrivals[a.Person] = a
	}
	m.counts[delegation] = arrived
	m.rebuildOverview()
}

// askUndoCmd reads the check-in ctrl+z would undo, to ask first: each
// further ctrl+z undoes an earlier, valid check-in, so each asks again.
func (m *Model) askUndoCmd() tea.Cmd {
	s := m.c.Store
	return func() tea.Msg {
		e, err := s.LastUndoable(journal.KindCheckIn)
		if errors.Is(err, store.ErrNotFound) {
			return undoAskMsg{nothing: true}
		}
		if err != nil {
			return undoAskMsg{err: err}
		}
		var c journal.CheckIn
		if err := e.Decode(&c); err != nil {
			return undoAskMsg{err: err}
		}
		return undoAskMsg{target: e, person: c.Person}
	}
}

// askUndo shows what ctrl+z would undo (name, time, desk) and waits for y.
func (m *Model) askUndo(msg undoAskMsg) tea.Cmd {
	p := m.c.P
	if cmd := m.undoFailed(msg.nothing, msg.err); cmd != nil {
		return cmd
	}
	name := m.nameOf(msg.person)
	t := msg.target
	// The question is asked where the desk's confirmations show.
	m.screen = desk
	m.d.undoAsk = &t
	m.d.confirm = &confirmation{kind: confirmWarn, lines: []i18n.Text{
		i18n.Say(i18n.KeyUndoAsk, "name", name, "time", p.Clock(t.At.In(m.loc())), "desk", t.Desk),
		i18n.Say(i18n.KeyUndoAskKeys),
	}}
	return nil
}

// undoCmd undoes check-in entry e, once confirmed.
func (m *Model) undoCmd(e journal.Entry) tea.Cmd {
	s := m.c.Store
	return m.privately(func() tea.Msg {
		var c journal.CheckIn
		if err := e.Decode(&c); err != nil {
			return undoneMsg{err: err}
		}
		// The reason is a code, worded by each reader in its language.
		u, err := s.UndoCode(e.ID, journal.UndoAtDesk)
		return undoneMsg{undo: u, target: e, person: c.Person, day: c.Day, err: err}
	})
}

// undoFailed is the answer to an undo (or its question) that found
// nothing to undo or failed; nil when it went through.
func (m *Model) undoFailed(nothing bool, err error) tea.Cmd {
	switch {
	case nothing:
		return common.Status(i18n.Say(i18n.KeyUndoNothing))
	case err != nil:
		return msgCmd(common.ErrMsg{Action: i18n.Say(i18n.KeyActionUndo), Err: err})
	}
	return nil
}

// nameOf is a person's name as the desk shows it, or the id of someone
// not (or no longer) registered here.
func (m *Model) nameOf(person string) string {
	if per, ok := m.person(person); ok {
		return personName(m.c.P, per)
	}
	return person
}

func (m *Model) undone(msg undoneMsg) tea.Cmd {
	if cmd := m.undoFailed(msg.nothing, msg.err); cmd != nil {
		return cmd
	}
	name := m.nameOf(msg.person)
	per, ok := m.person(msg.person)
	if m.loaded && msg.day == m.day {
		if a, had := m.arrivals[msg.person]; had && a.Entry == string(msg.target.ID) {
			delete(m.arrivals, msg.person)
			if ok && m.counts[per.Delegation] > 0 {
				m.counts[per.Delegation]--
			}
			m.rebuildOverview()
		}
	}
	text := i18n.Say(i18n.KeyUndoCheckin, "name", name)
	m.d.confirm = &confirmation{kind: confirmWarn, lines: []i18n.Text{mark("↶ ", text)}}
	m.d.lastQ = "" // scanning the same badge again right after an undo is meant
	return msgCmd(common.SavedMsg{Entry: msg.undo, Text: text})
}

// personName is the native name with the Latin spelling when different,
// bracketed as the language brackets (full-width in Chinese).
// personText is personName worded when drawn.
func personText(p event.Person) i18n.Text {
	return func(pr i18n.Printer) string { return personName(pr, p) }
}

func personName(pr i18n.Printer, p event.Person) string {
	if p.NameLatin != "" && p.NameLatin != p.Name {
		return pr.T(i18n.KeyCheckinPersonName, "name", p.Name, "latin", p.NameLatin)
	}
	return p.Name
}
