package venues

import (
	"strconv"
	"strings"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/textcell"
	"caecw/ui/common"
)

// wideAt is the width from which the problems get a pane of their own
// beside the selected venue's sessions instead of a toggle.
const wideAt = 160

// problemMark flags a venue or session that has a problem.
const problemMark = "!"

// View implements common.Tab.
func (m *Model) View() string {
	if m.w <= 0 || m.h <= 0 {
		return common.Lines(nil, m.h)
	}
	c, s := m.c, m.c.Styles
	if m.view == nil {
		return common.Lines([]string{s.Dim.Render(c.Fit(c.P.T(i18n.KeyLoading), m.w))}, m.h)
	}
	lines := []string{m.titleLine()}
	if m.mode == confirming {
		lines = append(lines, m.confirmLines(m.w, m.h-1)...)
		return common.Lines(lines, m.h)
	}
	if m.mode == picking || m.mode == prompting {
		// Up to two lines, so that the end of a long question ("empty
		// sends all 200") still shows on a narrow screen.
		q := c.Wrap(m.question, m.w, "")
		if len(q) > 2 {
			q = []string{q[0], strings.Join(q[1:], " ")}
		}
		for _, l := range q {
			lines = append(lines, s.Bold.Render(c.Fit(l, m.w)))
		}
	}
	lines = append(lines, m.inputLine())
	if m.mode == picking && m.pick != nil {
		lines = append(lines, m.pickerLines(m.w, m.h-len(lines))...)
		return common.Lines(lines, m.h)
	}
	lines = append(lines, m.venueLines()...)
	_, lh := m.heights()
	lines = append(lines, m.lowerLines(lh)...)
	return common.Lines(lines, m.h)
}

func (m *Model) titleLine() string {
	c, s, p := m.c, m.c.Styles, m.c.P
	title := p.T(i18n.KeyVenuesTitle, "date", p.Date(m.view.Day.Date()))
	count := p.T(i18n.KeyVenuesNoProblems)
	if n := len(m.problems); n > 0 {
		count = p.N(i18n.KeyVenuesProblemCount, n)
	}
	tw := c.CellWidth(title)
	if tw+2 >= m.w {
		return s.Bold.Render(c.Fit(title, m.w))
	}
	style := s.OK
	if len(m.problems) > 0 {
		style = s.Warning
	}
	return s.Bold.Render(title) + "  " + style.Render(c.Fit(count, m.w-tw-2))
}

// inputLine is the filter, picker or prompt input while one is open; else
// the warning of a change made despite its problems, else the legend.
func (m *Model) inputLine() string {
	c, s, p := m.c, m.c.Styles, m.c.P
	switch {
	case m.mode == filtering || m.mode == picking || m.mode == prompting:
		return c.Trunc(m.input.View(), m.w)
	case m.warning != nil:
		return s.Warning.Render(c.Fit("⚠ "+m.warning(c.P), m.w))
	case m.filter != "":
		return s.Dim.Render(c.Fit(p.T(i18n.KeyVenuesFilterShown, "text", m.filter), m.w))
	}
	return s.Dim.Render(c.Fit(p.T(i18n.KeyVenuesLegend, "mark", problemMark), m.w))
}

// columns are the venue name's cells and the timeline's: the name gets
// what the longest needs, up to a quarter of the row, and at least 8
// cells; the timeline the rest.
func (m *Model) columns() (name, track int) {
	rest := max(0, m.w-2-1-5-1)
	need := 8
	for _, v := range m.venues {
		need = max(need, m.c.CellWidth(m.c.P.VenueName(v)))
	}
	share := textcell.Allot(rest, []int{need, rest}, []int{1, 3})
	name = max(8, share[0])
	return name, max(1, rest-name)
}

func (m *Model) venueLines() []string {
	c, s, p := m.c, m.c.Styles, m.c.P
	nameW, trackW := m.columns()
	w := m.window()
	head := "  " + c.Fit(p.T(i18n.KeyVenuesColName), nameW) + " " + c.FitRight(p.T(i18n.KeyVenuesColCapacity), 5) + " " + m.axis(w, trackW)
	lines := []string{s.TableHeader.Render(c.Fit(head, m.w))}
	if len(m.venues) == 0 {
		return append(lines, s.Dim.Render(c.Fit(p.T(i18n.KeyVenuesNone), m.w)))
	}
	ticks := m.ticks(w, trackW)
	names := make([]string, len(m.venues))
	for i, v := range m.venues {
		names[i] = p.VenueName(v)
	}
	names = c.Distinct(names, nameW)
	vh, _ := m.heights()
	m.vlist.Fit(vh)
	from, to := m.vlist.Visible()
	for i := from; i < to; i++ {
		v := m.venues[i]
		sel, mark := " ", " "
		if i == m.vlist.Cursor {
			sel = "›"
		}
		if m.venueProblems[v.ID] {
			mark = problemMark
		}
		line := c.Fit(sel+mark+c.Fit(names[i], nameW)+" "+c.FitRight(strconv.Itoa(v.Capacity), 5)+" "+m.track(v.ID, w, trackW, ticks), m.w)
		if i == m.vlist.Cursor && m.focus == onVenues {
			line = s.RowSelected.Render(line)
		}
		lines = append(lines, line)
	}
	if more := c.More(&m.vlist, m.w); more != "" {
		lines = append(lines, more)
	}
	return lines
}

// lowerLines is the pane under the venues: the selected venue's sessions
// or the problems; both side by side when the screen is wide.
func (m *Model) lowerLines(h int) []string {
	if h <= 0 {
		return nil
	}
	if m.w >= wideAt {
		left := m.w/2 - 1
		right := m.w - left - 3
		a, b := m.detailLines(left, h), m.problemLines(right, h)
		out := make([]string, h)
		for i := range out {
			l, r := strings.Repeat(" ", left), ""
			if i < len(a) {
				l = a[i]
			}
			if i < len(b) {
				r = b[i]
			}
			out[i] = l + " " + m.c.Styles.Dim.Render("│") + " " + r
		}
		return out
	}
	if m.focus == onProblems {
		return m.problemLines(m.w, h)
	}
	return m.detailLines(m.w, h)
}

// detailLines are the selected venue: its seats, its outages and its
// sessions with time, title, headcount against seats and delegations.
func (m *Model) detailLines(w, h int) []string {
	c, s, p := m.c, m.c.Styles, m.c.P
	v := m.selectedVenue()
	if v.ID == "" {
		return []string{s.Dim.Render(c.Fit(p.T(i18n.KeyVenuesNone), w))}
	}
	lines := []string{s.PaneTitle.Render(c.Fit(p.T(i18n.KeyVenuesDetail, "venue", p.VenueName(v), "n", v.Capacity, "site", p.Site(v)), w))}
	for _, o := range m.venueOutages(v.ID) {
		lines = append(lines, s.Warning.Render(c.Fit(string(cellOutage)+" "+m.outageText(o), w)))
	}
	if len(m.sessions) == 0 {
		return append(lines, s.Dim.Render(c.Fit(p.T(i18n.KeyVenuesNoSessions), w)))
	}
	m.slist.Fit(max(1, h-len(lines)))
	rest := max(2, w-26)
	titleW := min(48, rest*5/9)
	delsW := max(0, rest-titleW)
	from, to := m.slist.Visible()
	for i := from; i < to; i++ {
		ss := m.sessions[i]
		sel, mark := " ", " "
		if i == m.slist.Cursor && m.focus == onSessions {
			sel = "›"
		}
		if m.sessionProblems[ss.ID] {
			mark = problemMark
		}
		count := strconv.Itoa(m.plan.SessionCountOf(ss).Assigned) + "/" + strconv.Itoa(v.Capacity)
		if ss.State.Cancelled {
			count = p.T(i18n.KeyVenuesCancelled)
		}
		when := m.clock(ss.EffectiveStart()) + "–" + m.clock(ss.EffectiveEnd())
		line := sel + c.Fit(when, 11) + " " + c.Fit(p.SessionTitle(ss), titleW) + " " + c.FitRight(count, 9) + " " + mark + " " + c.Fit(m.delegationsText(ss), delsW)
		line = c.Fit(line, w)
		switch {
		case i == m.slist.Cursor && m.focus == onSessions:
			line = s.RowSelected.Render(line)
		case ss.State.Cancelled:
			line = s.Dim.Render(line)
		}
		lines = append(lines, line)
	}
	if more := c.More(&m.slist, w); more != "" {
		lines = append(lines, more)
	}
	return lines
}

func (m *Model) delegationsText(ss event.Session) string {
	as := m.assignments(ss.ID)
	if len(as) == 0 {
		return m.c.P.T(i18n.KeyVenuesNoDelegations)
	}
	parts := make([]string, len(as))
	for i, a := range as {
		parts[i] = m.c.P.T(i18n.KeyVenuesDelegationCount, "delegation", m.delName(a.Delegation), "n", m.plan.Headcount(a))
	}
	return strings.Join(parts, m.c.P.T(i18n.KeyVenuesListSep))
}

// problemRows is how many problems fit under the pane's title line, each
// given two lines so that its sentence can be read whole.
func (m *Model) problemRows(h int) int { return max(1, (h-1)/2) }

// problemLines are the day's problems as whole sentences; the selected
// one opens its session with enter.
func (m *Model) problemLines(w, h int) []string {
	c, s, p := m.c, m.c.Styles, m.c.P
	lines := []string{s.PaneTitle.Render(c.Fit(p.T(i18n.KeyVenuesProblemsTitle, "date", p.ShortDate(m.view.Day.Date())), w))}
	if len(m.problems) == 0 {
		return append(lines, s.OK.Render(c.Fit(p.T(i18n.KeyVenuesNoProblems), w)))
	}
	rows := m.problemRows(h)
	if len(m.problems) > rows {
		// Keep a line to say how many more there are.
		rows = max(1, (h-2)/2)
	}
	m.plist.SetHeight(rows)
	from, to := m.plist.Visible()
	for i := from; i < to && len(lines) < h; i++ {
		pr := m.problems[i]
		chosen := i == m.plist.Cursor && m.focus == onProblems
		lead := " " + problemMark + " "
		if chosen {
			lead = "›" + problemMark + " "
		}
		text := c.Wrap("["+p.ProblemKind(pr.Kind)+"] "+p.Problem(pr, m.plan, m.loc()), max(1, w-3), "")
		for j, l := range text {
			if j == 2 || len(lines) >= h {
				break
			}
			if j == 1 {
				lead = "   "
				if len(text) > 2 {
					l = c.Trunc(l+" "+strings.Join(text[2:], " "), w-3)
				}
			}
			line := c.Fit(lead+l, w)
			if chosen {
				line = s.RowSelected.Render(line)
			} else {
				line = s.Warning.Render(line)
			}
			lines = append(lines, line)
		}
	}
	if more := c.More(&m.plist, w); more != "" && len(lines) < h {
		lines = append(lines, more)
	}
	return lines
}

// confirmLines ask before a change that creates problems, naming each
// one in full. The question and its keys come first, so that however many
// problems there are, the way out is on screen.
func (m *Model) confirmLines(w, h int) []string {
	c, s, p := m.c, m.c.Styles, m.c.P
	ch := m.pending
	lines := []string{
		s.Danger.Render(c.Fit("⚠ "+p.N(i18n.KeyVenuesConfirmTitle, len(ch.introduced)), w)),
		s.Bold.Render(c.Fit(p.T(i18n.KeyVenuesConfirmHint), w)),
	}
	var body []string
	for _, pr := range ch.introduced {
		text := "[" + p.ProblemKind(pr.Kind) + "] " + p.Problem(pr, ch.after, m.loc())
		for i, l := range c.Wrap(text, w-4, "") {
			lead := "  • "
			if i > 0 {
				lead = "    "
			}
			body = append(body, s.Warning.Render(c.Fit(lead+l, w)))
		}
	}
	if room := h - len(lines); len(body) > room && room > 0 {
		body = append(body[:room-1], s.Warning.Render(c.Fit("  …", w)))
	}
	return append(lines, body...)
}
