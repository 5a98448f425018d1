package checkins

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"caecw/internal/i18n"
	"caecw/store"
	"caecw/ui/common"
)

// rollCallState is the roll-call of a delegation that arrives by coach:
// its members still missing today, to tick and check in at once.
type rollCallState struct {
	del  string
	cand []int  // people, into Model.people
	sel  []bool // ticked, by cand
	cur  common.ListCursor
	back screen
}

// rollCalledMsg reports a roll-call: one durable check-in per person.
type rollCalledMsg struct {
	del     string
	results []store.CheckInResult
	failed  int
	err     error
}

// startRollCallFromDesk calls the roll of the selected result's
// delegation (type a delegation's name or "th:" to list it).
func (m *Model) startRollCallFromDesk() tea.Cmd {
	if len(m.d.results) == 0 {
		return common.Status(i18n.Say(i18n.KeyRollcallNoDel))
	}
	per, ok := m.person(m.d.results[m.d.sel.Cursor].ID)
	if !ok {
		return nil
	}
	return m.startRollCall(per.Delegation, desk)
}

func (m *Model) startRollCall(del string, back screen) tea.Cmd {
	if m.memberIdx == nil || !m.showsToday() {
		return common.Status(i18n.Say(i18n.KeyCheckinIndexing))
	}
	rc := rollCallState{del: del, back: back}
	for _, i := range m.memberIdx[del] {
		if !m.hasArrived(m.people[i].ID) {
			rc.cand = append(rc.cand, i)
		}
	}
	if len(rc.cand) == 0 {
		return common.Status(i18n.Say(i18n.KeyRollcallNone, "delegation", m.delName(del)))
	}
	rc.sel = make([]bool, len(rc.cand))
	rc.cur.SetLen(len(rc.cand))
	m.rc = rc
	m.screen = rollCall
	return nil
}

func (m *Model) rollCallKey(msg tea.KeyPressMsg) tea.Cmd {
	k, r := m.keys, &m.rc
	r.cur.SetHeight(m.h - 3)
	switch {
	case msg.String() == "esc":
		m.screen = r.back
	case key.Matches(msg, k.SelUp), key.Matches(msg, m.c.Keys.Up):
		r.cur.Move(-1)
	case key.Matches(msg, k.SelDown), key.Matches(msg, m.c.Keys.Down):
		r.cur.Move(1)
	case key.Matches(msg, m.c.Keys.PageUp):
		r.cur.Move(-r.cur.H)
	case key.Matches(msg, m.c.Keys.PageDown):
		r.cur.Move(r.cur.H)
	case key.Matches(msg, k.Toggle):
		if r.cur.Cursor < len(r.sel) {
			r.sel[r.cur.Cursor] = !r.sel[r.cur.Cursor]
			r.cur.Move(1)
		}
	case key.Matches(msg, k.All):
		all := !slices.Contains(r.sel, false)
		for i := range r.sel {
			r.sel[i] = !all
		}
	case key.Matches(msg, k.CheckIn):
		return m.commitRollCall()
	}
	return nil
}

// commitRollCall checks in the ticked members, one store call each, so
// each is durable and one failure does not lose the others.
func (m *Model) commitRollCall() tea.Cmd {
	var ids []string
	for i, on := range m.rc.sel {
		if on {
			ids = append(ids, m.people[m.rc.cand[i]].ID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	m.screen = m.rc.back
	s, del := m.c.Store, m.rc.del
	return m.privately(func() tea.Msg {
		msg := rollCalledMsg{del: del}
		for _, id := range ids {
			res, err := s.CheckIn(id)
			if err != nil {
				msg.failed++
				msg.err = err
				continue
			}
			msg.results = append(msg.results, res)
		}
		return msg
	})
}

func (m *Model) rollCalled(msg rollCalledMsg) tea.Cmd {
	done, already := 0, 0
	var last store.CheckInResult
	for _, res := range msg.results {
		m.noteArrival(res.Arrival, res.Person.Delegation, res.Arrived)
		if res.Already {
			already++
		} else {
			done++
			last = res
		}
	}
	text := i18n.SayN(i18n.KeyRollcallDone, done, "delegation", m.delText(msg.del))
	if already > 0 || msg.failed > 0 {
		text = i18n.Say(i18n.KeyRollcallPartial, "n", done, "k", already, "e", msg.failed)
	}
	if done > 0 {
		m.d.confirm = m.okConfirm(last, mark("✓ ", text))
	}
	var cmds []tea.Cmd
	if msg.err != nil {
		cmds = append(cmds, msgCmd(common.ErrMsg{Action: i18n.Say(i18n.KeyActionCheckin), Err: msg.err}))
	}
	if done > 0 {
		cmds = append(cmds, msgCmd(common.SavedMsg{Entry: last.Entry, Text: text}))
	} else {
		cmds = append(cmds, common.Status(text))
	}
	return tea.Batch(cmds...)
}

func (m *Model) rollCallView() []string {
	c, s, p := m.c, m.c.Styles, m.c.P
	r := &m.rc
	n := 0
	for _, on := range r.sel {
		if on {
			n++
		}
	}
	lines := make([]string, 0, m.h)
	lines = append(lines, s.PaneTitle.Render(c.Fit(p.T(i18n.KeyRollcallTitle, "delegation", m.delName(r.del), "n", len(r.cand), "k", n), m.w)))
	lines = append(lines, s.Dim.Render(c.Fit(p.T(i18n.KeyRollcallHelp), m.w)))
	// A 4-cell tick box where the desk has a 2-cell marker.
	cols := m.columnsFor(m.w - 2)
	cols[0] = 4
	lines = append(lines, s.TableHeader.Render(m.row(cols, "", p.T(i18n.KeyCheckinColName), p.T(i18n.KeyCheckinColLatin), p.T(i18n.KeyCheckinColDelegation), p.T(i18n.KeyCheckinColRole), p.T(i18n.KeyCheckinColArrived))))
	l := r.cur
	l.Fit(m.h - 3)
	from, to := l.Visible()
	for i := from; i < to; i++ {
		per := m.people[r.cand[i]]
		mark := "[ ] "
		if r.sel[i] {
			mark = "[x] "
		}
		line := m.row(cols, mark, per.Name, per.NameLatin, m.delName(per.Delegation), p.Role(per.Role), m.arrivalText(per.ID))
		if i == l.Cursor {
			line = s.RowSelected.Render(line)
		}
		lines = append(lines, line)
	}
	if more := c.More(&l, m.w); more != "" {
		lines = append(lines, more)
	}
	return lines
}
