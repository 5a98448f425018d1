package importer

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"caecw/internal/i18n"
	"caecw/ui/common"
	"caecw/ui/uitest"
)

func TestRunningShowsProgress(t *testing.T) {
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	m := New(uitest.Common(t, s, clk, i18n.EN, common.ModeCoordinator, 80, 24))
	m.SetSize(40, 10)
	m.OpenImport()
	m.state, m.running = running, "Reading…"
	m.read, m.total = 1, 4
	v := ansi.Strip(m.View())
	if n := strings.Count(v, "█"); n != 10 {
		t.Errorf("a quarter read shows %d of 40 cells full:\n%s", n, v)
	}
	// A late figure of an earlier run is ignored.
	m.Update(progressMsg{run: m.run - 1, read: 4, total: 4})
	if m.read != 1 {
		t.Error("a stale progress message moved the bar")
	}
}
