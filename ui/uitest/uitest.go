// Package uitest builds what screen tests need: a demo data file in a
// temporary folder, a fixed clock and a Common over them.
package uitest

import (
	"path/filepath"
	"testing"
	"time"

	"caecw/internal/clock"
	"caecw/internal/demo"
	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/store"
	"caecw/ui/common"
)

// OpeningDay is 26 July 2025, 09:30 in Guiyang: the opening ceremony runs.
func OpeningDay() time.Time {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		loc = time.FixedZone("CST", 8*3600)
	}
	return time.Date(2025, 7, 26, 9, 30, 0, 0, loc)
}

// DemoStore makes a data file from the demo programme in t.TempDir(),
// with a fixed clock at now, closed when the test ends.
func DemoStore(t testing.TB, now time.Time) (*store.Store, *clock.Fixed) {
	t.Helper()
	prog, err := demo.Programme()
	if err != nil {
		t.Fatal(err)
	}
	return Store(t, prog, now)
}

// Store is DemoStore with prog in place of the demo programme (which a
// test may take from demo.Programme and change).
func Store(t testing.TB, prog event.Programme, now time.Time) (*store.Store, *clock.Fixed) {
	t.Helper()
	clk := clock.NewFixed(now)
	s, err := store.Create(filepath.Join(t.TempDir(), "caecw.db"), *prog.Event, store.Options{Desk: "test-desk", Operator: "tester", Clock: clk})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import(journal.Import{Files: []string{"demo"}, Programme: prog}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, clk
}

// Common is a Common over s in language lang at w x h, in desk or
// coordinator mode, with dark styles.
func Common(t testing.TB, s *store.Store, clk clock.Clock, lang i18n.Lang, mode common.Mode, w, h int) *common.Common {
	t.Helper()
	ev, err := s.Event()
	if err != nil {
		t.Fatal(err)
	}
	p := i18n.New(lang)
	c := &common.Common{
		Width: w, Height: h,
		Styles: common.NewStyles(true),
		Keys:   common.DefaultKeyMap(p),
		Store:  s,
		Clock:  clk,
		Mode:   mode,
		P:      p,
	}
	c.SetEvent(ev)
	return c
}
