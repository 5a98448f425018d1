package importer

import (
	"strings"

	"charm.land/bubbles/v2/key"

	"github.com/charmbracelet/x/ansi"

	"caecw/internal/i18n"
	"caecw/ui/common"
)

// ShortHelp is the panel's keys for the help line.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	switch m.state {
	case prompting:
		return []key.Binding{common.WithHelp(k.Open, m.c.P.T(i18n.KeyHelpRun)), k.Back}
	case reporting:
		return []key.Binding{k.Up, k.Down, k.Back}
	}
	return nil
}

// header is the panel's first lines: its title and a hint.
func (m *Model) header() []string {
	p := m.c.P
	if m.task == taskImport {
		return []string{p.T(i18n.KeyImportPrompt), p.T(i18n.KeyImportHint)}
	}
	return []string{p.T(i18n.KeyCloseDayPrompt, "date", p.Date(m.day.Date())), p.T(i18n.KeyCloseDayHint)}
}

// hintLines is the hint under the title, wrapped to the width.
func (m *Model) hintLines() []string { return m.c.Wrap(m.header()[1], m.w, "") }

// reportHeight is the rows left for the report under the title, the
// hint, the input line, a blank line and the scroll hint.
func (m *Model) reportHeight() int { return max(0, m.h-4-len(m.hintLines())) }

// View renders the panel in exactly the body area.
func (m *Model) View() string {
	if m.w <= 0 || m.h <= 0 {
		return ""
	}
	s, c := m.c.Styles, m.c
	head := m.header()
	lines := []string{s.PaneTitle.Render(c.Fit(head[0], m.w))}
	for _, l := range m.hintLines() {
		lines = append(lines, s.Dim.Render(c.Fit(l, m.w)))
	}
	switch m.state {
	case prompting:
		lines = append(lines, c.Fit("", m.w), pad(m.input.View(), m.w))
	case running:
		done := 0
		if m.total > 0 {
			done = int(m.read * 1000 / m.total)
		}
		lines = append(lines, c.Fit("", m.w), c.Fit(m.running, m.w), c.Bar(done, 1000, m.w))
		if m.task == taskImport && m.total > 0 && m.read >= m.total {
			// Reading is the part that can be measured; checking and
			// the one commit follow.
			// No figure comes from the checking and the commit: the
			// seconds show that it is alive.
			secs := int(m.c.Now().Sub(m.started).Seconds())
			lines = append(lines, c.Fit(m.c.P.T(i18n.KeyImportChecking, "seconds", max(0, secs)), m.w))
		}
	case reporting:
		lines = append(lines, c.Fit("> "+m.input.Value(), m.w), c.Fit("", m.w))
		style := s.OK
		if m.failed {
			style = s.Danger
		}
		rows := m.reportRows()
		end := min(len(rows), m.offset+m.reportHeight())
		for i := m.offset; i < end; i++ {
			line := c.Fit(rows[i].text, m.w)
			if rows[i].first {
				line = style.Render(line)
			}
			lines = append(lines, line)
		}
		if end < len(rows) || m.offset > 0 {
			lines = append(lines, s.Dim.Render(c.Fit(m.c.P.T(i18n.KeyImportClose), m.w)))
		}
	}
	for len(lines) < m.h {
		lines = append(lines, c.Fit("", m.w))
	}
	return common.Lines(lines, m.h)
}

// pad widens a rendered line (styles included) to w cells; the text
// input draws itself narrower than the panel.
func pad(line string, w int) string {
	if n := ansi.StringWidthWc(line); n < w {
		return line + strings.Repeat(" ", w-n)
	}
	return ansi.TruncateWc(line, w, "")
}

// reportRow is one screen line of the report; a long problem wraps over
// several, so none is cut off.
type reportRow struct {
	text  string
	first bool // the report's headline, coloured
}

func (m *Model) reportRows() []reportRow {
	var out []reportRow
	for i, line := range m.report {
		for _, part := range m.c.Wrap(line(m.c.P), m.w, "    ") {
			out = append(out, reportRow{text: part, first: i == 0})
		}
	}
	return out
}
