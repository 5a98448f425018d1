package common

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"caecw/internal/i18n"
)

// ListCursor keeps a selection and a scroll offset over n rows of which h
// are visible, so a tab renders only the rows on screen however long
// the list is.
type ListCursor struct {
	Cursor, Offset int
	N, H           int
}

// SetLen sets the number of rows, keeping the selection in range.
func (l *ListCursor) SetLen(n int) {
	l.N = n
	l.clamp()
}

// SetHeight sets the number of visible rows.
func (l *ListCursor) SetHeight(h int) {
	l.H = max(1, h)
	l.clamp()
}

// Move moves the selection by d rows.
func (l *ListCursor) Move(d int) {
	l.Cursor += d
	l.clamp()
}

// Select moves the selection to row i and scrolls it into view,
// centred when it was out of view (opening on "now").
func (l *ListCursor) Select(i int) {
	l.Cursor = i
	if l.Cursor < l.Offset || l.Cursor >= l.Offset+l.H {
		l.Offset = l.Cursor - l.H/2
	}
	l.clamp()
}

// Fit sets the visible height for a list drawn into h lines: all rows
// when they fit, else one line fewer, kept for [Common.More], so that a
// list always says that it goes on.
func (l *ListCursor) Fit(h int) {
	if l.N > h && h > 1 {
		h--
	}
	l.SetHeight(h)
}

// Hidden is how many rows are above and below the visible ones.
func (l *ListCursor) Hidden() (above, below int) {
	from, to := l.Visible()
	return from, max(0, l.N-to)
}

// More is the line under a list that does not show all its rows, w cells
// wide: "↑ 3 more  ↓ 12 more" in the screen's language; "" when every row
// shows. Draw it after the rows of a list sized with [ListCursor.Fit].
func (c *Common) More(l *ListCursor, w int) string {
	text := c.MoreText(l.Hidden())
	if text == "" {
		return ""
	}
	return c.Styles.Dim.Render(c.Fit(text, w))
}

// MoreText says how many lines are above and below what shows, "" when
// none are: the words of [Common.More], for a pane that draws them itself
// (in its border, say).
func (c *Common) MoreText(above, below int) string {
	var parts []string
	if above > 0 {
		parts = append(parts, c.P.N(i18n.KeyListAbove, above))
	}
	if below > 0 {
		parts = append(parts, c.P.N(i18n.KeyListBelow, below))
	}
	return strings.Join(parts, "  ")
}

// Visible is the half-open range of rows to draw.
func (l *ListCursor) Visible() (from, to int) {
	return l.Offset, min(l.N, l.Offset+l.H)
}

func (l *ListCursor) clamp() {
	if l.H < 1 {
		l.H = 1
	}
	l.Cursor = max(0, min(l.Cursor, l.N-1))
	if l.Cursor < l.Offset {
		l.Offset = l.Cursor
	}
	if l.Cursor >= l.Offset+l.H {
		l.Offset = l.Cursor - l.H + 1
	}
	l.Offset = max(0, min(l.Offset, l.N-l.H))
}

// ListKey moves l by the shared navigation keys (up, down, page up and
// down by the visible height, first, last) and reports whether msg was
// one of them, so a tab handles the rest itself.
func (c *Common) ListKey(msg tea.KeyPressMsg, l *ListCursor) bool {
	k := c.Keys
	switch {
	case key.Matches(msg, k.Up):
		l.Move(-1)
	case key.Matches(msg, k.Down):
		l.Move(1)
	case key.Matches(msg, k.PageUp):
		l.Move(-max(1, l.H))
	case key.Matches(msg, k.PageDown):
		l.Move(max(1, l.H))
	case key.Matches(msg, k.Home):
		l.Select(0)
	case key.Matches(msg, k.End):
		l.Select(l.N - 1)
	default:
		return false
	}
	return true
}
