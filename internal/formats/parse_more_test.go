package formats

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"caecw/internal/event"
	"caecw/internal/journal"
)

func TestParseJSONShapes(t *testing.T) {
	obj := `{"event": {"name": "W", "city": "Guiyang", "timezone": "", "first_day": "2025-07-24", "last_day": "2025-07-27"},
 "venues": [{"id": "v1", "name": "Hall", "site": "s", "capacity": 100, "name_zh": "大厅"}],
 "delegations": [{"id": "TH", "name": "Thailand", "expected": 1}],
 "people": [{"id": "p1", "badge": "B1", "name": "สมชาย ใจดี", "delegation": "TH", "role": "head"}]}`
	p, err := Parse(event.Programme{}, File{"all.json", strings.NewReader(obj)})
	if err != nil {
		t.Fatal(err)
	}
	if p.Event.TimeZone != event.DefaultTimeZone || p.Venues[0].NameZh != "大厅" || p.Venues[0].Capacity != 100 || p.People[0].Name != "สมชาย ใจดี" {
		t.Fatalf("got %+v", p)
	}
	arr := "[\n{\"from_site\": \"s\", \"to_site\": \"s\", \"minutes\": 5},\n{\"from_site\": \"s\", \"to_site\": \"x\", \"minutes\": 5}\n]"
	_, err = Parse(p, File{"t.json", strings.NewReader(arr)})
	if err == nil || err.Error() != `t.json:3: to_site: unknown site "x" (no venue has it)` {
		t.Fatalf("array shape: %v", err)
	}
}

// book builds a workbook with delegations and people sheets; the second
// person's badge and role vary per case.
func book(t *testing.T, badge2, role2 string) []byte {
	t.Helper()
	f := excelize.NewFile()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetSheetName("Sheet1", "delegations"))
	must(f.SetSheetRow("delegations", "A1", &[]any{"id", "name", "country", "head", "liaison", "expected"}))
	must(f.SetSheetRow("delegations", "A2", &[]any{"KH", "Cambodia", "KH", "", "", 3}))
	_, err := f.NewSheet("people")
	must(err)
	must(f.SetSheetRow("people", "A1", &[]any{"id", "badge", "name", "name_latin", "delegation", "role"}))
	must(f.SetSheetRow("people", "A2", &[]any{"p1", "B1", "សុខ ចាន់ថា", "Sok Chantha", "KH", "head"}))
	// Row 3 left empty on purpose: row numbers must still match the sheet.
	must(f.SetSheetRow("people", "A4", &[]any{"p2", badge2, "ចាន់ ដារ៉ា", "", "KH", role2}))
	var buf bytes.Buffer
	must(f.Write(&buf))
	return buf.Bytes()
}

func TestParseXLSX(t *testing.T) {
	_, err := Parse(event.Programme{}, File{"book.xlsx", bytes.NewReader(book(t, "B1", "boss"))})
	want := `book.xlsx[people]:4: role: unknown role "boss" (want one of head, delegate, student, staff, guest)` + "\n" +
		`book.xlsx[people]:4: badge: duplicate badge "B1" (first at book.xlsx[people]:2)`
	if err == nil || err.Error() != want {
		t.Fatalf("got\n%v\nwant\n%s", err, want)
	}
	p, err := Parse(event.Programme{}, File{"book.xlsx", bytes.NewReader(book(t, "B2", "delegate"))})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.People) != 2 || p.People[0].Name != "សុខ ចាន់ថា" || p.Delegations[0].Expected != 3 {
		t.Fatalf("got %+v", p)
	}
	_, err = Parse(event.Programme{}, File{"book.xlsx", strings.NewReader("not a zip")})
	if err == nil || !strings.HasPrefix(err.Error(), "book.xlsx: not a readable XLSX workbook") {
		t.Fatalf("garbage: %v", err)
	}
}

func TestDiffAndMerge(t *testing.T) {
	existing := validSet(t)
	existing.Sessions[0].State = event.State{DelayMin: 10, Rev: "r1"}
	b, _ := os.ReadFile(filepath.Join(sampleDir, "valid", "people.csv"))
	changed := strings.Replace(string(b), "李娜,Li Na,CN,staff", "李娜,Li Na,CN,guest", 1) + "p-new,B0100,王芳,Wang Fang,CN,staff\n"
	sess := sessionsHeader + "open,2025-07-24,09:00,10:30,Opening ceremony,ceremony,hall-a,MOE,600\n"
	imp, err := Parse(existing, File{"people.csv", strings.NewReader(changed)}, File{"sessions.csv", strings.NewReader(sess)})
	if err != nil {
		t.Fatal(err)
	}
	got := Diff(existing, imp)
	want := map[string]journal.Counts{"people": {Created: 1, Updated: 1, Unchanged: 8}, "sessions": {Unchanged: 1}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Diff = %v, want %v", got, want)
	}
	m := Merge(existing, imp)
	if len(m.People) != 10 || m.People[8].Role != event.RoleGuest || m.People[9].ID != "p-new" {
		t.Errorf("merged people wrong: %d, %+v", len(m.People), m.People[8:])
	}
	if m.Sessions[0].State.DelayMin != 10 || len(m.Sessions) != 3 {
		t.Errorf("merge lost the session state: %+v", m.Sessions[0].State)
	}
	// Re-import of the merged result changes nothing.
	again := Diff(m, imp)
	if again["people"] != (journal.Counts{Unchanged: 10}) {
		t.Errorf("re-import = %v", again)
	}
	if existing.People[8].Role != event.RoleStaff {
		t.Error("Merge modified its input")
	}
}

func TestWriteTemplates(t *testing.T) {
	dir := t.TempDir()
	if err := WriteTemplates(dir); err != nil {
		t.Fatal(err)
	}
	for _, k := range Kinds {
		path := filepath.Join(dir, string(k)+".csv")
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, utf8BOM) || !strings.Contains(string(b), strings.Join(ColumnsOf[k].All(), ",")) {
			t.Errorf("%s = %q", path, b)
		}
		// A template renamed so its name says nothing is still known by
		// its header.
		c := &collector{}
		tables := readCSV(c, "renamed.csv", b)
		if len(c.list) != 0 || len(tables) != 1 || tables[0].kind != k {
			t.Errorf("%s: kind %v problems %v", k, tables, c.list)
		}
	}
}

func TestParseXLSXUnknownSheetAndHeader(t *testing.T) {
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", "Notes"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("venues"); err != nil {
		t.Fatal(err)
	}
	// Header on row 2 after a blank row, missing capacity.
	if err := f.SetSheetRow("venues", "A2", &[]any{"id", "name", "site"}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	_, err := Parse(event.Programme{}, File{"b.xlsx", &buf})
	want := "b.xlsx[Notes]: unknown kind: name each sheet after its kind (event, venues, sessions, delegations, people, assignments, travel)\n" +
		"b.xlsx[venues]:2: capacity: missing required column for venues"
	if err == nil || err.Error() != want {
		t.Fatalf("got\n%v\nwant\n%s", err, want)
	}
}
