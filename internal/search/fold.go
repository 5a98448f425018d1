package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold returns the accent-insensitive, case-folded key of s: decomposed,
// stripped of the Latin combining marks U+0300-U+036F only, with đ, ø and ł
// mapped to d, o and l, recomposed and case-folded. "Nguyễn Thị Hương", NFC
// or NFD, becomes "nguyen thi huong". Marks of other scripts stay: Thai,
// Khmer, Lao and Burmese vowel signs are letters to their readers, and
// removing every nonspacing mark would turn ใจดี into ใจด.
//
// Highlighting folds a displayed name one normalization segment at a time
// instead, to map a match back to its runes; for text in NFC or NFD the two
// agree (a test checks it).
func Fold(s string) string {
	var f folder
	key, _ := f.fold(s, false)
	return key
}

// latinMarks are the combining diacritical marks Vietnamese, Malay and
// Filipino spellings carry. Only these go.
var latinMarks = runes.Predicate(func(r rune) bool { return r >= 0x300 && r <= 0x36f })

// baseLetter maps the Latin letters whose stroke is part of the letter, not
// a combining mark, so NFD leaves them whole.
func baseLetter(r rune) rune {
	switch r {
	case 'đ', 'Đ':
		return 'd'
	case 'ø', 'Ø':
		return 'o'
	case 'ł', 'Ł':
		return 'l'
	}
	return r
}

// folder holds the transformers for folding. They keep state, so a folder
// is used by one goroutine at a time and reused across names.
type folder struct {
	chain  transform.Transformer
	caser  cases.Caser
	ready  bool
	segBuf []segment
}

// segment is one normalization segment of the original text: the runes
// [rune0, rune1) of the original became the bytes [byte0, byte1) of the key.
type segment struct {
	rune0, rune1 int
	byte0, byte1 int
}

// fold folds s and, if withMap, returns where each segment of the key came
// from. Invalid UTF-8 is replaced first so the key is always valid UTF-8
// and never holds the 0xFF separator of the index blob.
func (f *folder) fold(s string, withMap bool) (string, []segment) {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if isASCII(s) {
		key := strings.ToLower(s)
		if !withMap {
			return key, nil
		}
		segs := make([]segment, len(s))
		for i := range segs {
			segs[i] = segment{i, i + 1, i, i + 1}
		}
		return key, segs
	}
	if !f.ready {
		f.chain = transform.Chain(norm.NFD, runes.Remove(latinMarks), runes.Map(baseLetter), norm.NFC)
		f.caser = cases.Fold()
		f.ready = true
	}
	if !withMap {
		// Without a map the whole name goes through in one pass, which is
		// most of the cost of building an index of 100,000 people.
		return f.foldSegment(s), nil
	}
	var b strings.Builder
	b.Grow(len(s))
	var segs []segment
	if withMap {
		segs = f.segBuf[:0]
	}
	nr := 0
	for i := 0; i < len(s); {
		n := norm.NFC.NextBoundaryInString(s[i:], true)
		if n <= 0 {
			n = len(s) - i
		}
		seg := s[i : i+n]
		b0 := b.Len()
		if n == 1 && seg[0] < utf8.RuneSelf {
			// Most segments of a Latin name are one ASCII letter.
			c := seg[0]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		} else {
			b.WriteString(f.foldSegment(seg))
		}
		r := utf8.RuneCountInString(seg)
		if withMap {
			segs = append(segs, segment{nr, nr + r, b0, b.Len()})
		}
		nr += r
		i += n
	}
	if withMap {
		f.segBuf = segs
		segs = append([]segment(nil), segs...)
	}
	return b.String(), segs
}

func (f *folder) foldSegment(seg string) string {
	if isASCII(seg) {
		return strings.ToLower(seg)
	}
	f.chain.Reset()
	out, _, err := transform.String(f.chain, seg)
	if err != nil {
		out = seg
	}
	f.caser.Reset()
	if folded, _, err := transform.String(f.caser, out); err == nil {
		out = folded
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isWordBreak reports the runes that separate the parts of a name.
func isWordBreak(r rune) bool {
	switch r {
	case '-', ',', '.', '(', ')', '/', '·', '・':
		return true
	}
	return unicode.IsSpace(r)
}

// toRunes maps a byte range [b0, b1) of a key folded with segs back to the
// rune range of the original text it came from, widened to whole segments
// so a highlight never splits a letter from its marks.
func toRunes(segs []segment, b0, b1 int) (int, int) {
	r0, r1 := -1, -1
	for _, s := range segs {
		if s.byte1 > b0 && s.byte0 < b1 {
			if r0 < 0 {
				r0 = s.rune0
			}
			r1 = s.rune1
		}
	}
	if r0 < 0 {
		return 0, 0
	}
	return r0, r1
}

// foldOnly folds s without the segment map.
func (f *folder) foldOnly(s string) string {
	key, _ := f.fold(s, false)
	return key
}
