package checkins

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/search"
	"caecw/internal/textcell"
	"caecw/ui/chart"
	"caecw/ui/common"
)

// overviewState is the coordinator's list of delegations and the member
// list of one of them.
type overviewState struct {
	// rows are the delegations shown: those the filter keeps, sorted.
	rows []ovRow
	list common.ListCursor
	// open is the delegation whose members are listed, in order (the
	// missing first), recounted with the arrivals, not every frame.
	open    string
	order   []int
	members common.ListCursor
	// totals over every delegation, whatever the filter.
	expected, arrived int

	// The filter: typed after `/`, kept after enter until esc.
	filter    textinput.Model
	filtering bool
	query     string
	sort      sortOrder

	// The arrivals chart, drawn from pace; hidden by c; chartDesk is
	// the desk it counts (0 all, i the i-th of desks).
	chartOff  bool
	chartDesk int
	desks     []string
	pace      event.Pace
	paceStale bool
}

// sortOrder is how the overview orders the delegations; o cycles.
type sortOrder int

const (
	byLeastArrived sortOrder = iota
	byName
	byCountry
	sortOrders
)

func (o sortOrder) word() i18n.Key {
	switch o {
	case byName:
		return i18n.KeyCheckinSortName
	case byCountry:
		return i18n.KeyCheckinSortCountry
	}
	return i18n.KeyCheckinSortLeast
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

// rebuildOverview recounts, refilters and resorts the delegations. The
// selected delegation stays selected, by id, and on the same screen line
// while it can: arrivals move the other rows around it, never the row
// under the cursor away.
func (m *Model) rebuildOverview() {
	o := &m.ov
	selected, line := "", 0
	if o.list.Cursor < len(o.rows) {
		selected, line = o.rows[o.list.Cursor].id, o.list.Cursor-o.list.Offset
	}
	o.rows = o.rows[:0]
	counts := event.CountArrivals(m.dels, m.registered(), m.counts)
	total := event.TotalArrivals(counts)
	o.expected, o.arrived = total.Expected, total.Arrived
	q := foldQuery(o.query)
	for i, a := range counts {
		if q.empty() || q.in(m.delegationText(m.dels[i])) {
			o.rows = append(o.rows, ovRow{id: a.Delegation, expected: a.Expected, arrived: a.Arrived})
		}
	}
	m.sortRows()
	o.list.SetLen(len(o.rows))
	o.list.Fit(m.listHeight()) // as drawn: a line kept for "↓ N more"
	for i, r := range o.rows {
		if r.id == selected {
			o.list.Cursor, o.list.Offset = i, i-line
			o.list.SetLen(len(o.rows))
		}
	}
	o.members.SetLen(len(m.memberIdx[o.open]))
	if o.open != "" {
		o.order = m.missingFirst(o.open)
	}
	m.repace()
}

// relist rebuilds the list after the person changed its order or filter:
// the selection stays on its delegation, but the list shows from its top
// when the selection is on the first page (a new order is read from the
// top), else with the selection in the middle.
func (m *Model) relist() {
	m.rebuildOverview()
	l := &m.ov.list
	l.Offset = 0
	l.Select(l.Cursor)
}

// sortRows orders the rows by the sort in force; ties go by name, so
// the order is the same on every desk.
func (m *Model) sortRows() {
	names := make(map[string]string, len(m.ov.rows))
	for _, r := range m.ov.rows {
		names[r.id] = m.delName(r.id)
	}
	byNames := func(a, b ovRow) int {
		if c := m.collate.CompareString(names[a.id], names[b.id]); c != 0 {
			return c
		}
		return strings.Compare(a.id, b.id)
	}
	var cmp func(a, b ovRow) int
	switch m.ov.sort {
	case byName:
		cmp = byNames
	case byCountry:
		cmp = func(a, b ovRow) int {
			if c := strings.Compare(m.country(a.id), m.country(b.id)); c != 0 {
				return c
			}
			return byNames(a, b)
		}
	default:
		cmp = func(a, b ovRow) int {
			if ra, rb := a.ratio(), b.ratio(); ra != rb {
				if ra < rb {
					return -1
				}
				return 1
			}
			if a.expected-a.arrived != b.expected-b.arrived {
				return (b.expected - b.arrived) - (a.expected - a.arrived)
			}
			return byNames(a, b)
		}
	}
	slices.SortStableFunc(m.ov.rows, cmp)
}

// country is delegation id's country code.
func (m *Model) country(id string) string {
	if i, ok := m.delByID[id]; ok {
		return m.dels[i].Country
	}
	return ""
}

// delegationText is what the overview's filter looks in: the code, both
// names, the country and the head in both forms, with the names of each
// head registered, so a name in any script or without accents finds it.
func (m *Model) delegationText(d event.Delegation) string {
	parts := []string{d.ID, d.Name, d.NameZh, d.Country, d.Head, d.HeadZh}
	for _, i := range m.memberIdx[d.ID] {
		if p := m.people[i]; p.Role == event.RoleHead {
			parts = append(parts, p.Name, p.NameLatin)
		}
	}
	return strings.Join(parts, "\x00")
}

// query is a folded filter (search.Fold, as the desk's name search and
// every other tab's filter fold): it matches text that holds it, or holds
// it once spaces are left out of both ("vietnam" finds "Viet Nam").
type query struct{ q, tight string }

func foldQuery(s string) query {
	q := search.Fold(strings.TrimSpace(s))
	return query{q: q, tight: strings.ReplaceAll(q, " ", "")}
}

func (q query) empty() bool { return q.q == "" }

func (q query) in(text string) bool {
	f := search.Fold(text)
	return strings.Contains(f, q.q) || strings.Contains(strings.ReplaceAll(f, " ", ""), q.tight)
}

// repace recounts the arrivals chart when it is shown. Away from the
// overview (a desk scanning) it only notes that the chart is stale: the
// count goes over every arrival of the day, 2.5 ms at 25,000.
func (m *Model) repace() {
	o := &m.ov
	if o.chartOff || !m.loaded {
		return
	}
	if m.screen != overview {
		o.paceStale = true
		return
	}
	o.paceStale = false
	o.desks = event.PaceDesks(maps.Values(m.arrivals), m.day)
	if o.chartDesk > len(o.desks) {
		o.chartDesk = 0
	}
	desk := ""
	if o.chartDesk > 0 {
		desk = o.desks[o.chartDesk-1]
	}
	o.pace = event.PaceOf(m.arrivals, m.day, m.loc(), desk, m.c.Now())
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
	if m.ov.filtering {
		return m.filterKey(msg)
	}
	m.ov.list.Fit(m.listHeight())
	if m.c.ListKey(msg, &m.ov.list) {
		return nil
	}
	k := m.keys
	switch {
	case key.Matches(msg, k.Members):
		m.openSelected()
	case key.Matches(msg, m.c.Keys.Filter):
		m.ov.filtering = true
		m.ov.filter.SetValue(m.ov.query)
		m.ov.filter.CursorEnd()
		_ = m.ov.filter.Focus() // a steady cursor: no blink command
	case key.Matches(msg, m.c.Keys.Back):
		if m.ov.query != "" {
			m.ov.query = ""
			m.relist()
		}
	case key.Matches(msg, k.Sort):
		m.ov.sort = (m.ov.sort + 1) % sortOrders
		m.relist()
	case key.Matches(msg, k.Chart):
		m.ov.chartOff = !m.ov.chartOff
		m.rebuildOverview()
	case key.Matches(msg, k.ChartDesk):
		if !m.ov.chartOff {
			m.ov.chartDesk = (m.ov.chartDesk + 1) % (len(m.ov.desks) + 1)
			m.repace()
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

// filterKey takes a key typed into the overview's filter. Each change
// of the text selects the first match, so enter opens it: the first
// delegation listed, not the row the cursor had before.
func (m *Model) filterKey(msg tea.KeyPressMsg) tea.Cmd {
	o := &m.ov
	out, cmd := m.c.FilterKey(&o.filter, msg)
	switch out {
	case common.FilterCleared:
		o.filtering, o.query = false, ""
		m.relist()
	case common.FilterKept:
		o.filtering = false
		m.openSelected()
	case common.FilterUp:
		o.list.Move(-1)
	case common.FilterDown:
		o.list.Move(1)
	case common.FilterTyped:
		m.filterChanged()
	}
	return cmd
}

// filterChanged follows the filter's text: the matches, the first
// selected.
func (m *Model) filterChanged() {
	o := &m.ov
	if v := o.filter.Value(); v != o.query {
		o.query = v
		m.rebuildOverview()
		o.list.Select(0)
	}
}

// openSelected opens the selected delegation's members.
func (m *Model) openSelected() {
	if m.ov.list.Cursor < len(m.ov.rows) {
		m.showMembers(m.ov.rows[m.ov.list.Cursor].id)
	}
}

// chartRows is the height of the arrivals chart's columns, 0 when the
// chart is hidden or the screen too small to spare its lines.
func (m *Model) chartRows() int {
	switch {
	case m.ov.chartOff || m.h < 18 || m.w < 40:
		return 0
	case m.h >= 36:
		return 4
	}
	return 2
}

// overviewChrome is the overview's lines above the rows: totals, the
// sort or filter line, the chart with its title and axis, the header.
func (m *Model) overviewChrome() int {
	n := 3
	if r := m.chartRows(); r > 0 {
		n += r + 2
	}
	return n
}

// listHeight is how many delegations the overview shows at once.
func (m *Model) listHeight() int { return m.h - m.overviewChrome() }

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
	lines = append(lines, m.overviewLine())
	lines = append(lines, m.chartLines()...)
	need := 0
	for _, r := range m.ov.rows {
		need = max(need, c.CellWidth(m.delName(r.id)))
	}
	// The country code takes 5 cells while the bar keeps room.
	ctry := 5
	name, num, bar := overviewColumns(m.w-ctry, need)
	if bar == 0 {
		ctry = 0
		name, num, bar = overviewColumns(m.w, need)
	}
	head := c.Fit(p.T(i18n.KeyCheckinColCountry), ctry) + c.Fit(p.T(i18n.KeyCheckinColDelegation), name) + " " +
		c.FitRight(p.T(i18n.KeyCheckinColExpected), num) + " " +
		c.FitRight(p.T(i18n.KeyCheckinColCount), num) + " " +
		c.FitRight(p.T(i18n.KeyCheckinColMissing), num) + " " +
		c.Fit(p.T(i18n.KeyCheckinColProgress), bar)
	lines = append(lines, s.TableHeader.Render(c.Fit(head, m.w)))
	if len(m.ov.rows) == 0 {
		empty := p.T(i18n.KeyCheckinNoDelegations)
		if len(m.dels) > 0 {
			empty = p.T(i18n.KeyCheckinNoDelMatch, "query", m.ov.query)
		}
		return append(lines, s.Dim.Render(c.Fit(empty, m.w)))
	}
	l := m.ov.list
	l.Fit(m.listHeight())
	from, to := l.Visible()
	for i := from; i < to; i++ {
		r := m.ov.rows[i]
		text := c.Fit(m.country(r.id), ctry) + c.Fit(m.delName(r.id), name) + " " +
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

// overviewLine is the filter being typed, or the filter kept, or the
// sort in force with the keys that find and check in.
func (m *Model) overviewLine() string {
	c, s, p, o := m.c, m.c.Styles, m.c.P, &m.ov
	sort := p.T(o.sort.word())
	switch {
	case o.filtering:
		prompt := p.T(i18n.KeyCheckinFilterPrompt)
		if !strings.HasSuffix(prompt, "：") {
			prompt += " " // a full-width colon has its own space
		}
		room := max(1, m.w-c.CellWidth(prompt)-1)
		return s.Bold.Render(prompt) + tail(c, o.filter.Value(), room) + "█"
	case o.query != "":
		return s.Dim.Render(c.Fit(p.T(i18n.KeyCheckinFilterShown, "n", len(o.rows), "m", len(m.dels), "query", o.query, "sort", sort), m.w))
	}
	return s.Dim.Render(c.Fit(p.T(i18n.KeyCheckinOverviewLine, "sort", sort), m.w))
}

// chartLines draws the day's arrivals per quarter hour: a title, the
// columns and an axis of hours, every line m.w cells; none when the
// chart is hidden or does not fit.
func (m *Model) chartLines() []string {
	rows := m.chartRows()
	if rows == 0 {
		return nil
	}
	c, s, p, pc := m.c, m.c.Styles, m.c.P, m.ov.pace
	who := p.T(i18n.KeyCheckinChartAll)
	if d := m.ov.chartDesk; d > 0 && d <= len(m.ov.desks) {
		who = p.T(i18n.KeyCheckinChartDesk, "desk", m.ov.desks[d-1])
	}
	slot, peak := pc.Peak()
	title := p.T(i18n.KeyCheckinChartNone, "who", who)
	if slot >= 0 {
		title = p.T(i18n.KeyCheckinChartTitle, "who", who, "n", pc.Total(), "peak", peak, "time", p.Clock(pc.SlotStart(slot).In(m.loc())))
	}
	lines := []string{s.Dim.Render(c.Fit(title, m.w))}
	gutter := chart.Gutter(peak)
	counts, begun, first := pc.Counts, pc.Elapsed, 0
	room := m.w - gutter
	if len(counts) > room {
		// Too narrow for the whole day: the latest slots that fit.
		first = len(counts) - room
		counts, begun = counts[first:], max(0, begun-first)
	}
	per := 1
	if len(counts) > 0 {
		per = max(1, min(4, room/len(counts)))
	}
	for i, col := range chart.Columns(counts, rows, per) {
		label := ""
		if i == 0 && peak > 0 {
			label = strconv.Itoa(peak)
		}
		lines = append(lines, c.FitRight(label, gutter-1)+" "+s.BarFull.Render(c.Fit(col, room)))
	}
	hours := func(i int) string {
		t := pc.SlotStart(first + i).In(m.loc())
		if t.Minute() != 0 {
			return ""
		}
		if per*4 >= 6 {
			return t.Format("15:04")
		}
		return t.Format("15")
	}
	lines = append(lines, s.Dim.Render(strings.Repeat(" ", gutter)+chart.Axis(len(counts), per, room, begun, hours)))
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
	idx := m.ov.order
	if len(idx) != len(m.memberIdx[m.ov.open]) {
		idx = m.missingFirst(m.ov.open) // a walk-in joined since the last count
	}
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

// missingFirst is delegation id's members, those not arrived first, each
// part in the order of their Latin names: whom to look for is on top.
func (m *Model) missingFirst(id string) []int {
	idx := m.memberIdx[id]
	out := make([]int, 0, len(idx))
	for _, i := range idx {
		if !m.hasArrived(m.people[i].ID) {
			out = append(out, i)
		}
	}
	for _, i := range idx {
		if m.hasArrived(m.people[i].ID) {
			out = append(out, i)
		}
	}
	return out
}

func (m *Model) hasArrived(id string) bool {
	_, ok := m.arrivals[id]
	return ok
}
