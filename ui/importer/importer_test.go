package importer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/store"
	"caecw/ui/app"
	"caecw/ui/common"
	"caecw/ui/importer"
	"caecw/ui/logtab"
	"caecw/ui/uitest"
)

func newApp(t *testing.T, mode common.Mode) (*app.Model, *store.Store) {
	t.Helper()
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	c := uitest.Common(t, s, clk, i18n.EN, mode, 120, 30)
	m := app.New(c, logtab.New(c))
	drive(m, tea.WindowSizeMsg{Width: 120, Height: 30})
	return m, s
}

func drive(m *app.Model, msgs ...tea.Msg) {
	for _, msg := range msgs {
		uitest.Drive(m, msg, 2*time.Second)
	}
}

func typeText(m *app.Model, text string) {
	for _, k := range uitest.Type(text) {
		drive(m, k)
	}
}

func screen(m *app.Model) string { return ansi.Strip(m.Render()) }

func entries(t *testing.T, s *store.Store) int {
	t.Helper()
	n := 0
	if err := s.AllEntries(func(journal.Entry) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestImportPanelReportsEveryProblemAndWritesNothing(t *testing.T) {
	m, s := newApp(t, common.ModeCoordinator)
	before := entries(t, s)
	drive(m, uitest.Key("I"))
	if !strings.Contains(screen(m), "Import files:") {
		t.Fatalf("I did not open the prompt:\n%s", screen(m))
	}
	bad, _ := filepath.Abs("../../testdata/import/invalid/people-dup-badge.csv")
	missing := filepath.Join(t.TempDir(), "gone.csv")
	typeText(m, bad+", "+missing)
	drive(m, uitest.Key("enter"))
	out := screen(m)
	for _, want := range []string{
		"problems found; nothing was imported",
		missing + ": cannot open: no such file",
		`people-dup-badge.csv:3: badge: duplicate badge "B1"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if after := entries(t, s); after != before {
		t.Errorf("a failed import wrote %d entries", after-before)
	}
	drive(m, uitest.Key("esc"))
	if strings.Contains(screen(m), "Import files:") {
		t.Error("esc did not close the report")
	}
}

func TestImportPanelImportsAndReloads(t *testing.T) {
	m, s := newApp(t, common.ModeCoordinator)
	dir := t.TempDir()
	venues := filepath.Join(dir, "venues.csv")
	if err := os.WriteFile(venues, []byte("id,name,site,capacity,name_zh\nannex,Annex Hall,annex-site,40,附楼\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	drive(m, uitest.Key("I"))
	typeText(m, venues)
	drive(m, uitest.Key("enter"))
	out := screen(m)
	for _, want := range []string{"Imported " + venues, "venues: 1 new, 0 updated, 0 unchanged", "sample demo programme"} {
		if !strings.Contains(out, want) {
			t.Errorf("screen lacks %q:\n%s", want, out)
		}
	}
	prog, err := s.Programme()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, v := range prog.Venues {
		found = found || v.ID == "annex"
	}
	if !found {
		t.Error("the venue was not imported")
	}
	// The Log tab shows the import after the reload the panel asked for.
	drive(m, uitest.Key("esc"))
	if out := screen(m); !strings.Contains(out, "import") {
		t.Errorf("log does not show the import:\n%s", out)
	}
}

func TestDeskModeHasNoImportOrCloseDay(t *testing.T) {
	m, _ := newApp(t, common.ModeDesk)
	drive(m, uitest.Key("I"))
	drive(m, uitest.Key("C"))
	if out := screen(m); strings.Contains(out, "Import files:") || strings.Contains(out, "write the day's records") {
		t.Errorf("desk mode opened the panel:\n%s", out)
	}
}

func TestCloseDayPanel(t *testing.T) {
	m, s := newApp(t, common.ModeCoordinator)
	drive(m, uitest.Key("C"))
	dir := importer.DefaultCloseDir(s.Path(), m.Day())
	if out := screen(m); !strings.Contains(out, "Close") || !strings.Contains(out, dir) {
		t.Fatalf("close-day prompt:\n%s", out)
	}
	drive(m, uitest.Key("enter"))
	out := screen(m)
	if !strings.Contains(out, "Closed") {
		t.Fatalf("after enter:\n%s", out)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(files) != 5 {
		t.Errorf("files in %s: %v", dir, files)
	}
	closes := 0
	s.AllEntries(func(e journal.Entry) error {
		if e.Kind == journal.KindDayClose {
			closes++
		}
		return nil
	})
	if closes != 1 {
		t.Errorf("%d day.close entries", closes)
	}
	// A second close into the same folder writes a numbered set beside
	// the first.
	drive(m, uitest.Key("esc"), uitest.Key("C"), uitest.Key("enter"))
	if out := screen(m); !strings.Contains(out, "Closed") {
		t.Errorf("second close:\n%s", out)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*-2.*")); len(files) != 5 {
		t.Errorf("second set in %s: %v", dir, files)
	}
}

func TestPanelFillsItsAreaAtAnySize(t *testing.T) {
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
		c := uitest.Common(t, s, clk, lang, common.ModeCoordinator, 80, 24)
		p := importer.New(c)
		p.OpenImport()
		for _, size := range [][2]int{{0, 0}, {1, 1}, {5, 3}, {80, 19}, {200, 45}} {
			p.SetSize(size[0], size[1])
			v := p.View()
			if size[1] == 0 || size[0] == 0 {
				if v != "" {
					t.Errorf("%v: %q", size, v)
				}
				continue
			}
			lines := strings.Split(v, "\n")
			if len(lines) != size[1] {
				t.Errorf("%s %v: %d lines", lang, size, len(lines))
			}
			for i, l := range lines {
				if w := ansi.StringWidthWc(l); w != size[0] {
					t.Errorf("%s %v: line %d is %d cells: %q", lang, size, i, w, ansi.Strip(l))
				}
			}
		}
	}
}
