package importer

import (
	"errors"
	"strings"

	tea "charm.land/bubbletea/v2"

	"caecw/internal/event"
	"caecw/internal/formats"
	"caecw/internal/i18n"
	"caecw/internal/transfer"
	"caecw/ui/common"
)

// progressMsg is how far the reading of the files got.
type progressMsg struct {
	run         int
	read, total int64
	ch          chan progressMsg
}

type importDoneMsg struct {
	run   int
	paths []string
	res   transfer.ImportResult
	err   error
}

type closeDoneMsg struct {
	run int
	day event.Day
	dir string
	res transfer.CloseDayResult
	err error
}

func splitPaths(s string) []string { return transfer.SplitPaths(s) }

// importCmd runs the import off the Update loop. Progress goes through a
// one-slot channel that always holds the newest figure: the screen needs
// the latest, not every one.
func (m *Model) importCmd(paths []string) tea.Cmd {
	s, run := m.c.Store, m.run
	ch := make(chan progressMsg, 1)
	work := func() tea.Msg {
		res, err := transfer.Import(s, paths, false, func(read, total int64) {
			latest(ch, progressMsg{run: run, read: read, total: total, ch: ch})
		})
		close(ch)
		return importDoneMsg{run: run, paths: paths, res: res, err: err}
	}
	return tea.Batch(work, waitProgress(ch, run))
}

func latest(ch chan progressMsg, v progressMsg) {
	for {
		select {
		case ch <- v:
			return
		default:
			select {
			case <-ch:
			default:
			}
		}
	}
}

// waitProgress waits for the next figure; the panel re-issues it after
// each until the channel closes.
func waitProgress(ch chan progressMsg, run int) tea.Cmd {
	return func() tea.Msg {
		v, ok := <-ch
		if !ok {
			return nil
		}
		v.run = run
		return v
	}
}

func (m *Model) importDone(msg importDoneMsg) tea.Cmd {
	m.state, m.offset, m.report = reporting, 0, nil
	if msg.err != nil {
		m.failed = true
		var ps formats.Problems
		if errors.As(msg.err, &ps) {
			n := min(len(ps), formats.MaxProblems)
			m.report = append(m.report, i18n.SayN(i18n.KeyImportProblems, n))
			for _, pr := range ps {
				m.report = append(m.report, pr.Text)
			}
		} else {
			m.report = append(m.report, i18n.Say(i18n.KeyImportNothing, "err", msg.err.Error()))
		}
		return nil
	}
	m.failed = false
	files := strings.Join(msg.paths, ", ")
	m.report = append(m.report, i18n.Say(i18n.KeyImportDone, "files", files))
	if msg.res.Demo {
		m.report = append(m.report, i18n.Say(i18n.KeyImportDemoWarning))
	}
	for _, k := range formats.Kinds {
		c, ok := msg.res.Counts[string(k)]
		if !ok {
			continue
		}
		counts := i18n.Say(i18n.KeyImportCounts, "kind", i18n.RecordKindText(string(k)), "created", c.Created, "updated", c.Updated, "unchanged", c.Unchanged)
		m.report = append(m.report, func(p i18n.Printer) string { return "  " + counts(p) })
	}
	return tea.Batch(
		func() tea.Msg { return common.ReloadMsg{People: true} },
		common.Status(i18n.Say(i18n.KeyImportDone, "files", files)),
	)
}

func (m *Model) closeDayCmd(day event.Day, dir string) tea.Cmd {
	s, run, labels := m.c.Store, m.run, transfer.Labels(m.c.P)
	return func() tea.Msg {
		res, err := transfer.CloseDay(s, day, dir, labels, false)
		return closeDoneMsg{run: run, day: day, dir: dir, res: res, err: err}
	}
}

func (m *Model) closeDone(msg closeDoneMsg) tea.Cmd {
	m.state, m.offset, m.report = reporting, 0, nil
	if msg.err != nil {
		m.failed = true
		m.report = append(m.report, i18n.Say(i18n.KeyLogExportFailed, "err", msg.err.Error()))
		for _, f := range msg.res.Files {
			m.report = append(m.report, i18n.Verbatim("  "+f))
		}
		return nil
	}
	m.failed = false
	m.report = append(m.report, i18n.Say(i18n.KeyCloseDayDone, "date", i18n.DayText(msg.day), "dir", msg.dir))
	for _, f := range msg.res.Files {
		m.report = append(m.report, i18n.Verbatim("  "+f))
	}
	return tea.Batch(func() tea.Msg { return common.ReloadMsg{} }, common.Status(i18n.Say(i18n.KeyCloseDayDone, "date", i18n.DayText(msg.day), "dir", msg.dir)))
}
