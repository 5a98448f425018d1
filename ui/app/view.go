package app

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"caecw/internal/i18n"
	"caecw/ui/common"
)

// View implements tea.Model.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "caecw"
	return v
}

// Render is the whole screen as text (tests and goldens use it).
func (m *Model) Render() string { return m.render() }

func (m *Model) render() string {
	if m.c.Width <= 0 || m.c.Height <= 0 {
		return ""
	}
	if m.tooSmall() {
		return m.renderTooSmall()
	}
	var b strings.Builder
	b.WriteString(m.header())
	b.WriteByte('\n')
	b.WriteString(m.tabBar())
	b.WriteByte('\n')
	_, bh := m.bodySize()
	if m.fullHelp {
		b.WriteString(common.Lines(strings.Split(m.fullHelpView(), "\n"), bh))
	} else if m.importer.Open() {
		b.WriteString(m.importer.View())
	} else if m.attention.Open() {
		b.WriteString(m.attention.View())
	} else {
		b.WriteString(common.Lines(strings.Split(m.recoverView(m.tabs[m.active].View), "\n"), bh))
	}
	b.WriteByte('\n')
	b.WriteString(m.statusLine())
	b.WriteByte('\n')
	b.WriteString(m.helpLine())
	return b.String()
}

func (m *Model) renderTooSmall() string {
	// Wrap by hand to the width we have, one cell at a time if need be,
	// so even 1x1 shows something sensible and never panics.
	text := m.tooSmallText()
	var lines []string
	for text != "" && len(lines) < m.c.Height {
		part := m.c.Trunc(text, m.c.Width)
		part = strings.TrimSuffix(part, "…")
		if part == "" {
			break
		}
		lines = append(lines, part)
		text = strings.TrimPrefix(text, part)
	}
	return strings.Join(lines, "\n")
}

// header is two lines: the event and the day on the left, the clock on
// the right; then desk, operator and the save state or the error line.
func (m *Model) header() string {
	p, s, c := m.p(), m.c.Styles, m.c
	loc := c.Location()
	clock := p.Clock(m.now.In(loc)) + m.now.In(loc).Format(":05")
	day := m.dayText()
	left := p.EventName(c.Event)
	if left == "" {
		left = p.T(i18n.KeyAppTitle)
	}
	demo := ""
	if m.view != nil && m.view.demo {
		demo = " " + s.Demo.Render(" "+p.T(i18n.KeyHeaderDemo)+" ")
	}
	right := day + "  " + clock
	// The attention count comes first on the right: it is what the
	// coordinator looks up for, and it is short.
	count := m.attention.Header()
	if count != "" {
		count = " " + count + " "
	}
	room := c.Width - c.CellWidth(right) - c.CellWidth(demo) - c.CellWidth(count) - 1
	line1 := s.HeaderTitle.Render(c.Fit(left, room)) + demo + count + " " + s.Bold.Render(right)

	who := p.T(i18n.KeyHeaderDesk, "desk", c.Store.Desk()) + " · " + p.T(i18n.KeyHeaderOperator, "name", c.Store.Operator())
	state := ""
	switch {
	case m.errLine != nil:
		return line1 + "\n" + s.ErrorLine.Render(c.Fit(m.errLine(p), c.Width))
	case m.saving > 0:
		state = p.T(i18n.KeyHeaderSaving)
	case m.saved:
		// Worded at draw time, so that L translates it too.
		state = "✓ " + p.T(i18n.KeyHeaderSaved)
	}
	// The sync part names peers and counts; it never pushes past the edge.
	state = c.Trunc(state+m.syncState(), c.Width)
	closed := c.Trunc(m.closedState(), max(0, c.Width-c.CellWidth(state)))
	room = c.Width - c.CellWidth(state) - c.CellWidth(closed)
	line2 := s.HeaderDim.Render(c.Fit(who, room)) + s.Warning.Render(closed) + s.Saved.Render(state)
	return line1 + "\n" + line2
}

// dayText says which day the screen shows, beside the real clock: the
// date when it is today; "viewing" it and where today's check-ins go when
// it is another day; and that today is not one of the event's days when
// it is outside the event's span.
func (m *Model) dayText() string {
	p, ev := m.p(), m.c.Event
	today := ev.Today(m.now)
	switch {
	case m.day != today:
		return p.T(i18n.KeyHeaderViewing, "day", p.ShortDate(m.day.Date()), "today", p.ShortDate(today.Date()))
	case !ev.InSpan(today):
		return p.T(i18n.KeyHeaderOutside, "date", p.Date(today.Date()))
	}
	return p.Date(m.day.Date())
}

// closedState is the day's close and its late additions since, on every
// screen: after close-day, what is added stands but is not in the records
// until the day is closed again.
func (m *Model) closedState() string {
	if m.view == nil || m.view.closedAt.IsZero() {
		return ""
	}
	p := m.p()
	return "  " + p.N(i18n.KeyHeaderClosed, m.view.late, "time", p.Clock(m.view.closedAt.In(m.c.Location()))) + "  "
}

// tabBar marks the active tab with brackets as well as style, so it is
// obvious without colour.
func (m *Model) tabBar() string {
	s, c := m.c.Styles, m.c
	var b strings.Builder
	labels, hits := m.tabTitles()
	for i, label := range labels {
		if i == m.active {
			b.WriteString(s.TabActive.Render(label))
		} else {
			b.WriteString(s.TabInactive.Render(label))
		}
		b.WriteString(" ")
	}
	if len(hits) > 0 && hits[len(hits)-1].to > c.Width {
		return c.Trunc(b.String(), c.Width)
	}
	return b.String()
}

// tabTitles are the tab bar's labels and the x range of each, for mouse
// clicks.
func (m *Model) tabTitles() ([]string, []hit) {
	labels := make([]string, len(m.tabs))
	hits := make([]hit, len(m.tabs))
	x := 0
	for i, t := range m.tabs {
		n := string(rune('1' + i))
		if i == m.active {
			labels[i] = "[" + n + " " + t.TabName() + "]"
		} else {
			labels[i] = " " + n + " " + t.TabName() + " "
		}
		w := m.c.CellWidth(labels[i])
		hits[i] = hit{x, x + w}
		x += w + 1
	}
	return labels, hits
}

func (m *Model) statusLine() string {
	text := ""
	if m.status != nil {
		text = m.status(m.p())
	}
	return m.c.Styles.StatusLine.Render(m.c.Fit(text, m.c.Width))
}

// helpLine is the tab's keys, then the frame's. When it does not fit,
// the tab's keys are cut first: help, language and quit stay in sight
// (the Chinese labels are twice as wide, and L must be findable in both).
func (m *Model) helpLine() string {
	tab, frame, keep := m.shortHelp()
	h := m.help
	h.SetWidth(0)
	full := h.ShortHelpView(append(append([]key.Binding{}, tab...), frame...))
	if m.c.CellWidth(full) <= m.c.Width {
		return common.Clean(full)
	}
	right := h.ShortSeparator + h.ShortHelpView(keep)
	// Whole keys only: a label cut in half helps nobody.
	for n := len(tab); n > 0; n-- {
		line := h.ShortHelpView(tab[:n]) + h.ShortSeparator + h.Ellipsis + right
		if m.c.CellWidth(line) <= m.c.Width {
			return common.Clean(line)
		}
	}
	return m.c.Trunc(h.ShortHelpView(keep), m.c.Width)
}

// HelpKeys are the keys the help line offers in the present mode, the
// tab's then the frame's, as the bindings the Update matches (tests check
// that each one does something there).
func (m *Model) HelpKeys() []key.Binding {
	tab, frame, _ := m.shortHelp()
	return append(append([]key.Binding{}, tab...), frame...)
}

// shortHelp is the help line's keys: the tab's, the frame's, and the few
// of the frame's that stay when the line is too long.
func (m *Model) shortHelp() (tab, frame, keep []key.Binding) {
	k := m.c.Keys
	if m.importer.Open() {
		return m.importer.ShortHelp(), []key.Binding{k.ForceQuit}, []key.Binding{k.ForceQuit}
	}
	if m.attention.Open() {
		return m.attention.ShortHelp(), []key.Binding{k.LanguageAnywhere, k.ForceQuit}, []key.Binding{k.ForceQuit}
	}
	if m.active < len(m.tabs) {
		tab = m.tabs[m.active].ShortHelp()
	}
	if m.active < len(m.tabs) && m.tabs[m.active].Capturing() {
		keep = []key.Binding{k.LanguageAnywhere, k.ForceQuit}
		// esc once: the desk's "ctrl+u/esc clear" already says it, and
		// the room goes to the desk's own keys.
		if !slices.ContainsFunc(tab, func(b key.Binding) bool { return slices.Contains(b.Keys(), "esc") }) {
			keep = append([]key.Binding{k.Back}, keep...)
		}
		return tab, keep, keep
	}
	return tab, []key.Binding{k.Tab1, k.PrevDay, k.NextDay, m.attention.Keys.Toggle, k.Help, k.Language, k.Quit},
		[]key.Binding{m.attention.Keys.Toggle, k.Help, k.Language, k.Quit}
}

// fullHelpView lays the help's columns out in as many bands as the width
// needs: bubbles' help drops the columns that do not fit, which at 80
// columns (and sooner with Chinese labels) hid the day, language and quit
// keys.
func (m *Model) fullHelpView() string {
	h := m.help
	h.SetWidth(0)
	var bands []string
	var row [][]key.Binding
	for _, g := range m.fullHelpGroups() {
		try := append(append([][]key.Binding{}, row...), g)
		if len(row) > 0 && m.blockWidth(h.FullHelpView(try)) > m.c.Width {
			bands = append(bands, h.FullHelpView(row))
			try = [][]key.Binding{g}
		}
		row = try
	}
	if len(row) > 0 {
		bands = append(bands, h.FullHelpView(row))
	}
	lines := strings.Split(strings.Join(bands, "\n\n"), "\n")
	for i, l := range lines {
		lines[i] = m.c.Trunc(l, m.c.Width)
	}
	return strings.Join(lines, "\n")
}

// blockWidth is the widest line of a block, in cells.
func (m *Model) blockWidth(block string) int {
	w := 0
	for _, l := range strings.Split(block, "\n") {
		w = max(w, m.c.CellWidth(l))
	}
	return w
}

func (m *Model) fullHelpGroups() [][]key.Binding {
	k := m.c.Keys
	groups := [][]key.Binding{
		{k.Tab1, k.NextTab, k.PrevTab},
		{k.PrevDay, k.NextDay, k.Today},
		{k.Filter, k.Back, k.Open},
		{m.attention.Keys.Toggle, k.Help, k.Language, k.Quit, k.ForceQuit},
	}
	if m.c.CanEditProgramme() {
		groups = append(groups, []key.Binding{m.importer.Keys.Import, m.importer.Keys.CloseDay})
	}
	if m.active < len(m.tabs) {
		groups = append(m.tabs[m.active].FullHelp(), groups...)
	}
	return groups
}
