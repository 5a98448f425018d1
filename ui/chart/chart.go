// Package chart draws small column charts with block characters, for a
// terminal: counts become columns of ▁▂▃▄▅▆▇█ a few rows high, with an
// axis line of labels under them.
//
// No terminal charting library for Bubble Tea v2 is in the module list
// this project draws from (NimbleMarkets' ntcharts is not; go-analyze's
// charts draws images); a column chart is a few loops, tested here. Every character it
// uses is one cell wide by both width methods of internal/textcell, so a
// line is exactly as wide as asked.
package chart

import (
	"strconv"
	"strings"
)

// eighths are the block characters for 1/8 to 8/8 of a cell.
var eighths = []rune("▁▂▃▄▅▆▇█")

// Columns draws counts as columns rows high, per cells wide each, top row
// first; every line is len(counts)*per cells. The tallest count fills
// every row; any count above zero shows at least ▁, so a single arrival
// is seen. Zero is blank.
func Columns(counts []int, rows, per int) []string {
	rows, per = max(1, rows), max(1, per)
	peak := 0
	for _, c := range counts {
		peak = max(peak, c)
	}
	levels := rows * 8
	heights := make([]int, len(counts))
	for i, c := range counts {
		if c > 0 {
			// Round up so that the smallest count keeps one eighth.
			heights[i] = max(1, (c*levels+peak-1)/peak)
		}
	}
	out := make([]string, rows)
	var b strings.Builder
	for r := range rows {
		b.Reset()
		// Row r from the top covers eighths (rows-1-r)*8+1 ... (rows-r)*8.
		base := (rows - 1 - r) * 8
		for _, h := range heights {
			ch := ' '
			switch {
			case h >= base+8:
				ch = eighths[7]
			case h > base:
				ch = eighths[h-base-1]
			}
			for range per {
				b.WriteRune(ch)
			}
		}
		out[r] = b.String()
	}
	return out
}

// Axis is a line of width cells with label(i) written from the first cell
// of slot i, for the slots where label gives text, per cells a slot. A
// label that would run into the next one or past the end is left out.
// The cells of the first begun slots that hold no label are dotted, so
// the line shows how far the day has come. Labels are ASCII (hours): one
// cell a byte.
func Axis(slots, per, width, begun int, label func(i int) string) string {
	line := []byte(strings.Repeat(" ", max(0, width)))
	for i := range min(begun*per, width) {
		line[i] = '.'
	}
	free := 0
	for i := range slots {
		s := label(i)
		at := i * per
		if s == "" || at < free || at+len(s) > width {
			continue
		}
		copy(line[at:], s)
		free = at + len(s) + 1
	}
	return string(line)
}

// Gutter is the width of a left margin that holds n right-aligned with a
// space after it.
func Gutter(n int) int { return len(strconv.Itoa(n)) + 1 }
