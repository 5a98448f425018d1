package sessions

import (
	"sort"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/search"
	"caecw/ui/common"
)

// pickerRows is how many venues the picker lists at once.
const pickerRows = 8

// venuePicker is the filterable list a move starts with: the coordinator
// picks a venue by name, never types an id. Its first choice keeps the
// session where it is, for a change of time alone.
type venuePicker struct {
	all   []event.Venue // "keep" first (empty ID), then by name
	fold  []string
	shown []int
	list  common.ListCursor
	keep  string // the session's venue now
}

func (v *venuePicker) open(m *Model, s event.Session) {
	v.keep = s.EffectiveVenue()
	v.all = v.all[:0]
	v.all = append(v.all, event.Venue{})
	for _, x := range m.view.Venues {
		if x.ID != v.keep {
			v.all = append(v.all, x)
		}
	}
	p := m.c.P
	rest := v.all[1:]
	sort.SliceStable(rest, func(i, j int) bool { return p.VenueName(rest[i]) < p.VenueName(rest[j]) })
	v.fold = make([]string, len(v.all))
	for i, x := range v.all {
		if i > 0 {
			v.fold[i] = search.Fold(strings.Join([]string{x.Name, x.NameZh, x.Site, x.SiteZh, x.ID}, "\x00"))
		}
	}
	v.list.SetHeight(pickerRows)
	v.apply("")
}

// apply filters the venues by q; the "keep" choice shows only while
// nothing is typed.
func (v *venuePicker) apply(q string) {
	q = search.Fold(strings.TrimSpace(q))
	v.shown = v.shown[:0]
	for i := range v.all {
		if (i == 0 && q == "") || (i > 0 && strings.Contains(v.fold[i], q)) {
			v.shown = append(v.shown, i)
		}
	}
	v.list.SetLen(len(v.shown))
	v.list.Select(0)
}

// chosen is the venue under the cursor: "" keeps the current one.
func (v *venuePicker) chosen() (string, bool) {
	if len(v.shown) == 0 {
		return "", false
	}
	return v.all[v.shown[v.list.Cursor]].ID, true
}

func (m *Model) pickerKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	switch {
	case key.Matches(msg, k.Back):
		m.closePrompt()
		return nil
	case key.Matches(msg, k.FieldUp):
		m.picker.list.Move(-1)
		return nil
	case key.Matches(msg, k.FieldDown):
		m.picker.list.Move(1)
		return nil
	case key.Matches(msg, k.Open):
		id, ok := m.picker.chosen()
		if !ok {
			return nil
		}
		s, ok := m.session(m.target)
		if !ok {
			m.closePrompt()
			return nil
		}
		m.moveTo = id
		now := s.EffectiveStart().In(m.loc()).Format("15:04")
		m.prompt(askTime, m.c.P.T(i18n.KeySessionMoveTimePrompt, "title", m.c.P.SessionTitle(s), "time", now), now, "")
		m.focus()
		return nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	m.afterInput()
	return cmd
}

// pickerLines draws the venue choices at width w, as plain text, and
// which line is the selected one (-1 for none): the box they go in styles
// each line whole, and a style inside would be cut out as a control
// sequence, which left the selection invisible.
func (m *Model) pickerLines(w int) ([]string, int) {
	c, p := m.c, m.c.P
	selected := -1
	v := &m.picker
	out := make([]string, 0, pickerRows)
	v.list.Fit(pickerRows)
	from, to := v.list.Visible()
	capW := 6
	siteW := max(0, min(40, (w-capW-2)/3))
	nameW := max(1, w-capW-siteW-2)
	for r := from; r < to; r++ {
		x := v.all[v.shown[r]]
		var line string
		if x.ID == "" {
			line = c.Fit(p.T(i18n.KeySessionMoveKeepVenue, "venue", m.venueName(v.keep)), w)
		} else {
			line = c.Fit(p.VenueName(x), nameW) + " " + c.Fit(p.Site(x), siteW) + " " + c.FitRight(strconv.Itoa(x.Capacity), capW)
		}
		if r == v.list.Cursor {
			selected = len(out)
		}
		out = append(out, line)
	}
	if more := c.More(&v.list, w); more != "" {
		out = append(out, more)
	}
	for len(out) < pickerRows {
		out = append(out, c.Fit("", w))
	}
	return out, selected
}
