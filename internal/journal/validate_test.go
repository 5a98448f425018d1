package journal

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	"caecw/internal/event"
)

func shanghai(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// valid builds a valid entry of kind with payload, made at 09:30 on
// 2025-07-24 in Guiyang by desk-a.
func valid(t *testing.T, kind Kind, subject string, payload any) Entry {
	t.Helper()
	at := time.Date(2025, 7, 24, 9, 30, 0, 0, shanghai(t))
	e, err := New(NewID(MakeHLC(at, 0), Origin("desk-a", "0123456789abcdef")), at, "2025-07-24", "desk-a", "op", kind, subject, payload)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func session(t *testing.T) event.Session {
	loc := shanghai(t)
	return event.Session{ID: "s-1", Day: "2025-07-24", Start: time.Date(2025, 7, 24, 9, 0, 0, 0, loc), End: time.Date(2025, 7, 24, 10, 0, 0, 0, loc),
		Title: "Opening", Kind: event.KindCeremony, Venue: "hall", Expected: 100}
}

func person() event.Person {
	return event.Person{ID: "p-1", Badge: "B1", Name: "Nguyễn Thị Hương", Delegation: "vn", Role: event.RoleHead}
}

func validEntries(t *testing.T) map[string]Entry {
	ev := event.Event{Name: "CAECW", City: "Guiyang", TimeZone: "Asia/Shanghai", FirstDay: "2025-07-24", LastDay: "2025-07-27"}
	return map[string]Entry{
		"checkin": valid(t, KindCheckIn, "p-1", CheckIn{Person: "p-1", Day: "2025-07-24"}),
		"undo":    valid(t, KindUndo, "p-1", Undo{Target: "0198000000000000-desk-b", Reason: "twice"}),
		"delay":   valid(t, KindSessionDelay, "s-1", SessionChange{Session: "s-1", After: event.State{DelayMin: 15}}),
		"start": valid(t, KindSessionStart, "s-1", SessionChange{Session: "s-1",
			After: event.State{Started: time.Date(2025, 7, 24, 9, 2, 0, 0, time.UTC)}}),
		"assign": valid(t, KindAssign, "s-1", AssignChange{Put: []event.Assignment{{Session: "s-1", Delegation: "vn", Headcount: 3}}}),
		"outage": valid(t, KindOutage, "hall", OutageChange{Outage: event.Outage{ID: "o1", Venue: "hall",
			From: time.Date(2025, 7, 24, 9, 0, 0, 0, time.UTC), To: time.Date(2025, 7, 24, 10, 0, 0, 0, time.UTC)}}),
		"walkin": valid(t, KindWalkIn, "p-1", WalkIn{Person: person()}),
		"import": valid(t, KindImport, "f.json", Import{Files: []string{"f.json"}, Programme: event.Programme{Event: &ev,
			Venues:      []event.Venue{{ID: "hall", Name: "Hall", Site: "expo", Capacity: 300}},
			Sessions:    []event.Session{session(t)},
			Delegations: []event.Delegation{{ID: "vn", Name: "Viet Nam", Expected: 5}},
			People:      []event.Person{person()},
			Assignments: []event.Assignment{{Session: "s-1", Delegation: "vn"}},
			Travel:      []event.Travel{{FromSite: "expo", ToSite: "hotel", Minutes: 20}}}}),
		"close": valid(t, KindDayClose, "2025-07-24", DayClose{Day: "2025-07-24", Dir: "/tmp/x"}),
	}
}

func TestValidateAcceptsEveryKind(t *testing.T) {
	loc := shanghai(t)
	for name, e := range validEntries(t) {
		if err := Validate(e, loc); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	// An id written before files had a tag is still valid.
	e := validEntries(t)["checkin"]
	e.ID = NewID(e.ID.HLC(), "desk-a")
	if err := Validate(e, loc); err != nil {
		t.Errorf("an id without a file tag: %v", err)
	}
}

// Every fault issue 12 names, and the like: each is an *InvalidError
// whose reason says what is wrong.
func TestValidateRefuses(t *testing.T) {
	loc := shanghai(t)
	payload := func(e Entry, v any) Entry {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		e.Payload = b
		return e
	}
	ok := validEntries(t)
	imp := func(edit func(*Import)) Entry {
		var i Import
		if err := ok["import"].Decode(&i); err != nil {
			t.Fatal(err)
		}
		edit(&i)
		return payload(ok["import"], i)
	}
	ci := ok["checkin"]
	cases := []struct {
		name, want string
		e          Entry
	}{
		{"id that does not parse", "not an entry id", func() Entry { e := ci; e.ID = "not-an-id"; return e }()},
		{"check-in forged under another desk's id", "made by desk", func() Entry { e := ci; e.Desk = "desk-b"; return e }()},
		{"desk name with a space", "not a desk name", func() Entry { e := ci; e.ID = NewID(e.ID.HLC(), "desk a"); e.Desk = "desk a"; return e }()},
		{"at in 1970", "outside 2000-2099", func() Entry {
			e := ci
			e.At, e.Day = time.Unix(0, 0), "1970-01-01"
			return e
		}()},
		{"at after the id clock", "after its id clock", func() Entry { e := ci; e.At = e.At.Add(time.Hour); e.Day = "2025-07-24"; return e }()},
		{"at not on day", "not the day of its time", func() Entry { e := ci; e.Day = "2025-07-25"; return e }()},
		{"unknown kind", "unknown kind", func() Entry { e := ci; e.Kind = "launch"; return e }()},
		{"no payload", "needs a payload", func() Entry { e := ci; e.Payload = nil; return e }()},
		{"payload of another shape", "payload is not", func() Entry { e := ci; e.Payload = json.RawMessage(`[1,2]`); return e }()},
		{"check-in of another day", "check-in day", payload(ci, CheckIn{Person: "p-1", Day: "2025-07-25"})},
		{"undo of a non-id", "not an entry id", payload(ok["undo"], Undo{Target: "x"})},
		{"delay of 2^63-1 minutes", "delay", payload(ok["delay"], SessionChange{Session: "s-1", After: event.State{DelayMin: math.MaxInt64}})},
		{"move ending before it starts", "new end is not after", payload(ok["delay"], SessionChange{Session: "s-1", After: event.State{
			NewStart: time.Date(2025, 7, 24, 10, 0, 0, 0, loc), NewEnd: time.Date(2025, 7, 24, 9, 0, 0, 0, loc)}})},
		{"note of 1 MB", "note is", payload(ok["delay"], SessionChange{Session: "s-1", After: event.State{Note: strings.Repeat("x", 1<<20)}})},
		{"negative headcount", "headcount", payload(ok["assign"], AssignChange{Put: []event.Assignment{{Session: "s-1", Delegation: "vn", Headcount: -1}}})},
		{"outage that ends before it starts", "does not end after", payload(ok["outage"], OutageChange{Outage: event.Outage{ID: "o", Venue: "hall",
			From: time.Date(2025, 7, 24, 10, 0, 0, 0, loc), To: time.Date(2025, 7, 24, 9, 0, 0, 0, loc)}})},
		{"walk-in of unknown role", "unknown role", payload(ok["walkin"], WalkIn{Person: func() event.Person { p := person(); p.Role = "king"; return p }()})},
		{"walk-in without badge", "badge is empty", payload(ok["walkin"], WalkIn{Person: func() event.Person { p := person(); p.Badge = ""; return p }()})},
		{"walk-in with a 768 KB name", "name is", payload(ok["walkin"], WalkIn{Person: func() event.Person { p := person(); p.Name = strings.Repeat("名", 1<<18); return p }()})},
		{"capacity of -5", "capacity", imp(func(i *Import) { i.Venues[0].Capacity = -5 })},
		{"capacity of 2^63-1", "capacity", imp(func(i *Import) { i.Venues[0].Capacity = math.MaxInt64 })},
		{"expected of 2^63-1", "expected size", imp(func(i *Import) { i.Delegations[0].Expected = math.MaxInt64 - 1000 })},
		{"session ending before it starts", "does not end after", imp(func(i *Import) { i.Sessions[0].End = i.Sessions[0].Start.Add(-time.Hour) })},
		{"session of unknown kind", "unknown kind", imp(func(i *Import) { i.Sessions[0].Kind = "party" })},
		{"travel of 2^63-1 minutes", "travel minutes", imp(func(i *Import) { i.Travel[0].Minutes = math.MaxInt64 })},
		{"person of unknown role", "unknown role", imp(func(i *Import) { i.People[0].Role = "" })},
		{"event last day before first", "last day", imp(func(i *Import) { i.Event.LastDay = "2025-07-01" })},
		// The Chinese forms of names are bounded like their English forms.
		{"Chinese event name of 300 bytes", "Chinese event name", imp(func(i *Import) { i.Event.NameZh = strings.Repeat("周", 100) })},
		{"Chinese title of 300 bytes", "Chinese title", imp(func(i *Import) { i.Sessions[0].TitleZh = strings.Repeat("会", 100) })},
		{"Chinese host of 300 bytes", "Chinese host", imp(func(i *Import) { i.Sessions[0].HostZh = strings.Repeat("部", 100) })},
		{"Chinese site of 300 bytes", "Chinese site", imp(func(i *Import) { i.Venues[0].SiteZh = strings.Repeat("馆", 100) })},
		{"Chinese head of 300 bytes", "Chinese head", imp(func(i *Import) { i.Delegations[0].HeadZh = strings.Repeat("阮", 100) })},
		{"close of a non-day", "not a day", payload(ok["close"], DayClose{Day: "24/07/2025"})},
		{"operator of 10 KB", "operator", func() Entry { e := ci; e.Operator = strings.Repeat("o", 10<<10); return e }()},
	}
	for _, c := range cases {
		err := Validate(c.e, loc)
		if err == nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		if !IsInvalid(err) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v (%T), want an InvalidError about %q", c.name, err, err, c.want)
		}
	}
}

func TestCheckClock(t *testing.T) {
	now := time.Date(2025, 7, 24, 1, 0, 0, 0, time.UTC)
	mk := func(h HLC) Entry { return Entry{ID: NewID(h, "desk-b"), Desk: "desk-b"} }
	if err := CheckClock(mk(MakeHLC(now.Add(MaxClockSkew), 0)), now); err != nil {
		t.Errorf("an entry just within the skew: %v", err)
	}
	for _, h := range []HLC{MakeHLC(now.Add(MaxClockSkew+time.Millisecond), 0), ^HLC(0)} {
		if err := CheckClock(mk(h), now); !IsInvalid(err) || !strings.Contains(err.Error(), "ahead") {
			t.Errorf("clock %x: %v", h, err)
		}
	}
	if err := CheckClock(Entry{ID: "junk"}, now); !IsInvalid(err) {
		t.Errorf("junk id: %v", err)
	}
}
