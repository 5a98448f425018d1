package demo

import (
	"strings"
	"testing"
	"unicode"

	"caecw/internal/event"
)

func mustProgramme(t *testing.T) event.Programme {
	t.Helper()
	p, err := Programme()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// dayPlan is the plan the problems screen would judge for one day.
func dayPlan(p event.Programme, d event.Day) event.Plan {
	plan := event.Plan{Venues: map[string]event.Venue{}, Delegations: map[string]event.Delegation{}, Travel: p.Travel}
	for _, v := range p.Venues {
		plan.Venues[v.ID] = v
	}
	for _, dl := range p.Delegations {
		plan.Delegations[dl.ID] = dl
	}
	onDay := map[string]bool{}
	for _, s := range p.Sessions {
		if s.Day == d {
			plan.Sessions = append(plan.Sessions, s)
			onDay[s.ID] = true
		}
	}
	for _, a := range p.Assignments {
		if onDay[a.Session] {
			plan.Assignments = append(plan.Assignments, a)
		}
	}
	return plan
}

func TestEvent(t *testing.T) {
	p := mustProgramme(t)
	e := p.Event
	if e == nil || !e.Demo || e.City != "Guiyang" || e.TimeZone != "Asia/Shanghai" ||
		e.FirstDay != "2025-07-24" || e.LastDay != "2025-07-27" || !strings.Contains(e.Name, "sample data") {
		t.Fatalf("event = %+v", e)
	}
}

func TestCounts(t *testing.T) {
	p := mustProgramme(t)
	if len(p.Venues) < 12 {
		t.Errorf("%d venues, want at least 12", len(p.Venues))
	}
	if n := len(p.People); n < 1400 || n > 1600 {
		t.Errorf("%d people, want about 1,500", n)
	}
	if n := len(p.Sessions); n < 60 || n > 80 {
		t.Errorf("%d sessions, want 60-80", n)
	}
	perDay := map[event.Day]int{}
	for _, s := range p.Sessions {
		perDay[s.Day]++
	}
	if n := perDay["2025-07-26"]; n < 15 || n > 25 {
		t.Errorf("%d sessions on 26 July, want 15-25", n)
	}
	for _, d := range p.Event.Days() {
		if perDay[d] == 0 {
			t.Errorf("no sessions on %s", d)
		}
	}
	countries := map[string]bool{}
	for _, d := range p.Delegations {
		countries[d.Country] = true
	}
	for _, c := range strings.Fields("BN KH ID LA MY MM PH SG TH VN TL CN") {
		if !countries[c] {
			t.Errorf("no delegation from %s", c)
		}
	}
	kinds := map[event.Kind]bool{}
	for _, s := range p.Sessions {
		kinds[s.Kind] = true
	}
	for _, k := range event.Kinds {
		if !kinds[k] {
			t.Errorf("no session of kind %s", k)
		}
	}
}

func TestReferencesResolve(t *testing.T) {
	p := mustProgramme(t)
	venues := map[string]bool{}
	sites := map[string]bool{}
	for _, v := range p.Venues {
		if venues[v.ID] {
			t.Errorf("venue id %s twice", v.ID)
		}
		venues[v.ID] = true
		sites[v.Site] = true
		if v.Name == "" || v.NameZh == "" || v.Site == "" || v.Capacity <= 0 {
			t.Errorf("venue %+v incomplete", v)
		}
	}
	for _, tr := range p.Travel {
		if !sites[tr.FromSite] || !sites[tr.ToSite] || tr.Minutes <= 0 {
			t.Errorf("travel row %+v", tr)
		}
	}
	dels := map[string]int{}
	for _, d := range p.Delegations {
		if _, dup := dels[d.ID]; dup {
			t.Errorf("delegation id %s twice", d.ID)
		}
		dels[d.ID] = 0
		if d.Name == "" || d.NameZh == "" || len(d.Country) != 2 || d.Head == "" || d.Liaison == "" {
			t.Errorf("delegation %+v incomplete", d)
		}
	}
	for _, pe := range p.People {
		if _, ok := dels[pe.Delegation]; !ok {
			t.Errorf("person %s in unknown delegation %q", pe.ID, pe.Delegation)
		}
		dels[pe.Delegation]++
	}
	short := 0
	for _, d := range p.Delegations {
		switch {
		case d.Expected < dels[d.ID]:
			t.Errorf("%s expects %d but has %d registered", d.ID, d.Expected, dels[d.ID])
		case d.Expected > dels[d.ID]:
			short++
		}
	}
	if short < 1 || short > 3 {
		t.Errorf("%d delegations expect more than registered, want a couple", short)
	}
	sessions := map[string]bool{}
	for _, s := range p.Sessions {
		if sessions[s.ID] {
			t.Errorf("session id %s twice", s.ID)
		}
		sessions[s.ID] = true
		if !venues[s.Venue] {
			t.Errorf("session %s in unknown venue %q", s.ID, s.Venue)
		}
	}
	assigned := map[[2]string]bool{}
	for _, a := range p.Assignments {
		if !sessions[a.Session] {
			t.Errorf("assignment to unknown session %q", a.Session)
		}
		if _, ok := dels[a.Delegation]; !ok {
			t.Errorf("assignment of unknown delegation %q", a.Delegation)
		}
		k := [2]string{a.Session, a.Delegation}
		if assigned[k] {
			t.Errorf("%s assigned to %s twice", a.Delegation, a.Session)
		}
		assigned[k] = true
	}
}

func TestPeopleUnique(t *testing.T) {
	p := mustProgramme(t)
	ids, badges := map[string]bool{}, map[string]bool{}
	for _, pe := range p.People {
		if ids[pe.ID] || badges[pe.Badge] {
			t.Errorf("person %s / badge %s repeated", pe.ID, pe.Badge)
		}
		ids[pe.ID], badges[pe.Badge] = true, true
		if _, err := event.ParseRole(string(pe.Role)); err != nil {
			t.Error(err)
		}
	}
}

// script is the writing system the native names of a country must use.
var script = map[string]*unicode.RangeTable{
	"TH": unicode.Thai, "KH": unicode.Khmer, "LA": unicode.Lao, "MM": unicode.Myanmar,
	"CN": unicode.Han, "KZ": unicode.Cyrillic, "PK": unicode.Arabic,
}

func TestNames(t *testing.T) {
	p := mustProgramme(t)
	country := map[string]string{}
	heads := map[string]string{}
	for _, d := range p.Delegations {
		country[d.ID] = d.Country
		heads[d.ID] = d.Head
	}
	diacritics, long := 0, 0
	for _, pe := range p.People {
		if strings.TrimSpace(pe.Name) == "" || strings.TrimSpace(pe.NameLatin) == "" {
			t.Errorf("person %s has an empty name: %q / %q", pe.ID, pe.Name, pe.NameLatin)
			continue
		}
		for _, r := range pe.NameLatin {
			if r > unicode.MaxASCII || !(unicode.IsLetter(r) || strings.ContainsRune(" .-'", r)) {
				t.Errorf("person %s: Latin name %q is not plain ASCII letters", pe.ID, pe.NameLatin)
				break
			}
		}
		c := country[pe.Delegation]
		if tab, ok := script[c]; ok && !strings.ContainsFunc(pe.Name, func(r rune) bool { return unicode.Is(tab, r) }) {
			t.Errorf("person %s from %s: name %q not in the native script", pe.ID, c, pe.Name)
		}
		if c == "VN" && pe.Name != pe.NameLatin {
			diacritics++
		}
		if len(strings.Fields(pe.NameLatin)) >= 3 {
			long++
		}
		if pe.Role == event.RoleHead && heads[pe.Delegation] != pe.Name {
			t.Errorf("%s's head is %q, not its head person %q", pe.Delegation, heads[pe.Delegation], pe.Name)
		}
	}
	if diacritics < 100 {
		t.Errorf("only %d Vietnamese names carry diacritics", diacritics)
	}
	if long < 50 {
		t.Errorf("only %d names of three or more parts", long)
	}
}

func TestSessionsInsideTheirDays(t *testing.T) {
	p := mustProgramme(t)
	loc := p.Event.Location()
	for _, s := range p.Sessions {
		if !p.Event.Contains(s.Day) {
			t.Errorf("session %s on %s, outside the event", s.ID, s.Day)
		}
		if event.DayOf(s.Start, loc) != s.Day {
			t.Errorf("session %s starts on %s, filed under %s", s.ID, event.DayOf(s.Start, loc), s.Day)
		}
		from, to := s.Day.Bounds(loc)
		if s.Start.Before(from) || s.End.After(to) || !s.End.After(s.Start) {
			t.Errorf("session %s runs %v-%v, not inside %s", s.ID, s.Start, s.End, s.Day)
		}
		if _, err := event.ParseKind(string(s.Kind)); err != nil {
			t.Error(err)
		}
		if s.Title == "" || s.Host == "" || s.Expected <= 0 {
			t.Errorf("session %+v incomplete", s)
		}
	}
}

// TestPlantedProblems checks that the sample shows exactly the three
// planted problems, all on 26 July, and that nothing else in the plan
// (delegation clashes, too-tight transfers) trips the rules by accident.
func TestPlantedProblems(t *testing.T) {
	p := mustProgramme(t)
	for _, d := range p.Event.Days() {
		probs := event.DetectProblems(dayPlan(p, d))
		if d != "2025-07-26" {
			for _, pr := range probs {
				t.Errorf("%s: unplanned problem %s: %s", d, pr.Kind, pr.Message)
			}
			continue
		}
		got := map[event.ProblemKind]int{}
		for _, pr := range probs {
			got[pr.Kind]++
			t.Logf("%s: %s %v %s", d, pr.Kind, pr.Sessions, pr.Message)
		}
		want := map[event.ProblemKind]int{event.ProblemVenueClash: 1, event.ProblemOverCapacity: 1}
		if len(probs) != 2 || got[event.ProblemVenueClash] != 1 || got[event.ProblemOverCapacity] != 1 {
			t.Errorf("26 July problems = %v, want %v", got, want)
		}
		for _, pr := range probs {
			switch {
			case pr.Kind == event.ProblemVenueClash && pr.Venue != "v-giecc-c":
				t.Errorf("venue clash in %s, want GIECC Hall C", pr.Venue)
			case pr.Kind == event.ProblemOverCapacity && (pr.Venue != "v-giecc-m1" || pr.Need <= pr.Have):
				t.Errorf("over capacity %+v, want Meeting Room 1", pr)
			}
		}
	}
	delayed := 0
	for _, s := range p.Sessions {
		if s.State != (event.State{}) {
			if s.Day != "2025-07-26" || s.State.DelayMin != 20 || s.State.Note == "" || s.State.MovedTo != "" || s.State.Cancelled {
				t.Errorf("session %s has state %+v", s.ID, s.State)
			}
			delayed++
		}
	}
	if delayed != 1 {
		t.Errorf("%d sessions changed, want one delayed", delayed)
	}
}

func TestFreshCopy(t *testing.T) {
	a := mustProgramme(t)
	a.People[0].Name = "changed"
	a.Event.Name = "changed"
	b := mustProgramme(t)
	if b.People[0].Name == "changed" || b.Event.Name == "changed" {
		t.Fatal("Programme shares data between calls")
	}
}

func TestSize(t *testing.T) {
	if n := len(JSON()); n >= 600<<10 {
		t.Errorf("programme.json is %d bytes, want under 600 KB", n)
	}
}

// Issue 16: every name a person reads in the sample has a Chinese form,
// written in Chinese, next to its unchanged English form: the event's
// name, every venue's name and site, every session's title and host, and
// every delegation's name. (Heads are people: their names have one form.)
func TestChineseForms(t *testing.T) {
	p := mustProgramme(t)
	han := func(s string) bool {
		n := 0
		for _, r := range s {
			if unicode.Is(unicode.Han, r) {
				n++
			}
		}
		return n > 0 && !strings.ContainsAny(s, "abcdefghijklmnopqrstuvwxyz")
	}
	check := func(what, en, zh string) {
		t.Helper()
		if en == "" || !han(zh) {
			t.Errorf("%s: English %q, Chinese %q", what, en, zh)
		}
	}
	check("event", p.Event.Name, p.Event.NameZh)
	if !strings.Contains(p.Event.NameZh, "中国—东盟教育交流周") {
		t.Errorf("event's Chinese name %q lacks the week's usual name", p.Event.NameZh)
	}
	for _, v := range p.Venues {
		check("venue "+v.ID, v.Name, v.NameZh)
		check("site of "+v.ID, v.Site, v.SiteZh)
	}
	for _, s := range p.Sessions {
		check("title of "+s.ID, s.Title, s.TitleZh)
		check("host of "+s.ID, s.Host, s.HostZh)
	}
	for _, d := range p.Delegations {
		check("delegation "+d.ID, d.Name, d.NameZh)
	}
}
