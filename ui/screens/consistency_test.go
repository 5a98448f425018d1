package screens

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"caecw/internal/event"
	"caecw/internal/formats"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/internal/report"
	"caecw/internal/transfer"
	"caecw/store"
)

// tally is what one surface says: per delegation name "expected/arrived",
// the day's "expected/arrived/missing", and per session key (start and
// end times, venue) "assigned/capacity".
type tally struct {
	dels     map[string]string
	total    string
	sessions map[string]string
}

// TestOneTruth builds the scenarios a coordinator meets (the demo, check-ins,
// a walk-in who joins a delegation, an undo, a moved session and a part of
// a delegation sent with a headcount, a closed day with late arrivals) and
// checks that the numbers of internal/event agree with every surface that
// shows them: the Check-ins, Sessions and Venues tabs as drawn, `status
// --json` (internal/report), `caecw checkin`'s summary (the store's
// CheckInResult, which the command prints), and the day-log exports that
// carry numbers (JSON, Markdown, XLSX).
func TestOneTruth(t *testing.T) {
	sc := newScreen(t, i18n.EN, 200, 90)
	s := sc.s
	day := event.Day("2025-07-26")
	people, err := s.People()
	if err != nil {
		t.Fatal(err)
	}
	byDel := map[string][]event.Person{}
	for _, p := range people {
		byDel[p.Delegation] = append(byDel[p.Delegation], p)
	}
	v0, _ := s.Day(day)
	checkIn := func(p event.Person) {
		t.Helper()
		res, err := s.CheckIn(p.ID)
		if err != nil {
			t.Fatal(err)
		}
		v, _ := s.Day(day)
		for _, a := range v.ArrivalCounts() {
			if a.Delegation == p.Delegation && (a.Arrived != res.Arrived || a.Expected != res.Expected) {
				t.Errorf("checkin of %s says %d of %d, the day says %d of %d", p.Name, res.Arrived, res.Expected, a.Arrived, a.Expected)
			}
		}
	}

	steps := []struct {
		name string
		do   func()
	}{
		{"demo", func() {}},
		{"check-ins", func() {
			for i, d := range v0.Delegations {
				for _, p := range byDel[d.ID][:min(len(byDel[d.ID]), i%4)] {
					checkIn(p)
				}
			}
		}},
		{"walk-in joins a full delegation", func() {
			for _, d := range v0.Delegations {
				if len(byDel[d.ID]) == d.Expected {
					p := event.Person{Name: "Late Walker", NameLatin: "Late Walker", Badge: "WALK-1", Delegation: d.ID, Role: event.RoleDelegate}
					if _, err := s.WalkIn(p); err != nil {
						t.Fatal(err)
					}
					all, _ := s.People()
					for _, x := range all {
						if x.Badge == "WALK-1" {
							checkIn(x)
						}
					}
					return
				}
			}
			t.Fatal("no delegation of the demo has all its expected people registered")
		}},
		{"undo", func() {
			p := byDel[v0.Delegations[0].ID][len(byDel[v0.Delegations[0].ID])-1]
			res, err := s.CheckIn(p.ID)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Undo(res.Entry.ID, "wrong badge"); err != nil {
				t.Fatal(err)
			}
		}},
		{"moves and a part of a delegation", func() {
			if _, err := s.Move("s031", "v-giecc-c", time.Time{}, time.Time{}); err != nil {
				t.Fatal(err)
			}
			d := v0.Delegations[1].ID
			if _, err := s.ChangeAssignments(journal.AssignChange{Put: []event.Assignment{{Session: "s031", Delegation: d, Headcount: 2}}}); err != nil {
				t.Fatal(err)
			}
		}},
		{"closed day, late arrivals", func() {
			if _, err := transfer.CloseDay(s, day, t.TempDir(), formats.EnglishLabels(), false); err != nil {
				t.Fatal(err)
			}
			for _, p := range byDel[v0.Delegations[2].ID][5:8] {
				checkIn(p)
			}
		}},
	}
	for _, st := range steps {
		st.do()
		sc.reload()
		sc.tick()
		v, err := s.Day(day)
		if err != nil {
			t.Fatal(err)
		}
		want := truth(v, sc.clk.Now())
		surfaces := map[string]tally{
			"status --json": statusTally(t, v, sc.clk.Now()),
			"check-ins tab": sc.checkinsTally(v),
			"sessions tab":  sc.sessionsTally(v),
			"venues tab":    sc.venuesTally(v),
		}
		for _, f := range []string{"json", "md", "xlsx"} {
			surfaces["day log "+f] = exportTally(t, s, day, f)
		}
		for name, got := range surfaces {
			compare(t, st.name, name, want, got)
		}
	}
}

// truth is the numbers as internal/event defines them.
func truth(v *store.DayView, now time.Time) tally {
	t := tally{dels: map[string]string{}, sessions: map[string]string{}}
	counts := v.ArrivalCounts()
	for i, a := range counts {
		t.dels[v.Delegations[i].Name] = fmt.Sprintf("%d/%d", a.Expected, a.Arrived)
	}
	sum := event.TotalArrivals(counts)
	t.total = fmt.Sprintf("%d/%d/%d", sum.Expected, sum.Arrived, sum.Missing())
	plan := v.Plan(now)
	for i, c := range plan.SessionCounts() {
		t.sessions[sessionKey(v, v.Sessions[i])] = fmt.Sprintf("%d/%d", c.Assigned, c.Capacity)
	}
	return t
}

func sessionKey(v *store.DayView, s event.Session) string {
	loc := v.Event.Location()
	return s.EffectiveStart().In(loc).Format("15:04") + "-" + s.EffectiveEnd().In(loc).Format("15:04") + " " + s.EffectiveVenue()
}

// compare checks each number got has against want; a surface that does
// not show a kind of number leaves it empty.
func compare(t *testing.T, step, surface string, want, got tally) {
	t.Helper()
	if got.dels != nil {
		if len(got.dels) != len(want.dels) {
			t.Errorf("%s: %s shows %d delegations, want %d", step, surface, len(got.dels), len(want.dels))
		}
		for name, w := range want.dels {
			if g := got.dels[name]; g != w {
				t.Errorf("%s: %s says %s expected/arrived %q, event says %q", step, surface, name, g, w)
			}
		}
	}
	if got.total != "" && got.total != want.total {
		t.Errorf("%s: %s total expected/arrived/missing %q, event says %q", step, surface, got.total, want.total)
	}
	if got.sessions != nil {
		if len(got.sessions) != len(want.sessions) {
			t.Errorf("%s: %s shows %d sessions, want %d", step, surface, len(got.sessions), len(want.sessions))
		}
		for k, w := range want.sessions {
			if g := got.sessions[k]; g != w {
				t.Errorf("%s: %s says session %s assigned/capacity %q, event says %q", step, surface, k, g, w)
			}
		}
	}
}

func statusTally(t *testing.T, v *store.DayView, now time.Time) tally {
	var r report.Status
	b, err := json.Marshal(report.Build(v, now))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	out := tally{dels: map[string]string{}, sessions: map[string]string{}, total: fmt.Sprintf("%d/%d/%d", r.Expected, r.Arrived, r.Missing)}
	for _, d := range r.Delegations {
		out.dels[d.Name] = fmt.Sprintf("%d/%d", d.Expected, d.Arrived)
		if d.Missing != d.Expected-d.Arrived {
			t.Errorf("status: %s missing %d of %d expected, %d arrived", d.Name, d.Missing, d.Expected, d.Arrived)
		}
	}
	loc := v.Event.Location()
	for _, s := range r.Sessions {
		out.sessions[s.Start.In(loc).Format("15:04")+"-"+s.End.In(loc).Format("15:04")+" "+s.Venue] = fmt.Sprintf("%d/%d", s.Assigned, s.Capacity)
	}
	return out
}

func exportTally(t *testing.T, s *store.Store, day event.Day, format string) tally {
	d, err := transfer.BuildDayLog(s, day, formats.EnglishLabels())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := transfer.WriteDayLog(&buf, d, format); err != nil {
		t.Fatal(err)
	}
	out := tally{dels: map[string]string{}}
	switch format {
	case "json":
		var x struct{ Summary formats.Summary }
		if err := json.Unmarshal(buf.Bytes(), &x); err != nil {
			t.Fatal(err)
		}
		for _, a := range x.Summary.Arrivals {
			out.dels[a.Name] = fmt.Sprintf("%d/%d", a.Expected, a.Arrived)
		}
	case "md":
		row := regexp.MustCompile(`(?m)^\| (.+?) \| (\d+) \| (\d+) \|`)
		// The first table with numbers is the arrivals; the sessions'
		// table follows it under its own heading.
		arrivals, _, _ := strings.Cut(buf.String(), "### Sessions")
		for _, m := range row.FindAllStringSubmatch(arrivals, -1) {
			out.dels[m[1]] = m[2] + "/" + m[3]
		}
	case "xlsx":
		f, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows("summary")
		if err != nil {
			t.Fatal(err)
		}
		in := false
		for _, r := range rows {
			if len(r) >= 3 && r[0] == "Delegation" {
				in = true
				continue
			}
			if in && len(r) >= 3 {
				if _, err := strconv.Atoi(r[1]); err != nil {
					in = false
					continue
				}
				out.dels[r[0]] = r[1] + "/" + r[2]
			} else {
				in = false
			}
		}
	}
	return out
}

var (
	totalsRe  = regexp.MustCompile(`Today: (\d+) of (\d+) arrived, (\d+) missing`)
	delLineRe = regexp.MustCompile(`^[ ›]*(?:[A-Z]{2}\s+)?(.+?)\s+(\d+)\s+(\d+)\s+(\d+) `)
	countRe   = regexp.MustCompile(`(\d+)/(\d+)\s*$`)
	whenRe    = regexp.MustCompile(`(\d\d:\d\d)[-–](\d\d:\d\d)`)
)

// checkinsTally reads the Check-ins tab as drawn.
func (sc *screen) checkinsTally(v *store.DayView) tally {
	sc.keys("2")
	text := sc.text()
	out := tally{dels: map[string]string{}}
	if m := totalsRe.FindStringSubmatch(text); m != nil {
		out.total = m[2] + "/" + m[1] + "/" + m[3]
	}
	names := map[string]bool{}
	for _, d := range v.Delegations {
		names[d.Name] = true
	}
	for _, line := range strings.Split(text, "\n") {
		m := delLineRe.FindStringSubmatch(line)
		if m == nil || !names[m[1]] {
			continue
		}
		out.dels[m[1]] = m[2] + "/" + m[3]
		if e, _ := strconv.Atoi(m[2]); true {
			a, _ := strconv.Atoi(m[3])
			if mi, _ := strconv.Atoi(m[4]); mi != e-a {
				sc.t.Errorf("check-ins tab: %s shows %s missing of %d expected, %d arrived", m[1], m[4], e, a)
			}
		}
	}
	return out
}

// sessionsTally reads the Sessions tab's Asgd/Cap column: rows are in the
// day's order.
func (sc *screen) sessionsTally(v *store.DayView) tally {
	sc.keys("1")
	out := tally{sessions: map[string]string{}}
	lines := strings.Split(sc.text(), "\n")
	i := 0
	for _, line := range lines {
		if i >= len(v.Sessions) {
			break
		}
		w := whenRe.FindStringSubmatch(line)
		c := countRe.FindStringSubmatch(line)
		if w == nil || c == nil {
			continue
		}
		out.sessions[w[1]+"-"+w[2]+" "+v.Sessions[i].EffectiveVenue()] = c[1] + "/" + c[2]
		i++
	}
	return out
}

// venuesTally walks the Venues tab's list and reads each venue's sessions
// in the detail pane.
func (sc *screen) venuesTally(v *store.DayView) tally {
	sc.keys("3")
	for range v.Venues {
		sc.keys("up")
	}
	out := tally{sessions: map[string]string{}}
	for range v.Venues {
		text := sc.text()
		lines := strings.Split(text, "\n")
		venue := ""
		for _, x := range v.Venues {
			if strings.Contains(text, x.Name+" · seats ") {
				venue = x.ID
			}
		}
		for _, line := range lines {
			left, _, _ := strings.Cut(line, "│")
			w := whenRe.FindStringSubmatch(left)
			c := regexp.MustCompile(`(\d+)/(\d+)\s+!?\s`).FindStringSubmatch(left + " ")
			if w == nil || c == nil || venue == "" || strings.Contains(left, "█") {
				continue
			}
			out.sessions[w[1]+"-"+w[2]+" "+venue] = c[1] + "/" + c[2]
		}
		sc.keys("down")
	}
	return out
}
