package checkins

import (
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/textcell"
	"caecw/ui/common"
)

// overviewState is the coordinator's list of delegations and the member
// list of one of them.
type overviewState struct {
	rows []ovRow
	list common.ListCursor
	// open is the delegation whose members are listed.
	open    string
	members common.ListCursor
	// totals over every delegation.
	expected, arrived int
}

// ovRow is one delegation's counts.
type ovRow struct {
	id                string
	expected, arrived int
}

// ratio orders rows: least arrived first; a delegation expecting nobody
// counts as complete.
func (r ovRow) ratio() float64 {
	if r.expected <= 0 {
		return 1
	}
	return float64(r.arrived) / float64(r.expected)
}

// rebuildOverview recounts and resorts the delegations, keeping the
// selection on the same delegation.
func (m *Model) rebuildOverview() {
	o := &m.ov
	selected := ""
	if o.list.Cursor < len(o.rows) {
		selected = o.rows[o.list.Cursor].id
	}
	o.rows = o.rows[:0]
	counts := event.CountArrivals(m.dels, m.registered(), m.counts)
	total := event.TotalArrivals(counts)
	o.expected, o.arrived = total.Expected, total.Arrived
	for _, a := range counts {
		o.rows = append(o.rows, ovRow{id: a.Delegation, expected: a.Expected, arrived: a.Arrived})
	}
	slices.SortStableFunc(o.rows, func(a, b ovRow) int {
		if ra, rb := a.ratio(), b.ratio(); ra != rb {
			if ra < rb {
				return -1
			}
			return 1
		}
		if a.expected-a.arrived != b.expected-b.arrived {
			return (b.expected - b.arrived) - (a.expected - a.arrived)
		}
		return strings.Compare(m.delName(a.id), m.delName(b.id))
	})
	o.list.SetLen(len(o.rows))
	for i, r := range o.rows {
		if r.id == selected {
			o.list.Select(i)
		}
	}
	o.members.SetLen(len(m.memberIdx[o.open]))
}

func (m *Model) totalsText() string {
	p := m.c.P
	missing := max(0, m.ov.expected-m.ov.arrived)
	if m.loaded && m.day != m.today() {
		return p.T(i18n.KeyCheckinTotalsOther, "date", p.Date(m.day.Date()), "arrived", m.ov.arrived, "expected", m.ov.expected, "missing", missing)
	}
	return p.T(i18n.KeyCheckinTotals, "arrived", m.ov.arrived, "expected", m.ov.expected, "missing", missing)
}

func (m *Model) overviewKey(msg tea.KeyPressMsg) tea.Cmd {
	m.ov.list.SetHeight(m.h - 3)
	if m.c.ListKey(msg, &m.ov.list) {
		return nil
	}
	k := m.keys
	switch {
	case key.Matches(msg, k.Members):
		if m.ov.list.Cursor < len(m.ov.rows) {
			m.showMembers(m.ov.rows[m.ov.list.Cursor].id)
		}
	case key.Matches(msg, k.RollKey):
		if m.ov.list.Cursor < len(m.ov.rows) {
			return m.startRollCall(m.ov.rows[m.ov.list.Cursor].id, overview)
		}
	case key.Matches(msg, k.WalkInKey):
		return m.startWalkIn(overview)
	case key.Matches(msg, k.Undo):
		return m.askUndoCmd()
	default:
		return m.typeToDesk(msg)
	}
	return nil
}

// typeToDesk opens the desk on a key that is no command, with the key
// in the input: a scan that starts on the overview is not lost.
func (m *Model) typeToDesk(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, m.keys.Focus) {
		m.screen = desk
		return nil
	}
	if msg.Text != "" && cleanText(msg.Text) != "" && msg.Text != " " {
		m.screen = desk
		m.d.input.insert(msg.Text)
		m.research()
	}
	return nil
}

func (m *Model) membersKey(msg tea.KeyPressMsg) tea.Cmd {
	m.ov.members.SetHeight(m.h - 3)
	if m.c.ListKey(msg, &m.ov.members) {
		return nil
	}
	switch {
	case key.Matches(msg, m.c.Keys.Back):
		m.screen = overview
	case key.Matches(msg, m.keys.RollKey):
		return m.startRollCall(m.ov.open, members)
	case key.Matches(msg, m.keys.Undo):
		return m.askUndoCmd()
	default:
		return m.typeToDesk(msg)
	}
	return nil
}

func (m *Model) overviewView() []string {
	c, s, p := m.c, m.c.Styles, m.c.P
	lines := make([]string, 0, m.h)
	lines = append(lines, s.Bold.Render(c.Fit(m.totalsText(), m.w)))
	lines = append(lines, s.Dim.Render(c.Fit(p.T(i18n.KeyCheckinOpenDesk), m.w)))
	need := 0
	for _, r := range m.ov.rows {
		need = max(need, c.CellWidth(m.delName(r.id)))
	}
	name, num, bar := overviewColumns(m.w, need)
	head := c.Fit(p.T(i18n.KeyCheckinColDelegation), name) + " " +
		c.FitRight(p.T(i18n.KeyCheckinColExpected), num) + " " +
		c.FitRight(p.T(i18n.KeyCheckinColCount), num) + " " +
		c.FitRight(p.T(i18n.KeyCheckinColMissing), num) + " " +
		c.Fit(p.T(i18n.KeyCheckinColProgress), bar)
	lines = append(lines, s.TableHeader.Render(c.Fit(head, m.w)))
	if len(m.ov.rows) == 0 {
		return append(lines, s.Dim.Render(c.Fit(p.T(i18n.KeyCheckinNoDelegations), m.w)))
	}
	l := m.ov.list
	l.Fit(m.h - 3)
	from, to := l.Visible()
	for i := from; i < to; i++ {
		r := m.ov.rows[i]
		text := c.Fit(m.delName(r.id), name) + " " +
			c.FitRight(strconv.Itoa(r.expected), num) + " " +
			c.FitRight(strconv.Itoa(r.arrived), num) + " " +
			c.FitRight(strconv.Itoa(max(0, r.expected-r.arrived)), num) + " "
		if i == l.Cursor {
			lines = append(lines, s.RowSelected.Render(text)+c.Bar(r.arrived, r.expected, bar))
		} else {
			lines = append(lines, text+c.Bar(r.arrived, r.expected, bar))
		}
	}
	if more := c.More(&l, m.w); more != "" {
		lines = append(lines, more)
	}
	return lines
}

// overviewColumns are the widths of the overview's name, number and bar
// columns for a row w cells wide whose longest delegation name needs
// nameNeed: the name gets what it needs of its share (textcell.Allot),
// the bar the rest up to 60 cells, so at 200 columns the name is not
// mostly blank.
func overviewColumns(w, nameNeed int) (name, num, bar int) {
	num = 8
	rest := w - 3*(num+1) - 1
	share := textcell.Allot(rest, []int{max(12, nameNeed), rest}, []int{3, 1})
	name = share[0]
	bar = min(60, rest-name-1)
	if bar < 6 {
		bar, num = 0, 5
		name = max(1, w-3*(num+1)-1)
	}
	return name, num, bar
}

func (m *Model) membersView() []string {
	c, s, p := m.c, m.c.Styles, m.c.P
	lines := make([]string, 0, m.h)
	idx := m.memberIdx[m.ov.open]
	a := m.arrivalCount(m.ov.open)
	lines = append(lines, s.Bold.Render(c.Fit(p.T(i18n.KeyCheckinMembersTitle, "delegation", m.delName(m.ov.open), "n", a.Arrived, "m", a.Expected, "missing", a.Missing()), m.w)))
	lines = append(lines, "")
	cols := m.resultColumns()
	lines = append(lines, s.TableHeader.Render(m.row(cols, "", p.T(i18n.KeyCheckinColName), p.T(i18n.KeyCheckinColLatin), p.T(i18n.KeyCheckinColDelegation), p.T(i18n.KeyCheckinColRole), p.T(i18n.KeyCheckinColArrived))))
	l := m.ov.members
	l.SetLen(len(idx))
	l.Fit(m.h - 3)
	from, to := l.Visible()
	for i := from; i < to; i++ {
		per := m.people[idx[i]]
		arr := m.arrivalText(per.ID)
		line := m.row(cols, "  ", per.Name, per.NameLatin, m.delName(per.Delegation), p.Role(per.Role), arr)
		switch {
		case i == l.Cursor:
			line = s.RowSelected.Render(line)
		case m.hasArrived(per.ID):
		default:
			line = s.Warning.Render(line)
		}
		lines = append(lines, line)
	}
	if more := c.More(&l, m.w); more != "" {
		lines = append(lines, more)
	}
	return lines
}

func (m *Model) hasArrived(id string) bool {
	_, ok := m.arrivals[id]
	return ok
}
