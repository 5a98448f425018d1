package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"caecw/internal/event"
)

func TestImportCLICountsReimportAndUpdate(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "caecw.db")
	mustRun(t, "init", "--db", db)
	r := mustRun(t, append([]string{"import", "--db", db}, sampleFiles(t)...)...)
	for _, want := range []string{
		"venues       3 created, 0 updated, 0 unchanged",
		"people       9 created, 0 updated, 0 unchanged",
		"assignments  4 created, 0 updated, 0 unchanged",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("first import lacks %q:\n%s", want, r.stdout)
		}
	}
	mustRun(t, "checkin", "--db", db, "--now", "2025-07-24T08:30", "B0001")

	r = mustRun(t, append([]string{"import", "--db", db}, sampleFiles(t)...)...)
	if !strings.Contains(r.stdout, "people       0 created, 0 updated, 9 unchanged") || strings.Contains(r.stdout, "warning") {
		t.Errorf("re-import:\n%s", r.stdout)
	}

	people, err := os.ReadFile("../../testdata/import/valid/people.csv")
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Replace(string(people), "Srey Mom", "Srey Mom (Mrs)", 1) + "p-new,B0100,Lâm Thị Mới,Lam Thi Moi,VN,student\n"
	updated := writeTestFile(t, dir, "people.csv", body)
	r = mustRun(t, "import", "--db", db, updated)
	if !strings.Contains(r.stdout, "people       1 created, 1 updated, 8 unchanged") {
		t.Errorf("updated file:\n%s", r.stdout)
	}
	s := readOnly(t, db)
	prog, err := s.Programme()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, p := range prog.People {
		seen[p.ID]++
		if p.ID == "p-kh-3" && p.NameLatin != "Srey Mom (Mrs)" {
			t.Errorf("p-kh-3 not updated: %+v", p)
		}
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("person %s stored %d times", id, n)
		}
	}
	if len(prog.People) != 10 {
		t.Errorf("%d people, want 10", len(prog.People))
	}
	if _, ok := s.Arrival("2025-07-24", "p-kh-1"); !ok {
		t.Error("the check-in did not survive the re-imports")
	}
}

func TestImportCLIDemoWarnsAndDryRunWritesNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	demoCopy(t, db)
	before := sha(t, db)
	venues := writeTestFile(t, filepath.Dir(db), "venues.csv", "id,name,site,capacity\nannex,Annex,annex-site,40\n")
	r := runBin(t, "import", "--db", db, "--dry-run", venues)
	if r.code != 0 || !strings.Contains(r.stdout, "dry run") || !strings.Contains(r.stdout, "demo programme") ||
		!strings.Contains(r.stdout, "venues       1 created, 0 updated, 0 unchanged") {
		t.Fatalf("dry run on the demo: %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if sha(t, db) != before {
		t.Error("--dry-run changed the data file")
	}
}

func TestImportCLIMissingDataFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "new.db")
	r := runBin(t, "import", "--db", db, "../../testdata/import/valid/venues.csv")
	if r.code == 0 || !strings.Contains(r.stderr, "caecw init --db "+db) {
		t.Errorf("without an event record: %d %s", r.code, r.stderr)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a failed import created the data file")
	}
	// With the event record, the import makes the file.
	r = mustRun(t, append([]string{"import", "--db", db}, sampleFiles(t)...)...)
	if !strings.Contains(r.stdout, "created "+db) || !strings.Contains(r.stdout, "event        1 created") {
		t.Errorf("import into a new file:\n%s", r.stdout)
	}
	ev, err := readOnly(t, db).Event()
	if err != nil || ev.FirstDay != "2025-07-24" || ev.Demo {
		t.Errorf("event %+v %v", ev, err)
	}
}

// problemLine is file:line: (or file: for the whole file) at the start of
// a line of the report.
var problemLine = regexp.MustCompile(`(?m)^[^\s:]+(:\d+)?: `)

func TestImportCLIEveryProblemLeavesTheFileUnchanged(t *testing.T) {
	dir := t.TempDir()
	inv := func(name string) string { return "../../testdata/import/invalid/" + name }
	var tooMany strings.Builder
	tooMany.WriteString("id,name,site,capacity\n")
	for i := range 150 {
		fmt.Fprintf(&tooMany, "v%d,Room,gicc,many\n", i)
	}
	cases := []struct {
		name  string
		files []string
		want  []string
	}{
		{"bad json", []string{inv("bad.json")}, []string{inv("bad.json") + `:4: capacity: bad number "ten"`, inv("bad.json") + ":9: rooms: unknown kind"}},
		{"bad utf8", []string{inv("people-bad-utf8.csv")}, []string{inv("people-bad-utf8.csv") + ":2: name: invalid UTF-8"}},
		{"duplicate badge", []string{inv("people-dup-badge.csv")}, []string{inv("people-dup-badge.csv") + `:3: badge: duplicate badge "B1"`, `:4: role: unknown role "chef"`}},
		{"bad sessions", []string{inv("sessions-bad.csv")}, []string{inv("sessions-bad.csv") + ":2: end: end 09:00 is not after start 10:00", `:3: venue: unknown venue "nowhere"`, ":3: day: 2025-08-01 is outside"}},
		{"unknown header", []string{inv("unknown-header.csv")}, []string{inv("unknown-header.csv") + ":1: header not recognised"}},
		{"extra column", []string{inv("venues-extra-column.csv")}, []string{":1: colour: unknown column for venues"}},
		{"missing file", []string{filepath.Join(dir, "nope.csv")}, []string{filepath.Join(dir, "nope.csv") + ": cannot open: no such file"}},
		{"unknown type", []string{writeTestFile(t, dir, "notes.txt", "hello")}, []string{"notes.txt: unknown file type"}},
		{"not really xlsx", []string{writeTestFile(t, dir, "book.xlsx", "not a zip")}, []string{"book.xlsx: "}},
		{"badge of an existing person", []string{writeTestFile(t, dir, "people.csv", "id,badge,name,name_latin,delegation,role\np-x,B0001,X,,KH,guest\n")},
			[]string{`people.csv:2: badge: badge "B0001" already belongs to person "p-kh-1"`}},
		{"duplicate id across files", []string{
			writeTestFile(t, dir, "v1.csv", "id,name,site,capacity\nhall-z,Z,gicc,10\n"),
			writeTestFile(t, dir, "v2.csv", "id,name,site,capacity\nhall-z,Z again,gicc,10\n"),
		}, []string{"v2.csv:2: id: duplicate venue id (first at " + filepath.Join(dir, "v1.csv") + ":2)"}},
		{"one good file, one bad", []string{"../../testdata/import/valid/travel.csv", writeTestFile(t, dir, "assignments.csv", "session,delegation,headcount\nghost,KH,0\n")},
			[]string{`assignments.csv:2: session: unknown session "ghost"`}},
		{"more than 100 problems", []string{writeTestFile(t, dir, "venues.csv", tooMany.String())}, []string{"venues.csv:101: capacity: bad number", "more than 100 problems; stopped looking"}},
	}
	db := filepath.Join(dir, "caecw.db")
	initWithSamples(t, db)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := sha(t, db)
			r := runBin(t, append([]string{"import", "--db", db}, c.files...)...)
			if r.code == 0 {
				t.Fatalf("exit 0 for a bad import:\n%s", r.stdout)
			}
			for _, w := range c.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("report lacks %q:\n%s", w, r.stderr)
				}
			}
			lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
			for _, l := range lines[:len(lines)-1] {
				if !problemLine.MatchString(l) {
					t.Errorf("report line %q is not file:line: field: message", l)
				}
			}
			if !strings.HasSuffix(lines[len(lines)-1], "nothing was imported") {
				t.Errorf("last line %q", lines[len(lines)-1])
			}
			if len(lines) > 102 {
				t.Errorf("%d report lines; at most 100 problems, the cut-off line and the summary", len(lines))
			}
			if sha(t, db) != before {
				t.Error("the data file changed after a failed import")
			}
		})
	}
}

func TestImportCLITemplates(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "tpl")
	mustRun(t, "import", "--template", dir)
	data, err := os.ReadFile(filepath.Join(dir, "people.csv"))
	if err != nil || !strings.Contains(string(data), "id,badge,name,name_latin,delegation,role") {
		t.Errorf("people template %q %v", data, err)
	}
}

// TestRoundTripDemoRosters exports the demo's programme as import CSVs,
// imports them into an empty file and gets the same programme.
func TestRoundTripDemoRosters(t *testing.T) {
	dir := t.TempDir()
	demo := filepath.Join(dir, "demo.db")
	demoCopy(t, demo)
	rosters := filepath.Join(dir, "rosters")
	mustRun(t, "export", "--db", demo, "--programme", "--format", "csv", "--dir", rosters)
	files, _ := filepath.Glob(filepath.Join(rosters, "*.csv"))
	if len(files) != 7 {
		t.Fatalf("rosters %v", files)
	}
	fresh := filepath.Join(dir, "fresh.db")
	mustRun(t, "init", "--db", fresh)
	mustRun(t, append([]string{"import", "--db", fresh}, files...)...)
	want, err := readOnly(t, demo).Programme()
	if err != nil {
		t.Fatal(err)
	}
	got, err := readOnly(t, fresh).Programme()
	if err != nil {
		t.Fatal(err)
	}
	we, ge := *want.Event, *got.Event
	we.Demo = false
	if we != ge {
		t.Errorf("event %+v, want %+v", ge, we)
	}
	sameSet(t, "venues", want.Venues, got.Venues, func(v event.Venue) string { return v.ID }, func(a, b event.Venue) bool { return a == b })
	sameSet(t, "delegations", want.Delegations, got.Delegations, func(v event.Delegation) string { return v.ID }, func(a, b event.Delegation) bool { return a == b })
	sameSet(t, "people", want.People, got.People, func(v event.Person) string { return v.ID }, func(a, b event.Person) bool { return a == b })
	sameSet(t, "travel", want.Travel, got.Travel, func(v event.Travel) string { return v.FromSite + ">" + v.ToSite }, func(a, b event.Travel) bool { return a == b })
	sameSet(t, "assignments", want.Assignments, got.Assignments, func(v event.Assignment) string { return v.Session + "/" + v.Delegation },
		func(a, b event.Assignment) bool { return a.Headcount == b.Headcount })
	sameSet(t, "sessions", want.Sessions, got.Sessions, func(v event.Session) string { return v.ID }, func(a, b event.Session) bool {
		return a.Day == b.Day && a.Start.Equal(b.Start) && a.End.Equal(b.End) && a.Title == b.Title && a.Kind == b.Kind &&
			a.Venue == b.Venue && a.Host == b.Host && a.Expected == b.Expected
	})
}

func sameSet[T any](t *testing.T, kind string, want, got []T, key func(T) string, eq func(a, b T) bool) {
	t.Helper()
	if len(want) == 0 {
		t.Errorf("%s: the demo has none; the round trip proves nothing", kind)
	}
	if len(want) != len(got) {
		t.Errorf("%s: %d records, want %d", kind, len(got), len(want))
	}
	byKey := make(map[string]T, len(got))
	for _, g := range got {
		byKey[key(g)] = g
	}
	bad := 0
	for _, w := range want {
		g, ok := byKey[key(w)]
		if !ok || !eq(w, g) {
			if bad++; bad <= 3 {
				t.Errorf("%s %s: got %+v, want %+v", kind, key(w), g, w)
			}
		}
	}
}

func TestImportCLIXLSXAndJSON(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "caecw.db")
	initWithSamples(t, db)
	book := excelize.NewFile()
	book.SetSheetName("Sheet1", "venues")
	for i, row := range [][]any{{"id", "name", "site", "capacity", "name_zh"}, {"annex", "Annex", "annex-site", 40, "附楼"}, {"hall-a", "Main Hall A (renovated)", "gicc", 900, "主会场A厅"}} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		book.SetSheetRow("venues", cell, &row)
	}
	xlsx := filepath.Join(dir, "book.xlsx")
	if err := book.SaveAs(xlsx); err != nil {
		t.Fatal(err)
	}
	js := writeTestFile(t, dir, "more.json", `{"people": [{"id": "p-json", "badge": "BJ1", "name": "ស្រី ពៅ", "name_latin": "Srey Pov", "delegation": "KH", "role": "student"}]}`)
	r := mustRun(t, "import", "--db", db, xlsx, js)
	for _, want := range []string{"venues       1 created, 1 updated, 0 unchanged", "people       1 created, 0 updated, 0 unchanged"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("lacks %q:\n%s", want, r.stdout)
		}
	}
	bad := writeTestFile(t, dir, "bad.json", `{"people": [{"id": "p-x", "badge": "BJ1", "name": "X", "delegation": "KH", "role": "student"}]}`)
	before := sha(t, db)
	r = runBin(t, "import", "--db", db, bad)
	if r.code == 0 || !strings.Contains(r.stderr, bad+`:1: badge: badge "BJ1" already belongs to person "p-json"`) {
		t.Errorf("badge clash in JSON: %d %s", r.code, r.stderr)
	}
	if sha(t, db) != before {
		t.Error("failed JSON import changed the file")
	}
}
