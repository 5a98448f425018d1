package search

import (
	"container/heap"
	"slices"
	"strings"
	"unicode/utf8"

	"caecw/internal/event"
)

// Search returns up to limit people matching query, best first (all of them
// if limit <= 0). The rules, in ranking order:
//
//   - a badge code, compared by event.BadgeKey (trimmed, any case);
//   - "th:" (a delegation's country code or id, then a colon) keeps only
//     that delegation's members; with nothing after it, it lists them all;
//   - a query equal to a delegation's English or Chinese name lists its
//     members;
//   - otherwise every word of the query must occur, diacritics and case
//     ignored (see [Fold]), in the native or Latin name: as a whole part,
//     at the start of a part, or anywhere (for scripts written without
//     spaces);
//   - or the query, spaces removed, starts the initials of a name ("nth" or
//     "n t h" for Nguyễn Thị Hương), at least two letters.
//
// Ties go by Latin name, then ID, so the order is stable between keystrokes.
func (ix *Index) Search(query string, limit int) []Result {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	q := strings.TrimSpace(query)
	if q == "" {
		return nil
	}
	touched := ix.touched[:0]
	mark := func(p int, k Kind) {
		if ix.kinds[p] == kindNone {
			touched = append(touched, p)
		}
		ix.kinds[p] = min(ix.kinds[p], k)
	}
	defer func() {
		for _, p := range touched {
			ix.kinds[p] = kindNone
		}
		ix.touched = touched[:0]
	}()

	for _, p := range ix.withBadge(event.BadgeKey(q)) {
		mark(p, KindBadge)
	}
	var filter []string
	if c := strings.IndexByte(q, ':'); c > 0 {
		if ids, ok := ix.delByCode[strings.ToLower(strings.TrimSpace(q[:c]))]; ok {
			filter = ids
			q = strings.TrimSpace(q[c+1:])
		}
	}
	inFilter := func(p int) bool {
		return filter == nil || slices.Contains(filter, ix.people[p].Delegation)
	}
	fq := strings.TrimSpace(ix.fold.foldOnly(q))
	members := ix.delByName[fq]
	if filter != nil && fq == "" {
		members = filter
	}
	if len(members) > 0 {
		for p := range ix.entries {
			if slices.Contains(members, ix.people[p].Delegation) && inFilter(p) {
				mark(p, KindDelegation)
			}
		}
	}
	words := strings.FieldsFunc(fq, isWordBreak)
	if len(words) > 0 {
		full := func() bool { return limit > 0 && len(touched) >= limit }
		ix.matchNames(words, full, func(p int, k Kind) {
			if inFilter(p) {
				mark(p, k)
			}
		})
	}
	top := ix.best(touched, limit)
	out := make([]Result, len(top))
	for i, p := range top {
		k := ix.kinds[p]
		out[i] = Result{Index: p, ID: ix.people[p].ID, Kind: k, Score: k.score()}
		if k >= KindWord {
			out[i].Name, out[i].Latin = ix.highlight(p, words, k)
		}
	}
	return out
}

// matchNames finds people whose names match every word, or whose initials
// the words spell. Each word is matched against the distinct parts of
// names; the word whose parts reach the fewest people drives, and only
// those people are checked for the other words.
//
// With one word, parts are taken best kind first, and once full reports
// that enough people are marked at that kind or better, the weaker kinds
// are skipped: they could not make the cut. That is what keeps the first
// keystroke, which matches most of the index, fast.
func (ix *Index) matchNames(words []string, full func() bool, found func(p int, k Kind)) {
	type wordMatch struct {
		ids   []int32 // parts that match
		idk   []Kind  // how each of ids matches
		kinds []Kind  // by part id, kindNone where the part doesn't match
		reach int     // people reached through ids
	}
	ms := make([]wordMatch, len(words))
	drive := 0
	for i, w := range words {
		m := &ms[i]
		if len(words) > 1 {
			m.kinds = ix.partKinds(len(ix.parts.parts))
		}
		ix.parts.match(w, func(id int32, k Kind) {
			m.ids = append(m.ids, id)
			m.idk = append(m.idk, k)
			if m.kinds != nil {
				m.kinds[id] = k
			}
			m.reach += len(ix.parts.postings[id])
		})
		if m.reach < ms[drive].reach {
			drive = i
		}
	}
	d := &ms[drive]
	single := len(ms) == 1
	if single {
		sortByKind(d.ids, d.idk)
	}
	for j, id := range d.ids {
		k0 := d.idk[j]
		if single && j > 0 && k0 != d.idk[j-1] && full() {
			return
		}
		for _, p := range ix.parts.postings[id] {
			k := k0
			for i := range ms {
				if i == drive || k == kindNone {
					continue
				}
				best := kindNone
				for _, pid := range ix.partIDs(int(p)) {
					best = min(best, ms[i].kinds[pid])
				}
				k = max(k, best)
			}
			if k != kindNone {
				found(int(p), k)
			}
		}
	}
	for i := range ms {
		if ms[i].kinds != nil {
			ix.kindBufs = append(ix.kindBufs, ms[i].kinds)
		}
	}
	letters := strings.Join(words, "")
	if utf8.RuneCountInString(letters) < 2 || single && full() {
		return
	}
	ix.inits.match(letters, func(id int32, k Kind) {
		if k == KindSubstring {
			return
		}
		for _, p := range ix.inits.postings[id] {
			found(int(p), KindInitials)
		}
	})
}

// sortByKind orders matched parts best kind first, keeping the two
// slices in step.
func sortByKind(ids []int32, kinds []Kind) {
	idx := make([]int, len(ids))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return int(kinds[a]) - int(kinds[b]) })
	ids2 := make([]int32, len(ids))
	kinds2 := make([]Kind, len(ids))
	for i, j := range idx {
		ids2[i], kinds2[i] = ids[j], kinds[j]
	}
	copy(ids, ids2)
	copy(kinds, kinds2)
}

// partKinds returns a scratch slice of n kindNone, reusing old ones.
func (ix *Index) partKinds(n int) []Kind {
	var b []Kind
	if l := len(ix.kindBufs); l > 0 {
		b, ix.kindBufs = ix.kindBufs[l-1], ix.kindBufs[:l-1]
	}
	if cap(b) < n {
		b = make([]Kind, n)
	}
	b = b[:n]
	for i := range b {
		b[i] = kindNone
	}
	return b
}

// best returns the limit best of the people marked, in order. A bounded
// heap keeps a one-letter query, which marks most of the index, from
// sorting all of it.
func (ix *Index) best(marked []int, limit int) []int {
	less := func(a, b int) bool {
		if ka, kb := ix.kinds[a], ix.kinds[b]; ka != kb {
			return ka < kb
		}
		return ix.rank[a] < ix.rank[b]
	}
	if limit <= 0 || limit >= len(marked) {
		out := slices.Clone(marked)
		slices.SortFunc(out, func(a, b int) int {
			if less(a, b) {
				return -1
			}
			if less(b, a) {
				return 1
			}
			return 0
		})
		return out
	}
	h := &worstFirst{less: less}
	for _, p := range marked {
		if len(h.items) < limit {
			heap.Push(h, p)
		} else if less(p, h.items[0]) {
			h.items[0] = p
			heap.Fix(h, 0)
		}
	}
	out := make([]int, len(h.items))
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(int)
	}
	return out
}

// worstFirst is a heap whose top is the worst of the best results so far.
type worstFirst struct {
	items []int
	less  func(a, b int) bool
}

func (h *worstFirst) Len() int           { return len(h.items) }
func (h *worstFirst) Less(i, j int) bool { return h.less(h.items[j], h.items[i]) }
func (h *worstFirst) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *worstFirst) Push(x any)         { h.items = append(h.items, x.(int)) }
func (h *worstFirst) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}
