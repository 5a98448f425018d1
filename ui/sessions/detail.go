package sessions

import (
	"strings"

	"charm.land/lipgloss/v2"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/store"
)

// pane is the detail pane of the session shown, w x h.
func (m *Model) pane(w, h int) []string {
	s := m.c.Styles
	sess, ok := m.session(m.detailID)
	if !ok {
		return m.box("", nil, w, h, 0, &s.Dim, false)
	}
	content := m.detailLines(sess, w-4)
	// Keep the scroll within the content so pgup answers at once.
	m.paneScroll = max(0, min(m.paneScroll, len(content)-(h-2)))
	return m.box(m.c.P.SessionTitle(sess), content, w, h, m.paneScroll, &s.Dim, false)
}

// detailLines is everything about one session, wrapped to w. Problems
// and today's changes come before the delegations, which can run to
// thirty lines: a warning must not hide below the fold.
func (m *Model) detailLines(sess event.Session, w int) []styled {
	s, p, loc := m.c.Styles, m.c.P, m.loc()
	i := m.index[sess.ID]
	var out []styled
	add := func(st *lipgloss.Style, text string) {
		for _, l := range m.c.Wrap(text, w, "  ") {
			out = append(out, styled{l, st})
		}
	}
	zh := p.Lang() == i18n.ZH
	title := p.SessionTitle(sess)
	if m.c.CellWidth(title) > w-2 {
		// The frame's top line cut the title short: give it whole.
		add(&s.Bold, title)
	}
	// Both forms of the title: coordinators of either language name the
	// session to each other, and to guests, by the other's.
	if other := sess.TitleIn(!zh); other != "" && other != title {
		add(&s.Dim, other)
	}
	add(&s.Row, p.T(i18n.KeySessionDetailStatus, "status", p.Status(m.statuses[i]), "kind", p.Kind(sess.Kind)))
	planned := sess.Start.In(loc).Format("15:04") + "-" + sess.End.In(loc).Format("15:04")
	effective := m.cells[i].time
	if planned == effective {
		add(&s.Row, p.T(i18n.KeySessionDetailTimesSame, "planned", planned))
	} else {
		add(&s.PhaseDelayed, p.T(i18n.KeySessionDetailTimes, "planned", planned, "effective", effective))
	}
	v := m.venues[sess.EffectiveVenue()]
	add(&s.Row, p.T(i18n.KeySessionDetailVenue, "venue", m.venueName(sess.EffectiveVenue()), "site", p.Site(v), "capacity", v.Capacity))
	if sess.Moved() {
		add(&s.PhaseDelayed, p.T(i18n.KeySessionDetailPlannedAt, "venue", m.venueName(sess.Venue)))
	}
	if sess.Expected > 0 {
		add(&s.Row, p.T(i18n.KeySessionDetailExpected, "n", sess.Expected))
	}
	if host := p.Host(sess); host != "" {
		add(&s.Row, p.T(i18n.KeySessionDetailHost, "host", host))
	}
	if sess.State.Note != "" {
		add(&s.Bold, p.T(i18n.KeySessionDetailNote, "note", sess.State.Note))
	}

	if len(m.issues[i]) > 0 {
		out = append(out, styled{"", &s.Row})
		add(&s.Warning, p.T(i18n.KeySessionDetailProblems))
		for _, pi := range m.issues[i] {
			add(&s.Warning, "! "+p.Problem(m.problems[pi], m.plan, loc))
		}
	}

	out = append(out, styled{"", &s.Row})
	add(&s.PaneTitle, p.T(i18n.KeySessionDetailJournal))
	switch {
	case m.journalFor != sess.ID:
		add(&s.Dim, p.T(i18n.KeySessionDetailReading))
	case len(m.journal) == 0:
		add(&s.Dim, p.T(i18n.KeySessionDetailNoJournal))
	}
	if m.journalFor == sess.ID {
		for _, e := range m.journal {
			st := &s.Row
			text := p.T(i18n.KeySessionDetailEntry, "time", e.At.In(loc).Format("15:04"), "action", m.actionName(e.Kind),
				"operator", e.Operator, "desk", e.Desk, "details", m.entryDetails(e))
			text = strings.TrimSpace(text) // no details: no trailing gap
			if e.UndoneBy != "" {
				text = "[" + p.T(i18n.KeyLogUndone) + "] " + text
				st = &s.Dim
			}
			add(st, text)
		}
		if e, ok, _ := m.lastChange(sess); ok && m.c.CanEditProgramme() {
			add(&s.Dim, p.T(i18n.KeySessionDetailUndoHint, "action", m.actionName(e.Kind), "time", e.At.In(loc).Format("15:04")))
		}
	}
	out = append(out, styled{"", &s.Row})
	var dels []event.Assignment
	for _, a := range m.view.Assignments {
		if a.Session == sess.ID {
			dels = append(dels, a)
		}
	}
	if len(dels) == 0 {
		add(&s.Dim, p.T(i18n.KeySessionDetailNoDelegs))
	} else {
		add(&s.PaneTitle, p.T(i18n.KeySessionDetailDelegs, "people", m.counts[i].Assigned, "present", m.counts[i].Present, "capacity", m.counts[i].Capacity))
		for _, a := range dels {
			d := m.plan.Delegations[a.Delegation]
			name := p.DelegationName(d)
			if d.ID == "" {
				name = a.Delegation
			}
			n := m.plan.Headcount(a)
			add(&s.Row, "  "+p.T(i18n.KeySessionDetailDelegLine, "delegation", name, "arrived", m.view.Counts[a.Delegation], "headcount", n))
		}
	}

	return out
}

func (m *Model) actionName(k journal.Kind) string { return m.c.P.Action(k) }

// entryDetails says what a session change did (i18n.EntryDetails, the
// Log tab's wording).
func (m *Model) entryDetails(le store.LogEntry) string {
	var undid *journal.Entry
	var u journal.Undo
	if le.Kind == journal.KindUndo && le.Decode(&u) == nil {
		for i := range m.journal {
			if m.journal[i].ID == u.Target {
				undid = &m.journal[i].Entry
			}
		}
	}
	return m.c.P.EntryDetails(le.Entry, undid, sessionNames{m}, m.loc())
}

// sessionNames looks up the names a session change refers to.
type sessionNames struct{ m *Model }

func (sessionNames) PersonName(string) string { return "" }
func (n sessionNames) SessionTitle(id string) string {
	if s, ok := n.m.session(id); ok {
		return n.m.c.P.SessionTitle(s)
	}
	return ""
}
func (n sessionNames) VenueName(id string) string {
	if _, ok := n.m.venues[id]; !ok {
		return ""
	}
	return n.m.venueName(id)
}
func (n sessionNames) DelegationName(id string) string {
	if d, ok := n.m.plan.Delegations[id]; ok {
		return n.m.c.P.DelegationName(d)
	}
	return ""
}
