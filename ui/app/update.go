package app

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"caecw/internal/errtext"
	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/internal/textcell"
	"caecw/store"
	"caecw/ui/attention"
	"caecw/ui/common"
)

// Update implements tea.Model. It is a router: the frame's own messages
// first, then keys (global ones unless a tab's text field has the focus),
// then data messages to every tab.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if cmd, done := m.toImporter(msg); done {
		return m, cmd
	}
	if cmd, done := m.toAttention(msg); done {
		return m, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.resize(msg.Width, msg.Height)
		return m, nil
	case tea.BackgroundColorMsg:
		m.c.Styles = common.NewStyles(msg.IsDark())
		return m, nil
	case tea.ModeReportMsg:
		m.followWidthMode(msg)
		return m, nil
	case tea.KeyPressMsg:
		if cmd, done := m.globalKey(msg); done {
			return m, cmd
		}
		m.clearStatus(msg)
		return m, m.toActive(msg)
	case tea.MouseClickMsg:
		if msg.Y == headerHeight {
			_, hits := m.tabTitles()
			for i, h := range hits {
				if msg.X >= h.from && msg.X < h.to {
					m.active = i
					return m, nil
				}
			}
		}
		return m, m.toActive(msg)
	case tea.PasteMsg:
		return m, m.toActive(msg)
	case common.TickMsg:
		m.now = msg.Now
		if minute := msg.Now.Unix() / 60; minute != m.judged {
			m.refreshAttention()
		}
		return m, tea.Batch(m.c.TickCmd(), m.maybeBackup(msg.Now), m.toAll(msg), m.followToday())
	case backupDoneMsg:
		m.backupDone(msg)
		return m, nil
	case common.DayLoadedMsg:
		if msg.View.Day != m.day {
			return m, nil // an older read for a day no longer shown
		}
		return m, m.dayLoaded(msg)
	case common.ChangesMsg:
		return m, m.changed(msg.Changes)
	case common.SavedMsg:
		return m, m.takeSaved(msg)
	case common.ReplyMsg:
		return m, m.toOwner(msg.Owner, msg.Msg)
	case common.ErrMsg:
		m.saving = max(0, m.saving-1)
		m.saved = false
		m.errLine = func(p i18n.Printer) string { return errText(p, msg) }
		return m, m.toAll(msg)
	case common.StatusMsg:
		m.status = msg.Text
		return m, nil
	case common.ReloadMsg:
		if msg.People {
			return m, m.reload(true)
		}
		return m, m.refresh()
	case reloadedMsg:
		return m, m.reloaded(msg)
	case attention.WidenedMsg:
		m.refreshAttention()
		return m, nil
	case common.ShowSessionMsg, common.ShowDelegationMsg, common.SessionActionMsg:
		return m, m.showIn(msg)
	}
	return m, m.toAll(msg)
}

// clearStatus empties the status line when a key starts the next action,
// so that what it says is always about the last one ("Checked in ..."
// stayed under a duplicate scan as if that had checked someone in).
// Moving in a list is not an action: the arrows and page keys keep it.
func (m *Model) clearStatus(msg tea.KeyPressMsg) {
	if msg.Mod == 0 {
		switch msg.Code {
		case tea.KeyUp, tea.KeyDown, tea.KeyPgUp, tea.KeyPgDown, tea.KeyHome, tea.KeyEnd:
			return
		}
	}
	m.status = nil
}

// errText is the error line, in the screen's language: the store's
// errors in the words the CLI uses (errtext.Store), any other error as it
// is (a full disk shows the system's "no space left on device"), after
// the action that failed.
func errText(p i18n.Printer, msg common.ErrMsg) string {
	text := msg.Err.Error()
	if words, _, ok := errtext.Store(p, msg.Err); ok {
		text = words
	}
	if msg.Action != nil {
		text = p.T(i18n.KeyErrAction, "action", msg.Action, "err", text)
	}
	return p.T(i18n.KeyHeaderSaveFailed, "err", text)
}

// takeSaved is the way back of a save, all in this turn: the header and
// status line, what changed to every tab (or a read of the day when the
// save could not read it), the private reply to the tab that asked, and
// the saved entry to every tab.
func (m *Model) takeSaved(msg common.SavedMsg) tea.Cmd {
	m.saving = max(0, m.saving-1)
	m.errLine = nil
	m.saved = true
	m.backup.dirty = true
	if msg.Text != nil {
		m.status = m.undoHint(msg)
	}
	if m.view != nil && !m.view.closedAt.IsZero() && msg.Entry.Day == m.day {
		// Accepted all the same: an arrival is never refused.
		m.status = i18n.Say(i18n.KeySavedAfterClose, "text", m.status, "time", m.p().Clock(m.view.closedAt.In(m.c.Location())))
	}
	var cmds []tea.Cmd
	if msg.Changes != nil {
		cmds = append(cmds, m.changed(msg.Changes))
	} else {
		cmds = append(cmds, m.reload(false))
	}
	if msg.Owner != nil {
		cmds = append(cmds, m.toOwner(msg.Owner, msg.Reply))
	}
	msg.Changes, msg.Owner, msg.Reply = nil, nil, nil
	cmds = append(cmds, m.toAll(msg))
	return tea.Batch(cmds...)
}

// changed takes what changed in the day shown since the last read: the
// counts into the day held, the rest to every tab. Changes older than
// what is held, or of another day, are dropped; a change beyond arrivals
// (the programme, the people) reads the whole day.
func (m *Model) changed(ch *store.Changes) tea.Cmd {
	seen := m.c.Seen
	switch {
	case !seen.Read || ch.Day != m.day:
		return nil // a whole read of the day shown is on its way
	case ch.Full:
		return m.reload(ch.People)
	case ch.Seq <= seen.Seq:
		return nil
	}
	m.c.Seen.Seq = ch.Seq
	if m.dayView != nil {
		m.dayView.Take(ch)
		m.refreshAttention()
	}
	if m.view != nil {
		m.view.closed(ch.Closed, ch.LateSinceClose)
	}
	return m.toAll(common.ChangesMsg{Changes: ch})
}

// refresh reads what changed in the day shown since the last read (after
// entries came from another desk), or the whole day before the first
// read.
func (m *Model) refresh() tea.Cmd {
	if !m.c.Seen.Read || m.c.Seen.Day != m.day {
		return m.reload(false)
	}
	return m.c.ChangesCmd(m.c.Seen)
}

// reload reads the whole day, its log and (when asked) the people again,
// as one command. Reloads coalesce: while one is running, more requests
// only mark that another is due when it returns.
func (m *Model) reload(people bool) tea.Cmd {
	if m.reloading {
		m.reloadAgain = true
		m.reloadPeople = m.reloadPeople || people
		return nil
	}
	m.reloading = true
	read := m.c.LoadDayCmd(m.day, LogWindow, people)
	return func() tea.Msg { return reloadedMsg{msg: read()} }
}

// reloadedMsg carries one coalesced reload: a common.DayLoadedMsg or an
// common.ErrMsg.
type reloadedMsg struct{ msg tea.Msg }

// reloaded fans a reload out to the tabs and starts the next reload if
// one was asked for meanwhile.
func (m *Model) reloaded(r reloadedMsg) tea.Cmd {
	m.reloading = false
	var cmds []tea.Cmd
	day := m.day
	switch msg := r.msg.(type) {
	case common.DayLoadedMsg:
		if msg.People != nil {
			cmds = append(cmds, m.toAll(*msg.People))
			msg.People = nil
		}
		day = msg.View.Day
		if day == m.day {
			cmds = append(cmds, m.dayLoaded(msg))
		}
	case nil:
	default:
		cmds = append(cmds, func() tea.Msg { return msg })
	}
	if m.reloadAgain || day != m.day {
		people := m.reloadPeople
		m.reloadAgain, m.reloadPeople = false, false
		cmds = append(cmds, m.reload(people))
	}
	return tea.Batch(cmds...)
}

// dayLoaded takes a whole read of the day shown. A read older than
// changes already taken (it began before them) is followed by a read of
// what changed since it.
func (m *Model) dayLoaded(msg common.DayLoadedMsg) tea.Cmd {
	v := msg.View
	m.c.SetEvent(v.Event)
	m.view = &dayState{demo: v.Event.Demo}
	m.view.closed(v.Closed, v.LateSinceClose)
	m.dayView = v
	m.refreshAttention()
	seen := m.c.Seen
	older := seen.Read && seen.Day == v.Day && v.Seq < seen.Seq
	m.c.Seen = common.Seen{Day: v.Day, Seq: v.Seq, Read: true}
	cmd := m.toAll(msg)
	if older {
		return tea.Batch(cmd, m.c.ChangesCmd(m.c.Seen))
	}
	return cmd
}

// globalKey handles the keys of the frame. done is false when the key
// belongs to the active tab.
func (m *Model) globalKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.c.Keys
	if key.Matches(msg, k.ForceQuit) {
		return tea.Quit, true
	}
	if key.Matches(msg, k.LanguageAnywhere) {
		// F2 works while a field has the focus: what is typed there stays.
		return m.switchLanguage(), true
	}
	if m.fullHelp {
		// Any key closes the full help; it is not passed on (nor typed
		// into a field that has the focus).
		m.fullHelp = false
		return nil, true
	}
	if m.active < len(m.tabs) && m.tabs[m.active].Capturing() {
		if h, ok := m.tabs[m.active].(common.HelpTaker); ok && h.HelpWhileCapturing() && key.Matches(msg, k.Help) {
			m.fullHelp = true
			return nil, true
		}
		return nil, false
	}
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit, true
	case key.Matches(msg, k.Help):
		m.fullHelp = true
		return nil, true
	case key.Matches(msg, k.NextTab):
		m.active = (m.active + 1) % len(m.tabs)
	case key.Matches(msg, k.PrevTab):
		m.active = (m.active + len(m.tabs) - 1) % len(m.tabs)
	case key.Matches(msg, k.Tab1, k.Tab2, k.Tab3, k.Tab4):
		i := int(msg.String()[0] - '1')
		if i < len(m.tabs) {
			m.active = i
		}
	case key.Matches(msg, k.NextDay):
		return m.showDay(m.day.Next()), true
	case key.Matches(msg, k.PrevDay):
		return m.showDay(m.day.Prev()), true
	case key.Matches(msg, k.Today):
		return m.showDay(m.c.Event.Today(m.c.Now())), true
	case key.Matches(msg, k.Language):
		return m.switchLanguage(), true
	case key.Matches(msg, m.attention.Keys.Toggle):
		m.refreshAttention()
		m.attention.Show()
		return nil, true
	case m.c.CanEditProgramme() && key.Matches(msg, m.importer.Keys.Import):
		return m.importer.OpenImport(), true
	case m.c.CanEditProgramme() && key.Matches(msg, m.importer.Keys.CloseDay):
		return m.importer.OpenCloseDay(m.day), true
	default:
		return nil, false
	}
	return nil, true
}

// switchLanguage turns English to Chinese or back, live: the tabs keep
// their state and rebuild only their texts.
func (m *Model) switchLanguage() tea.Cmd {
	m.c.P = i18n.New(m.c.P.Lang().Other())
	m.c.Keys.SetLanguage(m.c.P)
	m.fitKeys()
	m.importer.SetLanguage()
	m.attention.SetLanguage()
	return m.toAll(common.LanguageMsg{})
}

// toImporter gives the import panel its own messages, and every key and
// paste while it is open (ctrl+c still quits).
func (m *Model) toImporter(msg tea.Msg) (tea.Cmd, bool) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, m.c.Keys.ForceQuit) {
		return nil, false
	}
	return m.importer.Update(msg)
}

// toAttention gives the attention panel every key while it is open
// (ctrl+c still quits, F2 still switches the language).
func (m *Model) toAttention(msg tea.Msg) (tea.Cmd, bool) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, m.c.Keys.ForceQuit, m.c.Keys.LanguageAnywhere) {
		return nil, false
	}
	return m.attention.Update(msg)
}

// refreshAttention judges the attention list of the day last read at the
// clock's now. It runs in Update, on a reload, a new minute, a wider
// window, a change taken into the day or opening the panel:
// BenchmarkAttention puts it well under a millisecond of CPU for a day far
// bigger than the event's.
func (m *Model) refreshAttention() {
	m.judged = m.now.Unix() / 60
	if m.dayView == nil {
		return
	}
	pl := m.dayView.Plan(m.now)
	m.attention.SetItems(event.Attention(pl, m.now, m.attention.Options()), pl)
}

// showIn opens the tab that answers a jump (a session, a delegation, a
// fix) and gives it the message. A screen without such a tab (a desk has
// no Sessions tab) says why nothing happens.
func (m *Model) showIn(msg tea.Msg) tea.Cmd {
	for i, t := range m.tabs {
		if a, ok := t.(common.Answerer); ok && a.Answers(msg) {
			m.active = i
			return m.toActive(msg)
		}
	}
	if _, ok := msg.(common.SessionActionMsg); ok {
		m.status = i18n.Say(i18n.KeySessionsDeskRefused)
	}
	return nil
}

// showDay switches the day, staying within the event's days.
// undoHint is a saved change's text with how to undo it: ctrl+z for a
// check-in, the Log tab for the rest (an undo and what cannot be undone
// say nothing more).
func (m *Model) undoHint(msg common.SavedMsg) i18n.Text {
	switch k := msg.Entry.Kind; {
	case k == "" || !k.Undoable():
		return msg.Text
	case k == journal.KindCheckIn:
		return i18n.Say(i18n.KeySavedUndoCheckin, "text", msg.Text)
	}
	return i18n.Say(i18n.KeySavedUndoLog, "text", msg.Text)
}

// followToday moves a desk to the new day at midnight: it works on
// today only.
func (m *Model) followToday() tea.Cmd {
	if today := m.c.Event.Today(m.now); m.c.Mode == common.ModeDesk && today != m.day {
		return m.showDay(today)
	}
	return nil
}

// showDay shows day d: a day of the event's span, or today, where
// today's check-ins are kept even when it is not an event day.
func (m *Model) showDay(d event.Day) tea.Cmd {
	if !m.c.Event.InSpan(d) && d != m.c.Event.Today(m.c.Now()) {
		return nil
	}
	m.day = d
	return tea.Batch(m.reload(false), m.toAll(common.DayChangedMsg{Day: d}))
}

func (m *Model) toActive(msg tea.Msg) tea.Cmd {
	if m.active >= len(m.tabs) {
		return nil
	}
	var cmd tea.Cmd
	m.tabs[m.active], cmd = m.tabs[m.active].Update(msg)
	return cmd
}

// toOwner gives a private message to the tab it is for, and to no other.
func (m *Model) toOwner(owner common.Tab, msg tea.Msg) tea.Cmd {
	for i, t := range m.tabs {
		if t == owner {
			var cmd tea.Cmd
			m.tabs[i], cmd = t.Update(msg)
			return cmd
		}
	}
	return nil
}

func (m *Model) toAll(msg tea.Msg) tea.Cmd {
	cmds := make([]tea.Cmd, 0, len(m.tabs))
	for i := range m.tabs {
		var cmd tea.Cmd
		m.tabs[i], cmd = m.tabs[i].Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// followWidthMode switches cell counting to grapheme width when the
// terminal reports Unicode core mode, as the renderer itself does.
func (m *Model) followWidthMode(msg tea.ModeReportMsg) {
	// The same test as Bubble Tea's renderer (tea.go, setWidthMethod).
	if msg.Mode == ansi.ModeUnicodeCore && (msg.Value == ansi.ModeReset || msg.Value == ansi.ModeSet || msg.Value == ansi.ModePermanentlySet) {
		m.c.Cells = textcell.Grapheme
	}
}
