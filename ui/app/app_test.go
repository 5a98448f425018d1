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

func TestDaysSwitchWithinTheEvent(t *testing.T) {
	m := newApp(t, 100, 30)
	uitest.Drive(m, uitest.Key("]"), wait)
	uitest.Drive(m, uitest.Key("]"), wait) // 27 is the last day
	if m.Day() != "2025-07-27" {
		t.Fatalf("day %s", m.Day())
	}
	for range 5 {
		uitest.Drive(m, uitest.Key("["), wait)
	}
	if m.Day() != "2025-07-24" {
		t.Fatalf("day %s", m.Day())
	}
	if !strings.Contains(screen(m), "24 Jul 2025, Thu") {
		t.Errorf("header:\n%s", screen(m))
	}
	uitest.Drive(m, uitest.Key("t"), wait)
	if m.Day() != "2025-07-26" {
		t.Fatalf("today: %s", m.Day())
	}
}

func TestErrorLineShowsAndClearsOnSave(t *testing.T) {
	m := newApp(t, 100, 30)
	uitest.Drive(m, common.ErrMsg{Action: "check-in", Err: errors.New("no space left on device")}, wait)
	if !strings.Contains(screen(m), "save failed: check-in: no space left on device") {
		t.Fatalf("no error line:\n%s", screen(m))
	}
	uitest.Drive(m, common.SavedMsg{Text: "ok"}, wait)
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
