package chart

import (
	"fmt"
	"strings"
	"testing"

	"caecw/internal/textcell"
)

func TestColumns(t *testing.T) {
	got := Columns([]int{0, 1, 2, 4, 8, 16}, 2, 1)
	want := []string{
		"     █",
		" ▁▂▄██",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// One arrival among many still shows; cells repeat per slot.
	got = Columns([]int{1, 100}, 1, 3)
	if got[0] != "▁▁▁███" {
		t.Errorf("got %q", got[0])
	}
	if got := Columns([]int{0, 0}, 1, 1); got[0] != "  " {
		t.Errorf("nothing counted: %q", got[0])
	}
}

func TestAxis(t *testing.T) {
	label := func(i int) string {
		if i%4 == 0 {
			return fmt.Sprintf("%02d", 7+i/4)
		}
		return ""
	}
	if got, want := Axis(12, 1, 12, 6, label), "07..08  09  "; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// A label that would run past the end is left out.
	if got, want := Axis(12, 1, 9, 0, label), "07  08   "; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := Axis(3, 1, 0, 3, label); got != "" {
		t.Errorf("no width: %q", got)
	}
}

// Every line is exactly the width asked, by both ways of counting cells.
func TestColumnsWidth(t *testing.T) {
	counts := []int{3, 0, 7, 1, 12, 5, 0, 9}
	for _, per := range []int{1, 2, 4} {
		for _, rows := range []int{1, 2, 4} {
			for _, l := range Columns(counts, rows, per) {
				for _, m := range []textcell.Method{textcell.Wc, textcell.Grapheme} {
					if w := textcell.Width(m, l); w != len(counts)*per {
						t.Errorf("per %d rows %d %s: %q is %d cells, want %d", per, rows, m, l, w, len(counts)*per)
					}
				}
			}
		}
	}
}
