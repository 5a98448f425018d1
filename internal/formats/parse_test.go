package formats

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"caecw/internal/event"
)

const sampleDir = "../../testdata/import"

func openFiles(t testing.TB, paths ...string) []File {
	t.Helper()
	var out []File
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, File{Name: filepath.Base(p), R: bytes.NewReader(b)})
	}
	return out
}

func validSet(t testing.TB) event.Programme {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(sampleDir, "valid", "*.csv"))
	p, err := Parse(event.Programme{}, openFiles(t, paths...)...)
	if err != nil {
		t.Fatalf("valid set: %v", err)
	}
	return p
}

func TestParseValidSet(t *testing.T) {
	p := validSet(t)
	if p.Event == nil || p.Event.City != "Guiyang" || p.Event.FirstDay != "2025-07-24" {
		t.Fatalf("event = %+v", p.Event)
	}
	if len(p.Venues) != 3 || len(p.Delegations) != 4 || len(p.Sessions) != 3 || len(p.People) != 9 || len(p.Assignments) != 4 || len(p.Travel) != 2 {
		t.Fatalf("counts: %d venues %d delegations %d sessions %d people %d assignments %d travel",
			len(p.Venues), len(p.Delegations), len(p.Sessions), len(p.People), len(p.Assignments), len(p.Travel))
	}
	// 09:00 in Guiyang is 01:00 UTC.
	if got := p.Sessions[0].Start.UTC().Format(time.RFC3339); got != "2025-07-24T01:00:00Z" {
		t.Errorf("open starts %s", got)
	}
	if p.Sessions[1].Title != "Forum: vocational education, digital skills" {
		t.Errorf("quoted title = %q", p.Sessions[1].Title)
	}
	if p.People[0].Name != "សុខ ចាន់ថា" || p.People[3].Name != "สมชาย ใจดี" || p.People[7].Name != "张伟" {
		t.Errorf("names: %q %q %q", p.People[0].Name, p.People[3].Name, p.People[7].Name)
	}
	if p.Delegations[0].NameZh != "柬埔寨" || p.Venues[1].Note != "Projector, no sound" {
		t.Errorf("semicolon delegations or quoted note wrong: %+v %+v", p.Delegations[0], p.Venues[1])
	}
}

// TestParseNFC checks that a name in decomposed form is stored composed.
func TestParseNFC(t *testing.T) {
	nfd := "Nguye\u0302\u0303n"
	in := "id,badge,name,name_latin,delegation,role\np1,B1," + nfd + ",,VN,head\n"
	existing := event.Programme{Delegations: []event.Delegation{{ID: "VN", Name: "Viet Nam"}}}
	p, err := Parse(existing, File{"people.csv", strings.NewReader(in)})
	if err != nil {
		t.Fatal(err)
	}
	if p.People[0].Name != "Nguyễn" {
		t.Errorf("name = %q, want NFC", p.People[0].Name)
	}
}

var existingProg = event.Programme{
	Event:       &event.Event{Name: "W", City: "Guiyang", TimeZone: "Asia/Shanghai", FirstDay: "2025-07-24", LastDay: "2025-07-27"},
	Venues:      []event.Venue{{ID: "hall-a", Name: "Hall A", Site: "gicc", Capacity: 800}},
	Delegations: []event.Delegation{{ID: "KH", Name: "Cambodia", Expected: 3}},
	Sessions:    []event.Session{{ID: "open", Day: "2025-07-24", Title: "Opening", Kind: event.KindCeremony, Venue: "hall-a"}},
	People:      []event.Person{{ID: "old-1", Badge: "B900", Name: "Old", Delegation: "KH", Role: event.RoleHead}},
}

const peopleHeader = "id,badge,name,name_latin,delegation,role\n"
const sessionsHeader = "id,day,start,end,title,kind,venue,host,expected\n"

func TestParseProblems(t *testing.T) {
	type file struct{ name, body string }
	cases := []struct {
		name     string
		existing event.Programme
		files    []file
		want     []string
	}{
		{"unknown venue", existingProg, []file{{"s.csv", sessionsHeader + "s1,2025-07-24,09:00,10:00,T,forum,nowhere,,1\n"}},
			[]string{`s.csv:2: venue: unknown venue "nowhere"`}},
		{"end before start", existingProg, []file{{"s.csv", sessionsHeader + "s1,2025-07-24,10:00,09:30,T,forum,hall-a,,1\n"}},
			[]string{`s.csv:2: end: end 09:30 is not after start 10:00`}},
		{"outside event days", existingProg, []file{{"s.csv", sessionsHeader + "\ns1,2025-07-28,09:00,10:00,T,forum,hall-a,,1\n"}},
			[]string{`s.csv:3: day: 2025-07-28 is outside the event's days 2025-07-24 to 2025-07-27`}},
		{"bad time", existingProg, []file{{"s.csv", sessionsHeader + "s1,2025-07-24,9:00,10:00,T,forum,hall-a,,1\n"}},
			[]string{`s.csv:2: start: bad time "9:00": want HH:MM`}},
		{"bad day", existingProg, []file{{"s.csv", sessionsHeader + "s1,24/07/2025,09:00,10:00,T,forum,hall-a,,1\n"}},
			[]string{`s.csv:2: day: bad day "24/07/2025": want YYYY-MM-DD`}},
		{"unknown kind", existingProg, []file{{"s.csv", sessionsHeader + "s1,2025-07-24,09:00,10:00,T,party,hall-a,,1\n"}},
			[]string{`s.csv:2: kind: unknown kind "party" (want one of ceremony, forum, workshop, signing, visit, cultural, meal, transfer)`}},
		{"bad number", existingProg, []file{{"v.csv", "id,name,site,capacity\nv1,V,s,-5\nv2,V2,s,\n"}},
			[]string{`v.csv:2: capacity: bad number "-5": want a whole number from 0`, `v.csv:3: capacity: is required`}},
		{"unknown role", existingProg, []file{{"p.csv", peopleHeader + "p1,B1,A,,KH,chef\n"}},
			[]string{`p.csv:2: role: unknown role "chef" (want one of head, delegate, student, staff, guest)`}},
		{"unknown delegation", existingProg, []file{{"p.csv", peopleHeader + "p1,B1,A,,XX,head\n"}},
			[]string{`p.csv:2: delegation: unknown delegation "XX"`}},
		{"duplicate id", existingProg, []file{{"p.csv", peopleHeader + "p1,B1,A,,KH,head\r\np1,B2,B,,KH,guest\r\n"}},
			[]string{`p.csv:3: id: duplicate person id (first at p.csv:2)`}},
		{"duplicate badge in import", existingProg, []file{{"a.csv", peopleHeader + "p1,B1,A,,KH,head\n"}, {"b.csv", peopleHeader + "p2,B1,B,,KH,guest\n"}},
			[]string{`b.csv:2: badge: duplicate badge "B1" (first at a.csv:2)`}},
		{"badge of existing person", existingProg, []file{{"p.csv", peopleHeader + "p1,B900,A,,KH,head\n"}},
			[]string{`p.csv:2: badge: badge "B900" already belongs to person "old-1"`}},
		{"invalid UTF-8", existingProg, []file{{"p.csv", peopleHeader + "p1,B1,\xff,,KH,head\n"}},
			[]string{`p.csv:2: name: invalid UTF-8`}},
		{"missing required column", existingProg, []file{{"people.csv", "id,badge,name,delegation,role\n"}},
			[]string{`people.csv:1: name_latin: missing required column for people`}},
		{"unknown column", existingProg, []file{{"v.csv", "id,name,site,capacity,colour\n"}},
			[]string{`v.csv:1: colour: unknown column for venues (want id,name,site,capacity,name_zh,note,site_zh)`}},
		{"header not recognised", existingProg, []file{{"x.csv", "foo,bar\n1,2\n"}},
			[]string{`x.csv:1: header not recognised: want the columns of one of event, venues, sessions, delegations, people, assignments, travel`}},
		{"wrong field count", existingProg, []file{{"t.csv", "from_site,to_site,minutes\ngicc,gicc\n"}},
			[]string{`t.csv:2: has 2 fields, header has 3`}},
		{"empty file", existingProg, []file{{"p.csv", "\ufeff"}},
			[]string{`p.csv:1: empty file: a header row is required`}},
		{"column name with a line break", existingProg, []file{{"v.csv", "id,name,site,capacity,\"a\nb\"\n"}},
			[]string{`v.csv:1: "a\nb": unknown column for venues (want id,name,site,capacity,name_zh,note,site_zh)`}},
		{"unknown file type", existingProg, []file{{"p.txt", ""}},
			[]string{`p.txt: unknown file type: want .csv, .json or .xlsx`}},
		{"unknown site", existingProg, []file{{"t.csv", "from_site,to_site,minutes\ngicc,mars,10\n"}},
			[]string{`t.csv:2: to_site: unknown site "mars" (no venue has it)`}},
		{"assignment refs", existingProg, []file{{"a.csv", "session,delegation,headcount\nnope,KH,1\nopen,ZZ,x\n"}},
			[]string{`a.csv:2: session: unknown session "nope"`, `a.csv:3: headcount: bad number "x": want a whole number from 0`, `a.csv:3: delegation: unknown delegation "ZZ"`}},
		{"event last before first", event.Programme{}, []file{{"e.csv", "name,city,timezone,first_day,last_day\nW,G,Mars/Base,2025-07-27,2025-07-24\n"}},
			[]string{`e.csv:2: timezone: unknown time zone "Mars/Base"`, `e.csv:2: last_day: last day 2025-07-24 is before first day 2025-07-27`}},
		{"arrival span the wrong way round", event.Programme{}, []file{{"e.csv", "name,city,timezone,first_day,last_day,arrivals_from,arrivals_to\nW,G,,2025-07-24,2025-07-27,2025-07-25,2025-07-26\n"}},
			[]string{`e.csv:2: arrivals_from: arrivals from 2025-07-25 is after the first day 2025-07-24`, `e.csv:2: arrivals_to: arrivals to 2025-07-26 is before the last day 2025-07-27`}},
		{"semicolon and BOM", existingProg, []file{{"p.csv", "\ufeffid;badge;name;name_latin;delegation;role\r\np1;B1;A;;KH;king\r\n"}},
			[]string{`p.csv:2: role: unknown role "king" (want one of head, delegate, student, staff, guest)`}},
		{"multi-line quoted field keeps lines", existingProg, []file{{"s.csv", sessionsHeader + "s1,2025-07-24,09:00,10:00,\"two\nlines\",forum,hall-a,,1\ns2,2025-07-24,09:00,10:00,T,forum,gone,,1\n"}},
			[]string{`s.csv:4: venue: unknown venue "gone"`}},
		{"csv quote error", existingProg, []file{{"p.csv", peopleHeader + "p1,B1,\"A\"x,,KH,head\n"}},
			[]string{`p.csv:2: extraneous or missing " in quoted-field`}},
		{"json problems", existingProg, []file{{"i.json", "{\n \"venues\": [\n  {\"id\": \"v1\", \"name\": \"V\", \"site\": \"s\", \"capacity\": 1},\n  {\"id\": \"v1\", \"name\": \"V\", \"site\": \"s\", \"capacity\": \"ten\"}\n ],\n \"people\": [{\"id\": \"p1\", \"badge\": \"B1\", \"name\": \"A\", \"delegation\": \"KH\", \"role\": \"head\", \"shoe\": 42}],\n \"rooms\": []\n}\n"}},
			[]string{`i.json:4: capacity: bad number "ten": want a whole number from 0`, `i.json:4: id: duplicate venue id (first at i.json:3)`,
				`i.json:6: shoe: unknown field for people (want id,badge,name,name_latin,delegation,role)`,
				`i.json:7: rooms: unknown kind (want one of event, venues, sessions, delegations, people, assignments, travel)`}},
		{"json syntax", existingProg, []file{{"i.json", "{\"venues\": [\n{\"id\": \"v1\",}\n]}"}},
			[]string{`i.json:2: bad JSON: invalid character '}' looking for beginning of object key string`}},
		{"json invalid UTF-8", existingProg, []file{{"i.json", "{\"venues\": [\n{\"id\": \"\xff\"}]}"}},
			[]string{`i.json:2: invalid UTF-8`}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var files []File
			for _, f := range tc.files {
				files = append(files, File{Name: f.name, R: strings.NewReader(f.body)})
			}
			p, err := Parse(tc.existing, files...)
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("err = %v (%T), programme %+v", err, err, p)
			}
			got := strings.Split(ps.Error(), "\n")
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestParseInvalidSamples(t *testing.T) {
	cases := map[string][]string{
		"people-dup-badge.csv": {
			`people-dup-badge.csv:3: badge: duplicate badge "B1" (first at people-dup-badge.csv:2)`,
			`people-dup-badge.csv:4: role: unknown role "chef" (want one of head, delegate, student, staff, guest)`,
			`people-dup-badge.csv:4: delegation: unknown delegation "XX"`,
		},
		"sessions-bad.csv": {
			`sessions-bad.csv:2: end: end 09:00 is not after start 10:00`,
			`sessions-bad.csv:2: venue: unknown venue "hall-a"`,
			`sessions-bad.csv:3: expected: bad number "x": want a whole number from 0`,
			`sessions-bad.csv:3: day: 2025-08-01 is outside the event's days 2025-07-24 to 2025-07-27`,
			`sessions-bad.csv:3: start: bad time "9:00": want HH:MM`,
			`sessions-bad.csv:3: venue: unknown venue "nowhere"`,
		},
		"venues-extra-column.csv": {`venues-extra-column.csv:1: colour: unknown column for venues (want id,name,site,capacity,name_zh,note,site_zh)`},
		"unknown-header.csv":      {`unknown-header.csv:1: header not recognised: want the columns of one of event, venues, sessions, delegations, people, assignments, travel`},
		"people-bad-utf8.csv":     {`people-bad-utf8.csv:2: name: invalid UTF-8`},
		"bad.json": {
			`bad.json:4: capacity: bad number "ten": want a whole number from 0`,
			`bad.json:4: id: duplicate venue id (first at bad.json:3)`,
			`bad.json:7: shoe: unknown field for people (want id,badge,name,name_latin,delegation,role)`,
			`bad.json:9: rooms: unknown kind (want one of event, venues, sessions, delegations, people, assignments, travel)`,
		},
	}
	existing := event.Programme{Event: existingProg.Event, Delegations: existingProg.Delegations}
	for name, want := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Parse(existing, openFiles(t, filepath.Join(sampleDir, "invalid", name))...)
			if err == nil {
				t.Fatal("no error")
			}
			if got := err.Error(); got != strings.Join(want, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
			}
		})
	}
}

func TestParseStopsAtMaxProblems(t *testing.T) {
	var b strings.Builder
	b.WriteString(peopleHeader)
	for range 150 {
		b.WriteString("p,B,A,,KH,chef\n")
	}
	_, err := Parse(existingProg, File{"p.csv", strings.NewReader(b.String())})
	ps, _ := err.(Problems)
	if len(ps) != MaxProblems+1 || !strings.Contains(ps[MaxProblems].Message, "stopped looking") {
		t.Fatalf("got %d problems, last %v", len(ps), ps[len(ps)-1])
	}
}

func TestParseArrivalSpan(t *testing.T) {
	for _, f := range []File{
		{Name: "e.csv", R: strings.NewReader("name,city,timezone,first_day,last_day,arrivals_from,arrivals_to\nW,G,,2025-07-24,2025-07-27,2025-07-23,2025-07-28\n")},
		{Name: "e.json", R: strings.NewReader(`{"event": {"name": "W", "city": "G", "timezone": "", "first_day": "2025-07-24", "last_day": "2025-07-27", "arrivals_from": "2025-07-23", "arrivals_to": "2025-07-28"}}`)},
	} {
		p, err := Parse(event.Programme{}, f)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if p.Event.ArrivalsFrom != "2025-07-23" || p.Event.ArrivalsTo != "2025-07-28" {
			t.Errorf("%s: span %s to %s", f.Name, p.Event.ArrivalsFrom, p.Event.ArrivalsTo)
		}
		if from, to := p.Event.ArrivalSpan(); from != "2025-07-23" || to != "2025-07-28" {
			t.Errorf("%s: ArrivalSpan %s to %s", f.Name, from, to)
		}
	}
	// Without the optional columns the span is the programme's days.
	p, err := Parse(event.Programme{}, File{Name: "e.csv", R: strings.NewReader("name,city,timezone,first_day,last_day\nW,G,,2025-07-24,2025-07-27\n")})
	if err != nil {
		t.Fatal(err)
	}
	if from, to := p.Event.ArrivalSpan(); from != "2025-07-24" || to != "2025-07-27" {
		t.Errorf("ArrivalSpan %s to %s", from, to)
	}
}
