package formats

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/xuri/excelize/v2"

	"caecw/internal/event"
)

// zhTables is a small programme with every Chinese form (the _zh columns)
// filled in, as a header row and one record per kind.
var zhTables = []struct {
	kind Kind
	rows [][]any
}{
	{KindEvent, [][]any{
		{"name", "name_zh", "city", "timezone", "first_day", "last_day"},
		{"China-ASEAN Education Cooperation Week", "中国—东盟教育交流周", "Guiyang", "Asia/Shanghai", "2025-07-24", "2025-07-27"}}},
	{KindVenues, [][]any{
		{"id", "name", "name_zh", "site", "site_zh", "capacity"},
		{"hall-b", "GIECC Hall B", "生态会议中心B厅", "GIECC", "贵阳国际生态会议中心", 600}}},
	{KindDelegations, [][]any{
		{"id", "name", "name_zh", "country", "head", "head_zh", "liaison", "expected"},
		{"VN", "Viet Nam Delegation", "越南代表团", "VN", "Nguyen Van An", "阮文安", "", 3}}},
	{KindSessions, [][]any{
		{"id", "day", "start", "end", "title", "title_zh", "kind", "venue", "host", "host_zh", "expected"},
		{"s-1", "2025-07-24", "09:00", "10:00", "Opening Ceremony", "开幕式", "ceremony", "hall-b", "Ministry of Education", "教育部", 500}}},
}

func zhCSV(t *testing.T) []File {
	var files []File
	for _, tb := range zhTables {
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		for _, r := range tb.rows {
			rec := make([]string, len(r))
			for i, v := range r {
				rec[i] = fmt.Sprint(v)
			}
			if err := w.Write(rec); err != nil {
				t.Fatal(err)
			}
		}
		w.Flush()
		files = append(files, File{string(tb.kind) + ".csv", bytes.NewReader(buf.Bytes())})
	}
	return files
}

func zhXLSX(t *testing.T) []File {
	f := excelize.NewFile()
	for i, tb := range zhTables {
		name := string(tb.kind)
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(name); err != nil {
			t.Fatal(err)
		}
		for j, r := range tb.rows {
			if err := f.SetSheetRow(name, fmt.Sprintf("A%d", j+1), &r); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return []File{{"programme.xlsx", &buf}}
}

func zhJSON(t *testing.T) []File {
	doc := map[string]any{}
	for _, tb := range zhTables {
		var recs []map[string]any
		for _, r := range tb.rows[1:] {
			m := map[string]any{}
			for i, v := range r {
				m[tb.rows[0][i].(string)] = v
			}
			recs = append(recs, m)
		}
		if tb.kind == KindEvent {
			doc[string(tb.kind)] = recs[0]
		} else {
			doc[string(tb.kind)] = recs
		}
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return []File{{"programme.json", bytes.NewReader(b)}}
}

// Issue 16: the Chinese forms of names are read from CSV and XLSX columns
// and JSON fields named with a _zh suffix.
func TestParseChineseForms(t *testing.T) {
	for name, files := range map[string][]File{"csv": zhCSV(t), "xlsx": zhXLSX(t), "json": zhJSON(t)} {
		p, err := Parse(event.Programme{}, files...)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if p.Event == nil || len(p.Venues) != 1 || len(p.Delegations) != 1 || len(p.Sessions) != 1 {
			t.Errorf("%s: got %+v", name, p)
			continue
		}
		got := []string{p.Event.NameZh, p.Venues[0].NameZh, p.Venues[0].SiteZh, p.Delegations[0].NameZh,
			p.Delegations[0].HeadZh, p.Sessions[0].TitleZh, p.Sessions[0].HostZh}
		want := []string{"中国—东盟教育交流周", "生态会议中心B厅", "贵阳国际生态会议中心", "越南代表团", "阮文安", "开幕式", "教育部"}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: Chinese forms %q, want %q", name, got, want)
		}
		if p.Sessions[0].Title != "Opening Ceremony" || p.Venues[0].Site != "GIECC" || p.Delegations[0].Head != "Nguyen Van An" {
			t.Errorf("%s: English forms changed: %+v %+v %+v", name, p.Sessions[0], p.Venues[0], p.Delegations[0])
		}
	}
}

// Issue 16: a re-import that only adds a session's Chinese title or host
// counts it as updated, not unchanged.
func TestDiffSeesChineseForms(t *testing.T) {
	p, err := Parse(event.Programme{}, zhJSON(t)...)
	if err != nil {
		t.Fatal(err)
	}
	old := p
	old.Sessions = []event.Session{p.Sessions[0]}
	old.Sessions[0].TitleZh, old.Sessions[0].HostZh = "", ""
	if c := Diff(old, event.Programme{Sessions: p.Sessions})[string(KindSessions)]; c.Updated != 1 || c.Unchanged != 0 {
		t.Errorf("sessions counted %+v, want 1 updated", c)
	}
}

// Issue 16: the JSON day log gives the event's name in both forms under
// stable keys, whatever the labels' language.
func TestDayLogJSONHasBothEventNames(t *testing.T) {
	ev := event.Event{Name: "China-ASEAN Education Cooperation Week", NameZh: "中国—东盟教育交流周", TimeZone: "Asia/Shanghai"}
	var buf bytes.Buffer
	if err := WriteDayLogJSON(&buf, DayLog{Event: ev, Day: "2025-07-24"}); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Event   string `json:"event"`
		EventZh string `json:"event_zh"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if got.Event != ev.Name || got.EventZh != ev.NameZh {
		t.Errorf("event %q, event_zh %q", got.Event, got.EventZh)
	}
}
