package app_test

import (
	"fmt"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"caecw/internal/i18n"
	"caecw/ui/app"
	"caecw/ui/checkins"
	"caecw/ui/common"
	"caecw/ui/logtab"
	"caecw/ui/uitest"
)

// settle feeds msg to m and runs what comes back until nothing is left,
// each command in turn to its end; the clock's ticks are dropped (they
// would go on for ever). It returns how many messages came back to
// Update: the runtime hops.
func settle(m tea.Model, msg tea.Msg) int {
	hops := -1
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		next := queue[0]
		queue = queue[1:]
		if _, tick := next.(common.TickMsg); tick || next == nil {
			continue
		}
		if batch, ok := next.(tea.BatchMsg); ok {
			for _, c := range batch {
				queue = append(queue, run(c))
			}
			continue
		}
		hops++
		_, cmd := m.Update(next)
		queue = append(queue, run(cmd))
	}
	return hops
}

// beforeCmd, when set, is called as each command starts (the benchmark
// reads the CPU clock).
var beforeCmd func()

func run(c tea.Cmd) tea.Msg {
	if c == nil {
		return nil
	}
	if beforeCmd != nil {
		beforeCmd()
	}
	return c()
}

// spyTab is a tab that notes the type of every message it is given.
type spyTab struct{ got []string }

func (s *spyTab) Init() tea.Cmd { return nil }
func (s *spyTab) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	s.got = append(s.got, fmt.Sprintf("%T", msg))
	return s, nil
}
func (s *spyTab) View() string              { return "" }
func (s *spyTab) SetSize(int, int)          {}
func (s *spyTab) TabName() string           { return "spy" }
func (s *spyTab) Capturing() bool           { return false }
func (s *spyTab) ShortHelp() []key.Binding  { return nil }
func (s *spyTab) FullHelp() [][]key.Binding { return nil }
func (s *spyTab) count(typ string) (n int) {
	for _, g := range s.got {
		if g == typ {
			n++
		}
	}
	return n
}

// TestScanComesBackInOneTurn: the way back of a scan is as direct as the
// way out. The check-in's command answers once, and in that one turn
// the root shows it saved, the desk its confirmation, every tab what
// changed; the desk's private answer reaches no other tab, and the day
// is not read again whole.
func TestScanComesBackInOneTurn(t *testing.T) {
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	c := uitest.Common(t, s, clk, i18n.EN, common.ModeDesk, 80, 24)
	spy := &spyTab{}
	m := app.New(c, checkins.NewDesk(c), logtab.New(c), spy)
	settle(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	settle(m, tea.BatchMsg{m.Init()})
	people := demoPeople(t, s)
	for i, p := range people[:3] {
		spy.got = nil
		settle(m, tea.PasteMsg{Content: p.Badge})
		hops := settle(m, tea.KeyPressMsg{Code: tea.KeyEnter})
		if hops != 1 {
			t.Errorf("scan %d came back in %d messages to the root, want 1", i+1, hops)
		}
		for _, g := range spy.got {
			if strings.HasPrefix(g, "checkins.") {
				t.Errorf("scan %d: the desk's private answer %s reached another tab", i+1, g)
			}
		}
		if n := spy.count("common.DayLoadedMsg"); n != 0 {
			t.Errorf("scan %d read the whole day %d times, want 0 (what changed only)", i+1, n)
		}
		if n := spy.count("common.SavedMsg"); n != 1 {
			t.Errorf("scan %d: the other tab heard of the save %d times, want 1", i+1, n)
		}
		if _, ok := s.Arrival(m.Day(), p.ID); !ok {
			t.Fatalf("scan %d not saved", i+1)
		}
		out := screen(m)
		if !strings.Contains(out, "✓ saved") || !strings.Contains(out, p.Name) {
			t.Errorf("scan %d: the screen does not show it saved:\n%s", i+1, out)
		}
	}
}
