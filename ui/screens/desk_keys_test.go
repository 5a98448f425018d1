package screens

import (
	"strings"
	"testing"

	"caecw/internal/i18n"
	"caecw/ui/app"
	"caecw/ui/checkins"
	"caecw/ui/common"
	"caecw/ui/logtab"
	"caecw/ui/uitest"
)

// newDesk is `caecw desk` at w x h: the desk's tabs (cmd/caecw tui.go),
// the search focused.
func newDesk(t *testing.T, lang i18n.Lang, w, h int) *screen {
	t.Helper()
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	c := uitest.Common(t, s, clk, lang, common.ModeDesk, w, h)
	root := app.New(c, checkins.NewDesk(c), logtab.New(c))
	sc := &screen{t: t, root: root, m: root, c: c, s: s, clk: clk}
	sc.send(windowSize(w, h))
	sc.send(common.ReloadMsg{People: true})
	sc.tick()
	return sc
}

// TestDeskKeysInSightAt80 : the desk's own keys (undo, walk-in) are on
// the help line at 80 columns in both languages, and "?" opens the help
// instead of going into the search; the next key closes it and is not
// typed either.
func TestDeskKeysInSightAt80(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
		sc := newDesk(t, lang, 80, 24)
		lines := strings.Split(sc.text(), "\n")
		help := lines[len(lines)-1]
		for _, k := range []string{"ctrl+z", "ctrl+n", "?"} {
			if !strings.Contains(help, k) {
				t.Errorf("%s: %q is not on the desk's help line %q", lang, k, help)
			}
		}
		sc.keys("?")
		if !strings.Contains(sc.text(), "ctrl+r") {
			t.Errorf("%s: ? at the desk did not open the help:\n%s", lang, sc.text())
		}
		sc.keys("x")
		sc.typeText("Budi")
		if text := sc.text(); strings.Contains(text, "?Budi") || strings.Contains(text, "xBudi") || !strings.Contains(text, "Budi") {
			t.Errorf("%s: the search after ? and a key:\n%s", lang, text)
		}
	}
}
