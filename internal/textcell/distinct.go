package textcell

import "strings"

// CutMiddle shortens s to at most w cells counted by m, keeping its start
// and its last tail cells (whole grapheme clusters) with [Ellipsis]
// between: "Signing cer…y III". Text that fits comes back sanitized and
// whole; when tail leaves no room for a start, it is [Truncate].
func CutMiddle(m Method, s string, w, tail int) string {
	s = Sanitize(s)
	if w <= 0 {
		return ""
	}
	if Width(m, s) <= w {
		return s
	}
	return cutMiddle(m, s, prefixClusters(m, s), w, tail)
}

// cutMiddle is CutMiddle of a sanitized s wider than w whose cluster ends
// are ends.
func cutMiddle(m Method, s string, ends []clusterEnd, w, tail int) string {
	room := w - Width(m, Ellipsis)
	total := ends[len(ends)-1].width
	// j is where the tail starts: the longest suffix of whole clusters at
	// most tail cells wide, leaving at least one cell for the start.
	j := len(ends) - 1
	for j > 0 && total-ends[j-1].width <= min(tail, room-1) {
		j--
	}
	if j == len(ends)-1 {
		return Truncate(m, s, w)
	}
	k := min(fitting(ends, room-(total-ends[j].width)), j)
	for ; k > 0; k-- {
		out := strings.TrimRight(s[:ends[k].off], " ") + Ellipsis + s[ends[j].off:]
		if Width(m, out) <= w {
			return out
		}
	}
	return Truncate(m, s, w)
}

// Distinct cuts each name to at most w cells counted by m so that names
// that differ still differ on screen. Each is cut at the end ([Truncate])
// unless that makes it look like another; those keep their start, then
// show from the word where they differ: "Signing ceremony II…" for both II
// and III becomes "Signi…II: vocati…" and "Signi…III: unive…". Where that
// is not enough, the end is kept instead ([CutMiddle]). A column passes
// all its rows' names, not only the visible ones, so a name is cut the
// same way wherever the list is scrolled. Equal names stay equal; the
// result is in the order of names.
func Distinct(m Method, names []string, w int) []string {
	names = append([]string(nil), names...)
	out := make([]string, len(names))
	seen := make(map[string][]int, len(names))
	for i, s := range names {
		names[i] = Sanitize(s)
		out[i] = Truncate(m, names[i], w)
		seen[out[i]] = append(seen[out[i]], i)
	}
	// A cut can make a name look like one of another group's: look again
	// (a few rounds; each only changes names that still collide).
	for range 3 {
		again := false
		for _, group := range seen {
			if len(group) > 1 {
				again = settle(m, names, out, group, w) || again
			}
		}
		if !again {
			break
		}
		clear(seen)
		for i, o := range out {
			seen[o] = append(seen[o], i)
		}
	}
	return out
}

// settle gives each name of group, which all show as the same text, the
// first of its candidate cuts that no other name of group has at the same
// rank, and reports whether it changed any. Rows with equal names share
// one cut.
func settle(m Method, names, out []string, group []int, w int) bool {
	byName := map[string]*cutter{}
	var order []*cutter
	for _, i := range group {
		c, ok := byName[names[i]]
		if !ok {
			c = &cutter{m: m, w: w, s: names[i]}
			byName[names[i]] = c
			order = append(order, c)
		}
		c.rows = append(c.rows, i)
	}
	if len(order) < 2 {
		return false // only equal names: they may look alike
	}
	for _, c := range order {
		for _, o := range order {
			if o != c {
				c.d = max(c.d, commonPrefix(c.s, o.s))
			}
		}
	}
	changed := false
	for _, c := range order {
	next:
		for k := 0; ; k++ {
			cand, ok := c.get(k)
			if !ok {
				break
			}
			for _, o := range order {
				if got, ok := o.get(k); o != c && ok && got == cand {
					continue next
				}
			}
			for _, i := range c.rows {
				changed = changed || out[i] != cand
				out[i] = cand
			}
			break
		}
	}
	return changed
}

// cutter makes the candidate cuts of one name lazily, best first: from
// the word where it parts from the others (at byte d), from the very
// cluster where it does, then keeping ever longer tails.
type cutter struct {
	m    Method
	w    int
	s    string
	d    int
	rows []int

	ends  []clusterEnd
	memo  []string
	phase int // 0 word, 1 cluster, 2 tails from tailK down
	tailK int
	done  bool
}

// get is the k-th candidate, made when first asked for.
func (c *cutter) get(k int) (string, bool) {
	for len(c.memo) <= k && !c.done {
		c.step()
	}
	if k < len(c.memo) {
		return c.memo[k], true
	}
	return "", false
}

// step adds the next candidate, or marks the list done.
func (c *cutter) step() {
	if c.ends == nil {
		if Width(c.m, c.s) <= c.w {
			// It shows whole; nothing to choose.
			c.memo, c.done = []string{c.s}, true
			return
		}
		c.ends = prefixClusters(c.m, c.s)
		c.tailK = len(c.ends) - 2
	}
	ends := c.ends
	switch c.phase {
	case 0, 1:
		at := 0
		for k, e := range ends {
			if e.off <= c.d {
				at = k
			}
		}
		k := at
		if c.phase == 0 {
			for k > 0 && c.s[ends[k].off-1] != ' ' {
				k--
			}
		}
		c.phase++
		if k > 0 {
			c.memo = append(c.memo, cutFrom(c.m, c.s, c.w, ends, k))
		}
		return
	}
	total := ends[len(ends)-1].width
	if c.tailK <= 0 || total-ends[c.tailK].width >= c.w-Width(c.m, Ellipsis) {
		c.done = true
		return
	}
	c.memo = append(c.memo, cutMiddle(c.m, c.s, ends, c.w, total-ends[c.tailK].width))
	c.tailK--
}

// cutFrom is s in w cells as its start, an ellipsis, and the text from
// cluster k on (cut at its end too when it does not fit), giving the start
// what the rest leaves and at least a third
// of the room.
func cutFrom(m Method, s string, w int, ends []clusterEnd, k int) string {
	el := Width(m, Ellipsis)
	room := w - el
	if room < 2 {
		return Truncate(m, s, w)
	}
	// The start gets what the rest leaves, but at least a third.
	rest := Width(m, s[ends[k].off:])
	head := min(fitting(ends, max(1, room/3, room-rest)), k)
	for ; head > 0; head-- {
		start := strings.TrimRight(s[:ends[head].off], " ")
		left := w - Width(m, start) - el
		out := start + Ellipsis + Truncate(m, s[ends[k].off:], left)
		if Width(m, out) <= w {
			return out
		}
	}
	return Truncate(m, s, w)
}

// commonPrefix is how many bytes a and b share at their start.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// Allot shares total cells among columns: column i needs need[i] cells and
// has a share in proportion to weight[i]. Each column gets what it needs
// or its fair share of what is left, whichever is less; what a column
// does not need goes to those that still need more, and what nobody needs
// is left over. So a short column never holds blank cells that a cut one
// could use, and the total is never exceeded.
func Allot(total int, need, weight []int) []int {
	got := make([]int, len(need))
	left := max(0, total)
	active := make([]int, 0, len(need))
	for i, n := range need {
		if n > 0 {
			active = append(active, i)
		}
	}
	for len(active) > 0 && left > 0 {
		sum := 0
		for _, i := range active {
			sum += max(1, weight[i])
		}
		// Columns that need less than their share take what they need;
		// repeat with the rest until every remaining column needs more.
		var still []int
		for _, i := range active {
			if need[i]-got[i] <= left*max(1, weight[i])/sum {
				still = append(still, -1)
				continue
			}
			still = append(still, i)
		}
		satisfied := false
		for n, i := range active {
			if still[n] == -1 {
				left -= need[i] - got[i]
				got[i] = need[i]
				satisfied = true
			}
		}
		if satisfied {
			active = active[:0]
			for _, i := range still {
				if i >= 0 {
					active = append(active, i)
				}
			}
			continue
		}
		given := 0
		for _, i := range active {
			share := left * max(1, weight[i]) / sum
			got[i] += share
			given += share
		}
		// The cells lost to rounding go one each to the first columns.
		for n := 0; n < left-given && n < len(active); n++ {
			got[active[n]]++
		}
		break
	}
	return got
}
