package checkins

import (
	"strings"

	"charm.land/lipgloss/v2"

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
	kind  confirmKind
	lines []string
}

// confirmLines is how many text lines a box holds; boxes are always this
// tall so the results below never jump.
const confirmLines = 4

func (m *Model) okConfirm(res store.CheckInResult, first string) *confirmation {
	p := m.c.P
	if first == "" {
		first = p.T(i18n.KeyCheckinConfirmOK, "time", p.Clock(res.Arrival.At.In(m.loc())))
	}
	c := &confirmation{kind: confirmOK, lines: []string{
		first,
		personName(p, res.Person),
		p.DelegationName(res.Delegation) + " · " + p.Role(res.Person.Role),
		p.T(i18n.KeyCheckinProgress, "delegation", p.DelegationName(res.Delegation), "n", res.Arrived, "m", res.Expected),
	}}
	if !res.ClosedAt.IsZero() {
		// On the first line: the box holds confirmLines lines.
		c.lines[0] += " · " + p.T(i18n.KeyCheckinLateAddition, "time", p.Clock(res.ClosedAt.In(m.loc())))
	}
	return c
}

func (m *Model) alreadyConfirm(res store.CheckInResult) *confirmation {
	p := m.c.P
	return &confirmation{kind: confirmWarn, lines: []string{
		p.T(i18n.KeyCheckinConfirmWarn),
		personName(p, res.Person),
		p.T(i18n.KeyCheckinAlready, "name", res.Person.Name, "time", p.Clock(res.Arrival.At.In(m.loc())), "desk", res.Arrival.Desk),
		p.DelegationName(res.Delegation) + " · " + p.Role(res.Person.Role),
	}}
}

func (m *Model) unknownConfirm(code string) *confirmation {
	p := m.c.P
	return &confirmation{kind: confirmError, lines: []string{
		"✗ " + p.T(i18n.KeyCheckinUnknownBadge, "code", code),
		p.T(i18n.KeyWalkinPrompt, "code", code),
		p.T(i18n.KeyCheckinWalkinHint, "code", code),
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
	copy(lines, cf.lines)
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
