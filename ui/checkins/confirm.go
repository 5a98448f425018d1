package checkins

import (
	"strings"

	"charm.land/lipgloss/v2"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/store"
)

// confirmKind picks the box style: done, already done, failed.
type confirmKind int

const (
	confirmOK confirmKind = iota
	confirmWarn
	confirmError
)

// confirmation is the big box the desk shows for the last answer.
type confirmation struct {
	kind confirmKind
	// lines are worded when drawn, so that L (F2) rewords a confirmation
	// already on screen.
	lines []i18n.Text
}

// confirmLines is how many text lines a box holds; boxes are always this
// tall so the results below never jump.
const confirmLines = 4

func (m *Model) okConfirm(res store.CheckInResult, first i18n.Text) *confirmation {
	p := m.c.P
	if first == nil {
		first = i18n.Say(i18n.KeyCheckinConfirmOK, "time", p.Clock(res.Arrival.At.In(m.loc())))
	}
	c := &confirmation{kind: confirmOK, lines: []i18n.Text{
		first,
		personText(res.Person),
		delegationRole(res.Delegation, res.Person.Role),
		i18n.Say(i18n.KeyCheckinProgress, "delegation", i18n.DelegationText(res.Delegation), "n", res.Arrived, "m", res.Expected),
	}}
	if !res.ClosedAt.IsZero() {
		// On the first line: the box holds confirmLines lines.
		late := i18n.Say(i18n.KeyCheckinLateAddition, "time", p.Clock(res.ClosedAt.In(m.loc())))
		c.lines[0] = func(p i18n.Printer) string { return first(p) + " · " + late(p) }
	}
	return c
}

// delegationRole is "delegation · role", worded when drawn.
func delegationRole(d event.Delegation, r event.Role) i18n.Text {
	return func(p i18n.Printer) string { return p.DelegationName(d) + " · " + p.Role(r) }
}

// mark puts a sign before a line: "✓ ", "✗ ", "↶ ".
func mark(sign string, t i18n.Text) i18n.Text {
	return func(p i18n.Printer) string { return sign + t(p) }
}

func (m *Model) alreadyConfirm(res store.CheckInResult) *confirmation {
	p := m.c.P
	return &confirmation{kind: confirmWarn, lines: []i18n.Text{
		i18n.Say(i18n.KeyCheckinConfirmWarn),
		personText(res.Person),
		i18n.Say(i18n.KeyCheckinAlready, "name", res.Person.Name, "time", p.Clock(res.Arrival.At.In(m.loc())), "desk", res.Arrival.Desk),
		delegationRole(res.Delegation, res.Person.Role),
	}}
}

func (m *Model) unknownConfirm(code string) *confirmation {
	return &confirmation{kind: confirmError, lines: []i18n.Text{
		mark("✗ ", i18n.Say(i18n.KeyCheckinUnknownBadge, "code", code)),
		i18n.Say(i18n.KeyWalkinPrompt, "code", code),
		i18n.Say(i18n.KeyCheckinWalkinHint, "code", code),
	}}
}

// confirmBox draws the confirmation w cells wide, confirmLines+2 tall.
func (m *Model) confirmBox(cf *confirmation, w int) []string {
	s := m.c.Styles
	style := s.Confirm
	switch cf.kind {
	case confirmWarn:
		style = s.ConfirmWarn
	case confirmError:
		style = s.ConfirmError
	}
	lines := make([]string, confirmLines)
	for i, l := range cf.lines[:min(len(cf.lines), confirmLines)] {
		lines[i] = l(m.c.P)
	}
	return m.box(style, lines, w, 2, true)
}

// box draws lines in style's border, w cells wide. The border is drawn
// here, not by lipgloss, because lipgloss pads by grapheme width and a
// Khmer or Burmese name would push the right edge out of line; the cells
// are fitted by the screen's own width method instead.
func (m *Model) box(style lipgloss.Style, lines []string, w, pad int, bold bool) []string {
	c := m.c
	if w < 2+2*pad+1 {
		out := make([]string, 0, len(lines))
		for _, l := range lines {
			out = append(out, c.Fit(l, max(0, w)))
		}
		return out
	}
	b := style.GetBorderStyle()
	edge := c.Styles.Bold.Foreground(style.GetBorderTopForeground())
	inner := w - 2 - 2*pad
	padding := strings.Repeat(" ", pad)
	out := make([]string, 0, len(lines)+2)
	out = append(out, edge.Render(b.TopLeft+strings.Repeat(b.Top, w-2)+b.TopRight))
	for _, l := range lines {
		text := c.Fit(l, inner)
		if bold {
			text = c.Styles.Bold.Render(text)
		}
		out = append(out, edge.Render(b.Left)+padding+text+padding+edge.Render(b.Right))
	}
	out = append(out, edge.Render(b.BottomLeft+strings.Repeat(b.Bottom, w-2)+b.BottomRight))
	return out
}
