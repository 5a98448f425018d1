package screens

import (
	"strings"
	"testing"

	"caecw/internal/i18n"
)

// statusText is the status line (the line above the help line).
func (sc *screen) statusText() string {
	lines := strings.Split(sc.text(), "\n")
	return lines[len(lines)-2]
}

// TestStatusClearsWhenTheNextActionStarts scans a badge twice: the second
// scan asks about the earlier arrival, and the status line must not still
// say "Checked in ..." as if the second scan had checked someone in.
func TestStatusClearsWhenTheNextActionStarts(t *testing.T) {
	sc := newScreen(t, i18n.EN, 80, 24)
	p := sc.person("Ayesha Butt")
	sc.keys("2", "i")
	sc.typeText(p.Badge)
	sc.keys("enter")
	if got := sc.statusText(); !strings.Contains(got, "Checked in") {
		t.Fatalf("after the first scan the status is %q", got)
	}
	sc.typeText(p.Badge)
	sc.keys("enter")
	if got := sc.statusText(); strings.Contains(got, "Checked in") {
		t.Errorf("after a duplicate scan the status still says %q:\n%s", got, sc.text())
	}
	// Moving in a list is not a new action: the status stays.
	sc.keys("esc", "esc")
	sc.typeText("Budi")
	sc.keys("enter")
	before := sc.statusText()
	sc.keys("down")
	if got := sc.statusText(); got != before {
		t.Errorf("the down arrow changed the status from %q to %q", before, got)
	}
}
