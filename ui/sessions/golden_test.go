package sessions

import (
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

// testTabs are the tabs of the golden screens: this one and the Log tab,
// so that the goldens change only when this tab or the frame does.
func testTabs(c *common.Common) []common.Tab {
	return []common.Tab{New(c), logtab.New(c)}
}

// screen is the whole app at w x h on the demo's opening day at 09:30,
// after keys, as plain text.
func screen(t *testing.T, lang i18n.Lang, w, h int, keys ...string) string {
	t.Helper()
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	c := uitest.Common(t, s, clk, lang, common.ModeCoordinator, w, h)
	root := app.New(c, testTabs(c)...)
	var m tea.Model = root
	m = uitest.Drive(m, tea.WindowSizeMsg{Width: w, Height: h}, time.Second)
	m = uitest.Drive(m, c.LoadDayCmd(opening, 0, false)(), time.Second)
	for _, k := range keys {
		m = uitest.Drive(m, uitest.Key(k), time.Second)
	}
	_ = m
	return ansi.Strip(root.Render())
}

func TestGoldenOpeningDay(t *testing.T) {
	uitest.Golden(t, "opening-day-100x30-en", screen(t, i18n.EN, 100, 30))
	uitest.Golden(t, "opening-day-100x30-zh", screen(t, i18n.ZH, 100, 30))
	uitest.Golden(t, "opening-day-80x24-en", screen(t, i18n.EN, 80, 24))
}

func TestGoldenDetailAndConfirm(t *testing.T) {
	uitest.Golden(t, "detail-cultural-evening-100x30-en", screen(t, i18n.EN, 100, 30, "G", "k", "enter"))
	uitest.Golden(t, "confirm-move-100x30-zh", screen(t, i18n.ZH, 100, 30, "j", "j", "m", "h", "a", "l", "l", "space", "c", "enter", "enter"))
}
