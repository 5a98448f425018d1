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
	if strings.Contains(v, "checking the records") {
		t.Error("checking shown while reading")
	}
	m.read = 4
	if v := ansi.Strip(m.View()); !strings.Contains(v, "checking the records") || strings.Count(v, "█") != 40 {
		t.Errorf("all read:\n%s", v)
	}
	m.read = 1
	// A late figure of an earlier run is ignored.
	m.Update(progressMsg{run: m.run - 1, read: 4, total: 4})
	if m.read != 1 {
		t.Error("a stale progress message moved the bar")
	}
}

func TestReportWrapsAtSpaces(t *testing.T) {
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	m := New(uitest.Common(t, s, clk, i18n.EN, common.ModeCoordinator, 80, 24))
	m.SetSize(30, 20)
	m.state = reporting
	m.report = []i18n.Text{i18n.Verbatim("2 problems found"), i18n.Verbatim(`people.csv:3: badge: duplicate badge "B1" (first at people.csv:2)`), i18n.Verbatim("x.csv: " + strings.Repeat("ស្រី", 20))}
	rows := m.reportRows()
	var text []string
	for _, r := range rows {
		text = append(text, r.text)
		if w := m.c.CellWidth(r.text); w > 30 {
			t.Errorf("row %q is %d cells", r.text, w)
		}
	}
	joined := strings.Join(text, "\n")
	if !strings.Contains(joined, "people.csv:3: badge: duplicate\n    badge \"B1\" (first at\n    people.csv:2)") {
		t.Errorf("wrapped:\n%s", joined)
	}
	// Khmer cut inside the long word keeps each vowel sign with its letter.
	for _, r := range rows[len(rows)-2:] {
		if strings.HasPrefix(strings.TrimSpace(r.text), "\u17d2") || strings.HasPrefix(strings.TrimSpace(r.text), "\u17b8") {
			t.Errorf("row starts with a combining sign: %q", r.text)
		}
	}
}
