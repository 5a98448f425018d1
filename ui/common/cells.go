package common

import (
	"strings"

	"caecw/internal/textcell"
)

// CellMethod is how the screen counts the cells a text takes. It follows
// the renderer: wcwidth until the terminal reports Unicode core mode
// (2027), grapheme width after. Lip Gloss always counts graphemes, which
// misaligns Khmer and Burmese names by 1-3 cells, so table cells are
// padded and cut here, never by lipgloss Width.
type CellMethod = textcell.Method

// CellWidth is how many cells s takes on this terminal.
func (c *Common) CellWidth(s string) int { return textcell.Width(c.Cells, s) }

// Fit makes s exactly w cells: cut with "…" or padded with spaces. Names
// are sanitised first, so no escape or bidi control in the data can
// reach the terminal.
func (c *Common) Fit(s string, w int) string {
	return textcell.Fit(c.Cells, textcell.Sanitize(s), w)
}

// Distinct cuts a column's names to w cells so that names that differ
// still differ on screen (see textcell.Distinct): pass every row's name,
// not only the visible ones, so a name reads the same wherever the list
// is scrolled.
func (c *Common) Distinct(names []string, w int) []string {
	return textcell.Distinct(c.Cells, names, w)
}

// Widest is how many cells the widest of texts takes.
func (c *Common) Widest(texts ...string) int {
	w := 0
	for _, t := range texts {
		w = max(w, c.CellWidth(t))
	}
	return w
}

// FitRight is Fit aligned right, for numbers.
func (c *Common) FitRight(s string, w int) string {
	return textcell.FitLeft(c.Cells, textcell.Sanitize(s), w)
}

// Trunc cuts s to at most w cells without padding.
func (c *Common) Trunc(s string, w int) string {
	return textcell.Truncate(c.Cells, textcell.Sanitize(s), w)
}

// Wrap breaks s into lines of at most w cells on this terminal, at spaces
// where it can; lines after the first start with indent. See
// textcell.Wrap: s is sanitised, and no line is wider than w.
func (c *Common) Wrap(s string, w int, indent string) []string {
	return textcell.Wrap(c.Cells, s, w, indent)
}

// Clean sanitises a text from the data for display.
func Clean(s string) string { return textcell.Sanitize(s) }

// Lines joins rendered lines and pads the block to exactly h lines, so a
// tab always fills its area and nothing below it jumps.
func Lines(lines []string, h int) string {
	if h <= 0 {
		return ""
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// Bar draws a progress bar of w cells for n of total, with block
// characters so it reads without colour.
func (c *Common) Bar(n, total, w int) string {
	if w <= 0 {
		return ""
	}
	full := 0
	if total > 0 {
		full = min(w, n*w/total)
	}
	return c.Styles.BarFull.Render(strings.Repeat("█", full)) + c.Styles.BarEmpty.Render(strings.Repeat("░", w-full))
}
