package checkins

import (
	"strings"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/textcell"
	"caecw/ui/common"
)

// deskChrome is the desk's fixed lines above the results: the input box
// (3), the confirmation box (confirmLines+2), the totals line and the
// column header.
const deskChrome = 3 + confirmLines + 2 + 1 + 1

// View implements common.Tab.
func (m *Model) View() string {
	if m.w <= 0 || m.h <= 0 {
		return ""
	}
	if m.w < 24 {
		return common.Lines([]string{m.c.Fit(m.totalsText(), m.w)}, m.h)
	}
	var lines []string
	switch m.screen {
	case desk:
		lines = m.deskView()
	case walkIn:
		lines = m.walkInView()
	case rollCall:
		lines = m.rollCallView()
	case members:
		lines = m.membersView()
	default:
		lines = m.overviewView()
	}
	return common.Lines(lines, m.h)
}

// inputBox draws the desk input with a cursor, showing the end of a long
// entry.
func (m *Model) inputBox() []string {
	c, s, p := m.c, m.c.Styles, m.c.P
	inner := max(3, m.w-4)
	var line string
	if text := m.d.input.value; text == "" {
		line = "› " + s.Dim.Render(c.Fit(p.T(i18n.KeyCheckinSearch), inner-2))
	} else {
		shown := tail(c, text, inner-3)
		line = "› " + shown + "█" + strings.Repeat(" ", max(0, inner-3-c.CellWidth(shown)))
	}
	b := s.Input.GetBorderStyle()
	edge := s.Bold.Foreground(s.Input.GetBorderTopForeground())
	return []string{
		edge.Render(b.TopLeft + strings.Repeat(b.Top, inner+2) + b.TopRight),
		edge.Render(b.Left) + " " + line + " " + edge.Render(b.Right),
		edge.Render(b.BottomLeft + strings.Repeat(b.Bottom, inner+2) + b.BottomRight),
	}
}

// tail is the end of s that fits in w cells.
func tail(c *common.Common, s string, w int) string {
	s = common.Clean(s)
	if w <= 0 {
		return ""
	}
	// Walk back from the end, measuring each rune once: a long paste
	// must not cost time growing with the square of its length.
	r := []rune(s)
	used, i := 0, len(r)
	for i > 0 {
		cw := c.CellWidth(string(r[i-1]))
		if used+cw > w {
			break
		}
		used += cw
		i--
	}
	// Keep combining marks with their base: a cut never starts on one.
	for i < len(r) && i > 0 && c.CellWidth(string(r[i])) == 0 {
		i++
	}
	return string(r[i:])
}

func (m *Model) deskView() []string {
	c, s, p := m.c, m.c.Styles, m.c.P
	lines := make([]string, 0, m.h)
	lines = append(lines, m.inputBox()...)
	if m.d.confirm != nil {
		lines = append(lines, m.confirmBox(m.d.confirm, min(m.w, 76))...)
	} else {
		for range confirmLines + 2 {
			lines = append(lines, "")
		}
	}
	info := m.totalsText()
	if n := m.saves.inFlight(); n > 0 {
		info += "  " + p.T(i18n.KeyCheckinSaving, "n", n)
	}
	if m.ix == nil && m.people != nil || m.building && m.ix == nil {
		info += "  " + p.T(i18n.KeyCheckinIndexing)
	}
	lines = append(lines, s.Dim.Render(c.Fit(info, m.w)))
	cols := m.resultColumns()
	lines = append(lines, s.TableHeader.Render(m.row(cols, "", p.T(i18n.KeyCheckinColName), p.T(i18n.KeyCheckinColLatin), p.T(i18n.KeyCheckinColDelegation), p.T(i18n.KeyCheckinColRole), p.T(i18n.KeyCheckinColArrived))))
	q := strings.TrimSpace(m.d.input.value)
	if q != "" && len(m.d.results) == 0 && m.ix != nil {
		lines = append(lines, s.Dim.Render(c.Fit(p.T(i18n.KeyCheckinNoMatch, "query", q), m.w)))
		return lines
	}
	sel := m.d.sel
	sel.Fit(m.h - deskChrome)
	from, to := sel.Visible()
	for i := from; i < to; i++ {
		r := m.d.results[i]
		per, ok := m.person(r.ID)
		if !ok {
			continue
		}
		mark := "  "
		if i == sel.Cursor {
			mark = "› "
		}
		line := m.row(cols, mark, per.Name, per.NameLatin, m.delName(per.Delegation), p.Role(per.Role), m.arrivalText(per.ID))
		if i == sel.Cursor {
			line = s.RowSelected.Render(line)
		}
		lines = append(lines, line)
	}
	if more := c.More(&sel, m.w); more != "" {
		lines = append(lines, more)
	}
	return lines
}

// arrivalText says whether and when a person arrived on the day held.
func (m *Model) arrivalText(id string) string {
	if !m.loaded {
		return ""
	}
	if a, ok := m.arrivals[id]; ok {
		return m.c.P.T(i18n.KeyCheckinArrivedAt, "time", m.c.P.Clock(a.At.In(m.loc())), "desk", a.Desk)
	}
	return m.c.P.T(i18n.KeyCheckinNotYet)
}

// resultColumns shares the width: mark, native name, Latin name,
// delegation, role, arrival.
func (m *Model) resultColumns() [6]int { return m.columnsFor(m.w) }

// nameNeed is the cells a person's name column asks for: most names fit,
// a longer one is cut rather than measuring every person per frame.
const nameNeed = 28

// columnsFor lays out the people columns in w cells by what they need
// (textcell.Allot): the names up to nameNeed, the delegation its longest
// name, the role its longest word, the arrival a time and a desk; what
// none needs is left at the end. At 100 columns the delegation was cut
// while the arrival column was half blank.
func (m *Model) columnsFor(w int) [6]int {
	c, p := m.c, m.c.P
	dels := 0
	for _, d := range m.dels {
		dels = max(dels, c.CellWidth(p.DelegationName(d)))
	}
	role := c.Widest(p.T(i18n.KeyCheckinColRole))
	for _, r := range event.Roles {
		role = max(role, c.CellWidth(p.Role(r)))
	}
	desk := "desk-1"
	if c.Store != nil {
		desk = c.Store.Desk()
	}
	arrived := c.Widest(p.T(i18n.KeyCheckinNotYet), p.T(i18n.KeyCheckinArrivedAt, "time", "00:00", "desk", desk))
	rest := max(0, w-2-5)
	got := textcell.Allot(rest, []int{nameNeed, nameNeed, max(12, dels), role, arrived}, []int{3, 3, 3, 4, 2})
	return [6]int{2, got[0], got[1], got[2], got[3], got[4]}
}

// row fits cells to widths, one space apart.
func (m *Model) row(widths [6]int, cells ...string) string {
	var b strings.Builder
	for i, cell := range cells {
		if i > 1 {
			b.WriteByte(' ')
		}
		b.WriteString(m.c.Fit(cell, widths[i]))
	}
	return b.String()
}
