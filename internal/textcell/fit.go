package textcell

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Ellipsis marks text that was cut.
const Ellipsis = "…"

// Truncate shortens s to at most w cells counted by m, cutting only between
// grapheme clusters and ending with [Ellipsis] when it cuts. s is sanitized
// first (see [Sanitize]) because a control character in a cell would move
// the cursor and break the column anyway. If w is narrower than the
// ellipsis, the result holds only what fits, without it.
func Truncate(m Method, s string, w int) string {
	s = Sanitize(s)
	if w <= 0 {
		return ""
	}
	if Width(m, s) <= w {
		return s
	}
	clusters := prefixClusters(m, s)
	tail := Ellipsis
	room := w - Width(m, tail)
	if room < 0 {
		tail, room = "", w
	}
	n := fitting(clusters, room)
	out := s[:clusters[n].off] + tail
	// Clusters are measured one at a time; joined to the tail they could in
	// principle segment differently (a Prepend mark before "…"), so check the
	// whole and drop more clusters until it fits.
	for n > 0 && Width(m, out) > w {
		n--
		out = s[:clusters[n].off] + tail
	}
	if Width(m, out) > w {
		return ""
	}
	return out
}

// Pad appends spaces to s until it is w cells wide counted by m. It never
// shortens s: text wider than w comes back unchanged (use [Fit] for a
// column).
func Pad(m Method, s string, w int) string {
	if gap := w - Width(m, s); gap > 0 {
		return s + strings.Repeat(" ", gap)
	}
	return s
}

// PadLeft puts spaces before s until it is w cells wide counted by m, to
// right-align numbers. Like [Pad] it never shortens s.
func PadLeft(m Method, s string, w int) string {
	if gap := w - Width(m, s); gap > 0 {
		return strings.Repeat(" ", gap) + s
	}
	return s
}

// Fit returns s truncated (see [Truncate]) and padded on the right so that it
// is exactly w cells wide counted by m, for a left-aligned table cell. A
// negative w is treated as 0.
func Fit(m Method, s string, w int) string {
	return fit(m, s, w, Pad)
}

// FitLeft is [Fit] aligned right: spaces go before the text. It suits
// number columns.
func FitLeft(m Method, s string, w int) string {
	return fit(m, s, w, PadLeft)
}

func fit(m Method, s string, w int, pad func(Method, string, int) string) string {
	if w <= 0 {
		return ""
	}
	t := Truncate(m, s, w)
	out := pad(m, t, w)
	if Width(m, out) == w {
		return out
	}
	// The padding joined the text's last cluster (it ended in a Prepend
	// character, say) and changed its width: give up clusters until it
	// doesn't. The empty string pads to exactly w, so this ends.
	clusters := prefixClusters(m, t)
	for n := len(clusters) - 2; n >= 0; n-- {
		out = pad(m, t[:clusters[n].off], w)
		if Width(m, out) == w {
			return out
		}
	}
	return strings.Repeat(" ", w)
}

// clusterEnd is where a prefix of whole grapheme clusters ends: its length
// in bytes and its width in cells.
type clusterEnd struct{ off, width int }

// prefixClusters returns the end of every prefix of whole grapheme clusters
// of s, starting with the empty one, so s[:ends[k].off] is the first k
// clusters and ends[k].width their width.
func prefixClusters(m Method, s string) []clusterEnd {
	ends := []clusterEnd{{0, 0}}
	off, width := 0, 0
	for off < len(s) {
		c, cw := ansi.FirstGraphemeCluster(s[off:], m.ansi())
		if c == "" {
			break
		}
		off += len(c)
		width += cw
		ends = append(ends, clusterEnd{off, width})
	}
	return ends
}

// fitting returns the largest k whose prefix is at most room cells wide.
func fitting(ends []clusterEnd, room int) int {
	k := 0
	for i, e := range ends {
		if e.width > room {
			break
		}
		k = i
	}
	return k
}
