package app

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"caecw/internal/errtext"
	"caecw/internal/event"
	"caecw/internal/i18n"
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
		return m, tea.Batch(m.c.TickCmd(), m.maybeBackup(msg.Now), m.toAll(msg))
	case backupDoneMsg:
		m.backupDone(msg)
		return m, nil
	case common.LogLoadedMsg:
		if msg.Day != m.day {
			return m, nil
		}
		return m, m.toAll(msg)
	case common.DayLoadedMsg:
		if msg.View.Day != m.day {
			return m, nil // an older read for a day no longer shown
		}
		m.c.SetEvent(msg.View.Event)
		m.view = &dayState{outbox: msg.View.Outbox, demo: msg.View.Event.Demo}
		m.shown = msg.View
		m.refreshAttention()
		return m, m.toAll(msg)
	case common.SavedMsg:
		m.saving = max(0, m.saving-1)
		m.errLine = nil
		m.saved = true
		m.backup.dirty = true
		if msg.Text != "" {
			m.status = msg.Text
		}
		return m, tea.Batch(m.reload(false), m.toAll(msg))
	case common.ErrMsg:
		m.saving = max(0, m.saving-1)
		m.saved = false
		m.errLine = func(p i18n.Printer) string { return errText(p, msg) }
		return m, m.toAll(msg)
	case common.StatusMsg:
		m.status = msg.Text
		return m, nil
	case common.ReloadMsg:
		return m, m.reload(msg.People)
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

// errText is the error line, in the screen's language: the store's
// errors in the words the CLI uses (errtext.Store), any other error as it
// is (a full disk shows the system's "no space left on device"), after
// the action that failed.
func errText(p i18n.Printer, msg common.ErrMsg) string {
	text := msg.Err.Error()
	if words, _, ok := errtext.Store(p, msg.Err); ok {
		text = words
	}
	if msg.Action != "" {
		text = p.T(i18n.KeyErrAction, "action", msg.Action, "err", text)
	}
	return p.T(i18n.KeyHeaderSaveFailed, "err", text)
}

// reload reads the day, its log and (when asked) the people again, as
// one command. Reloads coalesce: while one is running, more requests
// only mark that another is due when it returns, so a burst of scans
// costs a few reads instead of one per scan.
func (m *Model) reload(people bool) tea.Cmd {
	if m.reloading {
		m.reloadAgain = true
		m.reloadPeople = m.reloadPeople || people
		return nil
	}
	m.reloading = true
	s, day, p := m.c.Store, m.day, m.p()
	return func() tea.Msg {
		r := reloadedMsg{}
		var err error
		if r.day, err = s.Day(day); err != nil {
			return reloadedMsg{err: common.ErrMsg{Action: p.T(i18n.KeyErrReadDay, "date", p.Day(day)), Err: err}}
		}
		if r.log, err = s.RecentEntries(day, LogWindow); err != nil {
			return reloadedMsg{err: common.ErrMsg{Action: p.T(i18n.KeyErrReadLog), Err: err}}
		}
		if people {
			if r.people, err = s.People(); err != nil {
				return reloadedMsg{err: common.ErrMsg{Action: p.T(i18n.KeyErrReadPeople), Err: err}}
			}
			r.withPeople = true
		}
		return r
	}
}

// reloadedMsg carries one coalesced reload.
type reloadedMsg struct {
	day        *store.DayView
	log        []store.LogEntry
	people     []event.Person
	withPeople bool
	err        tea.Msg
}

// reloaded fans a reload out to the tabs as the usual data messages and
// starts the next reload if one was asked for meanwhile.
func (m *Model) reloaded(r reloadedMsg) tea.Cmd {
	m.reloading = false
	var cmds []tea.Cmd
	if r.err != nil {
		cmds = append(cmds, func() tea.Msg { return r.err })
	} else {
		if r.withPeople {
			cmds = append(cmds, m.toAll(common.PeopleLoadedMsg{People: r.people}))
		}
		_, cmd := m.Update(common.DayLoadedMsg{View: r.day})
		cmds = append(cmds, cmd, m.toAll(common.LogLoadedMsg{Day: r.day.Day, Entries: r.log}))
	}
	if m.reloadAgain || (r.day != nil && r.day.Day != m.day) {
		people := m.reloadPeople
		m.reloadAgain, m.reloadPeople = false, false
		cmds = append(cmds, m.reload(people))
	}
	return tea.Batch(cmds...)
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
	if m.active < len(m.tabs) && m.tabs[m.active].Capturing() {
		return nil, false
	}
	if m.fullHelp {
		// Any key closes the full help; it is not passed on.
		m.fullHelp = false
		return nil, true
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
		return m.showDay(Today(m.c.Event, m.c.Now())), true
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
// window or opening the panel: BenchmarkAttention puts it well under a
// millisecond for a day far bigger than the event's.
func (m *Model) refreshAttention() {
	m.judged = m.now.Unix() / 60
	if m.shown == nil {
		return
	}
	pl := m.shown.Plan(m.now)
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
		m.status = m.p().T(i18n.KeySessionsDeskRefused)
	}
	return nil
}

// showDay switches the day, staying within the event's days.
func (m *Model) showDay(d event.Day) tea.Cmd {
	if ev := m.c.Event; ev.FirstDay != "" && (d < ev.FirstDay || d > ev.LastDay) {
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
