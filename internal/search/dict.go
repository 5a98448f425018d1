package search

import (
	"bytes"
	"slices"
)

// sep starts every entry of a dictionary's text. 0xFF never occurs in
// UTF-8, so a match can't run from one part into the next.
const sep = 0xFF

// dict holds the distinct parts of names (or distinct initials), each with
// the people who have it. 100,000 people share far fewer distinct parts
// (every third Vietnamese is a Nguyễn), so a query is matched against the
// parts once and reaches people through the postings.
type dict struct {
	ids      map[string]int32
	parts    []string
	postings [][]int32
	// text is sep+part for every part in id order, so a substring search
	// runs through all parts at memchr speed; starts[k] is where part k's
	// sep is.
	text   []byte
	starts []int
}

func newDict() dict { return dict{ids: map[string]int32{}} }

// add records that person has part and returns the part's id.
func (d *dict) add(person int, part string) int32 {
	id, ok := d.ids[part]
	if !ok {
		id = int32(len(d.parts))
		d.ids[part] = id
		d.parts = append(d.parts, part)
		d.postings = append(d.postings, nil)
		d.starts = append(d.starts, len(d.text))
		d.text = append(d.text, sep)
		d.text = append(d.text, part...)
	}
	d.postings[id] = append(d.postings[id], int32(person))
	return id
}

// remove forgets that person has part id.
func (d *dict) remove(person int, id int32) {
	if i := slices.Index(d.postings[id], int32(person)); i >= 0 {
		d.postings[id] = slices.Delete(d.postings[id], i, i+1)
	}
}

// match calls found for every part containing w, with KindWord when the
// part is w, KindPrefix when it starts with w, else KindSubstring.
func (d *dict) match(w string, found func(id int32, k Kind)) {
	if w == "" {
		return
	}
	pat := []byte(w)
	k := 0
	for off := 0; off < len(d.text); {
		j := bytes.Index(d.text[off:], pat)
		if j < 0 {
			return
		}
		pos := off + j
		// Matches come in order, so walking forward to the part holding
		// pos costs one step per part over the whole scan.
		for k+1 < len(d.starts) && d.starts[k+1] <= pos {
			k++
		}
		// Only the first occurrence in a part matters: if the part starts
		// with w, that is the first one.
		kind := KindSubstring
		if pos == d.starts[k]+1 {
			kind = KindPrefix
			if len(d.parts[k]) == len(w) {
				kind = KindWord
			}
		}
		found(int32(k), kind)
		if k+1 < len(d.starts) {
			off = d.starts[k+1]
		} else {
			return
		}
	}
}
