package store

import (
	"errors"
	"os"
	"reflect"
	"testing"
	"time"

	"caecw/internal/event"
	"caecw/internal/journal"
)

func TestCreateRefusesExistingFile(t *testing.T) {
	f := newFixture(t, "desk-a")
	if _, err := Create(f.path, testEvent(), Options{Desk: "desk-a"}); !errors.Is(err, ErrExists) {
		t.Fatalf("Create over an existing file: got %v, want ErrExists", err)
	}
}

func TestOpenMissingFile(t *testing.T) {
	path := t.TempDir() + "/none.db"
	_, err := Open(path, Options{Desk: "d"})
	var fe *FileError
	if !errors.As(err, &fe) || fe.Path != path || !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("Open of a missing file: got %v", err)
	}
	if Exists(path) {
		t.Fatal("Open created a file")
	}
}

func TestImportRoundTripAcrossReopen(t *testing.T) {
	f := newFixture(t, "desk-a")
	want := testProgramme(t)
	check := func(s *Store) {
		t.Helper()
		got, err := s.Programme()
		if err != nil {
			t.Fatal(err)
		}
		if *got.Event != *want.Event {
			t.Errorf("event: got %+v, want %+v", *got.Event, *want.Event)
		}
		// Programme returns records in key order, sessions by start.
		byID := func(ps []event.Person) map[string]event.Person {
			m := map[string]event.Person{}
			for _, p := range ps {
				m[p.ID] = p
			}
			return m
		}
		if !reflect.DeepEqual(byID(got.People), byID(want.People)) {
			t.Errorf("people: got %+v", got.People)
		}
		if len(got.Venues) != 2 || len(got.Delegations) != 3 || len(got.Assignments) != 4 || len(got.Travel) != 2 {
			t.Errorf("counts: venues %d delegations %d assignments %d travel %d",
				len(got.Venues), len(got.Delegations), len(got.Assignments), len(got.Travel))
		}
		if len(got.Sessions) != 3 {
			t.Fatalf("sessions: %d", len(got.Sessions))
		}
		for i, id := range []string{"s-open", "s-forum", "s-visit"} {
			gs, ws := got.Sessions[i], want.Sessions[i]
			if gs.ID != id || !gs.Start.Equal(ws.Start) || !gs.End.Equal(ws.End) || gs.Venue != ws.Venue || gs.Day != ws.Day {
				t.Errorf("session %d: got %+v, want %+v", i, gs, ws)
			}
		}
		p, err := s.PersonByBadge(" kh001 ")
		if err != nil || p.Name != "សុខ ចាន់ថា" {
			t.Errorf("badge lookup: %+v %v", p, err)
		}
	}
	check(f.s)
	before := stateDump(t, f.s)
	if err := f.s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(f.path, Options{Desk: "desk-a", Clock: f.clock})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	check(s)
	if after := stateDump(t, s); after != before {
		t.Errorf("state changed across close and reopen:\n%s\n---\n%s", before, after)
	}
	if s.Location().String() != "Asia/Shanghai" {
		t.Errorf("location %v", s.Location())
	}
}

func TestDayView(t *testing.T) {
	f := newFixture(t, "desk-a")
	if _, err := f.s.CheckIn("p-th1"); err != nil {
		t.Fatal(err)
	}
	o := event.Outage{Venue: "room-2", From: at(t, day1, 13, 0), To: at(t, day1, 15, 0), Reason: "power"}
	if _, err := f.s.SetOutage(o, false); err != nil {
		t.Fatal(err)
	}
	v, err := f.s.Day(day1)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range v.Sessions {
		ids = append(ids, s.ID)
	}
	if !reflect.DeepEqual(ids, []string{"s-open", "s-forum"}) {
		t.Errorf("sessions of day 1: %v", ids)
	}
	if len(v.Assignments) != 3 {
		t.Errorf("assignments of day 1: %+v", v.Assignments)
	}
	if len(v.Venues) != 2 || len(v.Delegations) != 3 || len(v.Travel) != 2 {
		t.Errorf("venues %d delegations %d travel %d", len(v.Venues), len(v.Delegations), len(v.Travel))
	}
	if len(v.Outages) != 1 || v.Outages[0].Venue != "room-2" {
		t.Errorf("outages: %+v", v.Outages)
	}
	if len(v.Arrivals) != 1 || v.Arrivals[0].Person != "p-th1" || !reflect.DeepEqual(v.Counts, map[string]int{"th": 1}) {
		t.Errorf("arrivals %+v counts %v", v.Arrivals, v.Counts)
	}
	// import, check-in, outage: the import was made at 08:00 on day 1 too.
	if v.Entries != 3 || v.Outbox != 3 {
		t.Errorf("entries %d outbox %d, want 3 and 3", v.Entries, v.Outbox)
	}
	v2, err := f.s.Day(day2)
	if err != nil {
		t.Fatal(err)
	}
	if len(v2.Sessions) != 1 || v2.Sessions[0].ID != "s-visit" || len(v2.Arrivals) != 0 || len(v2.Outages) != 0 || v2.Entries != 0 {
		t.Errorf("day 2: %+v", v2)
	}
	// A session delayed past midnight belongs to both its planned day
	// and the day it now starts on.
	if _, err := f.s.Delay("s-forum", 11*60); err != nil {
		t.Fatal(err)
	}
	v2, _ = f.s.Day(day2)
	if len(v2.Sessions) != 2 {
		t.Errorf("day 2 after delaying s-forum past midnight: %d sessions", len(v2.Sessions))
	}
}

func TestCheckInBadge(t *testing.T) {
	f := newFixture(t, "desk-a")
	f.clock.Set(at(t, day1, 8, 31))
	r, err := f.s.CheckInBadge("th001")
	if err != nil {
		t.Fatal(err)
	}
	if r.Already || r.Person.ID != "p-th1" || r.Delegation.ID != "th" || r.Arrived != 1 || r.Expected != 3 {
		t.Errorf("first check-in: %+v", r)
	}
	if r.Entry.ID == "" || r.Entry.Kind != journal.KindCheckIn || r.Entry.Day != day1 {
		t.Errorf("entry: %+v", r.Entry)
	}
	if r.Arrival.Entry != string(r.Entry.ID) || !r.Arrival.At.Equal(at(t, day1, 8, 31)) || r.Arrival.Desk != "desk-a" {
		t.Errorf("arrival: %+v", r.Arrival)
	}
	first := r.Arrival

	// The same person again later:
	// nothing is written, the first arrival is reported.
	f.clock.Set(at(t, day1, 9, 5))
	n := len(allEntries(t, f.s))
	r2, err := f.s.CheckIn("p-th1")
	if err != nil {
		t.Fatal(err)
	}
	if !r2.Already || r2.Entry.ID != "" || !reflect.DeepEqual(r2.Arrival, first) || r2.Arrived != 1 {
		t.Errorf("second check-in: %+v, want Already with %+v", r2, first)
	}
	if got := len(allEntries(t, f.s)); got != n {
		t.Errorf("second check-in wrote an entry: %d -> %d", n, got)
	}

	r3 := must[CheckInResult](t)(f.s.CheckInBadge("TH002"))
	if r3.Arrived != 2 || r3.Expected != 3 {
		t.Errorf("counts after second person: %d of %d", r3.Arrived, r3.Expected)
	}

	if _, err := f.s.CheckInBadge("XX999"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown badge: %v, want ErrNotFound", err)
	}
	if _, err := f.s.CheckIn("nobody"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown person: %v, want ErrNotFound", err)
	}

	// The next day is a new day.
	f.clock.Set(at(t, day2, 8, 0))
	r4 := must[CheckInResult](t)(f.s.CheckIn("p-th1"))
	if r4.Already || r4.Arrived != 1 || r4.Arrival.Day != day2 {
		t.Errorf("next day: %+v", r4)
	}
	if c, ok := f.s.Arrival(day1, "p-th1"); !ok || c.Entry != first.Entry {
		t.Errorf("day 1 arrival after day 2 check-in: %+v %v", c, ok)
	}
}

func TestCheckInWalkInBeyondExpected(t *testing.T) {
	f := newFixture(t, "desk-a")
	for _, id := range []string{"p-kh1", "p-kh2"} {
		must[CheckInResult](t)(f.s.CheckIn(id))
	}
	w := must[journal.Entry](t)(f.s.WalkIn(event.Person{Name: "ស្រី ពៅ", Delegation: "kh"}))
	var wi journal.WalkIn
	if err := w.Decode(&wi); err != nil {
		t.Fatal(err)
	}
	r := must[CheckInResult](t)(f.s.CheckInBadge(wi.Person.Badge))
	if r.Arrived != 3 || r.Expected != 3 {
		t.Errorf("walk-in beyond expected: %d of %d, want 3 of 3", r.Arrived, r.Expected)
	}
}

func TestUndoCheckIn(t *testing.T) {
	f := newFixture(t, "desk-a")
	r := must[CheckInResult](t)(f.s.CheckIn("p-vn1"))
	if count(t, f.s, day1, "vn") != 1 {
		t.Fatal("count after check-in")
	}
	last, err := f.s.LastUndoable(journal.KindCheckIn)
	if err != nil || last.ID != r.Entry.ID {
		t.Fatalf("LastUndoable: %v %v, want %s", last.ID, err, r.Entry.ID)
	}
	u, err := f.s.Undo(r.Entry.ID, "wrong badge")
	if err != nil {
		t.Fatal(err)
	}
	if u.Subject != "p-vn1" {
		t.Errorf("undo subject %q, want the target's subject", u.Subject)
	}
	if count(t, f.s, day1, "vn") != 0 {
		t.Error("count after undo")
	}
	if _, ok := f.s.Arrival(day1, "p-vn1"); ok {
		t.Error("arrival still there after undo")
	}
	if _, err := f.s.LastUndoable(journal.KindCheckIn); !errors.Is(err, ErrNotFound) {
		t.Errorf("LastUndoable after undo: %v, want ErrNotFound", err)
	}
	if _, err := f.s.Undo(u.ID, ""); !errors.Is(err, ErrNotUndoable) {
		t.Errorf("undo of an undo: %v", err)
	}
	if _, err := f.s.Undo(r.Entry.ID, ""); !errors.Is(err, ErrNotUndoable) {
		t.Errorf("second undo of the same entry: %v", err)
	}
	if _, err := f.s.Undo(journal.NewID(12345, "desk-a"), ""); !errors.Is(err, ErrNotFound) {
		t.Errorf("undo of an unknown entry: %v", err)
	}
	imp := allEntries(t, f.s)[0]
	if _, err := f.s.Undo(imp.ID, ""); !errors.Is(err, ErrNotUndoable) || imp.Kind != journal.KindImport {
		t.Errorf("undo of an import: %v", err)
	}

	f.clock.Advance(time.Minute)
	r2 := must[CheckInResult](t)(f.s.CheckIn("p-vn1"))
	if r2.Already || r2.Arrived != 1 || r2.Arrival.Entry != string(r2.Entry.ID) {
		t.Errorf("check-in after undo: %+v", r2)
	}
	var undoneBy journal.ID
	f.s.Entries(day1, func(e journal.Entry, by journal.ID) error {
		if e.ID == r.Entry.ID {
			undoneBy = by
		}
		return nil
	})
	if undoneBy != u.ID {
		t.Errorf("Entries: undone by %q, want %q", undoneBy, u.ID)
	}
	if problems, err := f.s.Check(); err != nil || len(problems) != 0 {
		t.Errorf("Check: %v %v", problems, err)
	}
}

func sessionState(t testing.TB, s *Store, id string) event.State {
	t.Helper()
	p, err := s.Programme()
	if err != nil {
		t.Fatal(err)
	}
	for _, ss := range p.Sessions {
		if ss.ID == id {
			st := ss.State
			st.Rev = ""
			// Times come back from JSON with a fixed zone; compare instants.
			st.NewStart, st.NewEnd, st.Started = utc(st.NewStart), utc(st.NewEnd), utc(st.Started)
			return st
		}
	}
	t.Fatalf("no session %s", id)
	return event.State{}
}

func TestUndoSessionChanges(t *testing.T) {
	f := newFixture(t, "desk-a")
	newStart := at(t, day1, 15, 0).UTC()
	// The clock advances a minute before each step: the fifth, the start
	// mark, happens at 08:05.
	started := at(t, day1, 8, 5).UTC()
	steps := []struct {
		name string
		do   func() (journal.Entry, error)
		want event.State
	}{
		{"delay", func() (journal.Entry, error) { return f.s.Delay("s-forum", 20) }, event.State{DelayMin: 20}},
		{"move", func() (journal.Entry, error) { return f.s.Move("s-forum", "hall-a", newStart, newStart.Add(time.Hour)) },
			event.State{MovedTo: "hall-a", NewStart: newStart, NewEnd: newStart.Add(time.Hour)}},
		{"note", func() (journal.Entry, error) { return f.s.Note("s-forum", "  bring flags ") },
			event.State{MovedTo: "hall-a", NewStart: newStart, NewEnd: newStart.Add(time.Hour), Note: "bring flags"}},
		{"cancel", f.cancel("s-forum"),
			event.State{MovedTo: "hall-a", NewStart: newStart, NewEnd: newStart.Add(time.Hour), Note: "bring flags", Cancelled: true}},
		{"start", func() (journal.Entry, error) { return f.s.MarkStarted("s-forum") },
			event.State{MovedTo: "hall-a", NewStart: newStart, NewEnd: newStart.Add(time.Hour), Note: "bring flags", Cancelled: true, Started: started}},
		// Back to the plan, but what happened stays: the note and the start.
		{"restore", func() (journal.Entry, error) { return f.s.Restore("s-forum") }, event.State{Note: "bring flags", Started: started}},
	}
	var states []event.State
	var entries []journal.Entry
	for _, st := range steps {
		states = append(states, sessionState(t, f.s, "s-forum"))
		f.clock.Advance(time.Minute)
		e, err := st.do()
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		entries = append(entries, e)
		if got := sessionState(t, f.s, "s-forum"); !reflect.DeepEqual(got, st.want) {
			t.Errorf("%s: state %+v, want %+v", st.name, got, st.want)
		}
	}
	// Undo newest first: each undo brings back the state before it.
	for i := len(steps) - 1; i >= 0; i-- {
		f.clock.Advance(time.Minute)
		if _, err := f.s.Undo(entries[i].ID, ""); err != nil {
			t.Fatalf("undo %s: %v", steps[i].name, err)
		}
		if got := sessionState(t, f.s, "s-forum"); !reflect.DeepEqual(got, states[i]) {
			t.Errorf("after undo of %s: %+v, want %+v", steps[i].name, got, states[i])
		}
	}
	if _, err := f.s.Move("s-forum", "no-such-venue", time.Time{}, time.Time{}); !errors.Is(err, ErrNotFound) {
		t.Errorf("move to unknown venue: %v", err)
	}
	if _, err := f.s.MarkStarted("s-open"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.s.MarkStarted("s-open"); err == nil {
		t.Error("a second start mark was accepted")
	}
	if _, err := f.s.Delay("no-such-session", 5); !errors.Is(err, ErrNotFound) {
		t.Errorf("delay of unknown session: %v", err)
	}
}

func utc(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.UTC()
}

func (f *fixture) cancel(id string) func() (journal.Entry, error) {
	return func() (journal.Entry, error) { return f.s.Cancel(id) }
}

func assignments(t testing.TB, s *Store) map[string]int {
	t.Helper()
	p, err := s.Programme()
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]int{}
	for _, a := range p.Assignments {
		m[a.Session+"/"+a.Delegation] = a.Headcount
	}
	return m
}

func TestUndoAssignmentChanges(t *testing.T) {
	f := newFixture(t, "desk-a")
	orig := assignments(t, f.s)
	put := must[journal.Entry](t)(f.s.ChangeAssignments(journal.AssignChange{Put: []event.Assignment{{Session: "s-forum", Delegation: "kh", Headcount: 2}}}))
	afterPut := assignments(t, f.s)
	if afterPut["s-forum/kh"] != 2 || len(afterPut) != len(orig)+1 {
		t.Fatalf("after put: %v", afterPut)
	}
	remove := must[journal.Entry](t)(f.s.ChangeAssignments(journal.AssignChange{Remove: []event.Assignment{{Session: "s-open", Delegation: "th"}}}))
	afterRemove := assignments(t, f.s)
	if _, ok := afterRemove["s-open/th"]; ok {
		t.Fatalf("after remove: %v", afterRemove)
	}
	move := must[journal.Entry](t)(f.s.ChangeAssignments(journal.AssignChange{
		Remove: []event.Assignment{{Session: "s-forum", Delegation: "vn"}},
		Put:    []event.Assignment{{Session: "s-open", Delegation: "vn"}},
	}))
	afterMove := assignments(t, f.s)
	if _, ok := afterMove["s-forum/vn"]; ok || len(afterMove) != len(afterRemove) {
		t.Fatalf("after move: %v", afterMove)
	}
	if _, ok := afterMove["s-open/vn"]; !ok {
		t.Fatalf("after move: %v", afterMove)
	}
	for _, c := range []struct {
		e    journal.Entry
		want map[string]int
	}{{move, afterRemove}, {remove, afterPut}, {put, orig}} {
		if _, err := f.s.Undo(c.e.ID, ""); err != nil {
			t.Fatal(err)
		}
		if got := assignments(t, f.s); !reflect.DeepEqual(got, c.want) {
			t.Errorf("after undo of %s: %v, want %v", c.e.ID, got, c.want)
		}
	}
	if _, err := f.s.ChangeAssignments(journal.AssignChange{Remove: []event.Assignment{{Session: "s-visit", Delegation: "vn"}}}); !errors.Is(err, ErrNotFound) {
		t.Errorf("remove of a missing assignment: %v", err)
	}
	if _, err := f.s.ChangeAssignments(journal.AssignChange{}); err == nil {
		t.Error("empty change accepted")
	}
}

func TestUndoOutageAndWalkIn(t *testing.T) {
	f := newFixture(t, "desk-a")
	o := event.Outage{Venue: "hall-a", From: at(t, day1, 10, 0), To: at(t, day1, 12, 0)}
	set := must[journal.Entry](t)(f.s.SetOutage(o, false))
	outages := func() int { v, _ := f.s.Day(day1); return len(v.Outages) }
	if outages() != 1 {
		t.Fatal("outage not set")
	}
	if _, err := f.s.Undo(set.ID, ""); err != nil || outages() != 0 {
		t.Fatalf("undo of outage: %v, %d outages", err, outages())
	}
	set2 := must[journal.Entry](t)(f.s.SetOutage(o, false))
	var oc journal.OutageChange
	set2.Decode(&oc)
	lift := must[journal.Entry](t)(f.s.SetOutage(oc.Outage, true))
	if outages() != 0 {
		t.Fatal("lift did not lift")
	}
	if _, err := f.s.Undo(lift.ID, ""); err != nil || outages() != 1 {
		t.Fatalf("undo of lift: %v, %d outages", err, outages())
	}
	if _, err := f.s.SetOutage(event.Outage{Venue: "nowhere", From: o.From, To: o.To}, false); !errors.Is(err, ErrNotFound) {
		t.Errorf("outage of unknown venue: %v", err)
	}

	w := must[journal.Entry](t)(f.s.WalkIn(event.Person{ID: "w-1", Badge: "W1", Name: "Phạm Minh", Delegation: "vn"}))
	if _, err := f.s.PersonByBadge("w1"); err != nil {
		t.Fatal(err)
	}
	c := must[CheckInResult](t)(f.s.CheckIn("w-1"))
	if _, err := f.s.Undo(w.ID, ""); !errors.Is(err, ErrNotUndoable) {
		t.Errorf("undo of a walk-in with an arrival: %v", err)
	}
	must[journal.Entry](t)(f.s.Undo(c.Entry.ID, ""))
	if _, err := f.s.Undo(w.ID, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := f.s.PersonByBadge("W1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("badge after undo of walk-in: %v", err)
	}
	if _, err := f.s.WalkIn(event.Person{Name: "X", Badge: "TH001", Delegation: "th"}); err == nil {
		t.Error("walk-in with a taken badge accepted")
	}
	if _, err := f.s.WalkIn(event.Person{Name: "X", Delegation: "zz"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("walk-in of unknown delegation: %v", err)
	}
}

func TestRecentEntriesAndEntries(t *testing.T) {
	f := newFixture(t, "desk-a")
	var ids []journal.ID
	for _, p := range []string{"p-th1", "p-th2", "p-kh1", "p-vn1"} {
		f.clock.Advance(time.Second)
		ids = append(ids, must[CheckInResult](t)(f.s.CheckIn(p)).Entry.ID)
	}
	u := must[journal.Entry](t)(f.s.Undo(ids[1], ""))
	f.clock.Set(at(t, day2, 9, 0))
	must[CheckInResult](t)(f.s.CheckIn("p-th1"))

	recent := must[[]LogEntry](t)(f.s.RecentEntries(day1, 3))
	if len(recent) != 3 || recent[0].ID != u.ID || recent[1].ID != ids[3] || recent[2].ID != ids[2] {
		t.Fatalf("recent: %+v", recent)
	}
	all := must[[]LogEntry](t)(f.s.RecentEntries(day1, 0))
	if len(all) != 6 || all[5].Kind != journal.KindImport {
		t.Errorf("all of day 1, newest first: %d entries", len(all))
	}
	for _, le := range all {
		if (le.ID == ids[1]) != (le.UndoneBy == u.ID) {
			t.Errorf("%s undone by %q", le.ID, le.UndoneBy)
		}
	}
	if r := must[[]LogEntry](t)(f.s.RecentEntries(day2, 10)); len(r) != 1 {
		t.Errorf("day 2 recent: %d", len(r))
	}
	if r := must[[]LogEntry](t)(f.s.RecentEntries("2025-07-27", 10)); len(r) != 0 {
		t.Errorf("day 4 recent: %d", len(r))
	}

	var streamed []journal.ID
	err := f.s.Entries(day1, func(e journal.Entry, by journal.ID) error {
		streamed = append(streamed, e.ID)
		if (e.ID == ids[1]) != (by == u.ID) {
			t.Errorf("%s undone by %q", e.ID, by)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(streamed); i++ {
		if streamed[i-1] >= streamed[i] {
			t.Errorf("Entries not oldest first: %v", streamed)
		}
	}
	if len(streamed) != 6 {
		t.Errorf("Entries of day 1: %d", len(streamed))
	}
	stop := errors.New("stop")
	n := 0
	if err := f.s.Entries(day1, func(journal.Entry, journal.ID) error { n++; return stop }); err != stop || n != 1 {
		t.Errorf("Entries did not stop: %v after %d", err, n)
	}
}

func TestOutboxAck(t *testing.T) {
	f := newFixture(t, "desk-a")
	c1 := must[CheckInResult](t)(f.s.CheckIn("p-th1"))
	f.clock.Advance(time.Second)
	c2 := must[CheckInResult](t)(f.s.CheckIn("p-th2"))
	var heard []journal.ID
	f.s.SetOnCommit(func(e journal.Entry) { heard = append(heard, e.ID) })
	f.clock.Advance(time.Second)
	c3 := must[CheckInResult](t)(f.s.CheckIn("p-kh1"))
	if !reflect.DeepEqual(heard, []journal.ID{c3.Entry.ID}) {
		t.Errorf("onCommit heard %v", heard)
	}
	out := must[[]journal.Entry](t)(f.s.Outbox(0))
	if len(out) != 4 || out[1].ID != c1.Entry.ID || out[3].ID != c3.Entry.ID {
		t.Fatalf("outbox: %v", out)
	}
	if o := must[[]journal.Entry](t)(f.s.Outbox(2)); len(o) != 2 || o[0].Kind != journal.KindImport {
		t.Errorf("outbox(2): %v", o)
	}
	if err := f.s.Ack(out[0].ID, c1.Entry.ID, c2.Entry.ID); err != nil {
		t.Fatal(err)
	}
	if o := must[[]journal.Entry](t)(f.s.Outbox(0)); len(o) != 1 || o[0].ID != c3.Entry.ID {
		t.Errorf("outbox after ack: %v", o)
	}
	// Entries from another desk are not queued here.
	g := newFixture(t, "desk-b")
	if _, err := g.s.Apply(out...); err != nil {
		t.Fatal(err)
	}
	if o := must[[]journal.Entry](t)(g.s.Outbox(0)); len(o) != 1 {
		t.Errorf("desk b outbox after applying desk a's entries: %d, want its own import only", len(o))
	}
}
