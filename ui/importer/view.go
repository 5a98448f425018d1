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
		return []key.Binding{k.Open, k.Back}
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

// reportHeight is the rows left for the report under the header, the
// input line and a blank line.
func (m *Model) reportHeight() int { return max(0, m.h-5) }

// View renders the panel in exactly the body area.
func (m *Model) View() string {
	if m.w <= 0 || m.h <= 0 {
		return ""
	}
	s, c := m.c.Styles, m.c
	head := m.header()
	lines := []string{
		s.PaneTitle.Render(c.Fit(head[0], m.w)),
		s.Dim.Render(c.Fit(head[1], m.w)),
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
	case reporting:
		lines = append(lines, c.Fit("> "+m.input.Value(), m.w), c.Fit("", m.w))
		style := s.OK
		if m.failed {
			style = s.Danger
		}
		end := min(len(m.report), m.offset+m.reportHeight())
		for i := m.offset; i < end; i++ {
			line := c.Fit(m.report[i], m.w)
			if i == 0 {
				line = style.Render(line)
			}
			lines = append(lines, line)
		}
		if end < len(m.report) || m.offset > 0 {
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
