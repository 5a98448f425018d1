package textcell

import (
	"strings"
	"unicode/utf8"
)

// Sanitize makes a name safe to print in a cell. It
//   - replaces invalid UTF-8 with U+FFFD,
//   - removes escape sequences (CSI, OSC, DCS and the like, whole) so a name
//     can't recolour, move the cursor or retitle the terminal,
//   - turns tab, newline, carriage return, vertical tab and form feed into
//     a space so the words on either side stay apart, and removes every other
//     C0 and C1 control and DEL,
//   - removes the bidi embedding, override and isolate controls and marks
//     (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C) and the
//     line and paragraph separators, which would reorder or break the row.
//
// Everything else stays: combining marks (Thai, Khmer, Burmese, Vietnamese),
// ZWJ and ZWNJ, variation selectors and emoji tags.
func Sanitize(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			b.WriteRune(utf8.RuneError)
		case r == 0x1b:
			i += escapeLen(s[i:])
			continue
		case r == '\t', r == '\n', r == '\r', r == '\v', r == '\f':
			b.WriteByte(' ')
		case unsafeRune(r):
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// isClean reports whether s needs no change, so the common case of a clean
// name costs no allocation.
func isClean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size <= 1) || unsafeRune(r) {
			return false
		}
		i += size
	}
	return true
}

// unsafeRune reports the runes Sanitize drops outright.
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r < 0xa0:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x2028, r == 0x2029:
		return true
	case prependedMark(r):
		// Prepended concatenation marks (Arabic number signs and the like)
		// join the character AFTER them into one cluster, so a padding
		// space would be glued to them; no name needs one.
		return true
	}
	return false
}

// prependedMark reports the characters of Grapheme_Cluster_Break=Prepend
// (Unicode 15): the prepended concatenation marks and a few Indic signs.
func prependedMark(r rune) bool {
	switch {
	case r >= 0x0600 && r <= 0x0605, r == 0x06dd, r == 0x070f, r == 0x0890, r == 0x0891, r == 0x08e2,
		r == 0x0d4e, r == 0x110bd, r == 0x110cd, r == 0x111c2, r == 0x111c3, r == 0x1193f, r == 0x11941,
		r == 0x11a3a, r >= 0x11a84 && r <= 0x11a89, r == 0x11d46, r == 0x11f02:
		return true
	}
	return false
}

// escapeLen returns how many bytes of s, which starts with ESC, belong to
// the escape sequence, following ECMA-48: CSI runs to its final byte; OSC,
// DCS, SOS, PM and APC strings run to ST (ESC \) or BEL; other escapes take
// intermediates and one final byte. An unterminated sequence runs to the end
// of s, since printing its remains could still be read as one.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		for i := 2; i < len(s); i++ {
			if s[i] >= 0x40 && s[i] <= 0x7e {
				return i + 1
			}
			if s[i] < 0x20 || s[i] > 0x7e {
				// Not a CSI byte: the sequence is broken; stop here and
				// let the rest be sanitized on its own.
				return i
			}
		}
		return len(s)
	case ']', 'P', 'X', '^', '_':
		for i := 2; i < len(s); i++ {
			if s[i] == 0x07 {
				return i + 1
			}
			if s[i] == 0x1b {
				if i+1 < len(s) && s[i+1] == '\\' {
					return i + 2
				}
				return i
			}
		}
		return len(s)
	}
	i := 1
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		return i + 1
	}
	return i
}
