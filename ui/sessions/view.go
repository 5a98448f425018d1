package sessions

import (
	"slices"
	"strings"

	"charm.land/lipgloss/v2"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/textcell"
	"caecw/ui/common"
)

// headLines are the title, the input line and the column header.
const headLines = 3

// sidePane is the width from which the detail pane sits beside the list
// instead of over it.
const sidePane = 140

// layout is the width of each column. The title and the venue share what
// the others leave by what the day's sessions need (textcell.Allot), so
// at 200 columns neither holds blank cells while the other is cut.
type layout struct {
	mark, time, title, venue, kind, status, people int
}

// total is the width of a row: the columns and the spaces between them.
func (l layout) total() int {
	return l.mark + l.time + l.title + l.venue + l.kind + l.status + l.people + 6
}

// columns lays out a row w cells wide for titles and venues that need
// titleNeed and venueNeed cells.
func columns(w, titleNeed, venueNeed int) layout {
	l := layout{mark: 1, time: 11, kind: 8, people: 9, status: 13}
	switch {
	case w >= sidePane:
		l.kind, l.status = 10, 24
	case w >= 100:
		l.status = 16
	}
	rest := max(0, w-(l.mark+l.time+l.kind+l.status+l.people)-6)
	share := textcell.Allot(rest, []int{max(titleNeed, 5), max(venueNeed, 5)}, []int{3, 2})
	l.title, l.venue = share[0], share[1]
	return l
}

// View implements common.Tab. It is exactly w x h, draws only the visible
// rows, and never wraps.
func (m *Model) View() string {
	if m.w <= 0 || m.h <= 0 {
		return ""
	}
	lines := make([]string, 0, m.h)
	lines = append(lines, m.c.Styles.Bold.Render(m.c.Fit(m.title(), m.w)))
	lines = append(lines, m.inputLine(m.w))
	body := m.h - len(lines)
	switch {
	case body <= 0:
	case m.detail && m.w >= sidePane:
		pw := min(80, m.w*2/5)
		lw := m.w - pw - 1
		list := m.table(lw, body)
		pane := m.pane(pw, body)
		for i := range body {
			lines = append(lines, list[i]+" "+pane[i])
		}
	case m.detail:
		lines = append(lines, m.pane(m.w, body)...)
	default:
		lines = append(lines, m.table(m.w, body)...)
	}
	if box := m.overlay(m.w, m.h-headLines+1); len(box) > 0 {
		lines = append(lines[:m.h-len(box)], box...)
	}
	return common.Lines(lines, m.h)
}

func (m *Model) title() string {
	p := m.c.P
	t := p.T(i18n.KeySessionsTitle, "date", p.Date(m.day.Date()))
	if m.view == nil {
		return t
	}
	t += " · " + p.N(i18n.KeySessionsCount, len(m.view.Sessions))
	if n := len(m.problems); n > 0 {
		t += " · " + p.N(i18n.KeyProblemCount, n)
	}
	if m.filter != "" && m.mode != filtering {
		t += " · " + p.T(i18n.KeySessionsFilterShown, "query", m.filter)
	}
	return t
}

// inputLine draws the prompt or the filter being typed, with a visible
// cursor; blank when nothing is typed.
func (m *Model) inputLine(w int) string {
	c, s := m.c, m.c.Styles
	if m.mode == browsing || m.mode == confirming {
		return c.Fit("", w)
	}
	// Leave room to type, however long the question.
	prompt := c.Trunc(m.input.Prompt, max(0, w-14))
	room := max(0, w-c.CellWidth(prompt)-1)
	value := []rune(m.input.Value())
	if len(value) == 0 {
		ph := c.Fit(m.input.Placeholder, room)
		return prompt + s.RowSelected.Render(" ") + s.Dim.Render(ph)
	}
	pos := min(max(0, m.input.Position()), len(value))
	before, at, after := string(value[:pos]), " ", ""
	if pos < len(value) {
		at, after = string(value[pos]), string(value[pos+1:])
	}
	// Keep the cursor in view: cut the start of a long value.
	for c.CellWidth(before)+c.CellWidth(at) > room && before != "" {
		_, n := firstRune(before)
		before = before[n:]
	}
	rest := max(0, room-c.CellWidth(before)-c.CellWidth(at))
	return prompt + c.Fit(before, c.CellWidth(before)) + s.RowSelected.Render(c.Trunc(at, 2)) + c.Fit(after, rest) + " "
}

func firstRune(s string) (rune, int) {
	for i, r := range s {
		if i > 0 {
			return r, i
		}
	}
	return 0, len(s)
}

// table is the column header and the visible rows, h lines of width w.
func (m *Model) table(w, h int) []string {
	if h <= 0 {
		return nil
	}
	c, s, p := m.c, m.c.Styles, m.c.P
	l := m.columns(w)
	out := make([]string, 0, h)
	head := c.Fit("", l.mark) + " " + c.Fit(p.T(i18n.KeySessionsColTime), l.time) + " " +
		c.Fit(p.T(i18n.KeySessionsColTitle), l.title) + " " + c.Fit(p.T(i18n.KeySessionsColVenue), l.venue) + " " +
		c.Fit(p.T(i18n.KeySessionsColKind), l.kind) + " " + c.Fit(p.T(i18n.KeySessionsColStatus), l.status) + " " +
		c.FitRight(p.T(i18n.KeySessionsColPeople), l.people)
	out = append(out, m.paint(&s.TableHeader, c.Fit(head, w)))
	if m.view == nil {
		return append(out, s.Dim.Render(c.Fit(p.T(i18n.KeyLoading), w)))
	}
	if len(m.rows) == 0 {
		msg := p.T(i18n.KeySessionsNone, "date", p.Date(m.day.Date()))
		if m.filter != "" {
			msg = p.T(i18n.KeySessionsNoMatch, "query", m.filter)
		}
		return append(out, s.Dim.Render(c.Fit(msg, w)))
	}
	if m.cutW != l.title<<16|l.venue || m.cutBy != c.Cells {
		m.cut(l)
	}
	m.list.Fit(h - 1)
	from, to := m.list.Visible()
	for r := from; r < to && len(out) < h; r++ {
		out = append(out, m.row(m.rows[r], r == m.list.Cursor, l, w))
	}
	if more := c.More(&m.list, w); more != "" && len(out) < h {
		out = append(out, more)
	}
	for len(out) < h {
		out = append(out, c.Fit("", w))
	}
	return out
}

// row draws session i. The selection is reverse video over plain text (a
// style inside would end the reverse early); otherwise the status carries
// its phase's colour and the running session is bold.
func (m *Model) row(i int, selected bool, l layout, w int) string {
	c, s, p := m.c, m.c.Styles, m.c.P
	x := &m.cells[i]
	st := m.statuses[i]
	mark := " "
	if len(m.issues[i]) > 0 {
		mark = "!"
	}
	if x.fitW != w || x.fitBy != c.Cells || x.left == "" {
		x.left = c.Fit(x.time, l.time) + " " + c.Fit(x.titleCut, l.title) + " " + c.Fit(x.venueCut, l.venue) + " " + c.Fit(x.kind, l.kind) + " "
		x.right = " " + c.FitRight(x.people, l.people)
		x.fitW, x.fitBy = w, c.Cells
	}
	left, right := x.left, x.right
	status := c.Fit(p.Status(st), l.status)
	pad := c.Fit("", max(0, w-l.total()))
	if selected {
		return m.paint(&s.RowSelected, c.Fit(mark+" "+left+status+right, w))
	}
	if l.total() > w {
		// Narrower than the fixed columns (only below the app's minimum):
		// cut the row whole rather than let it wrap.
		return c.Fit(mark+" "+left+status+right, w)
	}
	base := &s.Row
	switch st.Phase {
	case event.PhaseNow, event.PhaseOverrunning:
		base = &s.RowNow
	case event.PhaseDone, event.PhaseCancelled:
		base = &s.Dim
	}
	if mark != " " {
		mark = m.paint(&s.Warning, mark)
	}
	return mark + " " + m.paint(base, left) + m.paint(phaseStyle(s, st.Phase), status) + m.paint(base, right+pad)
}

// columns is the layout for a table w cells wide over the day's titles
// and venues.
func (m *Model) columns(w int) layout {
	if m.needBy != m.c.Cells || m.titleNeed < 0 {
		m.titleNeed, m.venueNeed = 0, 0
		for i := range m.cells {
			m.titleNeed = max(m.titleNeed, m.c.CellWidth(m.cells[i].title))
			m.venueNeed = max(m.venueNeed, m.c.CellWidth(m.cells[i].venue))
		}
		m.needBy = m.c.Cells
	}
	return columns(w, m.titleNeed, m.venueNeed)
}

// cut cuts every session's title and venue for l, all at once so that
// Distinct sees the whole day.
func (m *Model) cut(l layout) {
	titles := make([]string, len(m.cells))
	venues := make([]string, len(m.cells))
	for i := range m.cells {
		titles[i], venues[i] = m.cells[i].title, m.cells[i].venue
	}
	// A reload after a check-in reads the same titles: keep their cuts.
	if !slices.Equal(titles, m.cutFrom[0]) || l.title != m.cutFor[0] || m.cutBy != m.c.Cells {
		m.cutFrom[0], m.cutTo[0], m.cutFor[0] = titles, m.c.Distinct(titles, l.title), l.title
	}
	if !slices.Equal(venues, m.cutFrom[1]) || l.venue != m.cutFor[1] || m.cutBy != m.c.Cells {
		m.cutFrom[1], m.cutTo[1], m.cutFor[1] = venues, m.c.Distinct(venues, l.venue), l.venue
	}
	titles, venues = m.cutTo[0], m.cutTo[1]
	for i := range m.cells {
		m.cells[i].titleCut, m.cells[i].venueCut = titles[i], venues[i]
	}
	m.cutW, m.cutBy = l.title<<16|l.venue, m.c.Cells
}

func phaseStyle(s *common.Styles, ph event.Phase) *lipgloss.Style {
	switch ph {
	case event.PhaseNow:
		return &s.PhaseNow
	case event.PhaseNext:
		return &s.PhaseNext
	case event.PhaseDone:
		return &s.PhaseDone
	case event.PhaseDelayed:
		return &s.PhaseDelayed
	case event.PhaseCancelled:
		return &s.PhaseCancelled
	case event.PhaseOverrunning:
		return &s.PhaseOverrunning
	}
	return &s.Row
}

// paint wraps one line of text in st's escape codes, worked out once per
// theme: lipgloss's Render parses the style on every call and was most of
// a frame's cost. Only for single-line text in styles without padding,
// margins or borders, where the two are the same.
func (m *Model) paint(st *lipgloss.Style, text string) string {
	if m.paintFor != m.c.Styles {
		m.paintFor, m.paints = m.c.Styles, map[*lipgloss.Style][2]string{}
	}
	ps, ok := m.paints[st]
	if !ok {
		r := st.Render("x")
		i := strings.IndexByte(r, 'x')
		ps = [2]string{r[:i], r[i+1:]}
		m.paints[st] = ps
	}
	if text == "" {
		return ""
	}
	return ps[0] + text + ps[1]
}

// styled is one line of a pane with its style.
type styled struct {
	text  string
	style *lipgloss.Style
}

// box draws content in a frame of exactly w x h (h >= 2), scrolled by
// scroll lines, with title in the top border.
func (m *Model) box(title string, content []styled, w, h, scroll int, border *lipgloss.Style, double bool) []string {
	c := m.c
	if w < 4 || h < 2 {
		out := make([]string, max(0, h))
		for i := range out {
			out[i] = c.Fit("", w)
		}
		return out
	}
	tl, tr, bl, br, hz, vt := "┌", "┐", "└", "┘", "─", "│"
	if double {
		tl, tr, bl, br, hz, vt = "╔", "╗", "╚", "╝", "═", "║"
	}
	inner := w - 4
	t := c.Trunc(title, max(0, inner-2))
	top := tl + hz + " " + t + " " + strings.Repeat(hz, max(0, w-5-c.CellWidth(t))) + tr
	if t == "" {
		top = tl + strings.Repeat(hz, w-2) + tr
	}
	out := []string{m.paint(border, top)}
	side := m.paint(border, vt)
	scroll = max(0, min(scroll, len(content)-(h-2)))
	for i := 0; i < h-2; i++ {
		text, st := "", &c.Styles.Row
		if j := scroll + i; j < len(content) {
			text, st = content[j].text, content[j].style
		}
		out = append(out, side+" "+m.paint(st, c.Fit(text, inner))+" "+side)
	}
	// The bottom border says what the pane holds beyond its lines.
	bottom := bl + strings.Repeat(hz, w-2) + br
	if more := c.Trunc(c.MoreText(scroll, max(0, len(content)-scroll-(h-2))), max(0, w-6)); more != "" {
		bottom = bl + hz + " " + more + " " + strings.Repeat(hz, max(0, w-5-c.CellWidth(more))) + br
	}
	return append(out, m.paint(border, bottom))
}

// overlay is the confirmation or the venue picker, drawn over the bottom
// of the body; nil when neither is open.
func (m *Model) overlay(w, maxH int) []string {
	s, p := m.c.Styles, m.c.P
	switch m.mode {
	case confirming:
		return m.confirmBox(w, maxH)
	case pickVenue:
		sess, _ := m.session(m.target)
		lines, selected := m.pickerLines(w - 4)
		content := make([]styled, len(lines))
		for i, l := range lines {
			content[i] = styled{l, &s.Row}
			if i == selected {
				content[i].style = &s.RowSelected
			}
		}
		return m.box(p.T(i18n.KeySessionMovePrompt, "title", m.c.P.SessionTitle(sess)), content, w, min(maxH, len(content)+2), 0, &s.Dim, false)
	}
	return nil
}

// confirmBox is the question, what the change would break and how to
// answer. The question and the answer line always show; when the problems
// do not all fit, the last line says how many more there are.
func (m *Model) confirmBox(w, maxH int) []string {
	s, p := m.c.Styles, m.c.P
	inner := w - 4
	// The question wraps: a long title must not cut off what, when and
	// which desk the answer is about.
	var head []styled
	for _, l := range m.c.Wrap(m.pending.question(p), inner, "") {
		head = append(head, styled{l, &s.Bold})
	}
	foot := []styled{{p.T(i18n.KeySessionConfirmYesNo), &s.Row}}
	var mid []styled
	if len(m.pending.breaks) > 0 {
		head = append(head, styled{p.T(i18n.KeySessionConfirmBreaks), &s.Warning})
		foot = append([]styled{{p.T(i18n.KeySessionConfirmAsk), &s.Bold}}, foot...)
		room := maxH - 2 - len(head) - len(foot)
		for i, b := range m.pending.breaks {
			lines := m.c.Wrap("! "+b(p), inner, "  ")
			left := len(m.pending.breaks) - i - 1
			need := len(lines)
			if left > 0 {
				need++ // keep a line for "and N more"
			}
			if len(mid)+need > room {
				mid = append(mid, styled{p.N(i18n.KeySessionConfirmMore, len(m.pending.breaks)-i), &s.Warning})
				break
			}
			for _, l := range lines {
				mid = append(mid, styled{l, &s.Warning})
			}
		}
	}
	content := append(append(head, mid...), foot...)
	return m.box("", content, w, min(maxH, len(content)+2), 0, &s.Warning, true)
}
