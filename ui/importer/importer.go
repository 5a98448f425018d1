// Package importer is the coordinator screen's import prompt and Close-day
// action: a file prompt, a progress bar while files are read and
// checked, and a scrollable report (every problem as file:line: field:
// message, or what was created and updated). It is a panel the root shows
// over the body; the work runs in the transfer package inside commands.
package importer

import (
	"path/filepath"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/ui/common"
)

// KeyMap is the keys that open the panel (the root matches them, in
// coordinator mode only) and the panel's own.
type KeyMap struct {
	Import   key.Binding
	CloseDay key.Binding
}

// NewKeyMap builds the keys with help in p's language.
func NewKeyMap(p i18n.Printer) KeyMap {
	k := KeyMap{Import: key.NewBinding(key.WithKeys("I")), CloseDay: key.NewBinding(key.WithKeys("C"))}
	k.SetLanguage(p)
	return k
}

// SetLanguage rebuilds the help texts.
func (k *KeyMap) SetLanguage(p i18n.Printer) {
	k.Import.SetHelp("I", p.T(i18n.KeyHelpImport))
	k.CloseDay.SetHelp("C", p.T(i18n.KeyHelpCloseDay))
}

// task is what the panel is for.
type task int

const (
	taskImport task = iota
	taskCloseDay
)

// state is where the panel stands.
type state int

const (
	closed state = iota
	prompting
	running
	reporting
)

// Model is the panel. The zero state is closed.
type Model struct {
	c    *common.Common
	Keys KeyMap
	w, h int

	task  task
	state state
	input textinput.Model
	day   event.Day

	// run numbers the runs, so that a late message of an earlier run is
	// ignored.
	run         int
	read, total int64
	running     string
	started     time.Time
	// report is the lines shown after a run, worded when drawn (L
	// rewords them); failed colours them.
	report []i18n.Text
	failed bool
	offset int
}

// New builds the panel, closed.
func New(c *common.Common) *Model {
	in := common.NewInput(4096)
	return &Model{c: c, Keys: NewKeyMap(c.P), input: in}
}

// Open reports whether the panel is shown; while it is, it takes every
// key but ctrl+c.
func (m *Model) Open() bool { return m.state != closed }

// SetSize gives the panel the body area.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = w, h
	m.input.SetWidth(max(10, w-4))
}

// SetLanguage rebuilds the key help after a language switch.
func (m *Model) SetLanguage() { m.Keys.SetLanguage(m.c.P) }

// OpenImport shows the file prompt.
func (m *Model) OpenImport() tea.Cmd {
	m.task, m.state = taskImport, prompting
	m.input.Reset()
	m.input.Prompt = "> "
	m.input.Placeholder = "people.csv sessions.csv, programme.xlsx"
	return m.input.Focus()
}

// OpenCloseDay shows the folder prompt for closing day, filled with a
// folder beside the data file named after the day.
func (m *Model) OpenCloseDay(day event.Day) tea.Cmd {
	m.task, m.state, m.day = taskCloseDay, prompting, day
	m.input.Reset()
	m.input.Prompt = "> "
	m.input.Placeholder = ""
	m.input.SetValue(DefaultCloseDir(m.c.Store.Path(), day))
	m.input.CursorEnd()
	return m.input.Focus()
}

// DefaultCloseDir is where a day's records go unless the user says
// otherwise: a folder beside the data file, named after the day.
func DefaultCloseDir(dataFile string, day event.Day) string {
	return filepath.Join(filepath.Dir(dataFile), "caecw-closed-"+string(day))
}

func (m *Model) close() {
	m.state = closed
	m.input.Blur()
	m.report, m.failed, m.offset = nil, false, 0
}

// Update takes keys and pastes while the panel is open and the panel's
// own messages at any time. handled is false for anything else, which
// the root routes as usual.
func (m *Model) Update(msg tea.Msg) (cmd tea.Cmd, handled bool) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if m.state == closed {
			return nil, false
		}
		return m.key(msg), true
	case tea.PasteMsg:
		if m.state != prompting {
			return nil, m.state != closed
		}
		m.input, cmd = m.input.Update(msg)
		return cmd, true
	case progressMsg:
		if msg.run != m.run || m.state != running {
			return nil, true
		}
		m.read, m.total = msg.read, msg.total
		return waitProgress(msg.ch, msg.run), true
	case importDoneMsg:
		if msg.run != m.run {
			return nil, true
		}
		return m.importDone(msg), true
	case closeDoneMsg:
		if msg.run != m.run {
			return nil, true
		}
		return m.closeDone(msg), true
	}
	return nil, false
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	switch m.state {
	case prompting:
		switch {
		case key.Matches(msg, k.Back):
			m.close()
			return nil
		case key.Matches(msg, k.Open):
			return m.start()
		}
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		return cmd
	case running:
		// The work is one transaction; it cannot be cut short safely.
		return nil
	case reporting:
		switch {
		case key.Matches(msg, k.Back), key.Matches(msg, k.Open):
			m.close()
		case key.Matches(msg, k.Up):
			m.scroll(-1)
		case key.Matches(msg, k.Down):
			m.scroll(1)
		case key.Matches(msg, k.PageUp):
			m.scroll(-m.reportHeight())
		case key.Matches(msg, k.PageDown):
			m.scroll(m.reportHeight())
		case key.Matches(msg, k.Home):
			m.offset = 0
		case key.Matches(msg, k.End):
			m.scroll(len(m.reportRows()))
		}
	}
	return nil
}

func (m *Model) scroll(n int) {
	m.offset = max(0, min(m.offset+n, len(m.reportRows())-m.reportHeight()))
}

func (m *Model) start() tea.Cmd {
	value := strings.TrimSpace(m.input.Value())
	m.run++
	m.read, m.total, m.started = 0, 0, m.c.Now()
	switch m.task {
	case taskImport:
		paths := splitPaths(value)
		if len(paths) == 0 {
			return common.Status(i18n.Say(i18n.KeyImportNoFiles))
		}
		m.state = running
		m.input.Blur()
		m.running = m.c.P.T(i18n.KeyImportReading, "files", strings.Join(paths, ", "))
		return m.importCmd(paths)
	default:
		if value == "" {
			return nil
		}
		m.state = running
		m.input.Blur()
		m.running = m.c.P.T(i18n.KeyCloseDayRunning, "date", m.c.P.Date(m.day.Date()))
		return m.closeDayCmd(m.day, value)
	}
}
