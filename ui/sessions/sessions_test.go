package sessions

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"caecw/internal/clock"
	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/store"
	"caecw/ui/common"
	"caecw/ui/uitest"
)

const opening = event.Day("2025-07-26")

// harness is the tab over a fresh demo store, fed as the root would feed
// it: commands are run and their messages fed back, a save is followed by
// a fresh read of the day.
type harness struct {
	t      *testing.T
	m      *Model
	s      *store.Store
	clk    *clock.Fixed
	c      *common.Common
	status []string
}

func newHarness(t *testing.T, mode common.Mode, lang i18n.Lang, w, h int) *harness {
	t.Helper()
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	c := uitest.Common(t, s, clk, lang, mode, w, h)
	x := &harness{t: t, m: New(c), s: s, clk: clk, c: c}
	x.m.SetSize(w, h)
	x.reload()
	return x
}

func (x *harness) reload() {
	x.t.Helper()
	v, err := x.s.Day(opening)
	if err != nil {
		x.t.Fatal(err)
	}
	x.send(common.DayLoadedMsg{View: v})
}

// send feeds msg and everything its commands lead to.
func (x *harness) send(msg tea.Msg) {
	x.t.Helper()
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		msg := queue[0]
		queue = queue[1:]
		switch msg := msg.(type) {
		case nil:
			continue
		case tea.BatchMsg:
			for _, c := range msg {
				if c != nil {
					queue = append(queue, c())
				}
			}
			continue
		case common.StatusMsg:
			x.status = append(x.status, msg.Text(x.c.P))
			continue
		case common.ErrMsg:
			x.t.Fatalf("error message: %s: %v", msg.Action(x.c.P), msg.Err)
		}
		_, cmd := x.m.Update(msg)
		if _, ok := msg.(common.SavedMsg); ok {
			v, err := x.s.Day(opening)
			if err != nil {
				x.t.Fatal(err)
			}
			queue = append(queue, common.DayLoadedMsg{View: v})
		}
		if cmd != nil {
			queue = append(queue, cmd())
		}
	}
}

func (x *harness) keys(keys ...string) {
	x.t.Helper()
	for _, k := range keys {
		x.send(uitest.Key(k))
	}
}

func (x *harness) typeText(s string) {
	x.t.Helper()
	for _, msg := range uitest.Type(s) {
		x.send(msg)
	}
}

func (x *harness) view() string { return ansi.Strip(x.m.View()) }

// line is the first line of the view holding text.
func (x *harness) line(text string) string {
	x.t.Helper()
	for _, l := range strings.Split(x.view(), "\n") {
		if strings.Contains(l, text) {
			return l
		}
	}
	x.t.Fatalf("no line with %q in\n%s", text, x.view())
	return ""
}

func (x *harness) session(id string) event.Session {
	x.t.Helper()
	v, err := x.s.Day(opening)
	if err != nil {
		x.t.Fatal(err)
	}
	for _, s := range v.Sessions {
		if s.ID == id {
			return s
		}
	}
	x.t.Fatalf("no session %s", id)
	return event.Session{}
}

func (x *harness) selectID(id string) {
	x.t.Helper()
	if !x.m.selectID(id) {
		x.t.Fatalf("session %s not listed", id)
	}
}

func (x *harness) selected() string {
	s, _ := x.m.current()
	return s.ID
}

// entries are today's journal entries about session id.
func (x *harness) entries(id string) []journal.Entry {
	x.t.Helper()
	var out []journal.Entry
	err := x.s.Entries(opening, func(e journal.Entry, _ journal.ID) error {
		if e.Subject == id {
			out = append(out, e)
		}
		return nil
	})
	if err != nil {
		x.t.Fatal(err)
	}
	return out
}

func TestOpensOnTheSessionRunningNow(t *testing.T) {
	x := newHarness(t, common.ModeCoordinator, i18n.EN, 100, 25)
	if got := x.selected(); got != "s032" {
		t.Fatalf("selected %s, want the opening ceremony s032", got)
	}
	if l := x.line("Opening ceremony"); !strings.Contains(l, " now ") || !strings.HasPrefix(l, "  09:00-10:30") {
		t.Errorf("opening ceremony row: %q", l)
	}
	// The selection is drawn in reverse video.
	for _, l := range strings.Split(x.m.View(), "\n") {
		if strings.Contains(l, "Opening ceremony") && !strings.Contains(l, "\x1b[7m") {
			t.Errorf("opening ceremony row is not shown selected: %q", l)
		}
	}
	if l := x.line("Cultural evening"); !strings.Contains(l, "delayed +20 min") || !strings.Contains(l, "19:50-21:50") {
		t.Errorf("cultural evening row: %q", l)
	}
	if l := x.line("China-ASEAN Youth Dialogue"); !strings.Contains(l, " next ") {
		t.Errorf("youth dialogue row: %q", l)
	}
	// The demo's planted problems: s034 and s037 clash in Hall C, s035
	// is over capacity; the rows around them are clean.
	for _, title := range []string{"University Presi", "Media briefing", "Language Education Forum"} {
		if l := x.line(title); !strings.HasPrefix(l, "! ") {
			t.Errorf("no problem marker on %q", l)
		}
	}
	for _, title := range []string{"Vocational Educa", "Opening ceremony", "Lunch for delegations"} {
		if l := x.line(title); strings.HasPrefix(l, "!") {
			t.Errorf("problem marker on a clean row %q", l)
		}
	}
	if l := x.line("Language Education Forum"); !strings.HasSuffix(strings.TrimRight(l, " "), "100/80") {
		t.Errorf("headcount vs capacity of s035: %q", l)
	}
	if l := x.line("Sessions of"); !strings.Contains(l, "22 sessions") || !strings.Contains(l, "2 problems") {
		t.Errorf("title line: %q", l)
	}
}

func TestViewIsExactlyTheBodyAtEverySize(t *testing.T) {
	x := newHarness(t, common.ModeCoordinator, i18n.ZH, 100, 25)
	sizes := [][2]int{{80, 19}, {100, 25}, {200, 45}, {139, 30}, {140, 30}, {30, 8}, {5, 2}, {1, 1}, {0, 0}, {-3, -1}}
	check := func(what string, w, h int) {
		t.Helper()
		out := x.m.View()
		if w <= 0 || h <= 0 {
			if out != "" {
				t.Errorf("%s at %dx%d: want nothing, got %q", what, w, h, out)
			}
			return
		}
		lines := strings.Split(out, "\n")
		if len(lines) != h {
			t.Errorf("%s at %dx%d: %d lines", what, w, h, len(lines))
		}
		for i, l := range lines {
			if got := x.c.CellWidth(ansi.Strip(l)); got != w {
				t.Errorf("%s at %dx%d: line %d is %d cells: %q", what, w, h, i, got, ansi.Strip(l))
			}
		}
	}
	for _, sz := range sizes {
		x.m.SetSize(sz[0], sz[1])
		check("list", sz[0], sz[1])
		x.keys("enter")
		check("detail", sz[0], sz[1])
		x.keys("esc", "d")
		check("delay prompt", sz[0], sz[1])
		x.keys("esc", "m")
		check("venue picker", sz[0], sz[1])
		x.keys("esc", "c")
		check("confirm", sz[0], sz[1])
		x.keys("n")
	}
}

func TestDetailPane(t *testing.T) {
	x := newHarness(t, common.ModeCoordinator, i18n.EN, 100, 25)
	x.keys("enter")
	v := x.view()
	for _, want := range []string{
		"Opening ceremony of the China-ASEAN Education Cooperation Week",
		"Status: now · ceremony",
		"Time: 09:00-10:30",
		"Venue: GIECC Hall A (plenary), Guiyang International Ecological Conference Center, holds 2000",
		"Host: Ministry of Education of China",
		"Delegations: 1490 assigned, 0 present, venue holds 2000",
		"Programme expects 1490 people",
		"Brunei Darussalam Delegation: 0 of 12 arrived",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("detail lacks %q:\n%s", want, v)
		}
	}
	if !strings.Contains(v, "No changes recorded today.") {
		t.Errorf("detail lacks the empty journal:\n%s", v)
	}
	// The delegations run past the pane: pgdown scrolls to the last.
	last := ""
	for _, a := range x.m.view.Assignments {
		if a.Session == "s032" {
			last = x.m.plan.Delegations[a.Delegation].Name + ": 0 of"
		}
	}
	if strings.Contains(v, last) {
		t.Fatalf("the last delegation fits already; the scroll test tests nothing:\n%s", v)
	}
	x.keys("pgdown", "pgdown", "pgdown", "pgdown")
	if v := x.view(); strings.Contains(v, "Status: now") || !strings.Contains(v, last) {
		t.Errorf("pgdown did not scroll the pane:\n%s", v)
	}
	x.keys("esc")
	if x.m.detail || !strings.Contains(x.view(), "Asgd/Cap") {
		t.Errorf("esc did not close the detail pane:\n%s", x.view())
	}

	// The delayed cultural evening: planned vs effective time and its note.
	x.selectID("s050")
	x.keys("enter")
	v = x.view()
	for _, want := range []string{"Planned 19:30-21:30, now 19:50-21:50", "Note: Stage set-up overran; doors open 19:35", "delayed +20 min"} {
		if !strings.Contains(v, want) {
			t.Errorf("cultural evening detail lacks %q:\n%s", want, v)
		}
	}
	x.keys("esc")

	// An over-capacity session names its problem.
	x.selectID("s035")
	x.keys("enter")
	if v := x.view(); !strings.Contains(v, "Problems") || !strings.Contains(v, "! Language Education Forum: Chinese and ASEAN languages: 100 people, GIECC Meeting Room 1 holds") {
		t.Errorf("s035 detail lacks its problem:\n%s", v)
	}
}

func TestShowSessionOpensIt(t *testing.T) {
	x := newHarness(t, common.ModeCoordinator, i18n.EN, 100, 25)
	x.keys("/")
	x.typeText("signing")
	x.keys("enter")
	x.send(common.ShowSessionMsg{ID: "s050"})
	if x.selected() != "s050" || !x.m.detail {
		t.Fatalf("selected %s, detail %v", x.selected(), x.m.detail)
	}
	if !strings.Contains(x.view(), "Cultural evening: Colourful Guizhou") {
		t.Errorf("detail not shown:\n%s", x.view())
	}
}

func TestDelayIsJournaledWithTheOperator(t *testing.T) {
	x := newHarness(t, common.ModeCoordinator, i18n.EN, 100, 25)
	x.selectID("s041")
	x.keys("d")
	if !x.m.Capturing() || !strings.Contains(x.view(), "Delay Guided tour") {
		t.Fatalf("no delay prompt:\n%s", x.view())
	}
	x.keys("enter") // the default, 15 minutes
	if got := x.session("s041").State.DelayMin; got != 15 {
		t.Fatalf("delay %d, want 15", got)
	}
	es := x.entries("s041")
	if len(es) != 1 || es[0].Kind != journal.KindSessionDelay || es[0].Operator != "tester" || es[0].Desk != "test-desk" {
		t.Fatalf("journal: %+v", es)
	}
	if l := x.line("Guided tour"); !strings.Contains(l, "14:15-15:15") || !strings.Contains(l, "delayed +15 min") {
		t.Errorf("row after delay: %q", l)
	}
	// Negative brings it forward.
	x.keys("d")
	x.typeText("-10")
	x.keys("enter")
	if got := x.session("s041").State.DelayMin; got != 5 {
		t.Fatalf("delay %d after -10, want 5", got)
	}
	// Nonsense is refused with a message, nothing written.
	x.keys("d")
	x.typeText("soon")
	x.keys("enter")
	if got := x.session("s041").State.DelayMin; got != 5 || len(x.status) == 0 || !strings.Contains(x.status[len(x.status)-1], "soon is not a number") {
		t.Fatalf("delay %d, status %q", got, x.status)
	}
	// The detail pane lists the entries.
	x.keys("enter")
	if v := x.view(); !strings.Contains(v, "delay by tester (test-desk) 15 min") {
		t.Errorf("journal not in the detail pane:\n%s", v)
	}
}

func TestCancelAsksThenRestore(t *testing.T) {
	x := newHarness(t, common.ModeCoordinator, i18n.EN, 100, 25)
	x.selectID("s046")
	x.keys("c")
	if v := x.view(); !strings.Contains(v, "Cancel Signing ceremony III") || !strings.Contains(v, "y = yes") {
		t.Fatalf("no confirmation:\n%s", v)
	}
	// Only an explicit y goes ahead; other keys leave the question up.
	x.keys("enter", "q", "space")
	if x.session("s046").State.Cancelled || x.m.mode != confirming {
		t.Fatal("cancelled without a y")
	}
	x.keys("y")
	if !x.session("s046").State.Cancelled {
		t.Fatal("not cancelled after y")
	}
	if l := x.line("Signing ceremony III"); !strings.Contains(l, "cancelled") {
		t.Errorf("row: %q", l)
	}
	x.keys("r")
	if x.session("s046").State.Cancelled {
		t.Fatal("not restored")
	}
	kinds := []journal.Kind{}
	for _, e := range x.entries("s046") {
		kinds = append(kinds, e.Kind)
	}
	if len(kinds) != 2 || kinds[0] != journal.KindSessionCancel || kinds[1] != journal.KindSessionRestore {
		t.Errorf("journal kinds %v", kinds)
	}
	// Restoring what is as planned says so.
	x.keys("r")
	if len(x.status) == 0 || !strings.Contains(x.status[len(x.status)-1], "already as planned") {
		t.Errorf("status %q", x.status)
	}
}

func TestNote(t *testing.T) {
	x := newHarness(t, common.ModeCoordinator, i18n.EN, 100, 25)
	x.keys("n")
	x.typeText("Interpreters in booth 2")
	x.keys("enter")
	if got := x.session("s032").State.Note; got != "Interpreters in booth 2" {
		t.Fatalf("note %q", got)
	}
	x.keys("enter")
	if !strings.Contains(x.view(), "Note: Interpreters in booth 2") {
		t.Errorf("note not in detail:\n%s", x.view())
	}
}

func TestMoveIntoAClashAsksFirst(t *testing.T) {
	x := newHarness(t, common.ModeCoordinator, i18n.EN, 100, 25)
	x.selectID("s033") // Vocational forum, Hall B, 10:45-12:15
	x.keys("m")
	x.typeText("hall c")
	var box []string
	for _, l := range strings.Split(x.view(), "\n") {
		if strings.HasPrefix(l, "│ ") {
			box = append(box, strings.TrimSpace(strings.Trim(l, "│")))
		}
	}
	if len(box) == 0 || !strings.HasPrefix(box[0], "GIECC Hall C ") || box[1] != "" {
		t.Fatalf("venue list not filtered to Hall C: %q\n%s", box, x.view())
	}
	x.keys("enter") // GIECC Hall C
	x.keys("enter") // keep the time
	v := x.view()
	for _, want := range []string{
		"Move China-ASEAN Vocational Education Forum to GIECC Hall C at 10:45?",
		"This change would cause:",
		"! China-ASEAN Vocational Education Forum and China-ASEAN University Presidents' Forum overlap",
		"! China-ASEAN Vocational Education Forum and Media briefing on the opening day overlap in GIECC",
		"Go ahead anyway?",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("confirmation lacks %q:\n%s", want, v)
		}
	}
	x.keys("n")
	if s := x.session("s033"); s.Moved() {
		t.Fatal("moved after n")
	}
	// Again, and go ahead.
	x.keys("m")
	x.typeText("hall c")
	x.keys("enter", "enter", "y")
	if got := x.session("s033").State.MovedTo; got != "v-giecc-c" {
		t.Fatalf("moved to %q", got)
	}
	if l := x.line("Vocational Educa"); !strings.HasPrefix(l, "! ") || !strings.Contains(l, "GIECC Hall C") {
		t.Errorf("row after the move: %q", l)
	}
}

func TestMoveTimeOnlyWithoutProblemsGoesStraight(t *testing.T) {
	x := newHarness(t, common.ModeCoordinator, i18n.EN, 100, 25)
	x.selectID("s050") // Cultural evening, 19:30-21:30 delayed to 19:50
	x.keys("m", "enter")
	x.typeText("19:40")
	x.keys("enter")
	if x.m.mode == confirming {
		t.Fatalf("asked to confirm:\n%s", x.view())
	}
	s := x.session("s050")
	if s.Moved() || s.State.DelayMin != 0 || s.EffectiveStart().Format("15:04") != "19:40" || s.EffectiveEnd().Format("15:04") != "21:40" {
		t.Fatalf("after move: %+v", s.State)
	}
	x.keys("m", "enter")
	x.typeText("25:99")
	x.keys("enter")
	if len(x.status) == 0 || !strings.Contains(x.status[len(x.status)-1], "not a time") {
		t.Errorf("status %q", x.status)
	}
}

func TestDeskCannotChangeTheProgramme(t *testing.T) {
	x := newHarness(t, common.ModeDesk, i18n.EN, 100, 25)
	for _, k := range []string{"d", "m", "c", "r", "n", "s"} {
		x.status = nil
		x.keys(k)
		if x.m.Capturing() {
			t.Fatalf("%s opened a prompt at a desk", k)
		}
		if len(x.status) != 1 || !strings.Contains(x.status[0], "desks cannot change the programme") {
			t.Errorf("%s: status %q", k, x.status)
		}
	}
	if got := x.session("s032").State; got != (event.State{}) {
		t.Errorf("state changed at a desk: %+v", got)
	}
	help := ""
	for _, b := range x.m.ShortHelp() {
		help += b.Help().Desc + "|"
	}
	if !strings.Contains(help, "delay (coordinators only)") || !strings.Contains(help, "mark started (coordinators only)") {
		t.Errorf("help %q", help)
	}
	// The attention panel's fix is refused the same way.
	x.status = nil
	x.send(common.SessionActionMsg{ID: "s032", Action: event.ActionMarkStarted})
	if len(x.status) != 1 || !strings.Contains(x.status[0], "desks cannot change the programme") || x.m.Capturing() {
		t.Errorf("fix at a desk: status %q", x.status)
	}
	if got := x.session("s032").State; got != (event.State{}) {
		t.Errorf("state changed at a desk by a fix: %+v", got)
	}
}

func TestStatusesFollowTheClock(t *testing.T) {
	x := newHarness(t, common.ModeCoordinator, i18n.EN, 100, 25)
	at := uitest.OpeningDay().Add(70 * time.Minute) // 10:40
	x.send(common.TickMsg{Now: at})
	if l := x.line("Opening ceremony"); !strings.Contains(l, " done ") {
		t.Errorf("at 10:40: %q", l)
	}
	if l := x.line("Youth Dialogue"); !strings.Contains(l, " next ") {
		t.Errorf("at 10:40: %q", l)
	}
	x.send(common.TickMsg{Now: at.Add(10 * time.Minute)})
	if l := x.line("Youth Dialogue"); !strings.Contains(l, " now ") {
		t.Errorf("at 10:50: %q", l)
	}
	if l := x.line("Media briefing"); !strings.Contains(l, " next ") {
		t.Errorf("at 10:50: %q", l)
	}
}

func TestFilterIsAccentInsensitive(t *testing.T) {
	x := newHarness(t, common.ModeCoordinator, i18n.EN, 100, 25)
	x.keys("/")
	x.typeText("SÏGNÏNG")
	if !x.m.Capturing() {
		t.Fatal("filter does not capture")
	}
	if n := len(x.m.rows); n != 3 {
		t.Errorf("%d rows for signing, want 3", n)
	}
	x.keys("enter")
	if l := x.line("Sessions of"); !strings.Contains(l, "filter: SÏGNÏNG") {
		t.Errorf("title: %q", l)
	}
	x.keys("esc") // closes the first match's detail that enter opened
	x.keys("esc")
	if n := len(x.m.rows); n != 22 {
		t.Errorf("%d rows after esc", n)
	}
	x.keys("/")
	x.typeText("grand theatre")
	if n := len(x.m.rows); n != 2 {
		t.Errorf("%d rows for the venue, want 2", n)
	}
	x.keys("esc")
	x.keys("/")
	x.typeText("zzz")
	if !strings.Contains(x.view(), "No session matches zzz.") {
		t.Errorf("no empty message:\n%s", x.view())
	}
}

// Enter in the filter opens the first match, not the row the cursor had
// before the filter (Signing ceremony III also matches).
func TestFilterEnterOpensTheFirstMatch(t *testing.T) {
	x := newHarness(t, common.ModeCoordinator, i18n.EN, 100, 25)
	x.selectID("s046")
	x.keys("/")
	x.typeText("signing")
	if x.selected() != "s040" {
		t.Errorf("typing selects %s, want the first match s040", x.selected())
	}
	x.keys("enter")
	if x.selected() != "s040" || !x.m.detail || x.m.detailID != "s040" {
		t.Errorf("enter: selected %s, detail %v of %s; want s040's detail open", x.selected(), x.m.detail, x.m.detailID)
	}
}

func TestShowSessionBeforeTheDayIsRead(t *testing.T) {
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	c := uitest.Common(t, s, clk, i18n.EN, common.ModeCoordinator, 100, 25)
	x := &harness{t: t, m: New(c), s: s, clk: clk, c: c}
	x.m.SetSize(100, 25)
	x.send(common.ShowSessionMsg{ID: "s046"})
	x.reload()
	if x.selected() != "s046" || !x.m.detail {
		t.Fatalf("selected %s, detail %v", x.selected(), x.m.detail)
	}
	// The journal was read, not left "reading".
	if v := x.view(); !strings.Contains(v, "No changes recorded today.") {
		t.Errorf("journal not read:\n%s", v)
	}
}

func TestAnotherDayClosesThePaneAndOpensOnItsFirstSession(t *testing.T) {
	x := newHarness(t, common.ModeCoordinator, i18n.EN, 100, 25)
	x.keys("enter")
	v, err := x.s.Day("2025-07-27")
	if err != nil {
		t.Fatal(err)
	}
	x.send(common.DayLoadedMsg{View: v})
	if x.m.detail {
		t.Error("detail pane still open on another day")
	}
	// 27 July has not begun at 09:30 on the 26th: its first session is next.
	if got, want := x.selected(), v.Sessions[0].ID; got != want {
		t.Errorf("selected %s, want %s", got, want)
	}
	if l := x.line("Sessions of"); !strings.Contains(l, "27 Jul 2025") {
		t.Errorf("title %q", l)
	}
}

// The session detail offers undo of the session's last change (issue 14):
// u asks what, when and by which desk, and only y undoes.
func TestUndoTheLastChangeFromTheDetail(t *testing.T) {
	x := newHarness(t, common.ModeCoordinator, i18n.EN, 100, 25)
	x.selectID("s041")
	x.keys("d")
	x.keys("enter")
	if got := x.session("s041").State.DelayMin; got != 15 {
		t.Fatalf("delay %d, want 15", got)
	}
	x.keys("u") // the detail was closed: u opens it first
	if v := x.view(); !strings.Contains(v, "u undoes the last change (delay at") {
		t.Fatalf("the detail does not offer the undo:\n%s", v)
	}
	x.keys("u")
	if v := x.view(); !strings.Contains(v, "Undo the delay of Guided tour") || !strings.Contains(v, "(desk test-desk)") {
		t.Fatalf("no question before the undo:\n%s", v)
	}
	x.keys("n")
	if got := x.session("s041").State.DelayMin; got != 15 {
		t.Fatalf("n undid it: delay %d", got)
	}
	x.keys("u")
	x.keys("y")
	if got := x.session("s041").State.DelayMin; got != 0 {
		t.Fatalf("after the undo the delay is %d, want 0", got)
	}
	es := x.entries("s041")
	if len(es) != 2 || es[1].Kind != journal.KindUndo {
		t.Fatalf("journal: %+v", es)
	}
	x.keys("u")
	if last := x.status[len(x.status)-1]; !strings.Contains(last, "no change of today to undo") {
		t.Fatalf("a second u: %q", last)
	}
}

// At 80 columns a long question wraps instead of losing its end: the
// undo's question still names the desk.
func TestLongQuestionWrapsAt80Columns(t *testing.T) {
	x := newHarness(t, common.ModeCoordinator, i18n.EN, 80, 24)
	x.selectID("s041")
	x.keys("d")
	x.keys("enter")
	x.keys("u")
	x.keys("u")
	if v := x.view(); !strings.Contains(v, "(desk test-desk)") {
		t.Fatalf("the question lost its end:\n%s", v)
	}
}
