package textcell

import "github.com/charmbracelet/x/ansi"

// Method is how cells are counted.
type Method uint8

const (
	// Wc counts each code point by wcwidth, as tmux, xterm and VTE do. It
	// is the zero value because it is what the renderer uses until the
	// terminal says otherwise.
	Wc Method = iota
	// Grapheme counts each grapheme cluster once, as terminals in Unicode
	// core mode (DEC mode 2027) and lipgloss do.
	Grapheme
)

// String returns the method's name.
func (m Method) String() string {
	if m == Grapheme {
		return "grapheme"
	}
	return "wc"
}

func (m Method) ansi() ansi.Method {
	if m == Grapheme {
		return ansi.GraphemeWidth
	}
	return ansi.WcWidth
}

// Width returns how many cells s occupies when printed, counted by m.
// Escape sequences count zero.
func Width(m Method, s string) int {
	return m.ansi().StringWidth(s)
}
