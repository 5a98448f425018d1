package venues

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/ui/common"
)

// change is a proposed change, judged before it is made: what it would
// break (introduced, found on after) and how to make it.
type change struct {
	introduced []event.Problem
	after      event.Plan
	commit     func() tea.Cmd
}

// refuse answers a desk, which may not change the programme; ok is false
// when the action may not start.
func (m *Model) refuse() (tea.Cmd, bool) {
	if !m.c.CanEditProgramme() {
		return common.Status(i18n.Say(i18n.KeyVenuesDeskRefused)), false
	}
	if m.view == nil {
		return nil, false
	}
	return nil, true
}

// withSession runs then on the selected session, or on one picked from
// the day's sessions when the venue list has the focus.
func (m *Model) withSession(then func(event.Session) tea.Cmd) tea.Cmd {
	if s, ok := m.selectedSession(); ok {
		return then(s)
	}
	items := make([]pickItem, 0, len(m.view.Sessions))
	for _, s := range m.view.Sessions {
		if s.State.Cancelled {
			continue
		}
		items = append(items, pickItem{id: s.ID, label: m.sessionLabel(s)})
	}
	cmd := m.openPicker(m.c.P.T(i18n.KeyVenuesPickSession), items, func(id string) tea.Cmd {
		return then(m.session(id))
	})
	if len(m.sessions) > 0 {
		m.pick.selectID(m.sessions[0].ID)
	}
	return cmd
}

func (m *Model) sessionLabel(s event.Session) string {
	return m.clock(s.EffectiveStart()) + "–" + m.clock(s.EffectiveEnd()) + "  " + m.c.P.SessionTitle(s) + "  · " + m.venueName(s.EffectiveVenue())
}

func (m *Model) startAssign() tea.Cmd {
	if cmd, ok := m.refuse(); !ok {
		return cmd
	}
	return m.withSession(func(s event.Session) tea.Cmd {
		items := make([]pickItem, 0, len(m.view.Delegations))
		for _, d := range m.view.Delegations {
			label := m.c.P.T(i18n.KeyVenuesDelegationCount, "delegation", m.c.P.DelegationName(d), "n", d.Expected)
			if a, ok := m.assignment(s.ID, d.ID); ok {
				label += "  [" + m.headcountText(a) + "]"
			}
			items = append(items, pickItem{id: d.ID, label: label})
		}
		return m.openPicker(m.c.P.T(i18n.KeyVenuesPickDelegation, "session", m.c.P.SessionTitle(s)), items, func(del string) tea.Cmd {
			return m.askHeadcount(s, del)
		})
	})
}

func (m *Model) askHeadcount(s event.Session, del string) tea.Cmd {
	d := m.delegation(del)
	m.mode = prompting
	m.input.Reset()
	m.ask(m.c.P.T(i18n.KeyVenuesHeadcountAsk, "delegation", m.c.P.DelegationName(d), "session", m.c.P.SessionTitle(s), "n", d.Expected))
	m.answer = func(text string) tea.Cmd {
		n := 0
		if t := strings.TrimSpace(text); t != "" {
			var err error
			if n, err = strconv.Atoi(t); err != nil || n < 1 {
				return common.Status(i18n.Say(i18n.KeyVenuesBadHeadcount))
			}
		}
		return m.assign(s, del, n)
	}
	return m.input.Focus()
}

// assign puts del into session s with headcount n (0: all of it). A
// delegation already there is replaced, and the old assignment goes into
// Remove so that undoing the entry puts it back.
func (m *Model) assign(s event.Session, del string, n int) tea.Cmd {
	put := event.Assignment{Session: s.ID, Delegation: del, Headcount: n}
	var remove []event.Assignment
	if old, ok := m.assignment(s.ID, del); ok {
		remove = append(remove, old)
	}
	c := journal.AssignChange{Remove: remove, Put: []event.Assignment{put}}
	text := i18n.Say(i18n.KeyVenuesDoneAssign, "delegation", m.delText(del), "n", m.plan.Headcount(put), "session", i18n.SessionText(s))
	return m.propose(m.plan.WithAssignments(remove, c.Put), func() tea.Cmd { return m.assignCmd(c, text) })
}

func (m *Model) startMove() tea.Cmd {
	if cmd, ok := m.refuse(); !ok {
		return cmd
	}
	return m.withSession(func(s event.Session) tea.Cmd {
		return m.pickAssigned(s, func(a event.Assignment) tea.Cmd {
			items := make([]pickItem, 0, len(m.view.Sessions))
			for _, t := range m.view.Sessions {
				if t.ID != s.ID && !t.State.Cancelled {
					items = append(items, pickItem{id: t.ID, label: m.sessionLabel(t)})
				}
			}
			return m.openPicker(m.c.P.T(i18n.KeyVenuesPickTarget, "delegation", m.delName(a.Delegation)), items, func(to string) tea.Cmd {
				return m.moveDelegation(a, m.session(to))
			})
		})
	})
}

// moveDelegation takes assignment a out of its session and puts the same
// headcount into to, in one entry.
func (m *Model) moveDelegation(a event.Assignment, to event.Session) tea.Cmd {
	remove := []event.Assignment{a}
	if old, ok := m.assignment(to.ID, a.Delegation); ok {
		remove = append(remove, old)
	}
	put := []event.Assignment{{Session: to.ID, Delegation: a.Delegation, Headcount: a.Headcount}}
	c := journal.AssignChange{Remove: remove, Put: put}
	text := i18n.Say(i18n.KeyVenuesDoneMove, "delegation", m.delText(a.Delegation), "from", i18n.SessionText(m.session(a.Session)), "to", i18n.SessionText(to))
	return m.propose(m.plan.WithAssignments(remove, put), func() tea.Cmd { return m.assignCmd(c, text) })
}

func (m *Model) startRemove() tea.Cmd {
	if cmd, ok := m.refuse(); !ok {
		return cmd
	}
	return m.withSession(func(s event.Session) tea.Cmd {
		return m.pickAssigned(s, func(a event.Assignment) tea.Cmd {
			c := journal.AssignChange{Remove: []event.Assignment{a}}
			text := i18n.Say(i18n.KeyVenuesDoneRemove, "delegation", m.delText(a.Delegation), "session", i18n.SessionText(s))
			return m.propose(m.plan.WithAssignments(c.Remove, nil), func() tea.Cmd { return m.assignCmd(c, text) })
		})
	})
}

// pickAssigned lets the coordinator choose one of the delegations
// assigned to s.
func (m *Model) pickAssigned(s event.Session, then func(event.Assignment) tea.Cmd) tea.Cmd {
	as := m.assignments(s.ID)
	if len(as) == 0 {
		return common.Status(i18n.Say(i18n.KeyVenuesNothingToMove, "session", i18n.SessionText(s)))
	}
	items := make([]pickItem, len(as))
	for i, a := range as {
		items[i] = pickItem{id: a.Delegation, label: m.delName(a.Delegation) + "  [" + m.headcountText(a) + "]"}
	}
	return m.openPicker(m.c.P.T(i18n.KeyVenuesPickAssigned, "session", m.c.P.SessionTitle(s)), items, func(del string) tea.Cmd {
		a, _ := m.assignment(s.ID, del)
		return then(a)
	})
}

func (m *Model) startOutage() tea.Cmd {
	if cmd, ok := m.refuse(); !ok {
		return cmd
	}
	v := m.selectedVenue()
	if v.ID == "" {
		return common.Status(i18n.Say(i18n.KeyVenuesNoVenue))
	}
	m.mode = prompting
	m.input.Reset()
	m.ask(m.c.P.T(i18n.KeyVenuesOutageAsk, "venue", m.c.P.VenueName(v)))
	m.answer = func(text string) tea.Cmd {
		o, ok := m.parseWindow(v.ID, text)
		if !ok {
			return common.Status(i18n.Say(i18n.KeyVenuesBadWindow))
		}
		done := i18n.Say(i18n.KeyVenuesDoneOutage, "venue", i18n.VenueText(v), "from", m.clock(o.From), "to", m.clock(o.To))
		return m.propose(m.plan.WithOutage(o), func() tea.Cmd { return m.outageCmd(o, false, done) })
	}
	return m.input.Focus()
}

// parseWindow reads "HH:MM-HH:MM reason" on the day shown.
func (m *Model) parseWindow(venue, text string) (event.Outage, bool) {
	text = strings.TrimSpace(text)
	span, reason, _ := strings.Cut(text, " ")
	from, to, ok := strings.Cut(span, "-")
	if !ok {
		from, to, ok = strings.Cut(span, "–")
	}
	if !ok {
		return event.Outage{}, false
	}
	loc := m.loc()
	f, err1 := event.ParseClock(m.view.Day, strings.TrimSpace(from), loc)
	t, err2 := event.ParseClock(m.view.Day, strings.TrimSpace(to), loc)
	if err1 != nil || err2 != nil || !t.After(f) {
		return event.Outage{}, false
	}
	return event.Outage{ID: fmt.Sprintf("%s-%d", venue, f.Unix()), Venue: venue, From: f, To: t, Reason: strings.TrimSpace(reason)}, true
}

func (m *Model) startLift() tea.Cmd {
	if cmd, ok := m.refuse(); !ok {
		return cmd
	}
	v := m.selectedVenue()
	os := m.venueOutages(v.ID)
	if len(os) == 0 {
		return common.Status(i18n.Say(i18n.KeyVenuesNoOutage, "venue", i18n.VenueText(v)))
	}
	items := make([]pickItem, len(os))
	for i, o := range os {
		items[i] = pickItem{id: o.ID, label: m.outageText(o)}
	}
	return m.openPicker(m.c.P.T(i18n.KeyVenuesPickOutage, "venue", m.c.P.VenueName(v)), items, func(id string) tea.Cmd {
		i := slices.IndexFunc(os, func(o event.Outage) bool { return o.ID == id })
		o := os[i]
		done := i18n.Say(i18n.KeyVenuesDoneLift, "venue", i18n.VenueText(v), "from", m.clock(o.From), "to", m.clock(o.To))
		// Lifting an outage takes a flag away; it cannot add a problem.
		return m.outageCmd(o, true, done)
	})
}

// propose judges a change on the plan as it would be after it: with no
// new problem it is made at once, otherwise it waits for an explicit y.
func (m *Model) propose(after event.Plan, commit func() tea.Cmd) tea.Cmd {
	intro := breaks(m.problems, event.DetectProblems(after))
	if len(intro) == 0 {
		m.warning, m.wentAhead = nil, nil
		return commit()
	}
	m.pending = &change{introduced: intro, after: after, commit: commit}
	m.mode = confirming
	return nil
}

// breaks is what a change would break: the problems of after that are
// new, leaving out a session already over capacity that gets no fuller.
// event.Introduced tells over-capacity problems apart by the delegations
// in the room, so taking a delegation out of a session whose own
// expected attendance still overflows would otherwise count as new.
func breaks(before, after []event.Problem) []event.Problem {
	worst := map[string]int{}
	for _, p := range before {
		if p.Kind == event.ProblemOverCapacity && len(p.Sessions) == 1 {
			worst[p.Sessions[0]] = max(worst[p.Sessions[0]], p.Need)
		}
	}
	var out []event.Problem
	for _, p := range event.Introduced(before, after) {
		if p.Kind == event.ProblemOverCapacity && len(p.Sessions) == 1 {
			if need, ok := worst[p.Sessions[0]]; ok && p.Need <= need {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

func (m *Model) confirmKey(msg tea.KeyPressMsg) tea.Cmd {
	p := m.pending
	switch {
	case key.Matches(msg, m.keys.Confirm):
		m.mode, m.pending = browsing, nil
		// Shown once the store says it is saved, not before.
		first, after, loc := p.introduced[0], p.after, m.loc()
		m.wentAhead = i18n.SayN(i18n.KeyVenuesWentAhead, len(p.introduced), "problem", i18n.Text(func(p i18n.Printer) string { return p.Problem(first, after, loc) }))
		return p.commit()
	case key.Matches(msg, m.c.Keys.Back), msg.String() == "n":
		m.mode, m.pending = browsing, nil
		return common.Status(i18n.Say(i18n.KeyVenuesCancelledFlow))
	}
	// Any other key leaves the question open: nothing goes ahead by accident.
	return nil
}

func (m *Model) assignCmd(c journal.AssignChange, text i18n.Text) tea.Cmd {
	s := m.c.Store
	return m.c.Save(i18n.Say(i18n.KeyActionAssign), func() (common.SavedMsg, error) {
		e, err := s.ChangeAssignments(c)
		return common.SavedMsg{Entry: e, Text: text}, err
	})
}

func (m *Model) outageCmd(o event.Outage, lift bool, text i18n.Text) tea.Cmd {
	s := m.c.Store
	return m.c.Save(i18n.Say(i18n.KeyActionOutage), func() (common.SavedMsg, error) {
		e, err := s.SetOutage(o, lift)
		return common.SavedMsg{Entry: e, Text: text}, err
	})
}

// Lookups in the day read.

func (m *Model) session(id string) event.Session {
	for _, s := range m.view.Sessions {
		if s.ID == id {
			return s
		}
	}
	return event.Session{ID: id, Title: id}
}

func (m *Model) delegation(id string) event.Delegation {
	if d, ok := m.plan.Delegations[id]; ok {
		return d
	}
	return event.Delegation{ID: id, Name: id}
}

func (m *Model) delName(id string) string { return m.c.P.DelegationName(m.delegation(id)) }

// delText is delName worded when drawn (for the status line).
func (m *Model) delText(id string) i18n.Text { return i18n.DelegationText(m.delegation(id)) }

func (m *Model) venueName(id string) string {
	if v, ok := m.plan.Venues[id]; ok {
		return m.c.P.VenueName(v)
	}
	return id
}

func (m *Model) assignment(session, del string) (event.Assignment, bool) {
	for _, a := range m.view.Assignments {
		if a.Session == session && a.Delegation == del {
			return a, true
		}
	}
	return event.Assignment{}, false
}

// assignments of a session, by delegation name.
func (m *Model) assignments(session string) []event.Assignment {
	var out []event.Assignment
	for _, a := range m.view.Assignments {
		if a.Session == session {
			out = append(out, a)
		}
	}
	slices.SortFunc(out, func(a, b event.Assignment) int {
		return strings.Compare(m.delName(a.Delegation), m.delName(b.Delegation))
	})
	return out
}

func (m *Model) headcountText(a event.Assignment) string {
	return strings.TrimSpace(m.c.P.T(i18n.KeyVenuesDelegationCount, "delegation", "", "n", m.plan.Headcount(a)))
}

func (m *Model) loc() *time.Location { return m.c.Location() }

func (m *Model) clock(t time.Time) string { return m.c.P.Clock(t.In(m.loc())) }

func (m *Model) outageText(o event.Outage) string {
	to := "…" // an outage with no end lasts until further notice
	if !o.To.IsZero() {
		to = m.clock(o.To)
	}
	if o.Reason != "" {
		return m.c.P.T(i18n.KeyVenuesOutageReason, "from", m.clock(o.From), "to", to, "reason", o.Reason)
	}
	return m.c.P.T(i18n.KeyVenuesOutOfSvc, "from", m.clock(o.From), "to", to)
}
