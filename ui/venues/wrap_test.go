package venues_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"caecw/internal/demo"
	"caecw/internal/i18n"
	"caecw/ui/app"
	"caecw/ui/common"
	"caecw/ui/uitest"
	"caecw/ui/venues"
)

// A venue name that starts with a bidi override and is wider than the
// screen must wrap without repeating or losing a letter: the override is
// removed before the cut, and the cut must be made in what is shown.
// (The old wrap cut the raw name by the byte length of the sanitised cut,
// so "\u202eABCDEFGHIJKL" at width 6 came out as ABCDE / CDEFG / HIJKL.)
func TestAWrappedNameWithABidiControlKeepsEveryLetterOnce(t *testing.T) {
	const shown = "HALLZABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	prog, err := demo.Programme()
	if err != nil {
		t.Fatal(err)
	}
	for i := range prog.Venues {
		if prog.Venues[i].ID == "v-giecc-c" {
			prog.Venues[i].Name = "\u202e" + shown
		}
	}
	s, clk := uitest.Store(t, prog, uitest.OpeningDay())
	const w, h = 80, 24
	c := uitest.Common(t, s, clk, i18n.EN, common.ModeCoordinator, w, h)
	m := app.New(c, venues.New(c))
	uitest.Drive(m, tea.WindowSizeMsg{Width: w, Height: h}, wait)
	uitest.Drive(m, tea.BatchMsg{m.Init()}, wait)
	f := &fixture{t: t, app: m, s: s}
	f.selectVenue("hallz")
	f.press("o")
	var joined strings.Builder
	for _, l := range strings.Split(f.screen(), "\n") {
		joined.WriteString(strings.TrimRight(ansi.Strip(l), " "))
	}
	if !strings.Contains(joined.String(), shown+" out of service") {
		t.Errorf("the question does not show %q whole and once:\n%s", shown, f.screen())
	}
}
