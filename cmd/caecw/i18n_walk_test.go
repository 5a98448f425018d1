package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"caecw/internal/clock"
	"caecw/internal/event"
	"caecw/internal/formats"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/store"
	"caecw/ui/app"
	"caecw/ui/common"
	"caecw/ui/uitest"
)

// TestChineseEverywhere walks everything a coordinator reads with the
// language set to Chinese, on the demo after a busy morning (check-ins,
// a walk-in, a delay, a move, a cancel, a note, an assignment change, an
// outage, undos at the desk and from the Log tab): every tab of the
// screen at 80x24 and 200x50 with its detail, help and panels, the desk,
// every CLI command and its errors, and every export. It fails on any
// English word left, outside:
//
//   - data that has no Chinese form in the file: people's names, notes
//     and reasons as typed, desk and operator names, badge codes; a
//     session title, host, venue or delegation name counts as data only
//     when the programme gives no Chinese form for it (dataWords);
//   - proper nouns and codes listed in walkCodes, each with its reason.
func TestChineseEverywhere(t *testing.T) {
	w := newWalk(t)
	w.screens(80, 24)
	w.screens(200, 50)
	w.desk(80, 24)
	w.cli()
	w.exports()
	w.report()
}

// walkCodes are the words in Latin letters that stay on a Chinese screen
// on purpose, with why.
var walkCodes = []string{
	// The program's name, and its commands as typed.
	"caecw", "demo", "init", "status", "checkin", "desk", "import", "export", "merge", "close", "backup", "restore",
	"check", "version", "enroll", "revoke",
	// Key names on the help line, as printed on the keyboard.
	"enter", "shift", "ctrl", "pgup", "pgdn", "home", "space", "backspace",
	// File formats and extensions.
	"json", "xlsx", "markdown", "daylog", "programme", "held", "journal",
	// Record kinds as file and sheet names (venues.csv, sheet "people"):
	// an import file must be named so, whatever the language.
	"event", "venues", "delegations", "sessions", "people", "assignments", "travel",
	// The time zone's IANA name; the date format people type (YYYY-MM-DD);
	// the docs folder named in hints; the URL scheme of a hub address,
	// echoed back from what the person typed.
	"asia", "shanghai", "yyyy", "docs", "nats",
	// The other language's name on the L/F2 key: it is written in that
	// language so that whoever reads only it finds the switch.
	"english",
	// Module paths in caecw version (charm.land/..., go.etcd.io/bbolt).
	"charm", "land", "etcd", "bbolt", "bubbletea", "bubbles", "lipgloss",
	// What the walk itself types: a badge that does not exist, a delay
	// that is not a number, and the bad import file's values.
	"such", "badge", "soon", "many", "nowhere", "party",
	// The test's own desk, operator and the demo's badge and id codes.
	"walk", "tester", "test",
	// The calendar's own format name and its fields (an ICS file is read
	// by calendar programs, not people; SUMMARY and DESCRIPTION carry the
	// words and are checked).
	"vcalendar", "vevent", "begin", "prodid", "dtstart", "dtend", "dtstamp", "location", "summary",
	"description", "calscale", "gregorian", "method", "publish", "vtimezone", "tzid", "standard", "tzoffsetfrom",
	"tzoffsetto", "tzname", "categories", "status", "confirmed", "cancelled", "tentative", "transp", "opaque",
}

type walk struct {
	t     *testing.T
	dir   string
	db    string
	day   event.Day
	now   time.Time
	allow []string
	// titles are the sessions' English titles: the session detail and
	// the calendar's DESCRIPTION give a title's other form on purpose
	// (issue 16: "both on the session detail"; "the other in
	// DESCRIPTION").
	titles []string
	// found maps where a leftover was seen to the words.
	found map[string][]string
}

func newWalk(t *testing.T) *walk {
	t.Helper()
	dir := t.TempDir()
	w := &walk{t: t, dir: dir, db: filepath.Join(dir, "caecw.db"), day: "2025-07-26", now: uitest.OpeningDay(), found: map[string][]string{}}
	if code, _, stderr := runLang(t, noLocale, "demo", "--db", w.db); code != 0 {
		t.Fatalf("demo: %s", stderr)
	}
	w.busyMorning()
	w.allow = append(dataWords(t, w.db), walkCodes...)
	w.titles = englishTitles(t, w.db)
	// An import problem names the file's own columns and the codes a
	// column takes, as they are written in the file whatever the language.
	for _, cols := range formats.ColumnsOf {
		for _, c := range cols.All() {
			w.allow = append(w.allow, strings.Split(c, "_")...)
		}
	}
	for _, k := range event.Kinds {
		w.allow = append(w.allow, string(k))
	}
	for _, r := range event.Roles {
		w.allow = append(w.allow, string(r))
	}
	return w
}

// busyMorning writes one entry of every kind a day sees, through the
// store, as desks and coordinators would.
func (w *walk) busyMorning() {
	t := w.t
	clk := clock.NewFixed(w.now.Add(-30 * time.Minute))
	s, err := store.Open(w.db, store.Options{Desk: "walk-desk", Operator: "tester", Clock: clk})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	prog, err := s.Programme()
	if err != nil {
		t.Fatal(err)
	}
	var today []event.Session
	for _, x := range prog.Sessions {
		if x.Day == w.day && !x.State.Cancelled {
			today = append(today, x)
		}
	}
	if len(today) < 4 {
		t.Fatalf("%d sessions on %s", len(today), w.day)
	}
	must := func(e journal.Entry, err error) journal.Entry {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		clk.Set(clk.Now().Add(time.Minute))
		return e
	}
	var checkins []journal.Entry
	for _, p := range prog.People[:4] {
		r, err := s.CheckIn(p.ID)
		if err != nil {
			t.Fatal(err)
		}
		checkins = append(checkins, r.Entry)
		clk.Set(clk.Now().Add(time.Minute))
	}
	must(s.UndoCode(checkins[1].ID, journal.UndoAtDesk))
	must(s.Undo(checkins[2].ID, "扫错胸卡"))
	del := prog.Delegations[0].ID
	must(s.WalkIn(event.Person{Name: "王小明", Delegation: del, Role: event.RoleGuest}))
	must(s.Delay(today[0].ID, 15))
	must(s.Delay(today[0].ID, 5))
	var other string
	for _, v := range prog.Venues {
		if v.ID != today[1].Venue && v.Capacity >= 500 {
			other = v.ID
		}
	}
	must(s.Move(today[1].ID, other, time.Time{}, time.Time{}))
	must(s.Cancel(today[2].ID))
	must(s.Note(today[3].ID, "同传10点到"))
	must(s.ChangeAssignments(journal.AssignChange{Put: []event.Assignment{{Session: today[3].ID, Delegation: del, Headcount: 2}}}))
	loc := w.now.Location()
	from := time.Date(2025, 7, 26, 14, 0, 0, 0, loc)
	must(s.SetOutage(event.Outage{ID: "walk-outage", Venue: today[3].Venue, From: from, To: from.Add(time.Hour), Reason: "停电检修"}, false))
	restored := must(s.Cancel(today[3].ID))
	must(s.UndoCode(restored.ID, journal.UndoFromSession))
	// An entry from another desk that names a person not here: held.
	e, err := journal.New(journal.ID("01a233eb64900001-desk-9@0badc0de"), clk.Now(), w.day, "desk-9", "tester",
		journal.KindCheckIn, "p9999", journal.CheckIn{Person: "p9999", Day: w.day})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Hold(store.SourceSync, store.HeldReferent, errors.New("person p9999 is not in this file"), e); err != nil {
		t.Fatal(err)
	}
}

// dataWords are the Latin words of data that has no Chinese form: every
// person's names, and each name with a Chinese form missing in the file.
func dataWords(t *testing.T, db string) []string {
	t.Helper()
	prog := programmeOf(t, db)
	var texts []string
	for _, p := range prog.People {
		texts = append(texts, p.Name, p.NameLatin, p.Badge, p.ID)
	}
	orMissing := func(en, zh string) {
		if zh == "" {
			texts = append(texts, en)
		}
	}
	if prog.Event != nil {
		orMissing(prog.Event.Name, prog.Event.NameZh)
		texts = append(texts, prog.Event.City) // no Chinese form in the model
	}
	for _, x := range prog.Sessions {
		orMissing(x.Title, x.TitleZh)
		orMissing(x.Host, x.HostZh)
		// Notes stay as written (issue 16).
		texts = append(texts, x.ID, x.State.Note)
	}
	for _, v := range prog.Venues {
		orMissing(v.Name, v.NameZh)
		orMissing(v.Site, v.SiteZh)
		texts = append(texts, v.ID, v.Note)
	}
	for _, d := range prog.Delegations {
		orMissing(d.Name, d.NameZh)
		orMissing(d.Head, d.HeadZh)
		texts = append(texts, d.ID)
	}
	var out []string
	for _, x := range texts {
		out = append(out, regexp.MustCompile(`[A-Za-z]+`).FindAllString(x, -1)...)
	}
	return out
}

// englishTitles lists the sessions' English titles that have a Chinese
// form.
func englishTitles(t *testing.T, db string) []string {
	t.Helper()
	prog := programmeOf(t, db)
	var out []string
	for _, x := range prog.Sessions {
		if x.TitleZh != "" {
			out = append(out, x.Title)
		}
	}
	return out
}

// check records the English words in text seen at where.
func (w *walk) check(where, text string, extra ...string) {
	w.t.Helper()
	checkNoLeftovers(w.t, where, text)
	if d := os.Getenv("CAECW_WALK_DUMP"); d != "" {
		// To look at what the walk saw: one file a place.
		name := regexp.MustCompile(`[^A-Za-z0-9.-]+`).ReplaceAllString(where, "_")
		if len(name) > 100 {
			name = name[:100]
		}
		_ = os.WriteFile(filepath.Join(d, name+".txt"), []byte(text), 0o644)
	}
	if words := englishWords(text, append(extra, w.allow...)...); len(words) > 0 {
		w.found[where] = append(w.found[where], words...)
	}
}

// report fails the test with every leftover, by place.
func (w *walk) report() {
	if len(w.found) == 0 {
		return
	}
	places := make([]string, 0, len(w.found))
	for k := range w.found {
		places = append(places, k)
	}
	sort.Strings(places)
	var b strings.Builder
	for _, k := range places {
		words := slices.Compact(slices.Sorted(slices.Values(w.found[k])))
		fmt.Fprintf(&b, "  %s: %s\n", k, strings.Join(words, " "))
	}
	w.t.Errorf("English words on Chinese screens, commands and exports:\n%s", b.String())
}

// screen is the app over the walk's file at w x h, in Chinese.
type walkScreen struct {
	w    *walk
	root *app.Model
	m    tea.Model
	name string
}

func (w *walk) open(mode common.Mode, cols, rows int) (*walkScreen, func()) {
	t := w.t
	clk := clock.NewFixed(w.now)
	s, err := store.Open(w.db, store.Options{Desk: "walk-desk", Operator: "tester", Clock: clk})
	if err != nil {
		t.Fatal(err)
	}
	c := uitest.Common(t, s, clk, i18n.ZH, mode, cols, rows)
	root := app.New(c, tabs(c)...)
	sc := &walkScreen{w: w, root: root, m: root, name: fmt.Sprintf("%dx%d", cols, rows)}
	sc.send(tea.WindowSizeMsg{Width: cols, Height: rows})
	sc.send(common.ReloadMsg{People: true})
	root.Update(common.TickMsg{Now: clk.Now()})
	return sc, func() { s.Close() }
}

func (sc *walkScreen) send(msg tea.Msg) { sc.m = uitest.Drive(sc.m, msg, 500*time.Millisecond) }

func (sc *walkScreen) keys(keys ...string) {
	for _, k := range keys {
		sc.send(uitest.Key(k))
	}
}

func (sc *walkScreen) typeText(s string) {
	for _, msg := range uitest.Type(s) {
		sc.send(msg)
	}
}

// look checks the screen as it is now.
func (sc *walkScreen) look(what string) {
	sc.w.t.Helper()
	sc.w.check("screen "+sc.name+" "+what, ansi.Strip(sc.root.Render()))
}

func (w *walk) screens(cols, rows int) {
	sc, done := w.open(common.ModeCoordinator, cols, rows)
	defer done()
	tabs := []string{"sessions", "checkins", "venues", "log"}
	for i, name := range tabs {
		sc.keys(fmt.Sprint(i + 1))
		sc.look(name)
		sc.keys("?")
		sc.look(name + " help")
		sc.keys("esc")
	}
	// Sessions: every session's detail (the journal lines of the changed
	// ones among them), a bad delay and a real one on the status line.
	sc.keys("1")
	for i := range 12 {
		sc.keys("enter")
		// The detail gives the title in both forms: the English one is
		// the second line under the frame's Chinese title.
		var other []string
		for _, title := range sc.w.titles {
			other = append(other, regexp.MustCompile(`[A-Za-z]+`).FindAllString(title, -1)...)
		}
		sc.w.check(fmt.Sprintf("screen %s session detail %d", sc.name, i+1), ansi.Strip(sc.root.Render()), other...)
		sc.keys("esc", "j")
	}
	sc.keys("g", "d")
	sc.typeText("soon")
	sc.keys("enter")
	sc.look("bad delay")
	sc.keys("d", "enter")
	sc.look("delay saved")
	sc.keys("m")
	sc.look("venue picker")
	sc.keys("esc")
	// The attention panel.
	sc.keys("!")
	sc.look("attention")
	sc.keys("!")
	// Check-ins: the overview and a delegation.
	sc.keys("2", "enter")
	sc.look("delegation")
	sc.keys("esc")
	// Venues: problems and the outage prompt.
	sc.keys("3", "p")
	sc.look("venue problems")
	sc.keys("esc", "o")
	sc.look("outage prompt")
	sc.keys("esc")
	// Log: held entries, and an undo refused.
	sc.keys("4", "h")
	sc.look("held")
	sc.keys("h", "G", "u")
	sc.look("log undo")
	sc.keys("esc")
	// Import: a bad file's problems, on the screen.
	bad := w.badFile()
	sc.keys("I")
	sc.look("import panel")
	sc.typeText(bad)
	sc.keys("enter")
	sc.look("import problems")
	sc.keys("esc", "C")
	sc.look("close-day panel")
	sc.keys("esc")
}

func (w *walk) desk(cols, rows int) {
	sc, done := w.open(common.ModeDesk, cols, rows)
	defer done()
	sc.look("desk")
	sc.typeText("NO-SUCH-BADGE")
	sc.keys("enter")
	sc.look("desk unknown badge")
	sc.keys("esc", "2")
	sc.look("desk log")
}

// badFile is a sessions file with a problem in most of its fields.
func (w *walk) badFile() string {
	path := filepath.Join(w.dir, "sessions.csv")
	text := "id,title,day,start,end,venue,kind,host,expected\n" +
		"x1,Test,2025-07-26,9:00,08:00,nowhere,party,,many\n" +
		"x1,,2031-01-01,10:00,09:00,,forum,,-1\n"
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		w.t.Fatal(err)
	}
	return path
}

// cli runs every command in Chinese, with the mistakes people make.
func (w *walk) cli() {
	t := w.t
	run := func(args ...string) {
		t.Helper()
		at := 1
		if args[0] == "hub" && (args[1] == "enroll" || args[1] == "revoke") {
			at = 2
		}
		args = append(append(append([]string{}, args[:at]...), "--lang", "zh"), args[at:]...)
		_, stdout, stderr := runLang(t, noLocale, args...)
		w.check("caecw "+strings.Join(args, " "), strings.ReplaceAll(stdout+stderr, w.dir, "/tmp"))
	}
	now := "2025-07-26T09:30"
	run("status", "--db", w.db, "--day", string(w.day), "--now", now)
	run("status", "--db", w.db, "--day", string(w.day), "--now", now, "--attention")
	run("check", "--db", w.db)
	run("import", "--db", w.db, w.badFile())
	run("import", "--db", w.db, "--dry-run", filepath.Join(w.dir, "missing.csv"))
	run("checkin", "--db", w.db, "--now", now, "NO-SUCH-BADGE")
	run("checkin", "--db", filepath.Join(w.dir, "missing.db"), "X")
	run("backup", "--db", w.db, filepath.Join(w.dir, "copy.db"))
	run("restore", "--db", filepath.Join(w.dir, "missing.db"))
	run("merge", "--db", w.db, filepath.Join(w.dir, "missing.jsonl"))
	notJoin := filepath.Join(w.dir, "join.json")
	if err := os.WriteFile(notJoin, []byte(`{"hub":""}`), 0o600); err != nil {
		t.Fatal(err)
	}
	run("checkin", "--db", w.db, "--join", notJoin, "X")
	run("checkin", "--db", w.db, "--join", filepath.Join(w.dir, "missing.json"), "X")
	run("checkin", "--db", w.db, "--join", "nats://example:4222", "X")
	run("hub", "--db", w.db, "enroll")
	// Enrolment's own mistakes (TestHubErrorsInBothLanguages makes the
	// rest happen: a port in use, a missing folder, a revoked desk).
	run("hub", "revoke", "--db", w.db, "desk-zz")
	run("hub", "enroll", "--db", w.db, "--url", "127.0.0.1", "-o", filepath.Join(w.dir, "zz.join"), "desk-zz")
	run("export", "--db", w.db, "--day", "26/07")
	run("close-day", "--db", w.db, "--day", string(w.day), "--dir", filepath.Join(w.dir, "closed"), "--now", "2025-07-26T20:00")
	run("version")
	run("init", "--db", w.db)
}

// exports writes every export in Chinese and reads each back.
func (w *walk) exports() {
	t := w.t
	out := func(name string, args ...string) string {
		t.Helper()
		path := filepath.Join(w.dir, name)
		args = append([]string{"export", "--db", w.db, "--lang", "zh", "-o", path, "--force"}, args...)
		code, stdout, stderr := runLang(t, noLocale, args...)
		w.check("caecw "+strings.Join(args, " "), strings.ReplaceAll(stdout+stderr, w.dir, "/tmp"))
		if code != 0 {
			t.Fatalf("%v: %s", args, stderr)
		}
		return path
	}
	read := func(path string) string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	day := string(w.day)
	w.check("export csv", read(out("day.csv", "--day", day)))
	w.check("export md", read(out("day.md", "--day", day, "--format", "md")))
	w.check("export xlsx", xlsxText(t, out("day.xlsx", "--day", day, "--format", "xlsx")))
	w.check("export json (values)", jsonValues(t, read(out("day.json", "--day", day, "--format", "json"))))
	w.check("export ics", w.icsText(read(out("week.ics", "--programme", "--format", "ics"))))
}

// xlsxText is the shared strings and inline strings of a workbook.
func xlsxText(t *testing.T, path string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	var b strings.Builder
	for _, f := range z.File {
		if !strings.HasPrefix(f.Name, "xl/sharedStrings") && !strings.HasPrefix(f.Name, "xl/worksheets/") {
			continue
		}
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(r)
		r.Close()
		for _, m := range regexp.MustCompile(`<t[^>]*>([^<]*)</t>`).FindAllSubmatch(data, -1) {
			b.Write(m[1])
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// jsonValues is the string values of a JSON document, one a line, but
// those of the keys that hold codes (action, kind, ids): JSON keys and
// codes never change with the language.
func jsonValues(t *testing.T, doc string) string {
	t.Helper()
	codes := map[string]bool{"schema": true, "action": true, "kind": true, "id": true, "delegation": true, "desk": true,
		"operator": true, "time_zone": true, "undone_by": true, "subject": true, "payload": true, "sessions": true,
		"venue": true, "people": true, "day": true, "at": true,
		// The English name of the event keeps its key; event_zh is beside.
		"event": true}
	var v any
	dec := json.NewDecoder(strings.NewReader(doc))
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	var walk func(key string, v any)
	walk = func(key string, v any) {
		if codes[key] {
			return
		}
		switch x := v.(type) {
		case map[string]any:
			for k, y := range x {
				walk(k, y)
			}
		case []any:
			for _, y := range x {
				walk(key, y)
			}
		case string:
			b.WriteString(x + "\n")
		}
	}
	walk("", v)
	return b.String()
}

// icsText is what a calendar shows of an ICS file: the values of
// SUMMARY, DESCRIPTION and LOCATION, unfolded, without the English title
// that DESCRIPTION gives on purpose.
func (w *walk) icsText(doc string) string {
	doc = strings.ReplaceAll(doc, "\r\n ", "")
	var b strings.Builder
	for _, l := range strings.Split(doc, "\r\n") {
		for _, p := range []string{"SUMMARY", "DESCRIPTION", "LOCATION"} {
			if rest, ok := strings.CutPrefix(l, p); ok {
				_, v, _ := strings.Cut(rest, ":")
				v = strings.ReplaceAll(v, `\n`, "\n")
				if p == "DESCRIPTION" {
					for _, title := range w.titles {
						v = strings.ReplaceAll(v, icsEscape(title), "")
					}
				}
				b.WriteString(v + "\n")
			}
		}
	}
	return b.String()
}

// icsEscape escapes text as an ICS value does (RFC 5545 3.3.11).
func icsEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`).Replace(s)
}
