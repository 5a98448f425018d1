package screens

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/ui/uitest"
)

// at moves the screen's clock to hh:mm on the opening day and ticks.
func (sc *screen) at(hh, mm int) {
	d := uitest.OpeningDay()
	sc.clk.Set(time.Date(d.Year(), d.Month(), d.Day(), hh, mm, 0, 0, d.Location()))
	sc.tick()
}

// index is the position of the first listed item that ok accepts.
func (sc *screen) index(ok func(event.AttentionItem) bool) int {
	sc.t.Helper()
	i := slices.IndexFunc(sc.root.Attention(), ok)
	if i < 0 {
		sc.t.Fatalf("no such item in %+v", sc.root.Attention())
	}
	return i
}

// choose opens the panel and selects item i.
func (sc *screen) choose(i int) {
	sc.keys("!")
	for range i {
		sc.keys("down")
	}
}

func (sc *screen) session(id string) event.Session {
	sc.t.Helper()
	v, err := sc.s.Day(sc.root.Day())
	if err != nil {
		sc.t.Fatal(err)
	}
	for _, s := range v.Sessions {
		if s.ID == id {
			return s
		}
	}
	sc.t.Fatalf("no session %s", id)
	return event.Session{}
}

// TestAttentionPanelOpensNavigatesWidensAndCloses: the header counts the
// list on every tab, ! opens it, w widens it through AttentionWindows,
// down moves the selection, esc and ! close it.
func TestAttentionPanelOpensNavigatesWidensAndCloses(t *testing.T) {
	sc := newScreen(t, i18n.EN, 100, 30)
	// 09:30: the opening ceremony (09:00) is not marked started.
	if n := len(sc.root.Attention()); n != 1 {
		t.Fatalf("%d items at 09:30, want 1: %+v", n, sc.root.Attention())
	}
	for _, tab := range []string{"1", "2", "3", "4"} {
		sc.keys(tab)
		if !strings.Contains(sc.text(), "! 1 to watch") {
			t.Fatalf("tab %s: no attention count in the header:\n%s", tab, sc.text())
		}
	}
	sc.keys("!")
	out := sc.text()
	if !strings.Contains(out, "What needs you in the next 1 h") || !strings.Contains(out, "Opening ceremony") ||
		!strings.Contains(out, "not marked started") || !strings.Contains(out, "fix: mark it started") {
		t.Fatalf("panel:\n%s", out)
	}
	sc.keys("w")
	items := sc.root.Attention()
	if len(items) < 3 || !strings.Contains(sc.text(), "next 2 h") {
		t.Fatalf("after w: %d items, screen:\n%s", len(items), sc.text())
	}
	selected := func() string {
		for _, l := range strings.Split(sc.text(), "\n") {
			if strings.HasPrefix(l, "▸ ") {
				return l
			}
		}
		return ""
	}
	first := selected()
	sc.keys("down")
	if second := selected(); second == "" || second == first || !strings.Contains(second, "10:45") {
		t.Errorf("down: selection %q -> %q", first, second)
	}
	sc.keys("w", "w")
	if !strings.Contains(sc.text(), "next 1 h") {
		t.Errorf("w three times does not come back to 1 h:\n%s", sc.text())
	}
	sc.keys("esc")
	if strings.Contains(sc.text(), "What needs you") {
		t.Errorf("esc left the panel open")
	}
	sc.keys("!", "!")
	if strings.Contains(sc.text(), "What needs you") {
		t.Errorf("! did not close the panel")
	}
}

// TestAttentionJumpsToTheSessionAndMarksItStarted: enter shows the
// item's session on the Sessions tab; f on a session not started marks
// it started, and the item leaves the list and the header.
func TestAttentionJumpsToTheSessionAndMarksItStarted(t *testing.T) {
	sc := newScreen(t, i18n.EN, 100, 30)
	sc.keys("3")
	it := sc.root.Attention()[0]
	if it.Kind != event.AttentionNotStarted {
		t.Fatalf("first item %+v", it)
	}
	title := sc.session(it.Sessions[0]).Title
	sc.keys("!", "enter")
	if sc.root.Active() != 0 || strings.Contains(sc.text(), "What needs you") {
		t.Fatalf("enter: tab %d, screen:\n%s", sc.root.Active(), sc.text())
	}
	if !strings.Contains(sc.text(), title[:20]) {
		t.Errorf("the session is not shown:\n%s", sc.text())
	}
	sc.keys("esc", "3", "!", "f")
	if sc.session(it.Sessions[0]).State.Started.IsZero() {
		t.Fatalf("f did not mark %s started:\n%s", it.Sessions[0], sc.text())
	}
	if n := len(sc.root.Attention()); n != 0 || strings.Contains(sc.text(), "to watch") {
		t.Errorf("after marking started: %d items, screen:\n%s", n, sc.text())
	}
	// s on the Sessions tab refuses a second mark.
	sc.keys("s")
	if !strings.Contains(sc.text(), "marked started already") {
		t.Errorf("s on a started session:\n%s", sc.text())
	}
}

// TestAttentionFixOpensTheDelegation: f on people not arrived opens the
// Check-ins tab on the delegation short of people.
func TestAttentionFixOpensTheDelegation(t *testing.T) {
	sc := newScreen(t, i18n.EN, 100, 30)
	sc.at(10, 35)
	i := sc.index(func(it event.AttentionItem) bool { return it.Kind == event.AttentionNotArrived })
	it := sc.root.Attention()[i]
	v, err := sc.s.Day(sc.root.Day())
	if err != nil {
		t.Fatal(err)
	}
	name := ""
	for _, d := range v.Delegations {
		if d.ID == it.Shortfalls[0].Delegation {
			name = d.Name
		}
	}
	sc.choose(i)
	if !strings.Contains(sc.text(), it.Shortfalls[0].Liaison) {
		t.Errorf("the liaison %q is not in the panel:\n%s", it.Shortfalls[0].Liaison, sc.text())
	}
	sc.keys("f")
	if sc.root.Active() != 1 || !strings.Contains(sc.text(), name) {
		t.Fatalf("f: tab %d, want Check-ins on %q:\n%s", sc.root.Active(), name, sc.text())
	}
}

// TestAttentionFixDelaysByTheProposedMinutes: a delay that pushes a
// session into the next in its venue is a knock-on; f opens the delay
// prompt on the later session filled with the overlap, and enter (and y
// if it breaks something else) saves it.
func TestAttentionFixDelaysByTheProposedMinutes(t *testing.T) {
	sc := newScreen(t, i18n.EN, 100, 30)
	sc.at(11, 20)
	if _, err := sc.s.Delay("s034", 5); err != nil {
		t.Fatal(err)
	}
	sc.reload()
	i := sc.index(func(it event.AttentionItem) bool { return it.Action == event.ActionDelaySession })
	it := sc.root.Attention()[i]
	if it.Kind != event.AttentionKnockOn || it.DelayMin <= 0 {
		t.Fatalf("item %+v", it)
	}
	later := it.Sessions[len(it.Sessions)-1]
	before := sc.session(later).State.DelayMin
	sc.choose(i)
	sc.keys("f")
	if sc.root.Active() != 0 || !strings.Contains(sc.text(), "by how many minutes?") ||
		!strings.Contains(sc.text(), fmt.Sprint(it.DelayMin)) {
		t.Fatalf("f: tab %d, screen:\n%s", sc.root.Active(), sc.text())
	}
	sc.keys("enter")
	if strings.Contains(sc.text(), "y/n") || strings.Contains(sc.text(), "(y)") {
		sc.keys("y")
	}
	if got := sc.session(later).State.DelayMin; got != before+it.DelayMin {
		t.Fatalf("%s delayed %d, want %d:\n%s", later, got, before+it.DelayMin, sc.text())
	}
}

// TestGoldenAttention draws the panel at 80x24 in both languages: the
// opening day at 09:30 with the window widened to two hours and the
// second item selected, so the numbers of a delegation short show.
func TestGoldenAttention(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
		t.Run(string(lang), func(t *testing.T) {
			sc := busyMorning(t, lang, 80, 24)
			sc.keys("!", "w", "down")
			sc.fits(80, 24)
			uitest.Golden(t, fmt.Sprintf("attention-80x24-%s", lang), sc.text())
		})
	}
}

// TestAttentionFixOpensTheVenuePicker: f on a clash ahead opens the
// venue picker on the session that starts later.
func TestAttentionFixOpensTheVenuePicker(t *testing.T) {
	sc := newScreen(t, i18n.EN, 100, 30)
	sc.at(11, 20)
	i := sc.index(func(it event.AttentionItem) bool { return it.Action == event.ActionMoveSession })
	it := sc.root.Attention()[i]
	sc.choose(i)
	sc.keys("f")
	later := sc.session(it.Sessions[len(it.Sessions)-1]).Title
	if sc.root.Active() != 0 || !strings.Contains(sc.text(), "Keep GIECC") || !strings.Contains(sc.text(), later[:20]) {
		t.Fatalf("f: tab %d, screen:\n%s", sc.root.Active(), sc.text())
	}
	sc.keys("esc")
	if got := sc.session(it.Sessions[len(it.Sessions)-1]).State; got.MovedTo != "" {
		t.Errorf("esc moved the session: %+v", got)
	}
}

// TestAttentionPanelFits: open, widened to 4 h, at the sizes the team
// looks at, in both languages, every line within the width.
func TestAttentionPanelFits(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
		for _, size := range [][2]int{{80, 24}, {100, 30}, {200, 50}} {
			sc := newScreen(t, lang, size[0], size[1])
			sc.at(10, 30)
			sc.keys("!", "w", "w", "G")
			sc.fits(size[0], size[1])
		}
	}
}

// TestAttentionFollowsACheckIn: a check-in at this screen's desk is
// taken into the day held (no whole read) and the list follows it: the
// session's arrived count goes up by one.
func TestAttentionFollowsACheckIn(t *testing.T) {
	sc := newScreen(t, i18n.EN, 100, 30)
	sc.at(10, 35)
	i := sc.index(func(it event.AttentionItem) bool { return it.Kind == event.AttentionNotArrived })
	it := sc.root.Attention()[i]
	del := it.Shortfalls[0].Delegation
	people, err := sc.s.People()
	if err != nil {
		t.Fatal(err)
	}
	badge := ""
	for _, p := range people {
		if _, in := sc.s.Arrival(sc.root.Day(), p.ID); p.Delegation == del && !in && p.Badge != "" {
			badge = p.Badge
			break
		}
	}
	if badge == "" {
		t.Fatalf("nobody of %s left to check in", del)
	}
	sc.keys("2", "i")
	sc.typeText(badge)
	sc.keys("enter")
	j := sc.index(func(x event.AttentionItem) bool { return same(x, it) })
	if got := sc.root.Attention()[j].Have; got != it.Have+1 {
		t.Fatalf("after checking in %s of %s: have %d, want %d\n%s", badge, del, got, it.Have+1, sc.text())
	}
}

func same(a, b event.AttentionItem) bool {
	return a.Kind == b.Kind && slices.Equal(a.Sessions, b.Sessions)
}
