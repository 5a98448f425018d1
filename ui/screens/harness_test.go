package screens

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"caecw/internal/clock"
	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/store"
	"caecw/ui/app"
	"caecw/ui/checkins"
	"caecw/ui/common"
	"caecw/ui/logtab"
	"caecw/ui/sessions"
	"caecw/ui/uitest"
	"caecw/ui/venues"
)

// wait is how long Drive lets a command run: long enough for a store
// write, far shorter than the one-second clock tick, which is dropped.
const wait = 500 * time.Millisecond

// tabs are the coordinator's tabs in cmd/caecw's order (tui.go, tabs()).
func tabs(c *common.Common) []common.Tab {
	return []common.Tab{sessions.New(c), checkins.New(c), venues.New(c), logtab.New(c)}
}

// screen is a running root model over the demo store, with its clock.
type screen struct {
	t    *testing.T
	root *app.Model
	m    tea.Model
	c    *common.Common
	s    *store.Store
	clk  *clock.Fixed
}

// newScreen opens the app at w x h in lang on the demo's opening day at
// 09:30 Guiyang time, with the day, the log and the people loaded.
func newScreen(t *testing.T, lang i18n.Lang, w, h int) *screen {
	t.Helper()
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	c := uitest.Common(t, s, clk, lang, common.ModeCoordinator, w, h)
	root := newRoot(c)
	sc := &screen{t: t, root: root, m: root, c: c, s: s, clk: clk}
	sc.send(windowSize(w, h))
	sc.send(common.ReloadMsg{People: true})
	sc.tick()
	return sc
}

// newRoot is the root model over c with the coordinator's tabs.
func newRoot(c *common.Common) *app.Model { return app.New(c, tabs(c)...) }

func windowSize(w, h int) tea.Msg { return tea.WindowSizeMsg{Width: w, Height: h} }

// send feeds msg and runs what follows from it.
func (sc *screen) send(msg tea.Msg) { sc.m = uitest.Drive(sc.m, msg, wait) }

// keys presses each key in turn ("enter", "esc", "ctrl+z", "f2", or one
// character).
func (sc *screen) keys(keys ...string) {
	for _, k := range keys {
		if k == "f2" {
			sc.send(tea.KeyPressMsg{Code: tea.KeyF2})
			continue
		}
		sc.send(uitest.Key(k))
	}
}

// typeText types text into whatever has the focus.
func (sc *screen) typeText(text string) {
	for _, msg := range uitest.Type(text) {
		sc.send(msg)
	}
}

// tick delivers the clock tick of the fixed clock. The tick's own
// follow-up (the next tick, one second later) is not run: goldens are
// drawn at one instant.
func (sc *screen) tick() {
	sc.root.Update(common.TickMsg{Now: sc.clk.Now()})
}

// reload reads the day, the log and the people again, as after a save.
func (sc *screen) reload() { sc.send(common.ReloadMsg{People: true}) }

// text is the screen as plain text.
func (sc *screen) text() string { return ansi.Strip(sc.root.Render()) }

// fits checks that the screen is exactly w x h cells, every line at most
// w cells as the terminal counts them (wcwidth), so nothing wraps and no
// double-width character is cut in half.
func (sc *screen) fits(w, h int) {
	sc.t.Helper()
	out := sc.text()
	lines := strings.Split(out, "\n")
	if len(lines) != h {
		sc.t.Errorf("%d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if n := ansi.StringWidthWc(l); n > w {
			sc.t.Errorf("line %d is %d cells wide, more than %d: %q", i, n, w, l)
		}
		if strings.ContainsRune(l, '\uFFFD') {
			sc.t.Errorf("line %d has a broken character: %q", i, l)
		}
	}
}

// person finds a demo person by Latin name.
func (sc *screen) person(name string) event.Person {
	sc.t.Helper()
	people, err := sc.s.People()
	if err != nil {
		sc.t.Fatal(err)
	}
	for _, p := range people {
		if p.NameLatin == name || p.Name == name {
			return p
		}
	}
	sc.t.Fatalf("no person %q in the demo", name)
	return event.Person{}
}
