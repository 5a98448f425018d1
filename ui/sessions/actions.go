package sessions

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/store"
	"caecw/ui/common"
)

// defaultDelay is what an empty delay prompt means.
const defaultDelay = 15

// pending is a change waiting for an explicit y: a cancellation, or a
// change that would cause problems the day does not have yet.
type pending struct {
	// question and breaks (the problems it would cause, as sentences)
	// are worded when drawn: L rewords an open question.
	question i18n.Text
	breaks   []i18n.Text
	run      tea.Cmd
}

// action starts one of the programme changes on the selected session.
func (m *Model) action(msg tea.KeyPressMsg) tea.Cmd {
	p := m.c.P
	if !m.c.CanEditProgramme() {
		return common.Status(i18n.Say(i18n.KeySessionsDeskRefused))
	}
	s, ok := m.current()
	if !ok {
		return nil
	}
	m.target = s.ID
	switch {
	case key.Matches(msg, m.keys.Delay):
		m.prompt(askDelay, p.T(i18n.KeySessionDelayPrompt, "title", m.c.P.SessionTitle(s)), strconv.Itoa(defaultDelay), "")
		m.focus()
		return nil
	case key.Matches(msg, m.keys.Move):
		m.openMove(s)
		return nil
	case key.Matches(msg, m.keys.Start):
		return m.markStarted(s)
	case key.Matches(msg, m.keys.Undo):
		return m.askUndo(s)
	case key.Matches(msg, m.keys.Note):
		m.prompt(askNote, p.T(i18n.KeySessionNotePrompt, "title", m.c.P.SessionTitle(s))+":", "", s.State.Note)
		m.focus()
		return nil
	case key.Matches(msg, m.keys.Cancel):
		if s.State.Cancelled {
			return common.Status(i18n.Say(i18n.KeySessionAlreadyCancelled, "title", i18n.SessionText(s)))
		}
		m.pending = pending{question: i18n.Say(i18n.KeySessionCancelPrompt, "title", i18n.SessionText(s)), run: m.cancelCmd(s)}
		m.mode = confirming
	case key.Matches(msg, m.keys.Restore):
		if s.State == (event.State{Note: s.State.Note, Rev: s.State.Rev}) {
			return common.Status(i18n.Say(i18n.KeySessionAsPlanned, "title", i18n.SessionText(s)))
		}
		changed := s
		changed.State = event.State{Note: s.State.Note, Rev: s.State.Rev}
		return m.propose(changed, i18n.Say(i18n.KeySessionWouldRestore, "title", i18n.SessionText(s)), m.restoreCmd(s))
	}
	return nil
}

func (m *Model) prompt(md mode, label, placeholder, value string) {
	m.mode = md
	m.input.Reset()
	m.input.Prompt = label + " "
	m.input.Placeholder = placeholder
	m.input.SetValue(value)
}

func (m *Model) closePrompt() {
	m.mode = browsing
	m.input.Reset()
	m.input.Blur()
	m.input.Placeholder = ""
}

func (m *Model) promptKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	switch {
	case key.Matches(msg, k.Back):
		m.closePrompt()
		return nil
	case key.Matches(msg, k.Open):
		value := strings.TrimSpace(m.input.Value())
		md := m.mode
		m.closePrompt()
		s, ok := m.session(m.target)
		if !ok {
			return nil
		}
		switch md {
		case askDelay:
			return m.submitDelay(s, value)
		case askTime:
			return m.submitMove(s, value)
		case askNote:
			return m.noteCmd(s, value)
		}
		return nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return cmd
}

func (m *Model) session(id string) (event.Session, bool) {
	i, ok := m.index[id]
	if !ok {
		return event.Session{}, false
	}
	return m.view.Sessions[i], true
}

func (m *Model) submitDelay(s event.Session, value string) tea.Cmd {
	n := defaultDelay
	if value != "" {
		var err error
		n, err = strconv.Atoi(strings.TrimPrefix(value, "+"))
		if err != nil || n == 0 || n < -24*60 || n > 24*60 {
			return common.Status(i18n.Say(i18n.KeySessionBadMinutes, "input", value))
		}
	}
	changed := s
	changed.State.DelayMin += n
	q := i18n.SayN(i18n.KeySessionWouldDelay, n, "title", i18n.SessionText(s))
	if n < 0 {
		q = i18n.SayN(i18n.KeySessionWouldForward, -n, "title", i18n.SessionText(s))
	}
	return m.propose(changed, q, m.delayCmd(s, n))
}

// submitMove takes the time typed after the venue was picked. An empty
// time, or the time the session already starts at, keeps the time.
func (m *Model) submitMove(s event.Session, value string) tea.Cmd {
	loc := m.loc()
	var start, end time.Time
	if value != "" && value != s.EffectiveStart().In(loc).Format("15:04") {
		t, err := event.ParseClock(event.DayOf(s.EffectiveStart(), loc), value, loc)
		if err != nil {
			return common.Status(i18n.Say(i18n.KeySessionBadTime, "input", value))
		}
		start, end = t, t.Add(s.EffectiveEnd().Sub(s.EffectiveStart()))
	}
	venue := m.moveTo
	if venue == s.EffectiveVenue() {
		venue = ""
	}
	if venue == "" && start.IsZero() {
		return common.Status(i18n.Say(i18n.KeySessionMoveNothing, "title", i18n.SessionText(s)))
	}
	changed := s
	if venue != "" {
		changed.State.MovedTo = venue
	}
	if !start.IsZero() {
		changed.State.NewStart, changed.State.NewEnd, changed.State.DelayMin = start, end, 0
	}
	when := changed.EffectiveStart().In(loc).Format("15:04")
	q := i18n.Say(i18n.KeySessionWouldMove, "title", i18n.SessionText(s), "venue", m.venueText(changed.EffectiveVenue()), "time", when)
	var text i18n.Text
	switch {
	case venue != "" && !start.IsZero():
		text = i18n.Say(i18n.KeySessionMovedBoth, "title", i18n.SessionText(s), "venue", m.venueText(venue), "time", when)
	case venue != "":
		text = i18n.Say(i18n.KeySessionMoved, "title", i18n.SessionText(s), "venue", m.venueText(venue))
	default:
		text = i18n.Say(i18n.KeySessionMovedTime, "title", i18n.SessionText(s), "time", when)
	}
	id := s.ID
	return m.propose(changed, q, m.save(i18n.KeyActionSessionMove, text, func(st *store.Store) (journal.Entry, error) {
		return st.Move(id, venue, start, end)
	}))
}

// propose runs a change at once when it causes no new problem, and
// otherwise asks first, listing exactly what it would break.
func (m *Model) propose(changed event.Session, question i18n.Text, run tea.Cmd) tea.Cmd {
	after := m.plan.WithSession(changed)
	intro := event.Introduced(m.problems, event.DetectProblems(after))
	if len(intro) == 0 {
		return run
	}
	m.pending = pending{question: question, run: run}
	loc := m.loc()
	for _, pr := range intro {
		m.pending.breaks = append(m.pending.breaks, func(p i18n.Printer) string { return p.Problem(pr, after, loc) })
	}
	m.mode = confirming
	return nil
}

func (m *Model) confirmKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Yes):
		run := m.pending.run
		m.pending, m.mode = pending{}, browsing
		return run
	case key.Matches(msg, m.keys.No):
		m.pending, m.mode = pending{}, browsing
		return common.Status(i18n.Say(i18n.KeySessionChangeDropped))
	}
	// Any other key leaves the question standing: going ahead takes an
	// explicit y, and nothing else dismisses it by accident.
	return nil
}

func (m *Model) save(action i18n.Key, text i18n.Text, write func(*store.Store) (journal.Entry, error)) tea.Cmd {
	s := m.c.Store
	return m.c.Save(i18n.Say(action), func() (common.SavedMsg, error) {
		e, err := write(s)
		return common.SavedMsg{Entry: e, Text: text}, err
	})
}

func (m *Model) delayCmd(s event.Session, n int) tea.Cmd {
	id := s.ID
	text := i18n.SayN(i18n.KeySessionDelayed, n, "title", i18n.SessionText(s))
	if n < 0 {
		text = i18n.SayN(i18n.KeySessionBroughtForward, -n, "title", i18n.SessionText(s))
	}
	return m.save(i18n.KeyActionSessionDelay, text, func(st *store.Store) (journal.Entry, error) { return st.Delay(id, n) })
}

func (m *Model) cancelCmd(s event.Session) tea.Cmd {
	id := s.ID
	return m.save(i18n.KeyActionSessionCancel, i18n.Say(i18n.KeySessionCancelled, "title", i18n.SessionText(s)),
		func(st *store.Store) (journal.Entry, error) { return st.Cancel(id) })
}

func (m *Model) restoreCmd(s event.Session) tea.Cmd {
	id := s.ID
	return m.save(i18n.KeyActionSessionRestore, i18n.Say(i18n.KeySessionRestored, "title", i18n.SessionText(s)),
		func(st *store.Store) (journal.Entry, error) { return st.Restore(id) })
}

func (m *Model) startCmd(s event.Session) tea.Cmd {
	id := s.ID
	return m.save(i18n.KeyActionSessionStart, i18n.Say(i18n.KeySessionMarkedStart, "title", i18n.SessionText(s)),
		func(st *store.Store) (journal.Entry, error) { return st.MarkStarted(id) })
}

// Answers implements common.Answerer: the tab shows sessions and starts
// the changes the attention panel asks for.
func (m *Model) Answers(msg tea.Msg) bool {
	switch msg.(type) {
	case common.ShowSessionMsg, common.SessionActionMsg:
		return true
	}
	return false
}

// fixFor shows the session of an attention item and opens the change
// that fixes it, as its key would: the delay prompt filled with the
// minutes the item proposes, the venue picker, or marking it started.
// Assignments have no editor on screen (they come by import), so
// reassigning shows the session and says so.
func (m *Model) fixFor(msg common.SessionActionMsg) tea.Cmd {
	p := m.c.P
	if !m.c.CanEditProgramme() {
		return common.Status(i18n.Say(i18n.KeySessionsDeskRefused))
	}
	show := m.show(msg.ID)
	s, ok := m.current()
	if !ok || s.ID != msg.ID {
		return show
	}
	switch msg.Action {
	case event.ActionDelaySession:
		m.target = s.ID
		n := msg.DelayMin
		if n <= 0 {
			n = defaultDelay
		}
		m.prompt(askDelay, p.T(i18n.KeySessionDelayPrompt, "title", m.c.P.SessionTitle(s)), strconv.Itoa(defaultDelay), strconv.Itoa(n))
		m.input.CursorEnd()
		m.focus()
		return show
	case event.ActionMoveSession:
		m.target = s.ID
		m.openMove(s)
		return show
	case event.ActionMarkStarted:
		return tea.Batch(show, m.markStarted(s))
	}
	return tea.Batch(show, common.Status(i18n.Say(i18n.KeyAttentionReassignHint)))
}

// lastChange is the newest change of the session shown in the detail that
// can still be undone, and whether its journal is read.
func (m *Model) lastChange(s event.Session) (store.LogEntry, bool, bool) {
	if m.journalFor != s.ID {
		return store.LogEntry{}, false, false
	}
	for i := len(m.journal) - 1; i >= 0; i-- {
		if e := m.journal[i]; e.Kind.Undoable() && e.Kind != journal.KindCheckIn && e.UndoneBy == "" {
			return e, true, true
		}
	}
	return store.LogEntry{}, false, true
}

// askUndo asks before undoing the session's last change (u): what, when
// and by which desk. The session's changes are read with its detail, so
// u on a closed detail opens it first.
func (m *Model) askUndo(s event.Session) tea.Cmd {
	p := m.c.P
	e, ok, read := m.lastChange(s)
	switch {
	case !read:
		return tea.Batch(m.openDetail(), common.Status(i18n.Say(i18n.KeySessionUndoOpen)))
	case !ok:
		return common.Status(i18n.Say(i18n.KeySessionUndoNothing, "title", i18n.SessionText(s)))
	case e.Desk != m.c.Store.Desk():
		return common.Status(i18n.Say(i18n.KeyLogUndoNotOwn, "desk", e.Desk))
	}
	at := p.Clock(e.At.In(m.loc()))
	id := e.ID
	run := m.save(i18n.KeyActionUndo, i18n.Say(i18n.KeyLogUndoDone, "action", i18n.ActionText(e.Kind), "subject", i18n.SessionText(s)),
		func(st *store.Store) (journal.Entry, error) { return st.UndoCode(id, journal.UndoFromSession) })
	m.pending = pending{question: i18n.Say(i18n.KeySessionUndoAsk, "action", i18n.ActionText(e.Kind), "time", at, "desk", e.Desk, "title", i18n.SessionText(s)), run: run}
	m.mode = confirming
	return nil
}

// openMove opens the venue picker on s (m and the fix of a clash or an
// outage).
func (m *Model) openMove(s event.Session) {
	m.picker.open(m, s)
	m.prompt(pickVenue, m.c.P.T(i18n.KeySessionMoveFilter), "", "")
	m.focus()
}

// markStarted records that s has started (s and the fix of a session
// not started); a second mark is refused with a word, not an error line.
func (m *Model) markStarted(s event.Session) tea.Cmd {
	if !s.State.Started.IsZero() {
		return common.Status(i18n.Say(i18n.KeySessionAlreadyStart, "title", i18n.SessionText(s)))
	}
	return m.startCmd(s)
}

func (m *Model) noteCmd(s event.Session, note string) tea.Cmd {
	id := s.ID
	return m.save(i18n.KeyActionSessionNote, i18n.Say(i18n.KeySessionNoteSaved, "title", i18n.SessionText(s)),
		func(st *store.Store) (journal.Entry, error) { return st.Note(id, note) })
}

// venueText is venueName worded when drawn (for the status line).
func (m *Model) venueText(id string) i18n.Text {
	if v, ok := m.venues[id]; ok {
		return i18n.VenueText(v)
	}
	return i18n.Verbatim(id)
}

func (m *Model) venueName(id string) string {
	if v, ok := m.venues[id]; ok {
		return m.c.P.VenueName(v)
	}
	return id
}

// journalMsg carries today's journal entries about one session.
type journalMsg struct {
	id      string
	entries []store.LogEntry
}

// loadJournalCmd reads the day's entries about session id, off the
// Update loop; the log is streamed, so a day of 100,000 check-ins costs
// time in the command, not memory.
func (m *Model) loadJournalCmd(id string) tea.Cmd {
	s := m.c.Store
	if s == nil || id == "" {
		return nil
	}
	// A change is logged on the day it was made, which is not always the
	// session's day: read the day shown and today.
	days := []event.Day{m.day}
	if today := event.DayOf(m.c.Now(), m.loc()); today != m.day {
		days = append(days, today)
	}
	return func() tea.Msg {
		var out []store.LogEntry
		for _, day := range days {
			err := s.Entries(day, func(e journal.Entry, by journal.ID) error {
				if e.Subject == id {
					out = append(out, store.LogEntry{Entry: e, UndoneBy: by})
				}
				return nil
			})
			if err != nil {
				return common.ErrMsg{Action: i18n.Say(i18n.KeyErrReadLog), Err: err}
			}
		}
		sort.SliceStable(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
		return journalMsg{id: id, entries: out}
	}
}
