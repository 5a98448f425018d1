package textcell

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Wrap breaks s into lines of at most w cells counted by m: at spaces where
// it can, and between grapheme clusters inside a word too long for a line
// (Chinese, Thai, Khmer and Burmese write without spaces between words, so
// a sentence in them is one long word). Lines after the first start with
// indent, which counts toward w; an indent as wide as w is dropped, and so
// is the indent of a line whose first cluster it leaves no room for.
//
// s is sanitized first (see [Sanitize]), and every cut is made in the
// sanitized text, so a removed control can never shift a cut. A text that
// fits comes back whole, as one line, spaces and all; where a line breaks,
// the spaces at the break are dropped. No line is wider than w: a single
// cluster wider than w (a Chinese character when w is 1) has no line it
// fits on and is left out; nothing else is. A w below 1 gives no lines.
func Wrap(m Method, s string, w int, indent string) []string {
	if w < 1 {
		return nil
	}
	s = Sanitize(s)
	if Width(m, s) <= w {
		return []string{s}
	}
	indent = Sanitize(indent)
	indentW := Width(m, indent)
	if indentW >= w {
		indent, indentW = "", 0
	}
	wr := wrapper{m: m, w: w, indent: indent, indentW: indentW}
	for rest := s; rest != ""; {
		gap := len(rest) - len(strings.TrimLeft(rest, " "))
		rest = rest[gap:]
		end := strings.IndexByte(rest, ' ')
		if end < 0 {
			end = len(rest)
		}
		wr.word(s[len(s)-len(rest)-gap:len(s)-len(rest)], rest[:end])
		rest = rest[end:]
	}
	return wr.done()
}

// wrapper holds the line being filled while Wrap walks the words.
type wrapper struct {
	m          Method
	w          int
	indent     string
	indentW    int
	out        []string
	line       strings.Builder
	lineW      int
	started    bool // the current line holds text (beyond its indent)
	continuing bool // the current line is not the first
}

// word adds one word and the spaces before it. Spaces are kept inside a
// line and dropped at a break. Spaces are always a cluster boundary (the
// Prepend marks that could join them are sanitized away), so widths add
// up across them.
func (wr *wrapper) word(gap, word string) {
	gapW, wordW := Width(wr.m, gap), Width(wr.m, word)
	if !wr.started && wr.continuing {
		gap, gapW = "", 0
	}
	if wr.lineW+gapW+wordW <= wr.w {
		wr.put(gap+word, gapW+wordW)
		return
	}
	if wr.started && wr.indentW+wordW <= wr.w {
		wr.flush()
		wr.put(word, wordW)
		return
	}
	if !wr.started && wr.lineW+wordW <= wr.w {
		// Leading spaces that leave no room for the first word go.
		wr.put(word, wordW)
		return
	}
	// Wider than a whole line: fill this line and the next ones, cluster by
	// cluster, so a sentence without spaces leaves no line half empty.
	if wr.lineW+gapW < wr.w {
		wr.put(gap, gapW)
	} else if wr.started {
		wr.flush()
	}
	for word != "" {
		c, cw := ansi.FirstGraphemeCluster(word, wr.m.ansi())
		if c == "" {
			break
		}
		word = word[len(c):]
		if cw > wr.w {
			continue // fits on no line at all
		}
		if wr.lineW+cw > wr.w {
			if wr.started {
				wr.flush()
			}
			if wr.lineW+cw > wr.w {
				// The indent leaves no room for it: this line goes
				// without.
				wr.line.Reset()
				wr.lineW = 0
			}
		}
		wr.put(c, cw)
	}
}

// put appends text of width tw to the current line.
func (wr *wrapper) put(text string, tw int) {
	if text == "" {
		return
	}
	wr.line.WriteString(text)
	wr.lineW += tw
	wr.started = true
}

// flush ends the current line and starts the next with the indent.
func (wr *wrapper) flush() {
	wr.out = append(wr.out, strings.TrimRight(wr.line.String(), " "))
	wr.line.Reset()
	wr.line.WriteString(wr.indent)
	wr.lineW = wr.indentW
	wr.started = false
	wr.continuing = true
}

// done returns the lines, the last one included if it holds text.
func (wr *wrapper) done() []string {
	if wr.started {
		wr.out = append(wr.out, strings.TrimRight(wr.line.String(), " "))
	}
	return wr.out
}
