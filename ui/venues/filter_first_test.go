package venues_test

import (
	"strings"
	"testing"

	"caecw/ui/common"
)

// Enter in the filter leaves the first match selected, with its sessions
// shown, not the venue the cursor was on before the filter.
func TestFilterEnterSelectsTheFirstMatch(t *testing.T) {
	f := newFixture(t, 100, 30, common.ModeCoordinator)
	for range 3 {
		f.press("down")
	}
	if !strings.Contains(f.screen(), "› GIECC Banquet Hall") {
		t.Fatalf("the cursor is not on the Banquet Hall:\n%s", f.screen())
	}
	f.press("/")
	f.typeText("giecc")
	f.press("enter")
	out := f.screen()
	if !strings.Contains(out, "› GIECC Hall A") || !strings.Contains(out, "GIECC Hall A (plenary) · seats 2000") {
		t.Errorf("after the filter, the first match is not selected and shown:\n%s", out)
	}
}
