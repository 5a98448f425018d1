package sessions

import (
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"caecw/internal/event"
	"caecw/internal/search"
	"caecw/store"
	"caecw/ui/common"
)

// cells is a session's text as listed, worked out once per read of the
// day (and per language) so that a frame only pads the visible rows.
type cells struct {
	time, title, venue, kind, people string
	// titleCut and venueCut are title and venue cut for width fitW so
	// that no two rows of the day look alike (textcell.Distinct).
	titleCut, venueCut string
	fold               string
	// left and right are the row's fixed cells padded for width fitW
	// measured by fitBy, kept so that scrolling or a tick re-pads only the
	// status.
	left, right string
	fitW        int
	fitBy       common.CellMethod
}

// load takes a fresh read of the day. The first read of a day opens on
// the session running now (or the next one); later reads keep the
// selection on the same session.
func (m *Model) load(v *store.DayView) tea.Cmd {
	newDay := m.view == nil || v.Day != m.day
	m.view, m.day = v, v.Day
	m.index = make(map[string]int, len(v.Sessions))
	for i, s := range v.Sessions {
		m.index[s.ID] = i
	}
	m.venues = make(map[string]event.Venue, len(v.Venues))
	for _, x := range v.Venues {
		m.venues[x.ID] = x
	}
	m.judge()
	m.rebuild()
	switch {
	case m.want != "":
		id := m.want
		m.want = ""
		return m.show(id)
	case newDay:
		// Another day: its sessions are others, so the pane closes.
		m.detail = false
		m.selectNow()
	default:
		if !m.selectID(m.selected) {
			m.remember()
		}
	}
	return nil
}

// tick follows the clock: statuses every second, problems every minute
// (they depend on the time only through who has arrived for a running
// session).
func (m *Model) tick(now time.Time) {
	m.now = now
	if m.view == nil {
		return
	}
	if now.Unix()/60 != m.minute {
		m.judge()
		return
	}
	m.statuses = event.Statuses(m.view.Sessions, now)
}

// judge works out statuses, problems and headcounts at m.now.
func (m *Model) judge() {
	v := m.view
	m.minute = m.now.Unix() / 60
	m.statuses = event.Statuses(v.Sessions, m.now)
	m.plan = v.Plan(m.now)
	m.problems = event.DetectProblems(m.plan)
	m.issues = make([][]int, len(v.Sessions))
	for pi, p := range m.problems {
		for _, id := range p.Sessions {
			if i, ok := m.index[id]; ok {
				m.issues[i] = append(m.issues[i], pi)
			}
		}
	}
	m.counts = m.plan.SessionCounts()
}

// rebuild recomputes the listed texts (after a read or a language switch)
// and the filter.
func (m *Model) rebuild() {
	if m.view == nil {
		return
	}
	p, loc := m.c.P, m.loc()
	m.cells = make([]cells, len(m.view.Sessions))
	m.cutW, m.titleNeed = -1, -1
	for i, s := range m.view.Sessions {
		v := m.venues[s.EffectiveVenue()]
		venue := p.VenueName(v)
		if v.ID == "" {
			venue = s.EffectiveVenue()
		}
		c := cells{
			time:   s.EffectiveStart().In(loc).Format("15:04") + "-" + s.EffectiveEnd().In(loc).Format("15:04"),
			title:  p.SessionTitle(s),
			venue:  venue,
			kind:   p.Kind(s.Kind),
			people: m.peopleText(i),
		}
		m.cells[i] = c
	}
	m.applyFilter()
}

// peopleText is "assigned/capacity" (event.SessionCount), or the
// assigned headcount alone when the venue's capacity is unknown. A session
// nobody is assigned to shows 0: the programme's expected attendance is
// in the detail, not in a column named after the assigned.
func (m *Model) peopleText(i int) string {
	c := m.counts[i]
	if c.Capacity <= 0 {
		return strconv.Itoa(c.Assigned)
	}
	return strconv.Itoa(c.Assigned) + "/" + strconv.Itoa(c.Capacity)
}

// applyFilter keeps the sessions whose title, venue, kind or host holds
// the filter, accent- and case-insensitively.
func (m *Model) applyFilter() {
	if m.view == nil {
		return
	}
	q := search.Fold(strings.TrimSpace(m.filter))
	m.rows = m.rows[:0]
	for i, s := range m.view.Sessions {
		if q == "" {
			m.rows = append(m.rows, i)
			continue
		}
		x := &m.cells[i]
		if x.fold == "" {
			// Folded on the first filter after a read, not on every read:
			// folding is most of the cost of building the rows.
			v := m.venues[s.EffectiveVenue()]
			x.fold = search.Fold(strings.Join([]string{s.Title, s.TitleZh, x.venue, v.Name, v.NameZh, string(s.Kind), x.kind, s.Host, s.HostZh}, "\x00"))
		}
		if strings.Contains(x.fold, q) {
			m.rows = append(m.rows, i)
		}
	}
	m.list.SetLen(len(m.rows))
	if !m.selectID(m.selected) {
		m.remember()
	}
}

// selectID puts the cursor on session id if it is listed.
func (m *Model) selectID(id string) bool {
	i, ok := m.index[id]
	if !ok {
		return false
	}
	for r, x := range m.rows {
		if x == i {
			m.list.Select(r)
			m.selected = id
			return true
		}
	}
	return false
}

// selectNow puts the cursor on the session running now, else the next
// one, else the last that is done, scrolled into the middle of the list.
func (m *Model) selectNow() {
	best, rank := -1, 0
	for r, i := range m.rows {
		k := 0
		switch m.statuses[i].Phase {
		case event.PhaseNow, event.PhaseOverrunning:
			k = 3
		case event.PhaseNext:
			k = 2
		case event.PhaseDelayed, event.PhaseUpcoming:
			k = 1
		}
		if k > rank {
			best, rank = r, k
		}
	}
	if best < 0 {
		best = len(m.rows) - 1
	}
	m.list.Select(max(0, best))
	m.remember()
}

func (m *Model) loc() *time.Location { return m.c.Location() }
