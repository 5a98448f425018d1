package logtab

import (
	"strings"
	"testing"
	"time"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"caecw/internal/clock"
	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/internal/search"
	"caecw/store"
	"caecw/ui/common"
	"caecw/ui/uitest"
)

// opening is the demo's opening day, where the tests write.
const opening event.Day = "2025-07-26"

// at is h:m on the opening day in Guiyang.
func at(h, m int) time.Time {
	d := uitest.OpeningDay()
	return time.Date(d.Year(), d.Month(), d.Day(), h, m, 0, 0, d.Location())
}

// tab is the Log tab over a store, fed as the root feeds it.
type tab struct {
	t *testing.T
	m *Model
	c *common.Common
	s *store.Store
	w int
}

func newTab(t *testing.T, s *store.Store, clk clock.Clock, lang i18n.Lang, mode common.Mode) *tab {
	t.Helper()
	c := uitest.Common(t, s, clk, lang, mode, 100, 24)
	m := New(c)
	m.SetSize(100, 24)
	tb := &tab{t: t, m: m, c: c, s: s, w: 100}
	tb.load(opening)
	return tb
}

// load reads day, people and the day's log, as the root does after a save.
func (tb *tab) load(day event.Day) {
	tb.t.Helper()
	msg := tb.c.LoadDayCmd(day, 0, true)()
	if e, ok := msg.(common.ErrMsg); ok {
		tb.t.Fatalf("%s: %v", e.Action(tb.c.P), e.Err)
	}
	d := msg.(common.DayLoadedMsg)
	tb.m.Update(*d.People)
	d.People = nil
	tb.m.Update(d)
}

// key presses k and returns the command the tab gave back.
func (tb *tab) key(k string) tea.Cmd {
	_, cmd := tb.m.Update(uitest.Key(k))
	return cmd
}

func (tb *tab) typeText(s string) {
	for _, msg := range uitest.Type(s) {
		tb.m.Update(msg)
	}
}

// view is the tab as plain text; every line must fit the width.
func (tb *tab) view() string {
	tb.t.Helper()
	out := ansi.Strip(tb.m.View())
	for i, l := range strings.Split(out, "\n") {
		if n := ansi.StringWidthWc(l); n > tb.w {
			tb.t.Errorf("line %d is %d cells wide, more than %d: %q", i, n, tb.w, l)
		}
	}
	return out
}

// rows are the table's lines under the header, without the padding.
func (tb *tab) rows() []string {
	lines := strings.Split(tb.view(), "\n")
	var out []string
	for _, l := range lines[3:] {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// checkIn checks person in at t.
func checkIn(t *testing.T, s *store.Store, clk *clock.Fixed, when time.Time, person event.Person) journal.Entry {
	t.Helper()
	clk.Set(when)
	r, err := s.CheckIn(person.ID)
	if err != nil {
		t.Fatal(err)
	}
	return r.Entry
}

func demoPeople(t *testing.T, s *store.Store) []event.Person {
	t.Helper()
	people, err := s.People()
	if err != nil {
		t.Fatal(err)
	}
	return people
}

// statusText runs cmd and returns its StatusMsg text, failing on anything
// else.
func statusText(t *testing.T, cmd tea.Cmd) string {
	t.Helper()
	if cmd == nil {
		t.Fatal("no command, want a status message")
	}
	msg, ok := cmd().(common.StatusMsg)
	if !ok {
		t.Fatalf("command gave %T, want a status message", cmd())
	}
	return msg.Text(i18n.New(i18n.EN))
}

func TestRowsNewestFirst(t *testing.T) {
	s, clk := uitest.DemoStore(t, at(9, 0))
	people := demoPeople(t, s)
	for i, p := range people[:3] {
		checkIn(t, s, clk, at(9, 1+i), p)
	}
	clk.Set(at(9, 10))
	if _, err := s.Delay("s033", 15); err != nil {
		t.Fatal(err)
	}
	tb := newTab(t, s, clk, i18n.EN, common.ModeCoordinator)
	rows := tb.rows()
	wantTimes := []string{"09:10:00", "09:03:00", "09:02:00", "09:01:00", "09:00:00"}
	if len(rows) != len(wantTimes) {
		t.Fatalf("%d rows, want %d:\n%s", len(rows), len(wantTimes), tb.view())
	}
	for i, want := range wantTimes {
		if !strings.HasPrefix(rows[i], want) {
			t.Errorf("row %d = %q, want it to start at %s", i, rows[i], want)
		}
	}
	for i, p := range []event.Person{people[2], people[1], people[0]} {
		if !strings.Contains(rows[1+i], p.NameLatin) {
			t.Errorf("row %d = %q, want %s", 1+i, rows[1+i], p.NameLatin)
		}
	}
	if !strings.Contains(rows[0], "15 min") || !strings.Contains(rows[4], "import") {
		t.Errorf("delay row %q or import row %q wrong", rows[0], rows[4])
	}
	if !strings.Contains(tb.view(), "5 entries") {
		t.Errorf("title does not count 5 entries:\n%s", tb.view())
	}

	// A new entry arrives on top after the reload.
	checkIn(t, s, clk, at(9, 12), people[3])
	tb.load(opening)
	if rows := tb.rows(); !strings.HasPrefix(rows[0], "09:12:00") || !strings.Contains(rows[0], people[3].NameLatin) {
		t.Errorf("newest row after a check-in = %q", rows[0])
	}
}

// accented is a demo person whose name carries Latin accents
// (Vietnamese), so that folding changes it.
func accented(t *testing.T, people []event.Person) event.Person {
	t.Helper()
	for _, p := range people {
		if search.Fold(p.Name) != strings.ToLower(p.Name) && !strings.ContainsFunc(p.Name, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			return p
		}
	}
	t.Fatal("no person with an accented name in the demo")
	return event.Person{}
}

func TestFilterAccentInsensitive(t *testing.T) {
	s, clk := uitest.DemoStore(t, at(9, 0))
	people := demoPeople(t, s)
	viet := accented(t, people)
	checkIn(t, s, clk, at(9, 1), people[0])
	checkIn(t, s, clk, at(9, 2), viet)
	checkIn(t, s, clk, at(9, 3), people[1])
	clk.Set(at(9, 5))
	if _, err := s.Delay("s033", 10); err != nil {
		t.Fatal(err)
	}
	tb := newTab(t, s, clk, i18n.ZH, common.ModeCoordinator)
	if n := len(tb.rows()); n != 5 {
		t.Fatalf("%d rows before filtering, want 5", n)
	}

	// Plain ASCII, upper case, finds the accented name.
	query := strings.ToUpper(search.Fold(viet.Name))
	tb.key("/")
	if !tb.m.Capturing() {
		t.Fatal("/ did not open the filter")
	}
	tb.typeText(query)
	rows := tb.rows()
	if len(rows) != 1 || !strings.Contains(rows[0], viet.Name) {
		t.Fatalf("filter %q: rows %q, want only %s", query, rows, viet.Name)
	}
	tb.key("enter")
	if tb.m.Capturing() {
		t.Error("enter did not leave the filter input")
	}
	if v := tb.view(); !strings.Contains(v, query) || !strings.Contains(v, "共1条") {
		t.Errorf("title does not show the filter and the count:\n%s", v)
	}

	// esc in browsing clears the filter.
	tb.key("esc")
	if n := len(tb.rows()); n != 5 {
		t.Errorf("%d rows after esc, want 5", n)
	}

	// The name as written, accents and all, in capitals, finds it too.
	tb.key("/")
	tb.typeText(strings.ToUpper(viet.Name))
	if rows := tb.rows(); len(rows) != 1 || !strings.Contains(rows[0], viet.Name) {
		t.Errorf("filter %q: rows %q, want only %s", strings.ToUpper(viet.Name), rows, viet.Name)
	}
	tb.key("esc")

	// The filter reads the text as shown: the Chinese action word finds
	// the delay, and a Chinese name finds its check-in.
	tb.key("/")
	tb.typeText("推迟")
	if rows := tb.rows(); len(rows) != 1 || !strings.Contains(rows[0], "10分钟") {
		t.Errorf("filter 推迟: rows %q, want the delay", rows)
	}
	tb.key("esc")
	tb.key("/")
	tb.typeText("zzz")
	if v := tb.view(); !strings.Contains(v, "没有与“zzz”相符的记录") || strings.Contains(v, "暂无记录") {
		t.Errorf("a filter matching nothing should say so, not that the day is empty:\n%s", v)
	}
	tb.key("esc")
	tb.key("/")
	tb.typeText(people[1].Name)
	if rows := tb.rows(); len(rows) != 1 || !strings.Contains(rows[0], people[1].Name) {
		t.Errorf("filter %s: rows %q", people[1].Name, rows)
	}
	tb.key("esc")
	if tb.m.Capturing() || len(tb.rows()) != 5 {
		t.Errorf("esc in the filter input should leave it and show all 5 rows:\n%s", tb.view())
	}
}

func TestUndoWithReason(t *testing.T) {
	s, clk := uitest.DemoStore(t, at(9, 0))
	people := demoPeople(t, s)
	target := checkIn(t, s, clk, at(9, 1), people[0])
	clk.Set(at(9, 5))
	tb := newTab(t, s, clk, i18n.EN, common.ModeCoordinator)

	// esc at the reason prompt writes nothing.
	tb.key("u")
	if !tb.m.Capturing() || !strings.Contains(tb.view(), "Reason for undoing check-in of "+people[0].Name) {
		t.Fatalf("u did not ask for a reason:\n%s", tb.view())
	}
	tb.key("esc")
	if _, ok := s.Arrival(opening, people[0].ID); !ok {
		t.Fatal("esc at the reason prompt undid the check-in")
	}

	tb.key("u")
	if h := tb.m.ShortHelp(); len(h) != 1 || h[0].Help().Desc != "undo with this reason" {
		t.Errorf("help at the reason prompt: %+v", h)
	}
	tb.typeText("wrong badge")
	cmd := tb.key("enter")
	if cmd == nil {
		t.Fatal("enter at the reason prompt gave no command")
	}
	saved, ok := cmd().(common.SavedMsg)
	if !ok {
		t.Fatalf("undo gave %T, want SavedMsg", cmd())
	}
	if saved.Text(i18n.New(i18n.EN)) != "Undone: check-in of "+people[0].Name+" "+people[0].NameLatin {
		t.Errorf("saved text %q", saved.Text(i18n.New(i18n.EN)))
	}
	if _, ok := s.Arrival(opening, people[0].ID); ok {
		t.Error("the check-in still stands after the undo")
	}
	var u journal.Undo
	if err := saved.Entry.Decode(&u); err != nil || u.Target != target.ID || u.Reason != "wrong badge" {
		t.Errorf("undo entry %+v (%v), want target %s with the reason", u, err, target.ID)
	}

	tb.load(opening)
	rows := tb.rows()
	if len(rows) != 3 {
		t.Fatalf("%d rows after the undo, want 3:\n%s", len(rows), tb.view())
	}
	if !strings.Contains(rows[0], "undoes check-in: wrong badge") {
		t.Errorf("undo row %q", rows[0])
	}
	if !strings.Contains(rows[1], "[undone]") {
		t.Errorf("undone check-in row %q is not marked", rows[1])
	}

	// Neither the undone check-in, nor the undo, nor the import can be
	// undone again.
	for i := range rows {
		tb.m.list.Select(i)
		if got := statusText(t, tb.key("u")); got != "This entry cannot be undone." {
			t.Errorf("u on row %d: %q", i, got)
		}
		if tb.m.Capturing() {
			t.Errorf("u on row %d opened the reason prompt", i)
			tb.key("esc")
		}
	}
}

func TestDeskRefusesOtherDesksEntries(t *testing.T) {
	s, clk := uitest.DemoStore(t, at(9, 0))
	people := demoPeople(t, s)
	checkIn(t, s, clk, at(9, 1), people[0])
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := store.Open(path, store.Options{Desk: "desk-b", Operator: "wang", Clock: clk})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s2.Close() })
	checkIn(t, s2, clk, at(9, 2), people[1])

	desk := newTab(t, s2, clk, i18n.EN, common.ModeDesk)
	rows := desk.rows()
	if len(rows) != 3 || !strings.Contains(rows[0], "desk-b") || !strings.Contains(rows[1], "test-desk") {
		t.Fatalf("rows %q", rows)
	}
	desk.key("down")
	got := statusText(t, desk.key("u"))
	if want := "A desk can only undo its own entries; this one is from desk test-desk."; got != want {
		t.Errorf("u on another desk's entry: %q, want %q", got, want)
	}
	if desk.m.Capturing() {
		t.Error("the reason prompt opened for another desk's entry")
	}
	if _, ok := s2.Arrival(opening, people[0].ID); !ok {
		t.Error("the other desk's check-in was undone")
	}

	// Its own entry asks for a reason.
	desk.key("up")
	desk.key("u")
	if !desk.m.Capturing() {
		t.Errorf("u on the desk's own entry did not ask for a reason:\n%s", desk.view())
	}

	// The coordinator may undo any desk's entry.
	coord := newTab(t, s2, clk, i18n.ZH, common.ModeCoordinator)
	coord.key("down")
	coord.key("u")
	if !coord.m.Capturing() || !strings.Contains(coord.view(), "撤销“"+people[0].Name+" "+people[0].NameLatin+"”的签到") {
		t.Errorf("coordinator's u on test-desk's entry:\n%s", coord.view())
	}
}

func TestEmptyDay(t *testing.T) {
	s, clk := uitest.DemoStore(t, at(9, 0))
	for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
		tb := newTab(t, s, clk, lang, common.ModeCoordinator)
		tb.load("2025-07-27")
		p := i18n.New(lang)
		v := tb.view()
		date := p.Day("2025-07-27")
		for _, want := range []string{p.T(i18n.KeyLogEmpty, "date", date), p.T(i18n.KeyLogTitle, "date", date), p.N(i18n.KeyLogCount, 0)} {
			if !strings.Contains(v, want) {
				t.Errorf("%s: empty day lacks %q:\n%s", lang, want, v)
			}
		}
		for _, k := range []string{"u", "down", "G", "enter"} {
			if cmd := tb.key(k); cmd != nil {
				t.Errorf("%s: %s on an empty day gave a command", lang, k)
			}
		}
		if tb.m.Capturing() {
			t.Errorf("%s: an empty day opened a prompt", lang)
		}
	}
}

// TestLanguageSwitch rebuilds the rows in the other language without
// losing the filter or the selection.
func TestLanguageSwitch(t *testing.T) {
	s, clk := uitest.DemoStore(t, at(9, 0))
	people := demoPeople(t, s)
	for i, p := range people[:4] {
		checkIn(t, s, clk, at(9, 1+i), p)
	}
	tb := newTab(t, s, clk, i18n.EN, common.ModeCoordinator)
	tb.key("down")
	tb.key("down")
	tb.c.P = i18n.New(i18n.ZH)
	tb.m.Update(common.LanguageMsg{})
	v := tb.view()
	if !strings.Contains(v, "签到") || strings.Contains(v, "check-in") {
		t.Errorf("rows not in Chinese after the switch:\n%s", v)
	}
	if tb.m.list.Cursor != 2 {
		t.Errorf("cursor at %d after the switch, want 2", tb.m.list.Cursor)
	}
	if !strings.Contains(v, "中华人民共和国教育部") {
		t.Errorf("delegation not named in Chinese:\n%s", v)
	}
}

// TestSizes draws the tab at odd sizes without a panic and within the
// width.
func TestSizes(t *testing.T) {
	s, clk := uitest.DemoStore(t, at(9, 0))
	tb := newTab(t, s, clk, i18n.ZH, common.ModeCoordinator)
	for _, size := range [][2]int{{0, 0}, {-1, -1}, {1, 1}, {20, 3}, {80, 19}} {
		tb.m.SetSize(size[0], size[1])
		tb.w = max(size[0], 0)
		out := tb.view()
		if size[1] > 0 && len(strings.Split(out, "\n")) != size[1] {
			t.Errorf("%v: %d lines", size, len(strings.Split(out, "\n")))
		}
	}
}

// TestReasonStaysInSight types a reason after a long Chinese prompt at
// 80 columns: the end of what was typed is on the screen.
func TestReasonStaysInSight(t *testing.T) {
	s, clk := uitest.DemoStore(t, at(9, 0))
	people := demoPeople(t, s)
	checkIn(t, s, clk, at(9, 1), people[0])
	tb := newTab(t, s, clk, i18n.ZH, common.ModeCoordinator)
	tb.m.SetSize(80, 19)
	tb.w = 80
	tb.key("u")
	tb.typeText("the same badge was scanned twice at the door by mistake")
	line := strings.Split(tb.view(), "\n")[1]
	if !strings.Contains(line, "by mistake") {
		t.Errorf("the end of the reason is cut off: %q", line)
	}
}

// TestReasonFieldVisibleAfterALongTitle undoes the delay of the session
// with the longest title at 80 columns: the question used to take the
// whole line, so the field had one cell and what was typed did not show.
func TestReasonFieldVisibleAfterALongTitle(t *testing.T) {
	s, clk := uitest.DemoStore(t, at(9, 0))
	if _, err := s.Delay("s032", 10); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
		tb := newTab(t, s, clk, lang, common.ModeCoordinator)
		tb.m.SetSize(80, 19)
		tb.w = 80
		tb.key("u")
		tb.typeText("wrong session")
		line := strings.Split(tb.view(), "\n")[1]
		if !strings.Contains(line, "wrong session") {
			t.Errorf("%s: the reason typed is not in sight: %q", lang, line)
		}
		if ansi.StringWidthWc(line) > 80 {
			t.Errorf("%s: the prompt line is %d cells", lang, ansi.StringWidthWc(line))
		}
	}
}

// TestChangesMatchAWholeRead: entries that come as changes (one taken
// twice, one of another desk that sorts before the newest, an undo) give
// the same rows as a whole read of the day, with or without a filter.
func TestChangesMatchAWholeRead(t *testing.T) {
	for _, filter := range []string{"", "check"} {
		s, clk := uitest.DemoStore(t, at(9, 0))
		people := demoPeople(t, s)
		checkIn(t, s, clk, at(9, 1), people[0])
		tb := newTab(t, s, clk, i18n.EN, common.ModeCoordinator)
		if filter != "" {
			tb.m.filter = filter
			tb.m.rebuild()
		}
		v, err := s.Day(opening)
		if err != nil {
			t.Fatal(err)
		}
		first := checkIn(t, s, clk, at(9, 5), people[1])
		ch1, err := s.Changes(opening, v.Seq)
		if err != nil {
			t.Fatal(err)
		}
		tb.m.Update(common.ChangesMsg{Changes: ch1})
		checkIn(t, s, clk, at(9, 6), people[2])
		// Another desk's check-in made at 09:03 comes in late.
		late, err := journal.New(journal.NewID(journal.MakeHLC(at(9, 3), 0), "desk-b"), at(9, 3), opening, "desk-b", "op", journal.KindCheckIn, people[3].ID, journal.CheckIn{Person: people[3].ID, Day: opening})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Apply(late); err != nil {
			t.Fatal(err)
		}
		clk.Set(at(9, 7))
		if _, err := s.Undo(first.ID, "wrong badge"); err != nil {
			t.Fatal(err)
		}
		// Read from the first mark again: the first check-in comes twice.
		ch2, err := s.Changes(opening, v.Seq)
		if err != nil {
			t.Fatal(err)
		}
		tb.m.Update(common.ChangesMsg{Changes: ch2})
		got := tb.rows()
		tb.load(opening)
		if filter != "" {
			tb.m.filter = filter
			tb.m.rebuild()
		}
		want := tb.rows()
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("filter %q: rows after changes:\n%s\nafter a whole read:\n%s", filter, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// TestPromptDoesNotBlink: the filter and reason prompts have a steady
// cursor (common.NewInput), so a waiting prompt does not wake the screen
// twice a second.
func TestPromptDoesNotBlink(t *testing.T) {
	s, clk := uitest.DemoStore(t, at(9, 0))
	tb := newTab(t, s, clk, i18n.EN, common.ModeCoordinator)
	if cmd := tb.key("/"); cmd != nil {
		t.Errorf("opening the filter prompt gave a command (%T): a blinking cursor", cmd())
	}
}

// Enter in the filter leaves the first match (the newest) selected, not
// the row the cursor had before: u then undoes the match seen on top.
func TestFilterEnterSelectsTheFirstMatch(t *testing.T) {
	s, clk := uitest.DemoStore(t, at(9, 0))
	people := demoPeople(t, s)
	for i := range 4 {
		checkIn(t, s, clk, at(9, 1+i), people[i])
	}
	clk.Set(at(9, 10))
	tb := newTab(t, s, clk, i18n.EN, common.ModeCoordinator)
	for range 3 {
		tb.key("down")
	}
	if tb.m.list.Cursor != 3 {
		t.Fatalf("cursor %d, want 3", tb.m.list.Cursor)
	}
	tb.key("/")
	tb.typeText(tb.c.P.Action(journal.KindCheckIn))
	tb.key("enter")
	if tb.m.list.Cursor != 0 {
		t.Errorf("after the filter the cursor is on row %d, want the first match", tb.m.list.Cursor)
	}
	tb.key("u")
	if v := tb.view(); !strings.Contains(v, "Reason for undoing check-in of "+people[3].Name) {
		t.Errorf("u after the filter does not undo the first match, %s:\n%s", people[3].Name, v)
	}
}
