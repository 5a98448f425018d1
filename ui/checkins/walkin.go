package checkins

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/internal/search"
	"caecw/store"
	"caecw/ui/common"
)

// walkInState is the form for a person who is not on the lists: name,
// delegation picked from a filterable list, role. The badge is the code
// that was scanned, if any.
type walkInState struct {
	badge     string
	name      field
	delFilter field
	dels      []int // delegations matching the filter, into Model.dels
	delCur    common.ListCursor
	role      int // into event.Roles
	focus     int // 0 name, 1 delegation, 2 role
	errText   i18n.Text
	back      screen
}

// field returns the text field with the focus, or nil on the role.
func (w *walkInState) field() *field {
	switch w.focus {
	case 0:
		return &w.name
	case 1:
		return &w.delFilter
	}
	return nil
}

// walkedInMsg is the store's answer to a walk-in and its check-in.
type walkedInMsg struct {
	person event.Person
	res    store.CheckInResult
	err    error
}

func (m *Model) startWalkIn(back screen) tea.Cmd {
	m.wi = walkInState{back: back, role: roleIndex(event.RoleGuest)}
	if m.d.confirm != nil && m.d.confirm.kind == confirmError {
		m.wi.badge = m.d.unknown
	}
	m.wi.refilter(m)
	m.screen = walkIn
	return nil
}

func roleIndex(r event.Role) int {
	for i, x := range event.Roles {
		if x == r {
			return i
		}
	}
	return 0
}

// refilter keeps the delegations whose code or name (either language,
// diacritics ignored) contains the filter.
func (w *walkInState) refilter(m *Model) {
	q := strings.TrimSpace(search.Fold(w.delFilter.value))
	w.dels = w.dels[:0]
	for i, d := range m.dels {
		if q == "" || strings.Contains(search.Fold(d.ID+" "+d.Country+" "+d.Name+" "+d.NameZh), q) {
			w.dels = append(w.dels, i)
		}
	}
	w.delCur.SetLen(len(w.dels))
}

func (m *Model) walkInKey(msg tea.KeyPressMsg) tea.Cmd {
	k, w := m.keys, &m.wi
	switch {
	case msg.String() == "esc":
		m.screen = w.back
	case key.Matches(msg, k.NextField):
		w.focus = (w.focus + 1) % 3
	case key.Matches(msg, k.PrevField):
		w.focus = (w.focus + 2) % 3
	case key.Matches(msg, k.CheckIn):
		if w.focus < 2 {
			w.focus++
			return nil
		}
		return m.submitWalkIn()
	case key.Matches(msg, k.SelUp):
		if w.focus == 1 {
			w.delCur.Move(-1)
		}
	case key.Matches(msg, k.SelDown):
		if w.focus == 1 {
			w.delCur.Move(1)
		}
	case key.Matches(msg, k.Left):
		if w.focus == 2 {
			w.role = (w.role + len(event.Roles) - 1) % len(event.Roles)
		}
	case key.Matches(msg, k.Right):
		if w.focus == 2 {
			w.role = (w.role + 1) % len(event.Roles)
		}
	case key.Matches(msg, k.Backspace):
		w.field().backspace()
		w.refilter(m)
	case key.Matches(msg, k.Clear):
		w.field().clear()
		w.refilter(m)
	default:
		if msg.Text != "" {
			w.field().insert(msg.Text)
			w.refilter(m)
		}
	}
	return nil
}

func (m *Model) submitWalkIn() tea.Cmd {
	w := &m.wi
	name := strings.TrimSpace(w.name.value)
	if name == "" {
		w.errText, w.focus = i18n.Say(i18n.KeyWalkinNameNeeded), 0
		return nil
	}
	if len(w.dels) == 0 {
		w.errText, w.focus = i18n.Say(i18n.KeyWalkinDelNeeded), 1
		return nil
	}
	per := event.Person{
		Name:       name,
		Badge:      w.badge,
		Delegation: m.dels[w.dels[w.delCur.Cursor]].ID,
		Role:       event.Roles[w.role],
	}
	m.screen = desk
	s := m.c.Store
	return m.privately(func() tea.Msg {
		e, err := s.WalkIn(per)
		if err != nil {
			return walkedInMsg{err: err}
		}
		var wi journal.WalkIn
		if err := e.Decode(&wi); err != nil {
			return walkedInMsg{err: err}
		}
		res, err := s.CheckIn(wi.Person.ID)
		return walkedInMsg{person: wi.Person, res: res, err: err}
	})
}

func (m *Model) walkedIn(msg walkedInMsg) tea.Cmd {
	if msg.err != nil {
		m.d.confirm = &confirmation{kind: confirmError, lines: []i18n.Text{mark("✗ ", i18n.Say(i18n.KeyErrorPrefix, "err", msg.err.Error()))}}
		return msgCmd(common.ErrMsg{Action: i18n.Say(i18n.KeyActionWalkin), Err: msg.err})
	}
	m.addPerson(msg.person)
	m.noteArrival(msg.res.Arrival, msg.person.Delegation, msg.res.Arrived)
	text := i18n.Say(i18n.KeyWalkinDone, "name", msg.person.Name, "delegation", i18n.DelegationText(msg.res.Delegation))
	m.d.confirm = m.okConfirm(msg.res, mark("✓ ", text))
	m.d.unknown = ""
	return tea.Batch(msgCmd(common.SavedMsg{Entry: msg.res.Entry, Text: text}), msgCmd(common.ReloadMsg{People: true}))
}

func (m *Model) walkInView() []string {
	c, s, p := m.c, m.c.Styles, m.c.P
	w := &m.wi
	lines := make([]string, 0, m.h)
	lines = append(lines, s.PaneTitle.Render(c.Fit(p.T(i18n.KeyWalkinTitle), m.w)))
	label := func(i int, k i18n.Key) string {
		mark := "  "
		if w.focus == i {
			mark = "› "
		}
		return mark + c.Fit(p.T(k), 14) + " "
	}
	room := max(1, m.w-17)
	badge := w.badge
	if badge == "" {
		badge = p.T(i18n.KeyWalkinBadgeAuto)
	}
	lines = append(lines, "  "+c.Fit(p.T(i18n.KeyWalkinBadge), 14)+" "+c.Fit(badge, room))
	nameText := w.name.value
	if w.focus == 0 {
		nameText = tail(c, nameText, room-1) + "█"
	}
	lines = append(lines, label(0, i18n.KeyWalkinName)+c.Fit(nameText, room))
	filter := w.delFilter.value
	if w.focus == 1 {
		filter = tail(c, filter, room-1) + "█"
	}
	lines = append(lines, label(1, i18n.KeyWalkinDelegation)+c.Fit(filter, room))
	roleLine := ""
	for i, r := range event.Roles {
		if i == w.role {
			roleLine += "[" + p.Role(r) + "] "
		} else {
			roleLine += " " + p.Role(r) + "  "
		}
	}
	lines = append(lines, label(2, i18n.KeyWalkinRole)+c.Fit(roleLine, room))
	if w.errText != nil {
		lines = append(lines, s.Danger.Render(c.Fit(w.errText(p), m.w)))
	} else {
		lines = append(lines, s.Dim.Render(c.Fit(p.T(i18n.KeyWalkinHelp), m.w)))
	}
	if len(w.dels) == 0 {
		return append(lines, s.Dim.Render(c.Fit(p.T(i18n.KeyWalkinNoDel), m.w)))
	}
	l := w.delCur
	l.Fit(m.h - len(lines))
	from, to := l.Visible()
	for i := from; i < to; i++ {
		d := m.dels[w.dels[i]]
		text := c.Fit("    "+p.DelegationName(d)+"  ("+d.ID+")", m.w)
		if i == l.Cursor {
			text = s.RowSelected.Render(c.Fit("  › "+p.DelegationName(d)+"  ("+d.ID+")", m.w))
		}
		lines = append(lines, text)
	}
	if more := c.More(&l, m.w); more != "" {
		lines = append(lines, more)
	}
	return lines
}
