package formats

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"caecw/internal/event"
	"caecw/internal/journal"
)

const injection = "=HYPERLINK(\"http://x\",\"y\")"

// dayFixture is a small day: three check-ins (Khmer, Thai, Chinese
// names), a delay that is undone, a walk-in whose name is a formula, a
// move, an assignment and a day close.
func dayFixture(t testing.TB) (DayLog, []journal.Entry) {
	t.Helper()
	p := validSet(t)
	loc := p.Event.Location()
	base := time.Date(2025, 7, 24, 8, 0, 0, 0, loc)
	var entries []journal.Entry
	add := func(min int, desk string, kind journal.Kind, subject string, payload any) journal.ID {
		at := base.Add(time.Duration(min) * time.Minute)
		e, err := journal.New(journal.NewID(journal.MakeHLC(at, 0), desk), at, "2025-07-24", desk, "op-"+desk, kind, subject, payload)
		if err != nil {
			t.Fatal(err)
		}
		entries = append(entries, e)
		return e.ID
	}
	add(1, "gate1", journal.KindCheckIn, "p-kh-1", journal.CheckIn{Person: "p-kh-1", Day: "2025-07-24"})
	add(2, "gate1", journal.KindCheckIn, "p-th-1", journal.CheckIn{Person: "p-th-1", Day: "2025-07-24"})
	add(3, "gate2", journal.KindCheckIn, "p-cn-1", journal.CheckIn{Person: "p-cn-1", Day: "2025-07-24"})
	delay := add(10, "hq", journal.KindSessionDelay, "open", journal.SessionChange{Session: "open", After: event.State{DelayMin: 15}})
	add(12, "hq", journal.KindUndo, string(delay), journal.Undo{Target: delay, Reason: "wrong session"})
	add(20, "gate2", journal.KindWalkIn, "p-x", journal.WalkIn{Person: event.Person{ID: "p-x", Badge: "W1", Name: injection, Delegation: "KH", Role: event.RoleGuest}})
	add(30, "hq", journal.KindSessionMove, "forum1", journal.SessionChange{Session: "forum1", After: event.State{MovedTo: "hall-a", Note: "room 201, projector | broken"}})
	add(40, "hq", journal.KindAssign, "visit1", journal.AssignChange{Put: []event.Assignment{{Session: "visit1", Delegation: "TH", Headcount: 2}}})
	add(600, "hq", journal.KindDayClose, "2025-07-24", journal.DayClose{Day: "2025-07-24", Dir: "/tmp/out"})
	d := DayLog{
		Event: *p.Event, Day: "2025-07-24", Entries: slices.Values(entries), Names: LookupFrom(p),
		Summary: Summary{
			Arrivals: []DelegationArrivals{
				{Delegation: "KH", Name: "Cambodia", Expected: 3, Arrived: 1, Missing: []string{"ចាន់ ដារ៉ា", "ស្រី មុំ"}},
				{Delegation: "TH", Name: "Thailand", Expected: 2, Arrived: 1, Missing: []string{"สุดา แก้วใส"}},
				{Delegation: "CN", Name: "China", Expected: 2, Arrived: 1, Missing: []string{"李娜"}},
			},
			Sessions:          SessionCounts{Held: 2, Moved: 1},
			AssignmentChanges: 1,
			OpenProblems:      []event.Problem{{Kind: event.ProblemOverCapacity, Message: "Room 201 over capacity"}},
		},
	}
	d.Undone = CollectUndone(d.Entries)
	return d, entries
}

func TestWriteDayLogCSV(t *testing.T) {
	d, entries := dayFixture(t)
	var buf bytes.Buffer
	if err := WriteDayLogCSV(&buf, d, CSVOptions{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), utf8BOM) {
		t.Fatal("no BOM")
	}
	recs, err := csv.NewReader(bytes.NewReader(buf.Bytes()[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(recs[0], ","); got != "instant,desk,operator,action,subject,details,undone_by,entry_id" {
		t.Errorf("header = %s", got)
	}
	if len(recs) != len(entries)+1 {
		t.Fatalf("%d rows for %d entries", len(recs), len(entries))
	}
	want := [][]string{
		{"2025-07-24 08:01:00", "gate1", "op-gate1", "check-in", "សុខ ចាន់ថា (p-kh-1)", "", ""},
		{"2025-07-24 08:02:00", "gate1", "op-gate1", "check-in", "สมชาย ใจดี (p-th-1)", "", ""},
		{"2025-07-24 08:03:00", "gate2", "op-gate2", "check-in", "张伟 (p-cn-1)", "", ""},
		{"2025-07-24 08:10:00", "hq", "op-hq", "delay", "Opening ceremony (open)", "15 min", string(entries[4].ID)},
		{"2025-07-24 08:12:00", "hq", "op-hq", "undo", string(entries[3].ID), "reason: wrong session", ""},
		{"2025-07-24 08:20:00", "gate2", "op-gate2", "walk-in", "'" + injection + " (p-x)", "Cambodia, guest", ""},
		{"2025-07-24 08:30:00", "hq", "op-hq", "move", "Forum: vocational education, digital skills (forum1)", "to Main Hall A; note: room 201, projector | broken", ""},
		{"2025-07-24 08:40:00", "hq", "op-hq", "assignment", "Huaxi visit (visit1)", "Thailand to Huaxi visit (2 people)", ""},
		{"2025-07-24 18:00:00", "hq", "op-hq", "day closed", "2025-07-24", "closed 24 Jul 2025, Thu; records in /tmp/out", ""},
	}
	for i, w := range want {
		w = append(w, string(entries[i].ID))
		if got := recs[i+1]; !slices.Equal(got, w) {
			t.Errorf("row %d:\n got %q\nwant %q", i+1, got, w)
		}
	}
	// Knowing what it undid, the undo's row names the session.
	d.Targets = map[journal.ID]journal.Entry{entries[4].ID: entries[3]}
	buf.Reset()
	if err := WriteDayLogCSV(&buf, d, CSVOptions{NoBOM: true}); err != nil {
		t.Fatal(err)
	}
	recs, _ = csv.NewReader(&buf).ReadAll()
	if got := recs[5]; got[4] != "Opening ceremony (open)" || got[5] != "undoes delay: wrong session" {
		t.Errorf("undo row %q", got)
	}
}

func TestNeutralise(t *testing.T) {
	for in, want := range map[string]string{"=1+2": "'=1+2", "+1": "'+1", "-1": "'-1", "@SUM(A1)": "'@SUM(A1)", "\tx": "'\tx", "\rx": "'\rx", "a=b": "a=b", "": "", "张伟": "张伟"} {
		if got := neutralise(in); got != want {
			t.Errorf("neutralise(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWriteDayLogXLSX(t *testing.T) {
	d, entries := dayFixture(t)
	var buf bytes.Buffer
	if err := WriteDayLogXLSX(&buf, d); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got := f.GetSheetList(); !slices.Equal(got, []string{"log", "summary"}) {
		t.Fatalf("sheets %v", got)
	}
	rows, err := f.GetRows("log")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(entries)+1 || rows[0][6] != "undone_by" {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	if rows[1][4] != "សុខ ចាន់ថា (p-kh-1)" || rows[2][4] != "สมชาย ใจดี (p-th-1)" || rows[3][4] != "张伟 (p-cn-1)" {
		t.Errorf("names: %q %q %q", rows[1][4], rows[2][4], rows[3][4])
	}
	if rows[4][6] != string(entries[4].ID) {
		t.Errorf("undone_by = %q", rows[4][6])
	}
	// The formula-looking name is plain text in the workbook.
	if rows[6][4] != injection+" (p-x)" {
		t.Errorf("walk-in cell = %q", rows[6][4])
	}
	if fm, _ := f.GetCellFormula("log", "E7"); fm != "" {
		t.Errorf("E7 is a formula: %q", fm)
	}
	sum, err := f.GetRows("summary")
	if err != nil {
		t.Fatal(err)
	}
	flat := ""
	for _, r := range sum {
		flat += strings.Join(r, "|") + "\n"
	}
	for _, want := range []string{"Cambodia|3|1|ចាន់ ដារ៉ា, ស្រី មុំ", "China|2|1|李娜", "Moved|1", "Assignment changes|1", "over capacity|Room 201 over capacity"} {
		if !strings.Contains(flat, want) {
			t.Errorf("summary lacks %q:\n%s", want, flat)
		}
	}
}

func TestWriteDayLogJSON(t *testing.T) {
	d, entries := dayFixture(t)
	var buf bytes.Buffer
	if err := WriteDayLogJSON(&buf, d); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Schema   string  `json:"schema"`
		Day      string  `json:"day"`
		TimeZone string  `json:"timezone"`
		Summary  Summary `json:"summary"`
		Entries  []struct {
			ID          string          `json:"id"`
			At          string          `json:"at"`
			Action      string          `json:"action"`
			SubjectName string          `json:"subject_name"`
			UndoneBy    string          `json:"undone_by"`
			Payload     json.RawMessage `json:"payload"`
		} `json:"entries"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if got.Schema != DayLogSchema || got.Day != "2025-07-24" || got.TimeZone != "Asia/Shanghai" || len(got.Entries) != len(entries) {
		t.Fatalf("head %+v, %d entries", got, len(got.Entries))
	}
	e := got.Entries[3]
	if e.At != "2025-07-24T08:10:00+08:00" || e.UndoneBy != string(entries[4].ID) || e.SubjectName != "Opening ceremony" {
		t.Errorf("entry 3 = %+v", e)
	}
	var ch journal.SessionChange
	if err := json.Unmarshal(e.Payload, &ch); err != nil || ch.After.DelayMin != 15 {
		t.Errorf("payload %s", e.Payload)
	}
	if got.Summary.Arrivals[0].Missing[1] != "ស្រី មុំ" {
		t.Errorf("summary %+v", got.Summary)
	}
	// An empty day still gives lists, not null.
	var empty bytes.Buffer
	if err := WriteDayLogJSON(&empty, DayLog{Day: "2025-07-25"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(empty.String(), `"arrivals":[]`) || !strings.Contains(empty.String(), `"open_problems":[]`) || !strings.HasSuffix(empty.String(), `"entries":[]}`+"\n") {
		t.Errorf("empty day: %s", empty.String())
	}
}

func TestWriteDayLogMarkdown(t *testing.T) {
	d, entries := dayFixture(t)
	d.Labels = EnglishLabels()
	d.Labels.Arrivals = "到达"
	var buf bytes.Buffer
	if err := WriteDayLogMarkdown(&buf, d); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{
		"# Day log 2025-07-24 - China-ASEAN Education Cooperation Week 2025\n",
		"### 到达\n",
		"| Cambodia | 3 | 1 | ចាន់ ដារ៉ា, ស្រី មុំ |\n",
		"| 2 | 0 | 1 | 0 | 1 |\n",
		"| over capacity | Room 201 over capacity |\n",
		"| ~~08:10:00~~ | ~~hq~~ | ~~op-hq~~ | ~~delay~~ | ~~Opening ceremony (open)~~ | ~~15 min~~ | undone at 08:12:00 (hq) |\n",
		"projector \\| broken",
		"| 08:01:00 | gate1 | op-gate1 | check-in | សុខ ចាន់ថា (p-kh-1) |  |  |\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q\n%s", want, md)
		}
	}
	_, log, _ := strings.Cut(md, "## Log\n\n")
	if n := strings.Count(log, "\n"); n != len(entries)+2 {
		t.Errorf("log has %d lines for %d entries:\n%s", n, len(entries), log)
	}
}

// TestDayLogStreams feeds entries from a generator (no slice behind it)
// and checks that the writer ranges over it once and writes every entry.
func TestDayLogStreams(t *testing.T) {
	calls := 0
	d := DayLog{Day: "2025-07-24", Entries: func(yield func(journal.Entry) bool) {
		calls++
		for i := range 3 {
			if !yield(journal.Entry{ID: journal.ID("e" + string(rune('0'+i))), Kind: journal.KindCheckIn, Subject: "p"}) {
				return
			}
		}
	}}
	var buf bytes.Buffer
	if err := WriteDayLogCSV(&buf, d, CSVOptions{NoBOM: true}); err != nil {
		t.Fatal(err)
	}
	if calls != 1 || strings.Count(buf.String(), "\r\n") != 4 || bytes.HasPrefix(buf.Bytes(), utf8BOM) {
		t.Errorf("calls %d, output %q", calls, buf.String())
	}
}
