package screens

import (
	"fmt"
	"testing"
	"time"

	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/ui/common"
	"caecw/ui/uitest"
)

// busyMorning is the demo after a desk's first half hour: three people
// checked in, a forum delayed, a note, and one check-in undone with a
// reason, written between 09:02 and 09:20; the screen then shows 09:30.
func busyMorning(t *testing.T, lang i18n.Lang, w, h int) *screen {
	t.Helper()
	s, clk := uitest.DemoStore(t, uitest.OpeningDay().Add(-30*time.Minute))
	at := func(min int) { clk.Set(uitest.OpeningDay().Add(time.Duration(min-30) * time.Minute)) }
	people, err := s.People()
	if err != nil {
		t.Fatal(err)
	}
	var undo journal.ID
	for i, p := range people[:3] {
		at(2 + 3*i)
		r, err := s.CheckIn(p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if i == 1 {
			undo = r.Entry.ID
		}
	}
	at(12)
	if _, err := s.Delay("s033", 15); err != nil {
		t.Fatal(err)
	}
	at(15)
	if _, err := s.Note("s036", "Interpreters at 10:00"); err != nil {
		t.Fatal(err)
	}
	at(20)
	if _, err := s.Undo(undo, "wrong badge scanned"); err != nil {
		t.Fatal(err)
	}
	at(30)
	c := uitest.Common(t, s, clk, lang, common.ModeCoordinator, w, h)
	root := newRoot(c)
	sc := &screen{t: t, root: root, m: root, c: c, s: s, clk: clk}
	sc.send(windowSize(w, h))
	sc.reload()
	sc.tick()
	return sc
}

// TestGoldenTabs draws each tab in both languages at each size: the
// smallest the app is made for, a common one, and a wide one.
func TestGoldenTabs(t *testing.T) {
	sizes := [][2]int{{80, 24}, {100, 30}, {200, 50}}
	tabNames := []string{"sessions", "checkins", "venues", "log"}
	for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
		for _, size := range sizes {
			w, h := size[0], size[1]
			t.Run(fmt.Sprintf("%s-%dx%d", lang, w, h), func(t *testing.T) {
				sc := busyMorning(t, lang, w, h)
				for i, name := range tabNames {
					sc.keys(fmt.Sprint(i + 1))
					if got := sc.root.Active(); got != i {
						t.Fatalf("key %d shows tab %d", i+1, got)
					}
					sc.fits(w, h)
					uitest.Golden(t, fmt.Sprintf("%s-%dx%d-%s", name, w, h, lang), sc.text())
				}
			})
		}
	}
}
