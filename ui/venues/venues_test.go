package venues_test

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/store"
	"caecw/ui/app"
	"caecw/ui/common"
	"caecw/ui/uitest"
	"caecw/ui/venues"
)

const wait = 300 * time.Millisecond

const day = event.Day("2025-07-26")

type fixture struct {
	t   *testing.T
	app *app.Model
	tab *venues.Model
	s   *store.Store
}

func newFixture(t *testing.T, w, h int, mode common.Mode) *fixture {
	t.Helper()
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	c := uitest.Common(t, s, clk, i18n.EN, mode, w, h)
	tab := venues.New(c)
	m := app.New(c, tab)
	uitest.Drive(m, tea.WindowSizeMsg{Width: w, Height: h}, wait)
	uitest.Drive(m, tea.BatchMsg{m.Init()}, wait)
	return &fixture{t: t, app: m, tab: tab, s: s}
}

func (f *fixture) press(keys ...string) {
	for _, k := range keys {
		uitest.Drive(f.app, uitest.Key(k), wait)
	}
}

func (f *fixture) typeText(text string) {
	for _, msg := range uitest.Type(text) {
		uitest.Drive(f.app, msg, wait)
	}
}

func (f *fixture) screen() string { return ansi.Strip(f.app.Render()) }

// selectVenue filters the venues down to one and leaves the filter.
func (f *fixture) selectVenue(name string) {
	f.press("/")
	f.typeText(name)
	f.press("enter")
}

func (f *fixture) assignments(session string) map[string]int {
	f.t.Helper()
	v, err := f.s.Day(day)
	if err != nil {
		f.t.Fatal(err)
	}
	out := map[string]int{}
	for _, a := range v.Assignments {
		if a.Session == session {
			out[a.Delegation] = a.Headcount
		}
	}
	return out
}

func (f *fixture) outages() []event.Outage {
	f.t.Helper()
	v, err := f.s.Day(day)
	if err != nil {
		f.t.Fatal(err)
	}
	return v.Outages
}

func (f *fixture) mustShow(want ...string) {
	f.t.Helper()
	out := f.screen()
	for _, w := range want {
		if !strings.Contains(out, w) {
			f.t.Errorf("screen lacks %q:\n%s", w, out)
		}
	}
}

func TestGoldenOpeningDay(t *testing.T) {
	for _, size := range [][2]int{{100, 30}, {80, 24}} {
		f := newFixture(t, size[0], size[1], common.ModeCoordinator)
		f.selectVenue("giecc hall c")
		f.press("esc") // keeps the selection, drops the filter
		uitest.Golden(t, "opening-day-hall-c-"+itoa(size[0])+"x"+itoa(size[1]), f.screen())
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

func TestShowsTheDemosClashAndOverCapacity(t *testing.T) {
	f := newFixture(t, 100, 30, common.ModeCoordinator)
	f.mustShow("2 problems")
	f.selectVenue("giecc hall c")
	f.press("esc")
	out := f.screen()
	var hallC string
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "GIECC Hall C ") && strings.Contains(l, "300") && !strings.Contains(l, "seats") {
			hallC = l
		}
	}
	if !strings.Contains(hallC, "!") || !strings.Contains(hallC, "▓") || !strings.Contains(hallC, "█") {
		t.Errorf("Hall C's row does not mark the clash with ! and ▓: %q", hallC)
	}
	f.mustShow("10:45–12:15", "12:00–12:45", "109/300", "0/300", "Brunei Darussalam Delegation 12")
	f.press("p")
	f.mustShow("[venue clash]", "overlap in GIECC Hall C", "[over capacity]", "GIECC Meeting Room 1")
}

func TestEveryLineFits(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {100, 30}, {200, 50}} {
		f := newFixture(t, size[0], size[1], common.ModeCoordinator)
		for _, keys := range [][]string{nil, {"enter"}, {"p"}, {"a"}} {
			f.press(keys...)
			lines := strings.Split(f.app.Render(), "\n")
			if len(lines) != size[1] {
				t.Errorf("%dx%d after %v: %d lines", size[0], size[1], keys, len(lines))
			}
			for i, l := range lines {
				if w := ansi.StringWidthWc(l); w > size[0] {
					t.Errorf("%dx%d after %v: line %d is %d cells: %q", size[0], size[1], keys, i, w, ansi.Strip(l))
				}
			}
			f.press("esc", "esc")
		}
	}
}

func TestNoPanicAtTinySizes(t *testing.T) {
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	c := uitest.Common(t, s, clk, i18n.EN, common.ModeCoordinator, 100, 30)
	tab := venues.New(c)
	v, err := s.Day(day)
	if err != nil {
		t.Fatal(err)
	}
	tab.Update(common.DayLoadedMsg{View: v})
	// Browsing, the problems, a picker, a prompt, then a confirmation.
	for _, keys := range []string{"", "p", "p a s037", "enter y-cn", "enter", "enter"} {
		for _, k := range strings.Fields(keys) {
			if k == "enter" || k == "p" || k == "a" {
				tab.Update(uitest.Key(k))
				continue
			}
			for _, msg := range uitest.Type(k) {
				tab.Update(msg)
			}
		}
		for w := -1; w < 40; w += 3 {
			for h := -1; h < 12; h++ {
				tab.SetSize(w, h)
				out := tab.View()
				if h > 0 && len(strings.Split(out, "\n")) != h {
					t.Fatalf("after %v at %dx%d: %d lines", keys, w, h, len(strings.Split(out, "\n")))
				}
			}
		}
	}
	if !tab.Capturing() || !strings.Contains(tab.View(), "y: go ahead") {
		t.Errorf("the chain of keys did not end in a confirmation:\n%s", tab.View())
	}
}

func TestAssignPartOfADelegationWithoutProblems(t *testing.T) {
	f := newFixture(t, 100, 30, common.ModeCoordinator)
	f.selectVenue("exhibition")
	f.press("enter", "a") // the venue's first session: s041
	if !f.tab.Capturing() {
		t.Fatal("the delegation picker does not capture keys")
	}
	f.typeText("thai deleg")
	f.mustShow("Thailand Delegation 34", "Thailand Youth Delegation 120")
	f.typeText(" d-th")
	if strings.Contains(f.screen(), "Youth") {
		t.Errorf("the filter kept youth delegations:\n%s", f.screen())
	}
	f.press("enter")
	f.mustShow("How many of Thailand Delegation go to Guided tour")
	f.typeText("10")
	f.press("enter")
	if got := f.assignments("s041")["d-th"]; got != 10 {
		t.Fatalf("s041 d-th headcount %d, want 10", got)
	}
	f.mustShow("Assigned Thailand Delegation (10) to Guided tour", "144/1500", "2 problems")
}

func TestAssignThatBreaksSomethingAsksFirst(t *testing.T) {
	f := newFixture(t, 100, 30, common.ModeCoordinator)
	f.selectVenue("giecc hall c")
	f.press("enter", "down", "a") // s037 Media briefing
	f.typeText("y-cn")
	f.press("enter", "enter") // the whole China Youth Delegation
	f.mustShow("This change creates 2 problems:", "China Youth Delegation is in", "y: go ahead anyway")
	// Enter, space and other letters do not go ahead.
	f.press("enter", "space", "a", "Y")
	if got := f.assignments("s037"); len(got) != 0 {
		t.Fatalf("committed without y: %v", got)
	}
	f.press("n")
	if got := f.assignments("s037"); len(got) != 0 {
		t.Fatalf("committed after n: %v", got)
	}
	f.mustShow("Nothing was changed.", "2 problems")

	f.press("a")
	f.typeText("y-cn")
	f.press("enter", "enter", "y")
	if _, ok := f.assignments("s037")["y-cn"]; !ok {
		t.Fatal("y did not commit the assignment")
	}
	f.mustShow("4 problems", "Went ahead despite 2 new problems", "200/300")
}

func TestMoveDelegationSolvesOverCapacity(t *testing.T) {
	f := newFixture(t, 100, 30, common.ModeCoordinator)
	f.selectVenue("meeting room 1")
	f.press("enter", "m")
	f.typeText("cambodia")
	f.press("enter")
	f.mustShow("Move Cambodia Delegation to which session?")
	f.typeText("presidents")
	f.press("enter")
	if _, ok := f.assignments("s035")["d-kh"]; ok {
		t.Error("d-kh still in s035")
	}
	if _, ok := f.assignments("s034")["d-kh"]; !ok {
		t.Error("d-kh not in s034")
	}
	f.mustShow("Moved Cambodia Delegation from Language Education Forum", "80/80")
}

func TestRemoveDelegation(t *testing.T) {
	f := newFixture(t, 100, 30, common.ModeCoordinator)
	f.selectVenue("meeting room 1")
	f.press("enter", "x")
	f.typeText("lao")
	f.press("enter")
	got := f.assignments("s035")
	if _, ok := got["d-la"]; ok || len(got) != 2 {
		t.Errorf("s035 after removing d-la: %v", got)
	}
	// The session's own 100 expected still overflow the 80 seats: the
	// same problem, no fuller, so nothing is asked.
	f.mustShow("Removed Lao PDR Delegation from Language Education Forum", "80/80", "2 problems")
}

func TestOutageAsksThenLifts(t *testing.T) {
	f := newFixture(t, 100, 30, common.ModeCoordinator)
	f.selectVenue("giecc hall c")
	f.press("o")
	f.typeText("11:00-13:00 water leak")
	f.press("enter")
	f.mustShow("This change creates 2 problems:", "11:00–13:00 (water leak)")
	if len(f.outages()) != 0 {
		t.Fatal("outage saved before y")
	}
	f.press("y")
	os := f.outages()
	if len(os) != 1 || os[0].Venue != "v-giecc-c" || os[0].Reason != "water leak" {
		t.Fatalf("outages: %+v", os)
	}
	f.mustShow("4 problems", "out of service 11:00–13:00: water leak", "X")

	f.press("O", "enter")
	if os := f.outages(); len(os) != 0 {
		t.Fatalf("outage not lifted: %+v", os)
	}
	f.mustShow("Lifted the outage of GIECC Hall C (11:00–13:00).", "2 problems")
}

func TestBadAnswersChangeNothing(t *testing.T) {
	f := newFixture(t, 100, 30, common.ModeCoordinator)
	f.selectVenue("giecc hall c")
	f.press("o")
	f.typeText("13:00-12:00")
	f.press("enter")
	f.mustShow("Give the window as HH:MM-HH:MM")
	f.press("enter", "a")
	f.typeText("d-bn")
	f.press("enter")
	f.typeText("-3")
	f.press("enter")
	f.mustShow("The headcount must be a whole number")
	if len(f.outages()) != 0 || len(f.assignments("s034")) != 6 {
		t.Error("a bad answer changed the store")
	}
}

func TestDeskMayNotChangeTheProgramme(t *testing.T) {
	f := newFixture(t, 100, 30, common.ModeDesk)
	for _, k := range []string{"a", "m", "x", "o", "O"} {
		f.press(k)
		if f.tab.Capturing() {
			t.Fatalf("%s opened a prompt at a desk", k)
		}
		f.mustShow("A check-in desk cannot change assignments or venues")
	}
}

func TestProblemJumpsToItsSession(t *testing.T) {
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	c := uitest.Common(t, s, clk, i18n.EN, common.ModeCoordinator, 100, 30)
	tab := venues.New(c)
	tab.SetSize(100, 25)
	v, err := s.Day(day)
	if err != nil {
		t.Fatal(err)
	}
	tab.Update(common.DayLoadedMsg{View: v})
	tab.Update(uitest.Key("p"))
	want := []string{"s034", "s035"}
	for i, id := range want {
		if i > 0 {
			tab.Update(uitest.Key("down"))
		}
		_, cmd := tab.Update(uitest.Key("enter"))
		if cmd == nil {
			t.Fatalf("problem %d: enter gave no command", i)
		}
		if msg, ok := cmd().(common.ShowSessionMsg); !ok || msg.ID != id {
			t.Errorf("problem %d: got %#v, want ShowSessionMsg{%s}", i, cmd(), id)
		}
	}
}

func TestEnterOnASessionOpensIt(t *testing.T) {
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	c := uitest.Common(t, s, clk, i18n.EN, common.ModeCoordinator, 100, 30)
	tab := venues.New(c)
	tab.SetSize(100, 25)
	v, err := s.Day(day)
	if err != nil {
		t.Fatal(err)
	}
	tab.Update(common.DayLoadedMsg{View: v})
	for _, k := range []string{"/", "m", "1", "enter", "enter", "enter"} {
		_, cmd := tab.Update(uitest.Key(k))
		if k == "enter" && cmd != nil {
			if msg, ok := cmd().(common.ShowSessionMsg); ok {
				if msg.ID != "s035" {
					t.Errorf("opened %s, want s035 of Meeting Room 1", msg.ID)
				}
				return
			}
		}
	}
	t.Error("enter on Meeting Room 1's session did not open it")
}

func TestFilterCapturesAndEscBacksOut(t *testing.T) {
	f := newFixture(t, 100, 30, common.ModeCoordinator)
	f.press("/")
	if !f.tab.Capturing() {
		t.Fatal("filter does not capture")
	}
	f.typeText("wetland")
	out := f.screen()
	if !strings.Contains(out, "Huaxi Wetland Park") || strings.Contains(out, "GIECC Hall A") || venueRows(out) != 2 {
		t.Errorf("filter wetland:\n%s", out)
	}
	f.press("esc")
	if f.tab.Capturing() {
		t.Fatal("esc left the filter capturing")
	}
	if n := venueRows(f.screen()); n < 10 {
		t.Errorf("after esc %d venue rows show, want the whole list:\n%s", n, f.screen())
	}
}

// venueRows counts the timeline rows on screen: lines with the hour grid.
func venueRows(screen string) int {
	n := 0
	for _, l := range strings.Split(screen, "\n") {
		if strings.Count(l, "·") >= 5 {
			n++
		}
	}
	return n
}

func TestTheNowLineFollowsTheClock(t *testing.T) {
	f := newFixture(t, 100, 30, common.ModeCoordinator)
	axis := func() int {
		for _, l := range strings.Split(f.screen(), "\n") {
			if strings.Contains(l, "Seats") {
				return strings.Index(l, "│")
			}
		}
		return -1
	}
	before := axis()
	uitest.Drive(f.app, common.TickMsg{Now: uitest.OpeningDay().Add(5 * time.Hour)}, wait)
	after := axis()
	if before < 0 || after <= before {
		t.Errorf("the now line at 09:30 is at byte %d, at 14:30 at %d", before, after)
	}
}

func TestChineseScreensHaveNoLeftovers(t *testing.T) {
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	c := uitest.Common(t, s, clk, i18n.ZH, common.ModeCoordinator, 80, 24)
	tab := venues.New(c)
	m := app.New(c, tab)
	uitest.Drive(m, tea.WindowSizeMsg{Width: 80, Height: 24}, wait)
	uitest.Drive(m, tea.BatchMsg{m.Init()}, wait)
	f := &fixture{t: t, app: m, tab: tab, s: s}
	f.selectVenue("v-giecc-c")
	for _, keys := range [][]string{{"enter"}, {"p"}, {"esc", "enter", "down", "a"}, {"enter"}, {"enter"}} {
		f.press(keys...)
		out := f.screen()
		if left := i18n.Leftovers(out); len(left) > 0 {
			t.Errorf("after %v: untranslated %q in\n%s", keys, left, out)
		}
		if !strings.Contains(out, "场地") {
			t.Errorf("after %v: not in Chinese:\n%s", keys, out)
		}
	}
	f.mustShow("此变更会产生", "y：仍然执行")
}
