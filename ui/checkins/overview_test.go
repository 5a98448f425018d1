package checkins

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/internal/textcell"
	"caecw/ui/common"
	"caecw/ui/uitest"
)

// rowIDs are the delegations the overview lists, in order.
func (f *fixture) rowIDs() []string {
	var ids []string
	for _, r := range f.m.ov.rows {
		ids = append(ids, r.id)
	}
	return ids
}

// selected is the delegation under the overview's cursor.
func (f *fixture) selected() string {
	if c := f.m.ov.list.Cursor; c < len(f.m.ov.rows) {
		return f.m.ov.rows[c].id
	}
	return ""
}

// The slash filters the delegations (it used to open the desk): by
// either name, code, country or head, in any script, accents ignored.
func TestOverviewSlashFiltersInAnyScript(t *testing.T) {
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"viet", []string{"vn"}},
		{"vietnam", []string{"vn"}}, // "Viet Nam" without its space
		{"越南", []string{"vn"}},
		{"TH", []string{"th"}},
		{"kh", []string{"kh"}},
		{"dang van duc", []string{"vn"}}, // the head, Đặng Văn Đức, without accents
		{"Đặng", []string{"vn"}},
		{"สมชาย", []string{"th"}}, // the Thai head
		{"Somchai", []string{"th"}},
		{"中", []string{"cn"}},
		{"zzz", nil},
	} {
		f := newFixture(t, common.ModeCoordinator)
		f.send(keyText('/'))
		if f.m.screen != overview || !f.m.Capturing() {
			t.Fatalf("/ opened screen %d, capturing %v; want the overview's filter", f.m.screen, f.m.Capturing())
		}
		f.typ(c.query, 100*time.Millisecond)
		if got := f.rowIDs(); !slices.Equal(got, c.want) {
			t.Errorf("%q lists %v, want %v", c.query, got, c.want)
		}
		v := f.view()
		if c.want == nil {
			mustContain(t, v, "No delegation matches")
		}
	}
}

// Enter in the filter opens the first match's members, not the row the
// cursor was on before the filter.
func TestOverviewFilterEnterOpensFirstMatch(t *testing.T) {
	f := newFixture(t, common.ModeCoordinator)
	// Least arrived first: Viet Nam (3 missing), Cambodia, China, Thailand.
	for range 3 {
		f.send(keyText('j'))
	}
	if f.selected() != "th" {
		t.Fatalf("cursor on %q, want th", f.selected())
	}
	f.send(keyText('/'))
	f.typ("a", 100*time.Millisecond) // every name but none other holds an a
	if got := f.selected(); got != f.m.ov.rows[0].id {
		t.Errorf("after typing, %q is selected, not the first match %q", got, f.m.ov.rows[0].id)
	}
	f.send(keyEnter())
	if f.m.screen != members || f.m.ov.open != f.m.ov.rows[0].id {
		t.Fatalf("enter: screen %d, open %q; want the members of %q", f.m.screen, f.m.ov.open, f.m.ov.rows[0].id)
	}
	// The members, the missing first.
	mustContain(t, f.view(), "Nguyen Thi Huong", "not yet")
	// esc goes back to the filtered list; esc again shows all.
	f.send(keyCode(0x1b))
	if f.m.screen != overview || f.m.ov.query != "a" {
		t.Fatalf("back: screen %d query %q", f.m.screen, f.m.ov.query)
	}
	f.send(keyCode(0x1b))
	if len(f.m.ov.rows) != 4 {
		t.Errorf("esc left %d rows, want all 4", len(f.m.ov.rows))
	}
}

// i still opens the desk, and help names it: the slash is the filter's.
func TestOverviewKeysInHelp(t *testing.T) {
	f := newFixture(t, common.ModeCoordinator)
	var helps []string
	for _, b := range f.m.ShortHelp() {
		helps = append(helps, b.Help().Key+" "+b.Help().Desc)
	}
	for _, want := range []string{"/ filter", "i check in", "o sort", "c chart"} {
		if !slices.Contains(helps, want) {
			t.Errorf("short help %v lacks %q", helps, want)
		}
	}
	f.send(keyText('i'))
	if f.m.screen != desk {
		t.Errorf("i opened screen %d, want the desk", f.m.screen)
	}
}

// o cycles least arrived, name, country; the second line says which, in
// the screen's language; names sort by pinyin in Chinese.
func TestOverviewSortCycles(t *testing.T) {
	f := newFixture(t, common.ModeCoordinator)
	mustContain(t, f.view(), "Sorted by least arrived (o)")
	if got, want := f.rowIDs(), []string{"vn", "kh", "cn", "th"}; !slices.Equal(got, want) {
		t.Errorf("least arrived: %v, want %v", got, want)
	}
	f.send(keyText('o'))
	mustContain(t, f.view(), "Sorted by name (o)")
	if got, want := f.rowIDs(), []string{"kh", "cn", "th", "vn"}; !slices.Equal(got, want) {
		t.Errorf("by name: %v, want %v", got, want)
	}
	f.send(keyText('o'))
	mustContain(t, f.view(), "Sorted by country (o)")
	if got, want := f.rowIDs(), []string{"cn", "kh", "th", "vn"}; !slices.Equal(got, want) {
		t.Errorf("by country: %v, want %v", got, want)
	}
	f.send(keyText('o'))
	f.send(keyText('o'))
	f.c.P = i18n.New(i18n.ZH)
	f.send(common.LanguageMsg{})
	mustContain(t, f.view(), "排序：名称（o）")
	// 柬埔寨 jian, 泰国 tai, 越南 yue, 中国 zhong.
	if got, want := f.rowIDs(), []string{"kh", "th", "vn", "cn"}; !slices.Equal(got, want) {
		t.Errorf("by name in Chinese: %v, want %v", got, want)
	}
}

// While arrivals reorder the list, the selected delegation stays
// selected and on its screen line: the row under the cursor does not
// jump away.
func TestOverviewSelectionKeepsItsLineWhileArrivalsComeIn(t *testing.T) {
	f := newFixture(t, common.ModeCoordinator)
	f.m.SetSize(100, 6) // two rows shown and a "↓ 2 more" line
	f.send(keyText('j'))
	f.send(keyText('j'))
	if f.selected() != "cn" {
		t.Fatalf("cursor on %q, want cn (rows %v)", f.selected(), f.rowIDs())
	}
	lineOf := func(name string) int {
		for i, l := range strings.Split(f.view(), "\n") {
			if strings.Contains(l, name) {
				return i
			}
		}
		return -1
	}
	before := lineOf("China")
	// Viet Nam's first arrival sends it from the top to the bottom.
	if _, err := f.s.CheckIn("vn1"); err != nil {
		t.Fatal(err)
	}
	f.reloadDay()
	if got, want := f.rowIDs(), []string{"kh", "cn", "th", "vn"}; !slices.Equal(got, want) {
		t.Fatalf("rows %v, want %v", got, want)
	}
	if f.selected() != "cn" {
		t.Errorf("selection moved to %q", f.selected())
	}
	if after := lineOf("China"); after != before {
		t.Errorf("China's row moved from screen line %d to %d under the cursor:\n%s", before, after, f.view())
	}
}

// The chart of the day's arrivals, at 80 and 200 columns in both
// languages, all desks and one desk; every line fits the width.
func TestOverviewChartGolden(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
		for _, size := range [][2]int{{80, 24}, {200, 50}} {
			f := newFixture(t, common.ModeCoordinator)
			// Eight people checked in: five from 08:00, two from 08:15,
			// one at 08:50; every third at desk T2 (its entries come
			// through sync).
			minutes := []int{1, 3, 5, 7, 9, 16, 20, 50}
			for i, p := range testPeople {
				at := time.Date(2025, 7, 26, 8, minutes[i], 0, 0, f.c.Location())
				f.clock.Set(at)
				if i%3 != 2 {
					if _, err := f.s.CheckIn(p.ID); err != nil {
						t.Fatal(err)
					}
					continue
				}
				e, err := journal.New(journal.NewID(journal.MakeHLC(at, 0), "T2"), at, "2025-07-26", "T2", "op", journal.KindCheckIn, p.ID, journal.CheckIn{Person: p.ID, Day: "2025-07-26"})
				if err != nil {
					t.Fatal(err)
				}
				if _, err := f.s.Apply(e); err != nil {
					t.Fatal(err)
				}
			}
			f.clock.Set(time.Date(2025, 7, 26, 9, 30, 0, 0, f.c.Location()))
			f.c.P = i18n.New(lang)
			f.send(common.LanguageMsg{})
			f.m.SetSize(size[0], size[1]-5) // the root's lines around the tab
			f.reloadDay()
			var out []string
			for _, step := range []string{"all", "T1"} {
				lines := f.m.chartLines()
				if len(lines) == 0 {
					t.Fatalf("%s %v: no chart", lang, size)
				}
				for _, l := range lines {
					if w := textcell.Width(f.c.Cells, stripANSI(l)); w != size[0] {
						t.Errorf("%s %dx%d: line is %d cells, want %d: %q", lang, size[0], size[1], w, size[0], stripANSI(l))
					}
				}
				out = append(out, "# "+step)
				for _, l := range lines {
					out = append(out, stripANSI(l))
				}
				f.send(keyText('d'))
			}
			uitest.Golden(t, fmt.Sprintf("chart-%dx%d-%s", size[0], size[1], lang), strings.Join(out, "\n")+"\n")
			// The list stays usable: at 80x24 room for 11 delegations and
			// the line that says how many more.
			if h := f.m.listHeight(); size[1] == 24 && h < 12 {
				t.Errorf("80x24: %d lines for delegations under the chart", h)
			}
		}
	}
}

// A new order or the end of a filter shows the list from its top, the
// selection kept: only arrivals keep the selected row on its line.
func TestOverviewNewOrderShowsFromTheTop(t *testing.T) {
	f := newFixture(t, common.ModeCoordinator)
	f.m.SetSize(100, 6) // two rows shown and a "↓ 2 more" line
	f.send(keyText('/'))
	f.typ("cambodia", 100*time.Millisecond)
	f.send(keyEnter())
	f.send(keyCode(0x1b)) // back from the members
	f.send(keyCode(0x1b)) // the filter ends
	// Least arrived first: Viet Nam, Cambodia, China, Thailand.
	if f.selected() != "kh" || f.m.ov.list.Offset != 0 {
		t.Errorf("after the filter: selected %q, offset %d; want kh, the list from its top", f.selected(), f.m.ov.list.Offset)
	}
	f.send(keyText('j'))
	f.send(keyText('o')) // by name: Cambodia, China, Thailand, Viet Nam
	if f.selected() != "cn" || f.m.ov.list.Offset != 0 {
		t.Errorf("by name: selected %q, offset %d; want cn, the list from its top", f.selected(), f.m.ov.list.Offset)
	}
}

// The chart is recounted on the way back to the overview for arrivals
// taken while the desk had the screen.
func TestOverviewChartCatchesUpAfterTheDesk(t *testing.T) {
	f := newFixture(t, common.ModeCoordinator)
	mustContain(t, f.view(), "all desks: none yet")
	f.send(keyText('i'))
	f.scan("VN-001")
	f.scan("TH-001")
	if !f.arrived("vn1") || !f.arrived("th1") {
		t.Fatal("the scans did not check in")
	}
	f.send(keyCode(0x1b))
	if f.m.screen != overview {
		t.Fatalf("esc left screen %d", f.m.screen)
	}
	mustContain(t, f.view(), "all desks: 2 · peak 2 at 09:30")
}

// A name pasted into the filter filters as typed.
func TestOverviewFilterTakesAPaste(t *testing.T) {
	f := newFixture(t, common.ModeCoordinator)
	f.send(keyText('/'))
	f.send(tea.PasteMsg{Content: "Thái\n"})
	if got := f.rowIDs(); !slices.Equal(got, []string{"th"}) {
		t.Errorf("pasted Thái lists %v, want th", got)
	}
}
