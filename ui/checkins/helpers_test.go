package checkins

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
)

// fixture is a desk on a small programme with Vietnamese, Thai, Khmer and
// Chinese names, a fixed clock and a fake wall clock for key timing.
type fixture struct {
	t     *testing.T
	s     *store.Store
	c     *common.Common
	m     *Model
	clock *clock.Fixed
	wall  time.Time
	bells int
	// status is the last StatusMsg or SavedMsg text, as the root shows it.
	status string
	errs   []common.ErrMsg
}

var testPeople = []event.Person{
	{ID: "vn1", Badge: "VN-001", Name: "Nguyễn Thị Hương", NameLatin: "Nguyen Thi Huong", Delegation: "vn", Role: event.RoleDelegate},
	{ID: "vn2", Badge: "VN-002", Name: "Đặng Văn Đức", NameLatin: "Dang Van Duc", Delegation: "vn", Role: event.RoleHead},
	{ID: "vn3", Badge: "VN-003", Name: "Nguyễn Văn An", NameLatin: "Nguyen Van An", Delegation: "vn", Role: event.RoleStudent},
	{ID: "th1", Badge: "TH-001", Name: "สมชาย ใจดี", NameLatin: "Somchai Jaidee", Delegation: "th", Role: event.RoleHead},
	{ID: "th2", Badge: "TH-002", Name: "สมหญิง รักไทย", NameLatin: "Somying Rakthai", Delegation: "th", Role: event.RoleStudent},
	{ID: "kh1", Badge: "KH-001", Name: "សុខ ចាន់ថា", NameLatin: "Sok Chantha", Delegation: "kh", Role: event.RoleDelegate},
	{ID: "cn1", Badge: "CN-001", Name: "张伟", NameLatin: "Zhang Wei", Delegation: "cn", Role: event.RoleStaff},
	{ID: "cn2", Badge: "CN-002", Name: "李娜", NameLatin: "Li Na", Delegation: "cn", Role: event.RoleDelegate},
}

var testDelegations = []event.Delegation{
	{ID: "vn", Name: "Viet Nam", NameZh: "越南", Country: "VN", Expected: 3},
	{ID: "th", Name: "Thailand", NameZh: "泰国", Country: "TH", Expected: 2},
	{ID: "kh", Name: "Cambodia", NameZh: "柬埔寨", Country: "KH", Expected: 2},
	{ID: "cn", Name: "China", NameZh: "中国", Country: "CN", Expected: 2},
}

func newFixture(t *testing.T, mode common.Mode) *fixture {
	t.Helper()
	ev := event.Event{Name: "Test week", City: "Guiyang", TimeZone: "Asia/Shanghai", FirstDay: "2025-07-24", LastDay: "2025-07-27"}
	s, err := store.Create(t.TempDir()+"/t.db", ev, store.Options{Desk: "T1", Operator: "Lan"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	prog := event.Programme{Event: &ev, Delegations: testDelegations, People: testPeople}
	if _, err := s.Import(journal.Import{Files: []string{"test"}, Programme: prog}); err != nil {
		t.Fatal(err)
	}
	fixed := clock.NewFixed(time.Date(2025, 7, 26, 9, 30, 0, 0, ev.Location()))
	s.SetClock(fixed)
	p := i18n.New(i18n.EN)
	c := &common.Common{
		Styles: common.NewStyles(true), Keys: common.DefaultKeyMap(p), Store: s, Clock: fixed,
		Mode: mode, P: p,
	}
	c.SetEvent(ev)
	var m *Model
	if mode == common.ModeDesk {
		m = NewDesk(c)
	} else {
		m = New(c)
	}
	f := &fixture{t: t, s: s, c: c, m: m, clock: fixed, wall: time.Date(2025, 7, 26, 1, 0, 0, 0, time.UTC)}
	m.now = func() time.Time { return f.wall }
	m.SetSize(100, 25)
	f.reloadDay()
	people, err := s.People()
	if err != nil {
		t.Fatal(err)
	}
	f.send(common.PeopleLoadedMsg{People: people})
	if m.ix == nil {
		t.Fatal("index not built")
	}
	return f
}

// reloadDay does what the root does after a save.
func (f *fixture) reloadDay() {
	f.t.Helper()
	v, err := f.s.Day("2025-07-26")
	if err != nil {
		f.t.Fatal(err)
	}
	f.send(common.DayLoadedMsg{View: v})
}

// send feeds msg to the model and runs every command it returns to the
// end, feeding their messages back, as the program would.
func (f *fixture) send(msg tea.Msg) {
	f.t.Helper()
	_, cmd := f.m.Update(msg)
	f.run(cmd)
}

// sendNoRun feeds msg and returns the command without running it, to see
// the screen before the store has answered.
func (f *fixture) sendNoRun(msg tea.Msg) tea.Cmd {
	_, cmd := f.m.Update(msg)
	return cmd
}

func (f *fixture) run(cmd tea.Cmd) {
	f.t.Helper()
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			f.run(c)
		}
	case tea.RawMsg:
		if msg.Msg == "\a" {
			f.bells++
		}
	case common.SavedMsg:
		// As the root: the reply to this tab, the saved entry, the day.
		f.status = msg.Text(f.c.P)
		if msg.Owner != nil {
			f.send(msg.Reply)
		}
		msg.Owner, msg.Reply, msg.Changes = nil, nil, nil
		f.send(msg)
		f.reloadDay()
	case common.ReplyMsg:
		f.send(msg.Msg)
	case common.StatusMsg:
		f.status = msg.Text(f.c.P)
	case common.ErrMsg:
		f.errs = append(f.errs, msg)
		f.send(msg)
	case common.ReloadMsg:
		f.reloadDay()
		if msg.People {
			people, err := f.s.People()
			if err != nil {
				f.t.Fatal(err)
			}
			f.send(common.PeopleLoadedMsg{People: people})
		}
	default:
		f.send(msg)
	}
}

// typ types text one key at a time, gap apart on the wall clock.
func (f *fixture) typ(text string, gap time.Duration) {
	f.t.Helper()
	for _, r := range text {
		f.wall = f.wall.Add(gap)
		f.send(keyText(r))
	}
}

func keyText(r rune) tea.KeyPressMsg {
	if r == ' ' {
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	}
	return tea.KeyPressMsg{Code: r, Text: string(r)}
}

func keyEnter() tea.KeyPressMsg { return tea.KeyPressMsg{Code: tea.KeyEnter} }

func keyCtrl(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Mod: tea.ModCtrl} }

func keyCode(code rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: code} }

// scan types code at scanner speed and presses Enter.
func (f *fixture) scan(code string) {
	f.t.Helper()
	f.typ(code, 5*time.Millisecond)
	f.wall = f.wall.Add(5 * time.Millisecond)
	f.send(keyEnter())
}

// view is the tab's text without styles.
func (f *fixture) view() string {
	f.t.Helper()
	v := ansi.Strip(f.m.View())
	if bad := i18n.Leftovers(v); len(bad) > 0 {
		f.t.Errorf("untranslated text on screen: %v", bad)
	}
	return v
}

func (f *fixture) arrived(person string) bool {
	_, ok := f.s.Arrival("2025-07-26", person)
	return ok
}

func (f *fixture) checkInEntries() int {
	f.t.Helper()
	n := 0
	err := f.s.Entries("2025-07-26", func(e journal.Entry, undoneBy journal.ID) error {
		if e.Kind == journal.KindCheckIn {
			n++
		}
		return nil
	})
	if err != nil {
		f.t.Fatal(err)
	}
	return n
}

func (f *fixture) resultIDs() []string {
	var ids []string
	for _, r := range f.m.d.results {
		ids = append(ids, r.ID)
	}
	return ids
}

func mustContain(t *testing.T, s string, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if !strings.Contains(s, p) {
			t.Errorf("screen lacks %q:\n%s", p, s)
		}
	}
}

func stripANSI(s string) string { return ansi.Strip(s) }
