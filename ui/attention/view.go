package attention

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"

	"caecw/internal/event"
	"caecw/internal/i18n"
)

// detailRows is the least room under the list for the selected item: a
// rule, the fix, and three delegations short; rows the list does not
// need go to more delegations.
const detailRows = 5

// listRows is how many items fit: two lines each under the title.
func (m *Model) listRows() int { return max(1, (m.h-1-detailRows)/2) }

// ShortHelp is the panel's keys for the help line.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	open := k.Open
	open.SetHelp("enter", m.c.P.T(i18n.KeyHelpAttentionJump))
	back := k.Back
	back.SetHelp("esc/!", m.c.P.T(i18n.KeyHelpAttentionClose))
	// Up and down go without saying; close must stay in sight.
	return []key.Binding{open, m.Keys.Fix, m.Keys.Widen, back}
}

// Header is the count for the header line, styled: critical items stand
// out. Empty when nothing needs attention.
func (m *Model) Header() string {
	n, critical := m.Counts()
	if n == 0 {
		return ""
	}
	p, s := m.c.P, m.c.Styles
	if critical > 0 {
		return s.Danger.Render(p.N(i18n.KeyAttentionHeaderCritical, n, "critical", critical))
	}
	return s.Warning.Render(p.N(i18n.KeyAttentionHeader, n))
}

// View renders the panel in exactly the body area.
func (m *Model) View() string {
	if m.w <= 0 || m.h <= 0 {
		return ""
	}
	c, s, p := m.c, m.c.Styles, m.c.P
	window := p.Duration(m.Window())
	title := p.T(i18n.KeyAttentionTitle, "window", window)
	if n := len(m.items); n > 0 {
		title += " (" + strconv.Itoa(n) + ")"
	}
	lines := []string{s.PaneTitle.Render(c.Fit(title, m.w))}
	switch {
	case !m.ready:
		lines = append(lines, c.Fit(p.T(i18n.KeyAttentionNoDay), m.w))
	case len(m.items) == 0:
		lines = append(lines, s.OK.Render(c.Fit(p.T(i18n.KeyAttentionNone, "window", window), m.w)))
	default:
		rows := m.listRows()
		if len(m.items) > rows {
			// Keep a line to say how many more there are.
			rows = max(1, (m.h-2-detailRows)/2)
		}
		m.list.SetHeight(rows)
		from, to := m.list.Visible()
		for i := from; i < to; i++ {
			lines = append(lines, m.itemLines(i)...)
		}
		if more := c.More(&m.list, m.w); more != "" {
			lines = append(lines, more)
		}
		// The detail follows the items, so it stays in sight of the
		// selection on a tall screen; the rows below go to delegations.
		lines = append(lines, m.detail(m.h-len(lines))...)
	}
	for len(lines) < m.h {
		lines = append(lines, "")
	}
	return strings.Join(lines[:m.h], "\n")
}

// itemLines is one item in two lines: when, how bad, the kind and where;
// then what, in a sentence.
func (m *Model) itemLines(i int) []string {
	c, s, p := m.c, m.c.Styles, m.c.P
	it := m.items[i]
	mark := "  "
	if i == m.list.Cursor {
		mark = "▸ "
	}
	sev := s.Warning
	if it.Severity == event.SeverityCritical {
		sev = s.Danger
	}
	when := p.AttentionWhen(it, c.Location())
	label := p.Severity(it.Severity)
	kind := p.AttentionKind(it.Kind)
	where := ""
	if it.Venue != "" {
		where = " · " + m.venueName(it.Venue)
	}
	room := m.w - c.CellWidth(mark)
	head := c.Fit(when, 22) + " " + c.Fit(label, 7) + " " + kind + where
	line1 := mark + c.Fit(head, room)
	line2 := "    " + c.Fit(p.Attention(it, m.plan), max(0, m.w-4))
	if i == m.list.Cursor {
		return []string{sev.Inherit(s.RowSelected).Render(line1), s.RowSelected.Render(line2)}
	}
	return []string{sev.Render(line1), line2}
}

// detail is the selected item's numbers and its fix in at most rows
// lines: the delegations short that do not fit are counted on the last.
func (m *Model) detail(rows int) []string {
	c, s, p := m.c, m.c.Styles, m.c.P
	it, ok := m.Selected()
	if !ok {
		return nil
	}
	rule := s.Dim.Render(strings.Repeat("─", m.w))
	fix := p.T(i18n.KeyAttentionFixLine, "fix", p.AttentionFix(it)) + "  (f)"
	out := []string{rule, s.Bold.Render(c.Fit(fix, m.w))}
	room := rows - len(out)
	for i, sf := range it.Shortfalls {
		if i == room-1 && len(it.Shortfalls) > room {
			out = append(out, s.Dim.Render(c.Fit("  "+p.N(i18n.KeyAttentionMore, len(it.Shortfalls)-i), m.w)))
			break
		}
		out = append(out, c.Fit("  "+p.AttentionShortfall(sf, m.plan), m.w))
	}
	return out
}

func (m *Model) venueName(id string) string {
	if v, ok := m.plan.Venues[id]; ok {
		return m.c.P.VenueName(v)
	}
	return id
}
