package checkins

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"caecw/internal/i18n"
	"caecw/ui/common"
)

func TestDeskOpensFocused(t *testing.T) {
	f := newFixture(t, common.ModeDesk)
	if !f.m.Capturing() {
		t.Fatal("desk must open with the input focused")
	}
	f.typ("q1", 100*time.Millisecond)
	if f.m.d.input.value != "q1" {
		t.Fatalf("letters must go into the input, got %q", f.m.d.input.value)
	}
}

func TestExactBadgeChecksInDurablyBeforeConfirming(t *testing.T) {
	f := newFixture(t, common.ModeDesk)
	f.typ("vn-001", 5*time.Millisecond) // badges compare case-insensitively
	cmd := f.sendNoRun(keyEnter())
	if f.m.d.input.value != "" {
		t.Fatalf("input must be clear at once, is %q", f.m.d.input.value)
	}
	if f.m.d.confirm != nil || strings.Contains(f.view(), "CHECKED IN") {
		t.Fatal("confirmation drawn before the store answered")
	}
	if cmd == nil {
		t.Fatal("enter issued no check-in")
	}
	f.run(cmd)
	if !f.arrived("vn1") {
		t.Fatal("not checked in")
	}
	mustContain(t, f.view(), "CHECKED IN at 09:30", "Nguyễn Thị Hương (Nguyen Thi Huong)", "Viet Nam · delegate", "Viet Nam: 1 of 3 arrived", "Today: 1 of 9 arrived, 8 missing")
	if f.status != "Checked in Nguyễn Thị Hương (Nguyen Thi Huong) (Viet Nam) at 09:30" {
		t.Errorf("status %q", f.status)
	}
}

func TestNameSearchAcrossScripts(t *testing.T) {
	f := newFixture(t, common.ModeDesk)
	for _, tc := range []struct {
		query string
		first string
		all   []string // when set, exactly these, in any order
	}{
		{query: "nguyen thi huong", first: "vn1"},
		{query: "NGUYỄN THỊ HƯƠNG", first: "vn1"},
		{query: "huong", first: "vn1"},
		{query: "d", first: "vn2"}, // đ folds to d: Đặng, Đức
		{query: "dang van duc", first: "vn2"},
		{query: "nth", all: []string{"kh1", "vn1"}}, // initials of Nguyễn Thị Hương; inside Chantha
		{query: "张伟", first: "cn1"},
		{query: "zhang", first: "cn1"},
		{query: "สมชาย", first: "th1"},
		{query: "ใจดี", first: "th1"},
		{query: "somchai", first: "th1"},
		{query: "សុខ", first: "kh1"},
		{query: "chantha", first: "kh1"},
		{query: "th:", all: []string{"th1", "th2"}},
		{query: "vn:an", first: "vn3", all: []string{"vn2", "vn3"}}, // An whole word first; Đặng, Văn contain it
		{query: "Thailand", all: []string{"th1", "th2"}},
		{query: "泰国", all: []string{"th1", "th2"}},
	} {
		f.send(keyCtrl('u'))
		f.typ(tc.query, 120*time.Millisecond)
		ids := f.resultIDs()
		if tc.first != "" && (len(ids) == 0 || ids[0] != tc.first) {
			t.Errorf("%q: results %v, want %s first", tc.query, ids, tc.first)
		}
		if tc.all != nil {
			got := slices.Clone(ids)
			slices.Sort(got)
			if !slices.Equal(got, tc.all) {
				t.Errorf("%q: results %v, want %v", tc.query, ids, tc.all)
			}
		}
	}
	// A whole-word match ranks before a prefix match.
	f.send(keyCtrl('u'))
	f.typ("an", 120*time.Millisecond)
	if ids := f.resultIDs(); len(ids) == 0 || ids[0] != "vn3" {
		t.Errorf("an: %v, want vn3 (whole word An) first", ids)
	}
	// Each result shows native and Latin names, delegation, role, arrival.
	f.send(keyCtrl('u'))
	f.typ("somchai", 120*time.Millisecond)
	mustContain(t, f.view(), "สมชาย ใจดี", "Somchai Jaidee", "Thailand", "head of delegation", "not yet")
}

func TestSelectionMovesWithoutLeavingInput(t *testing.T) {
	f := newFixture(t, common.ModeDesk)
	f.typ("nguyen", 120*time.Millisecond)
	ids := f.resultIDs()
	if len(ids) != 2 {
		t.Fatalf("nguyen: %v", ids)
	}
	f.send(keyCode(tea.KeyDown))
	if !f.m.Capturing() || f.m.d.input.value != "nguyen" {
		t.Fatal("down must keep the input")
	}
	f.send(keyEnter())
	if !f.arrived(ids[1]) || f.arrived(ids[0]) {
		t.Fatalf("enter must check in the selected %s only", ids[1])
	}
	// The result now says when the person arrived.
	f.typ("nguyen", 120*time.Millisecond)
	mustContain(t, f.view(), "✓ 09:30 desk T1", "not yet")
}

func TestAlreadyArrivedWarns(t *testing.T) {
	f := newFixture(t, common.ModeDesk)
	f.scan("TH-001")
	f.clock.Advance(5 * time.Minute)
	f.scan("TH-001")
	v := f.view()
	mustContain(t, v, "ALREADY ARRIVED", "สมชาย ใจดี already arrived at 09:30 at desk T1")
	if strings.Contains(v, "CHECKED IN") {
		t.Error("the warning must replace the confirmation")
	}
	if n := f.checkInEntries(); n != 1 {
		t.Fatalf("%d check-in entries, want 1", n)
	}
	if f.m.d.confirm.kind != confirmWarn {
		t.Error("not drawn as a warning")
	}
}

func TestDoubleFireWithinASecondCountsOnce(t *testing.T) {
	f := newFixture(t, common.ModeDesk)
	f.scan("CN-001")
	f.clock.Advance(300 * time.Millisecond)
	f.typ("CN-001", 5*time.Millisecond)
	if cmd := f.sendNoRun(keyEnter()); cmd != nil {
		t.Fatal("a double fire within a second issued a second check-in")
	}
	if f.m.d.confirm.kind != confirmOK {
		t.Error("a double fire must be silent, not a warning")
	}
	// A different code in between is not a double fire of the first.
	f.scan("CN-002")
	if !f.arrived("cn2") {
		t.Fatal("CN-002 lost")
	}
	// The same code after a second is a real second scan: warned.
	f.clock.Advance(1100 * time.Millisecond)
	f.scan("CN-002")
	if f.m.d.confirm.kind != confirmWarn {
		t.Error("a scan after a second must warn 'already arrived'")
	}
	if n := f.checkInEntries(); n != 2 {
		t.Fatalf("%d check-in entries, want 2", n)
	}
}

func TestControlCharactersStripped(t *testing.T) {
	f := newFixture(t, common.ModeDesk)
	// A scanner with a prefix and stray control bytes, as keys and as a paste.
	f.send(tea.KeyPressMsg{Code: 'b', Mod: tea.ModCtrl}) // STX-like prefix: a ctrl key, ignored
	f.send(tea.KeyPressMsg{Code: 'V', Text: "V\x02"})
	f.send(tea.KeyPressMsg{Code: 'N', Text: "\x1bN"})
	f.send(tea.PasteMsg{Content: "-0\x000\t"})
	f.send(keyCtrl('a'))
	f.send(keyText('2'))
	if f.m.d.input.value != "VN-002" {
		t.Fatalf("input %q, want VN-002", f.m.d.input.value)
	}
	f.send(keyEnter())
	if !f.arrived("vn2") {
		t.Fatal("VN-002 not checked in")
	}
}

func TestClearKeys(t *testing.T) {
	f := newFixture(t, common.ModeDesk)
	f.typ("abc", 100*time.Millisecond)
	f.send(keyCtrl('u'))
	if f.m.d.input.value != "" || len(f.m.d.results) != 0 {
		t.Fatal("ctrl+u did not clear")
	}
	f.typ("abc", 100*time.Millisecond)
	f.send(keyCode(tea.KeyEscape))
	if f.m.d.input.value != "" || !f.m.Capturing() {
		t.Fatal("esc must clear a filled input and keep the focus")
	}
	f.send(keyCode(tea.KeyEscape))
	if f.m.Capturing() {
		t.Fatal("esc on an empty input leaves it")
	}
}

func TestUnknownBadgeOffersWalkIn(t *testing.T) {
	f := newFixture(t, common.ModeDesk)
	f.scan("ZZ-999")
	v := f.view()
	mustContain(t, v, "Unknown badge ZZ-999", "ZZ-999 is not on the list", "ctrl+n")
	if f.m.d.confirm.kind != confirmError {
		t.Error("not drawn as an error")
	}
	if f.bells != 1 {
		t.Errorf("%d bells, want 1", f.bells)
	}
	f.send(keyCtrl('n'))
	if f.m.screen != walkIn || f.m.wi.badge != "ZZ-999" {
		t.Fatalf("walk-in form not open with the badge: screen %d badge %q", f.m.screen, f.m.wi.badge)
	}
	f.send(keyEnter()) // no name yet: moves on, then refuses at the end
	f.send(keyEnter())
	f.send(keyEnter())
	mustContain(t, f.view(), "A name is needed")
	f.typ("Trần Thị Mai", 150*time.Millisecond)
	f.clock.Advance(20 * time.Second)
	f.send(keyCode(tea.KeyTab))
	f.typ("viet", 150*time.Millisecond)
	if len(f.m.wi.dels) != 1 || f.m.dels[f.m.wi.dels[0]].ID != "vn" {
		t.Fatalf("delegation filter: %v", f.m.wi.dels)
	}
	f.send(keyEnter())
	f.send(keyCode(tea.KeyRight)) // guest -> head (roles wrap)
	f.send(keyEnter())
	if f.m.screen != desk {
		t.Fatal("the desk must be back after submitting")
	}
	per, err := f.s.PersonByBadge("ZZ-999")
	if err != nil {
		t.Fatal(err)
	}
	if per.Name != "Trần Thị Mai" || per.Delegation != "vn" || per.Role != "head" {
		t.Fatalf("walk-in stored as %+v", per)
	}
	if !f.arrived(per.ID) {
		t.Fatal("walk-in not checked in")
	}
	mustContain(t, f.view(), "Registered and checked in Trần Thị Mai (Viet Nam)", "Viet Nam: 1 of 4 arrived")
	// Found by name and by badge at once.
	f.typ("tran thi mai", 120*time.Millisecond)
	if ids := f.resultIDs(); len(ids) == 0 || ids[0] != per.ID {
		t.Fatalf("walk-in not found by name: %v", ids)
	}
	f.send(keyCtrl('u'))
	f.scan("ZZ-999")
	if f.m.d.confirm.kind != confirmWarn {
		t.Fatal("walk-in's badge not known to the desk")
	}
}

func TestScanInsideWalkInFormIsAScan(t *testing.T) {
	f := newFixture(t, common.ModeDesk)
	f.send(keyCtrl('n'))
	f.typ("Ann", 150*time.Millisecond)
	f.wall = f.wall.Add(time.Second)
	f.scan("VN-002")
	if f.m.wi.name.value != "Ann" {
		t.Fatalf("scan leaked into the name field: %q", f.m.wi.name.value)
	}
	if f.m.screen != walkIn {
		t.Fatal("a scan must not close the form")
	}
	if !f.arrived("vn2") {
		t.Fatal("scan inside the form not checked in")
	}
	// A human typing the same and pressing enter is typing.
	f.typ("e", 150*time.Millisecond)
	f.wall = f.wall.Add(150 * time.Millisecond)
	f.send(keyEnter())
	if f.m.wi.name.value != "Anne" || f.m.wi.focus != 1 {
		t.Fatalf("typing treated as a scan: %q focus %d", f.m.wi.name.value, f.m.wi.focus)
	}
}

func TestRollCall(t *testing.T) {
	f := newFixture(t, common.ModeDesk)
	f.scan("VN-001")
	f.typ("vn:", 120*time.Millisecond)
	f.send(keyCtrl('r'))
	if f.m.screen != rollCall {
		t.Fatal("roll-call not open")
	}
	if len(f.m.rc.cand) != 2 {
		t.Fatalf("candidates %v, want the 2 missing", f.m.rc.cand)
	}
	mustContain(t, f.view(), "Roll-call: Viet Nam, 2 still missing, 0 selected", "Đặng Văn Đức", "Nguyễn Văn An")
	f.send(keyText(' ')) // tick the first, cursor moves on
	mustContain(t, f.view(), "1 selected", "[x]")
	f.send(keyEnter())
	if f.m.screen != desk {
		t.Fatal("desk not back after the roll-call")
	}
	first := f.m.people[f.m.rc.cand[0]].ID
	if !f.arrived(first) {
		t.Fatal("ticked member not checked in")
	}
	if f.status != "Roll-call: 1 person of Viet Nam checked in" {
		t.Errorf("status %q", f.status)
	}

	// A coach: select all with a, enter.
	f.send(keyCode(tea.KeyEscape))
	f.send(keyCode(tea.KeyEscape))
	f.reloadDay()
	for i, r := range f.m.ov.rows {
		if r.id == "th" {
			f.m.ov.list.Select(i)
		}
	}
	f.send(keyText('r'))
	if f.m.screen != rollCall || len(f.m.rc.cand) != 2 {
		t.Fatalf("roll-call of th: screen %d cand %v", f.m.screen, f.m.rc.cand)
	}
	f.send(keyText('a'))
	f.send(keyEnter())
	if !f.arrived("th1") || !f.arrived("th2") {
		t.Fatal("select-all roll-call lost someone")
	}
	if f.status != "Roll-call: 2 people of Thailand checked in" {
		t.Errorf("status %q", f.status)
	}
	if f.m.counts["th"] != 2 {
		t.Errorf("count th %d", f.m.counts["th"])
	}
}

func TestUndoLastCheckIn(t *testing.T) {
	f := newFixture(t, common.ModeDesk)
	f.scan("KH-001")
	f.clock.Advance(2 * time.Second)
	f.scan("CN-001")
	// ctrl+z says what it would undo, and undoes nothing yet.
	f.send(keyCtrl('z'))
	if !f.arrived("cn1") {
		t.Fatal("ctrl+z undid without asking")
	}
	mustContain(t, f.view(), "Undo the check-in of 张伟 (Zhang Wei) at 09:30 (desk T1)?", "y undoes it")
	f.send(keyText('y'))
	if f.arrived("cn1") || !f.arrived("kh1") {
		t.Fatal("ctrl+z, y must undo the last check-in only")
	}
	if f.m.counts["cn"] != 0 {
		t.Errorf("count cn %d after undo", f.m.counts["cn"])
	}
	mustContain(t, f.view(), "Check-in of 张伟 (Zhang Wei) undone", "Today: 1 of 9 arrived")
	// A second undo in a row asks again, naming the earlier check-in;
	// any other key keeps it.
	f.send(keyCtrl('z'))
	mustContain(t, f.view(), "Undo the check-in of សុខ ចាន់ថា (Sok Chantha) at 09:30 (desk T1)?")
	f.send(keyText('n'))
	if !f.arrived("kh1") {
		t.Fatal("n undid the check-in")
	}
	if f.status != "Nothing undone" {
		t.Errorf("status %q", f.status)
	}
	// A scan while the question is open is a scan: it keeps the check-in.
	f.send(keyCtrl('z'))
	f.scan("TH-001")
	if !f.arrived("kh1") || !f.arrived("th1") {
		t.Fatal("a scan over the undo question lost a check-in or undid one")
	}
	f.send(keyCtrl('z'))
	f.send(keyText('y'))
	f.send(keyCtrl('z'))
	f.send(keyText('y'))
	if f.arrived("kh1") || f.arrived("th1") {
		t.Fatal("two confirmed undos did not undo the two before")
	}
	f.send(keyCtrl('z'))
	if f.status != "Nothing to undo" {
		t.Errorf("status %q", f.status)
	}
	// The same badge right after an undo is a fresh scan, not a double fire.
	f.scan("KH-001")
	if !f.arrived("kh1") {
		t.Fatal("re-scan after undo ignored")
	}
}

func TestOverviewLeastArrivedFirstAndMembers(t *testing.T) {
	f := newFixture(t, common.ModeCoordinator)
	if f.m.Capturing() {
		t.Fatal("coordinator view must not capture keys")
	}
	f.send(keyText('i'))
	for _, b := range []string{"CN-001", "CN-002", "TH-001", "VN-001"} {
		f.scan(b)
		f.clock.Advance(2 * time.Second)
	}
	f.send(keyCode(tea.KeyEscape))
	var order []string
	for _, r := range f.m.ov.rows {
		order = append(order, r.id)
	}
	// kh 0/2, vn 1/3, th 1/2, cn 2/2.
	if want := []string{"kh", "vn", "th", "cn"}; !slices.Equal(order, want) {
		t.Fatalf("order %v, want %v", order, want)
	}
	v := f.view()
	mustContain(t, v, "Today: 4 of 9 arrived, 5 missing", "Cambodia", "█")
	f.m.ov.list.Select(1)
	f.send(keyEnter())
	if f.m.screen != members || f.m.ov.open != "vn" {
		t.Fatal("enter did not open the members")
	}
	mustContain(t, f.view(), "Viet Nam: 1 of 3 arrived, 2 missing", "Nguyễn Thị Hương", "✓ 09:30 desk T1", "not yet")
	f.send(keyCode(tea.KeyEscape))
	if f.m.screen != overview {
		t.Fatal("esc must go back to the delegations")
	}
	// Type-to-search: a badge typed on the overview goes to the desk.
	f.typ("KH-001", 5*time.Millisecond)
	f.send(keyEnter())
	if !f.arrived("kh1") {
		t.Fatal("scan started on the overview lost")
	}
}

func TestViewFillsItsAreaAtAnySize(t *testing.T) {
	f := newFixture(t, common.ModeDesk)
	f.scan("KH-001")
	f.typ("so", 120*time.Millisecond)
	for _, scr := range []screen{desk, overview, members, walkIn, rollCall} {
		f.m.screen = scr
		f.m.ov.open = "vn"
		f.m.rc = rollCallState{del: "th", cand: []int{3, 4}, sel: []bool{true, false}}
		for _, sz := range [][2]int{{0, 0}, {1, 1}, {10, 3}, {30, 5}, {80, 19}, {100, 25}, {200, 45}} {
			f.m.SetSize(sz[0], sz[1])
			out := f.m.View()
			if sz[1] == 0 {
				if out != "" {
					t.Errorf("screen %d %v: non-empty view", scr, sz)
				}
				continue
			}
			lines := strings.Split(out, "\n")
			if len(lines) != sz[1] {
				t.Errorf("screen %d %v: %d lines", scr, sz, len(lines))
			}
			for i, l := range lines {
				if w := f.c.CellWidth(stripANSI(l)); w > sz[0] {
					t.Errorf("screen %d %v: line %d is %d cells: %q", scr, sz, i, w, stripANSI(l))
				}
			}
		}
	}
}

// TestLanguageOnlyByMessage: a tab learns of a language switch from the
// root's LanguageMsg alone; drawing it (help included) changes nothing.
func TestLanguageOnlyByMessage(t *testing.T) {
	f := newFixture(t, common.ModeDesk)
	before := f.m.ShortHelp()[0].Help().Desc
	f.c.P = i18n.New(i18n.ZH)
	f.m.View()
	if got := f.m.ShortHelp()[0].Help().Desc; got != before {
		t.Errorf("the help changed language while drawn, before the LanguageMsg: %q -> %q", before, got)
	}
	f.send(common.LanguageMsg{})
	if got := f.m.ShortHelp()[0].Help().Desc; got == before {
		t.Errorf("the help did not change language on LanguageMsg: %q", got)
	}
}

func TestLateCheckInAfterCloseSaysSo(t *testing.T) {
	f := newFixture(t, common.ModeDesk)
	if _, err := f.s.CloseDay("2025-07-26", t.TempDir(), 0); err != nil {
		t.Fatal(err)
	}
	f.scan("KH-001")
	if !f.arrived("kh1") {
		t.Fatal("a check-in after close-day was refused")
	}
	mustContain(t, f.view(), "Day closed at 09:30: kept as a late addition")
}
