package search

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// part is one part of a folded name, as byte offsets into the key.
type part struct{ start, end int }

func parts(key string) []part {
	var ps []part
	start := -1
	for i, r := range key {
		if isWordBreak(r) {
			if start >= 0 {
				ps = append(ps, part{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		ps = append(ps, part{start, len(key)})
	}
	return ps
}

// highlight finds, in each displayed name of person p, the runes that the
// query words matched. It refolds the two names with a segment map; that
// is done only for the few results shown, not for every person scanned.
func (ix *Index) highlight(p int, words []string, k Kind) (name, latin []Range) {
	person := ix.people[p]
	return ix.highlightField(person.Name, words, k), ix.highlightField(person.NameLatin, words, k)
}

func (ix *Index) highlightField(display string, words []string, k Kind) []Range {
	if display == "" {
		return nil
	}
	key, segs := ix.foldedName(display)
	ps := parts(key)
	var rs []Range
	add := func(b0, b1 int) {
		r0, r1 := toRunes(segs, b0, b1)
		if r1 > r0 {
			rs = append(rs, Range{r0, r1})
		}
	}
	if k == KindInitials {
		letters := strings.Join(words, "")
		var initials strings.Builder
		for _, pt := range ps {
			r, _ := utf8.DecodeRuneInString(key[pt.start:])
			initials.WriteRune(r)
		}
		if len(ps) < 2 || !strings.HasPrefix(initials.String(), letters) {
			return nil
		}
		for i := range utf8.RuneCountInString(letters) {
			_, n := utf8.DecodeRuneInString(key[ps[i].start:])
			add(ps[i].start, ps[i].start+n)
		}
		return merge(rs)
	}
	for _, w := range words {
		if b0, ok := locate(key, ps, w); ok {
			add(b0, b0+len(w))
		}
	}
	return merge(rs)
}

// mapped is a name folded with its segment map.
type mapped struct {
	key  string
	segs []segment
}

// maxMapped bounds the highlight cache; 4096 names is far more than a
// screen shows while someone types.
const maxMapped = 4096

// foldedName folds a displayed name with its segment map, remembering it:
// the same people stay on screen while a name is typed one key at a time,
// and refolding them was most of a keystroke's cost. Keyed by the text, so
// an Update can't leave a stale map behind.
func (ix *Index) foldedName(display string) (string, []segment) {
	if m, ok := ix.mapped[display]; ok {
		return m.key, m.segs
	}
	if ix.mapped == nil || len(ix.mapped) >= maxMapped {
		ix.mapped = make(map[string]mapped)
	}
	key, segs := ix.fold.fold(display, true)
	ix.mapped[display] = mapped{key, segs}
	return key, segs
}

// locate finds w in key where it matched best: a whole part, the start of
// a part, or anywhere.
func locate(key string, ps []part, w string) (int, bool) {
	prefix := -1
	for _, pt := range ps {
		s := key[pt.start:pt.end]
		if s == w {
			return pt.start, true
		}
		if prefix < 0 && strings.HasPrefix(s, w) {
			prefix = pt.start
		}
	}
	if prefix >= 0 {
		return prefix, true
	}
	if i := strings.Index(key, w); i >= 0 {
		return i, true
	}
	return 0, false
}

// merge sorts ranges and joins the ones that overlap or touch.
func merge(rs []Range) []Range {
	if len(rs) < 2 {
		return rs
	}
	slices.SortFunc(rs, func(a, b Range) int { return a.Start - b.Start })
	out := rs[:1]
	for _, r := range rs[1:] {
		last := &out[len(out)-1]
		if r.Start <= last.End {
			last.End = max(last.End, r.End)
			continue
		}
		out = append(out, r)
	}
	return out
}
