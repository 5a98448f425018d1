package logtab

import (
	"strings"
	"testing"
	"time"

	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/ui/common"
	"caecw/ui/uitest"
)

// The Log tab says how many entries the store holds, on its title line,
// and h lists them with their reasons (issue 12 §3); h again goes back.
func TestHeldEntriesOnTheLogTab(t *testing.T) {
	s, clk := uitest.DemoStore(t, at(10, 0))
	tb := newTab(t, s, clk, i18n.EN, common.ModeCoordinator)
	if v := tb.view(); strings.Contains(v, "held") {
		t.Fatalf("nothing is held, yet:\n%s", v)
	}
	// An entry from another desk with a capacity of -5, and one whose
	// clock is a year ahead.
	bad, err := journal.New(journal.NewID(journal.MakeHLC(at(9, 0), 0), "gate-9"), at(9, 0), opening, "gate-9", "op", journal.KindImport, "x.json",
		journal.Import{})
	if err != nil {
		t.Fatal(err)
	}
	bad.Payload = []byte(`{"venues":[{"id":"v","name":"V","site":"s","capacity":-5}]}`)
	ahead := bad
	ahead.ID = journal.NewID(journal.MakeHLC(at(9, 0).Add(365*24*time.Hour), 0), "gate-9")
	ahead.Payload = []byte(`{}`)
	if res, err := s.Apply(bad, ahead); err != nil || len(res.Held) != 2 {
		t.Fatalf("apply: %+v %v", res, err)
	}
	tb.load(opening)
	lines := strings.Split(tb.view(), "\n")
	if !strings.Contains(lines[0], "2 held") {
		t.Errorf("title line without the held count: %q", lines[0])
	}
	cmd := tb.key("h")
	if cmd == nil {
		t.Fatal("h gave no command")
	}
	tb.m.Update(cmd())
	v := tb.view()
	for _, want := range []string{"Held entries", "gate-9 (sync)", "capacity of venue v -5 is outside 0..100000", "import x.json: its id clock (2026-07-26"} {
		if !strings.Contains(v, want) {
			t.Errorf("held list lacks %q:\n%s", want, v)
		}
	}
	tb.key("h")
	if v := tb.view(); strings.Contains(v, "Held entries") || !strings.Contains(v, "2 held") {
		t.Errorf("h did not go back to the log:\n%s", v)
	}
	// Narrow and short: nothing wider than the tab, and no panic.
	for _, size := range [][2]int{{20, 3}, {40, 6}, {0, 0}} {
		tb.m.SetSize(size[0], size[1])
		tb.w = size[0]
		tb.key("h")
		tb.view()
		tb.key("h")
	}
}
