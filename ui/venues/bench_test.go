package venues_test

import (
	"testing"
	"time"

	"caecw/internal/i18n"
	"caecw/ui/common"
	"caecw/ui/uitest"
	"caecw/ui/venues"
)

// BenchmarkTickAndView is the tab's work each second on the demo's
// opening day: judge the plan again at the new time and draw 200x50.
func BenchmarkTickAndView(b *testing.B) {
	s, clk := uitest.DemoStore(b, uitest.OpeningDay())
	c := uitest.Common(b, s, clk, i18n.EN, common.ModeCoordinator, 200, 50)
	tab := venues.New(c)
	tab.SetSize(200, 45)
	v, err := s.Day(day)
	if err != nil {
		b.Fatal(err)
	}
	tab.Update(common.DayLoadedMsg{View: v})
	tab.Update(uitest.Key("p"))
	now := uitest.OpeningDay()
	b.ReportAllocs()
	for b.Loop() {
		now = now.Add(time.Second)
		tab.Update(common.TickMsg{Now: now})
		if tab.View() == "" {
			b.Fatal("empty view")
		}
	}
}
