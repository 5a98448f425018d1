package app_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"caecw/internal/i18n"
	"caecw/ui/app"
	"caecw/ui/common"
	"caecw/ui/logtab"
	"caecw/ui/uitest"
)

const wait = 300 * time.Millisecond

func newApp(t *testing.T, w, h int) *app.Model {
	t.Helper()
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	c := uitest.Common(t, s, clk, i18n.EN, common.ModeCoordinator, w, h)
	m := app.New(c, logtab.New(c), logtab.New(c))
	uitest.Drive(m, tea.WindowSizeMsg{Width: w, Height: h}, wait)
	uitest.Drive(m, tea.BatchMsg{m.Init()}, wait)
	return m
}

func screen(m *app.Model) string { return ansi.Strip(m.Render()) }

func TestOpensOnTheDayOfTheClock(t *testing.T) {
	m := newApp(t, 100, 30)
	out := screen(m)
	for _, want := range []string{"26 Jul 2025, Sat", "09:30:00", "DEMO", "desk test-desk", "operator tester", "[1 Log]"} {
		if !strings.Contains(out, want) {
			t.Errorf("screen lacks %q:\n%s", want, out)
		}
	}
}

func TestEveryLineFitsTheWidth(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {100, 30}, {200, 50}} {
		m := newApp(t, size[0], size[1])
		lines := strings.Split(m.Render(), "\n")
		if len(lines) != size[1] {
			t.Errorf("%dx%d: %d lines", size[0], size[1], len(lines))
		}
		for i, l := range lines {
			if w := ansi.StringWidthWc(l); w > size[0] {
				t.Errorf("%dx%d: line %d is %d cells: %q", size[0], size[1], i, w, ansi.Strip(l))
			}
		}
	}
}

func TestNoPanicAtAnySize(t *testing.T) {
	m := newApp(t, 100, 30)
	for w := 1; w <= 300; w += 7 {
		for h := 1; h <= 100; h += 5 {
			uitest.Drive(m, tea.WindowSizeMsg{Width: w, Height: h}, wait)
			out := m.Render()
			if w < app.MinWidth || h < app.MinHeight {
				if strings.Contains(out, "[1 Log]") {
					t.Fatalf("%dx%d: laid out the full screen below the minimum", w, h)
				}
				if got := len(strings.Split(out, "\n")); got > h {
					t.Fatalf("%dx%d: %d lines", w, h, got)
				}
			}
		}
	}
	uitest.Drive(m, tea.WindowSizeMsg{Width: 60, Height: 20}, wait)
	if !strings.Contains(screen(m), "too small") {
		t.Errorf("no too-small message: %q", screen(m))
	}
}

func TestTabsSwitchByNumberTabAndClick(t *testing.T) {
	m := newApp(t, 100, 30)
	uitest.Drive(m, uitest.Key("2"), wait)
	if m.Active() != 1 {
		t.Fatalf("2: active %d", m.Active())
	}
	uitest.Drive(m, uitest.Key("tab"), wait)
	if m.Active() != 0 {
		t.Fatalf("tab wraps: active %d", m.Active())
	}
	uitest.Drive(m, uitest.Key("shift+tab"), wait)
	if m.Active() != 1 {
		t.Fatalf("shift+tab: active %d", m.Active())
	}
	// The first title "[1 Log]" spans x 0-6 on the tab bar (line 2).
	uitest.Drive(m, tea.MouseClickMsg{X: 2, Y: 2, Button: tea.MouseLeft}, wait)
	if m.Active() != 0 {
		t.Fatalf("click: active %d", m.Active())
	}
	if !strings.Contains(screen(m), "[1 Log]") {
		t.Errorf("active tab not bracketed:\n%s", screen(m))
	}
}

func TestDaysSwitchWithinTheEventSpan(t *testing.T) {
	m := newApp(t, 100, 30)
	uitest.Drive(m, uitest.Key("]"), wait)
	uitest.Drive(m, uitest.Key("]"), wait)
	uitest.Drive(m, uitest.Key("]"), wait) // 28, the departure day, is the last of the span
	if m.Day() != "2025-07-28" {
		t.Fatalf("day %s", m.Day())
	}
	for range 6 {
		uitest.Drive(m, uitest.Key("["), wait)
	}
	if m.Day() != "2025-07-23" {
		t.Fatalf("day %s", m.Day())
	}
	// Another day than today is marked, with where today's check-ins go.
	if !strings.Contains(screen(m), "viewing 23 Jul, Wed · today's check-ins: 26 Jul, Sat") {
		t.Errorf("header:\n%s", screen(m))
	}
	uitest.Drive(m, uitest.Key("t"), wait)
	if m.Day() != "2025-07-26" {
		t.Fatalf("today: %s", m.Day())
	}
	if out := screen(m); !strings.Contains(out, "26 Jul 2025, Sat  09:30:00") || strings.Contains(out, "viewing") {
		t.Errorf("header of today:\n%s", out)
	}
}

// appAt opens the demo's screen in mode with the clock at now.
func appAt(t *testing.T, now time.Time, mode common.Mode) *app.Model {
	t.Helper()
	s, clk := uitest.DemoStore(t, now)
	c := uitest.Common(t, s, clk, i18n.EN, mode, 100, 30)
	m := app.New(c, logtab.New(c), logtab.New(c))
	uitest.Drive(m, tea.WindowSizeMsg{Width: 100, Height: 30}, wait)
	uitest.Drive(m, tea.BatchMsg{m.Init()}, wait)
	return m
}

func TestArrivalDayIsShownAsItself(t *testing.T) {
	// 23 July: delegations land, no session yet. The header used to say
	// 24 July, the first day of the programme, and check-ins kept under
	// the 23rd showed nowhere.
	m := appAt(t, uitest.OpeningDay().AddDate(0, 0, -3), common.ModeCoordinator)
	if m.Day() != "2025-07-23" {
		t.Fatalf("day %s", m.Day())
	}
	if out := screen(m); !strings.Contains(out, "23 Jul 2025, Wed  09:30:00") {
		t.Errorf("header:\n%s", out)
	}
}

func TestOutsideTheEventTheHeaderSaysSo(t *testing.T) {
	now := time.Date(2025, 8, 1, 14, 5, 0, 0, uitest.OpeningDay().Location())
	m := appAt(t, now, common.ModeCoordinator)
	if m.Day() != "2025-07-28" {
		t.Fatalf("day %s", m.Day())
	}
	out := screen(m)
	if !strings.Contains(out, "viewing 28 Jul, Mon · today's check-ins: 1 Aug, Fri") || !strings.Contains(out, "14:05:00") {
		t.Errorf("header:\n%s", out)
	}
	// t shows today, where today's check-ins are, and says it is no
	// event day.
	uitest.Drive(m, uitest.Key("t"), wait)
	if m.Day() != "2025-08-01" {
		t.Fatalf("t: day %s", m.Day())
	}
	if out := screen(m); !strings.Contains(out, "1 Aug 2025, Fri, not an event day") {
		t.Errorf("header of today:\n%s", out)
	}
}

func TestDeskWorksOnTodayOnly(t *testing.T) {
	now := time.Date(2025, 8, 1, 14, 5, 0, 0, uitest.OpeningDay().Location())
	m := appAt(t, now, common.ModeDesk)
	if m.Day() != "2025-08-01" {
		t.Fatalf("a desk opens on %s, not today", m.Day())
	}
	for _, k := range []string{"]", "[", "t"} {
		uitest.Drive(m, uitest.Key(k), wait)
		if m.Day() != "2025-08-01" {
			t.Fatalf("%s moved the desk to %s", k, m.Day())
		}
	}
	out := screen(m)
	help := strings.Split(out, "\n")
	if last := help[len(help)-1]; strings.Contains(last, "[") || strings.Contains(last, "day") {
		t.Errorf("the desk's help offers day keys: %q", last)
	}
	uitest.Drive(m, uitest.Key("?"), wait)
	if full := screen(m); strings.Contains(full, "previous day") || strings.Contains(full, "next day") || strings.Contains(full, "today") {
		t.Errorf("the desk's full help lists day keys:\n%s", full)
	}
}

func TestErrorLineShowsAndClearsOnSave(t *testing.T) {
	m := newApp(t, 100, 30)
	uitest.Drive(m, common.ErrMsg{Action: i18n.Verbatim("check-in"), Err: errors.New("no space left on device")}, wait)
	if !strings.Contains(screen(m), "save failed: check-in: no space left on device") {
		t.Fatalf("no error line:\n%s", screen(m))
	}
	uitest.Drive(m, common.SavedMsg{Text: i18n.Verbatim("ok")}, wait)
	if strings.Contains(screen(m), "save failed") {
		t.Fatalf("error line stayed after a save:\n%s", screen(m))
	}
}

func TestLanguageSwitchesLive(t *testing.T) {
	m := newApp(t, 100, 30)
	uitest.Drive(m, uitest.Key("L"), wait)
	out := screen(m)
	if !strings.Contains(out, "2025年7月26日 周六") || !strings.Contains(out, "日志") {
		t.Fatalf("not Chinese after L:\n%s", out)
	}
	uitest.Drive(m, uitest.Key("L"), wait)
	if !strings.Contains(screen(m), "26 Jul 2025") {
		t.Fatalf("not English after second L")
	}
}

func TestQuitKeys(t *testing.T) {
	m := newApp(t, 100, 30)
	_, cmd := m.Update(uitest.Key("q"))
	if cmd == nil {
		t.Fatal("q returned no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("q does not quit")
	}
}

func TestAfterCloseDayAChangeIsAcceptedWithAWarning(t *testing.T) {
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	c := uitest.Common(t, s, clk, i18n.EN, common.ModeCoordinator, 120, 30)
	m := app.New(c, logtab.New(c), logtab.New(c))
	uitest.Drive(m, tea.WindowSizeMsg{Width: 120, Height: 30}, wait)
	if _, err := s.CloseDay("2025-07-26", t.TempDir(), 0); err != nil {
		t.Fatal(err)
	}
	uitest.Drive(m, tea.BatchMsg{m.Init()}, wait)
	if out := screen(m); !strings.Contains(out, "closed 09:30, 0 late additions since") {
		t.Errorf("the header does not say the day is closed:\n%s", out)
	}
	people, _ := s.People()
	res, err := s.CheckIn(people[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	uitest.Drive(m, common.SavedMsg{Entry: res.Entry, Text: i18n.Verbatim("Checked in")}, wait)
	out := screen(m)
	if !strings.Contains(out, "Checked in (ctrl+z undoes it) · day closed at 09:30: kept as a late addition") {
		t.Errorf("no warning on the saved change:\n%s", out)
	}
	if !strings.Contains(out, "closed 09:30, 1 late addition since") {
		t.Errorf("the late addition is not counted:\n%s", out)
	}
}

func TestEveryChangeSaysHowToUndoIt(t *testing.T) {
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	c := uitest.Common(t, s, clk, i18n.EN, common.ModeCoordinator, 120, 30)
	m := app.New(c, logtab.New(c), logtab.New(c))
	uitest.Drive(m, tea.WindowSizeMsg{Width: 120, Height: 30}, wait)
	uitest.Drive(m, tea.BatchMsg{m.Init()}, wait)
	e, err := s.Delay("s031", 10)
	if err != nil {
		t.Fatal(err)
	}
	uitest.Drive(m, common.SavedMsg{Entry: e, Text: i18n.Verbatim("Delayed by 10 min")}, wait)
	if out := screen(m); !strings.Contains(out, "Delayed by 10 min (undo it on the Log tab: u)") {
		t.Errorf("the change does not say how to undo it:\n%s", out)
	}
}
