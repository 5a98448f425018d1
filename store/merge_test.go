package store

import (
	"errors"
	"math/rand"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"caecw/internal/clock"
	"caecw/internal/event"
	"caecw/internal/journal"
)

// replica is an empty file for desk that has applied entries, as a desk
// that joined late and caught up from the hub would be.
func replica(t testing.TB, desk string, entries ...journal.Entry) *Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), desk+".db")
	s, err := Create(path, testEvent(), Options{Desk: desk, Clock: clock.NewFixed(at(t, day1, 7, 0))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for _, e := range entries {
		if _, err := s.Apply(e); err != nil {
			t.Fatalf("apply %s: %v", e.ID, err)
		}
	}
	return s
}

func journalLen(t testing.TB, s *Store) int { t.Helper(); return len(allEntries(t, s)) }

func TestFailedWritesLeaveNothing(t *testing.T) {
	f := newFixture(t, "desk-a")
	must[CheckInResult](t)(f.s.CheckIn("p-th1"))
	before, n := rawDump(t, f.s), journalLen(t, f.s)
	unchanged := func(what string) {
		t.Helper()
		if got := rawDump(t, f.s); got != before {
			t.Errorf("%s changed the file:\n%s\n---\n%s", what, before, got)
		}
		if got := journalLen(t, f.s); got != n {
			t.Errorf("%s: journal %d -> %d", what, n, got)
		}
	}

	if _, err := f.s.CheckIn("p-nobody"); !errors.Is(err, ErrNotFound) {
		t.Errorf("check-in of unknown person: %v", err)
	}
	unchanged("check-in of an unknown person")

	_, err := f.s.ChangeAssignments(journal.AssignChange{Put: []event.Assignment{{Session: "s-visit", Delegation: "xx"}}})
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("assign unknown delegation: %v", err)
	}
	unchanged("assigning an unknown delegation")

	// The validation fails on the second put, after the first was checked.
	_, err = f.s.ChangeAssignments(journal.AssignChange{
		Remove: []event.Assignment{{Session: "s-open", Delegation: "th"}},
		Put:    []event.Assignment{{Session: "s-visit", Delegation: "kh"}, {Session: "s-visit", Delegation: "vn", Headcount: -1}},
	})
	if err == nil {
		t.Error("negative headcount accepted")
	}
	unchanged("a change refused half-way through its validation")

	// A failure inside apply, after the journal entry was put: a batch
	// from another desk whose second entry changes an unknown session.
	// The good entry lands, the bad one is held, and nothing of the bad
	// one's apply is left in the journal or the state.
	b := newFixture(t, "desk-b")
	good := must[CheckInResult](t)(b.s.CheckIn("p-kh1")).Entry
	bad, err := journal.New(journal.NewID(must[journal.HLC](t)(b.s.ids.Next(b.clock.Now())), b.s.origin), b.clock.Now(), day1, "desk-b", "op",
		journal.KindSessionDelay, "s-ghost", journal.SessionChange{Session: "s-ghost", After: event.State{DelayMin: 5}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := f.s.Apply(good, bad)
	if err != nil || res.Applied != 1 || len(res.Held) != 1 || res.Held[0].Code != HeldReferent {
		t.Errorf("apply of a batch with a bad entry: %+v, %v", res, err)
	}
	if _, ok := f.s.Entry(bad.ID); ok {
		t.Error("the held entry is in the journal")
	}
	if _, ok := f.s.Entry(good.ID); !ok {
		t.Error("the good entry of the batch is not in the journal")
	}

	if _, err := f.s.Delay("s-forum", 10); err != nil {
		t.Fatalf("a write after the failures: %v", err)
	}
}

func TestApplyIsIdempotent(t *testing.T) {
	f := newFixture(t, "desk-a")
	c := must[CheckInResult](t)(f.s.CheckIn("p-th1")).Entry
	f.clock.Advance(time.Minute)
	d := must[journal.Entry](t)(f.s.Delay("s-open", 15))
	f.clock.Advance(time.Minute)
	u := must[journal.Entry](t)(f.s.Undo(c.ID, ""))
	f.clock.Advance(time.Minute)
	a := must[journal.Entry](t)(f.s.ChangeAssignments(journal.AssignChange{Put: []event.Assignment{{Session: "s-forum", Delegation: "th"}}}))
	w := must[journal.Entry](t)(f.s.WalkIn(event.Person{ID: "w-9", Name: "Lê Văn Tám", Delegation: "vn"}))

	raw, state := rawDump(t, f.s), stateDump(t, f.s)
	all := allEntries(t, f.s)
	for _, batch := range [][]journal.Entry{{c}, {d}, {u}, {a}, {w}, all, {w, u, c}} {
		res, err := f.s.Apply(batch...)
		if n := res.Applied; err != nil || n != 0 || len(res.Held) > 0 {
			t.Errorf("re-apply of %d entries: %d new, %v", len(batch), n, err)
		}
	}
	if got := rawDump(t, f.s); got != raw {
		t.Errorf("re-applying changed the file:\n%s\n---\n%s", raw, got)
	}
	if got := stateDump(t, f.s); got != state {
		t.Errorf("re-applying changed the state")
	}

	// A replica fed everything twice ends as the original.
	r := replica(t, "desk-r", all...)
	if res, err := r.Apply(all...); res.Applied != 0 || err != nil {
		t.Errorf("second feed: %d new, %v", res.Applied, err)
	}
	if got := stateDump(t, r); got != state {
		t.Errorf("replica differs from the original:\n%s\n---\n%s", state, got)
	}
}

// TestApplyOrderDoesNotMatter feeds the same entries from two desks to
// fresh replicas in many orders, one transaction per entry, and expects
// the same state every time.
func TestApplyOrderDoesNotMatter(t *testing.T) {
	a := newFixture(t, "desk-a")
	imp := allEntries(t, a.s)[0]
	b := replica(t, "desk-b", imp)
	bclk := clock.NewFixed(at(t, day1, 8, 0))
	b.clock = bclk

	// Both desks check in Somchai: desk b at 08:05 is earlier than desk a
	// at 08:10, though desk a's store does not know it yet.
	a.clock.Set(at(t, day1, 8, 10))
	ca := must[CheckInResult](t)(a.s.CheckIn("p-th1")).Entry
	bclk.Set(at(t, day1, 8, 5))
	cb := must[CheckInResult](t)(b.CheckIn("p-th1")).Entry
	// Desk a checks in Sok Chantha, then undoes it.
	a.clock.Set(at(t, day1, 8, 12))
	ck := must[CheckInResult](t)(a.s.CheckIn("p-kh1")).Entry
	a.clock.Set(at(t, day1, 8, 13))
	uk := must[journal.Entry](t)(a.s.Undo(ck.ID, "wrong person"))
	// Session edits: a delays by 10 (08:20), b by 30 (08:25), a undoes
	// its delay (08:30): the undo has the greatest id, so the session is
	// as a found it before its delay.
	a.clock.Set(at(t, day1, 8, 20))
	da := must[journal.Entry](t)(a.s.Delay("s-open", 10))
	bclk.Set(at(t, day1, 8, 25))
	db := must[journal.Entry](t)(b.Delay("s-open", 30))
	a.clock.Set(at(t, day1, 8, 30))
	ua := must[journal.Entry](t)(a.s.Undo(da.ID, ""))
	// Forum: a notes, b cancels later; the cancel (greater id) wins and
	// the note it did not know about is lost, as last writer wins says.
	a.clock.Set(at(t, day1, 8, 40))
	na := must[journal.Entry](t)(a.s.Note("s-forum", "moved to 3F"))
	bclk.Set(at(t, day1, 8, 41))
	xb := must[journal.Entry](t)(b.Cancel("s-forum"))
	// Assignments: a moves vn from forum to visit, b gives kh to visit.
	a.clock.Set(at(t, day1, 8, 50))
	ma := must[journal.Entry](t)(a.s.ChangeAssignments(journal.AssignChange{
		Remove: []event.Assignment{{Session: "s-forum", Delegation: "vn"}},
		Put:    []event.Assignment{{Session: "s-visit", Delegation: "vn"}}}))
	bclk.Set(at(t, day1, 8, 51))
	mb := must[journal.Entry](t)(b.ChangeAssignments(journal.AssignChange{Put: []event.Assignment{{Session: "s-visit", Delegation: "kh", Headcount: 1}}}))

	entries := []journal.Entry{ca, cb, ck, uk, da, db, ua, na, xb, ma, mb}
	want := stateDump(t, replica(t, "desk-r", append([]journal.Entry{imp}, entries...)...))

	// The outcome the rules promise, read from the in-order replica.
	r := replica(t, "desk-x", append([]journal.Entry{imp}, entries...)...)
	if c, ok := r.Arrival(day1, "p-th1"); !ok || c.Entry != string(cb.ID) || c.Desk != "desk-b" {
		t.Errorf("Somchai's arrival: %+v, want desk b's earlier one", c)
	}
	if _, ok := r.Arrival(day1, "p-kh1"); ok {
		t.Error("undone arrival stands")
	}
	if n := count(t, r, day1, "th"); n != 1 {
		t.Errorf("th count %d", n)
	}
	if n := count(t, r, day1, "kh"); n != 0 {
		t.Errorf("kh count %d", n)
	}
	if st := sessionState(t, r, "s-open"); st.DelayMin != 0 {
		t.Errorf("s-open after the undo with the greatest id: %+v", st)
	}
	if st := sessionState(t, r, "s-forum"); !st.Cancelled || st.Note != "" {
		t.Errorf("s-forum: %+v, want cancelled (the greatest id) without the note", st)
	}
	if got := assignments(t, r); got["s-visit/vn"] != 0 || got["s-visit/kh"] != 1 {
		t.Errorf("assignments %v", got)
	} else if _, ok := got["s-forum/vn"]; ok {
		t.Errorf("assignments %v", got)
	}

	// Desk a itself, after hearing desk b, agrees too.
	if _, err := a.s.Apply(cb, db, xb, mb); err != nil {
		t.Fatal(err)
	}
	if got := stateDump(t, a.s); got != want {
		t.Errorf("desk a after merging differs:\n%s\n---\n%s", want, got)
	}

	rng := rand.New(rand.NewSource(7))
	orders := [][]journal.Entry{reversed(entries), {uk, ck, ua, da, db, ca, cb, xb, na, mb, ma}}
	for range 20 {
		o := append([]journal.Entry(nil), entries...)
		rng.Shuffle(len(o), func(i, j int) { o[i], o[j] = o[j], o[i] })
		orders = append(orders, o)
	}
	for i, o := range orders {
		r := replica(t, "desk-r", append([]journal.Entry{imp}, o...)...)
		if got := stateDump(t, r); got != want {
			var ids []journal.ID
			for _, e := range o {
				ids = append(ids, e.ID)
			}
			t.Fatalf("order %d %v gives another state:\n%s\n---\n%s", i, ids, want, got)
		}
		if problems, err := r.Check(); err != nil || len(problems) > 0 {
			t.Errorf("order %d: check: %v %v", i, problems, err)
		}
	}
}

func TestTwoUndosOfOneEntry(t *testing.T) {
	a := newFixture(t, "desk-a")
	imp := allEntries(t, a.s)[0]
	d := must[journal.Entry](t)(a.s.Delay("s-open", 10))
	b := replica(t, "desk-b", imp, d)
	a.clock.Advance(time.Minute)
	ua := must[journal.Entry](t)(a.s.Undo(d.ID, ""))
	b.clock = clock.NewFixed(at(t, day1, 8, 2))
	ub := must[journal.Entry](t)(b.Undo(d.ID, ""))
	x := replica(t, "desk-x", imp, d, ua, ub)
	y := replica(t, "desk-y", imp, ub, d, ua)
	if sx, sy := stateDump(t, x), stateDump(t, y); sx != sy {
		t.Errorf("two undos of one entry depend on order:\n%s\n---\n%s", sx, sy)
	}
}

func reversed(es []journal.Entry) []journal.Entry {
	out := make([]journal.Entry, len(es))
	for i, e := range es {
		out[len(es)-1-i] = e
	}
	return out
}

func TestClockJumpsBack(t *testing.T) {
	f := newFixture(t, "desk-a")
	f.clock.Set(at(t, day1, 9, 0))
	var ids []journal.ID
	ids = append(ids, must[CheckInResult](t)(f.s.CheckIn("p-th1")).Entry.ID)
	f.clock.Set(at(t, day1, 8, 30)) // NTP pulled the clock back half an hour
	ids = append(ids, must[CheckInResult](t)(f.s.CheckIn("p-th2")).Entry.ID)
	ids = append(ids, must[journal.Entry](t)(f.s.Delay("s-open", 5)).ID)
	f.clock.Set(at(t, day1, 8, 29))
	ids = append(ids, must[journal.Entry](t)(f.s.Delay("s-open", 5)).ID)
	// Same instant twice.
	ids = append(ids, must[CheckInResult](t)(f.s.CheckIn("p-kh1")).Entry.ID)

	// After a restart, with the clock still behind, ids go on increasing.
	if err := f.s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(f.path, Options{Desk: "desk-a", Clock: clock.NewFixed(at(t, day1, 7, 0))})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ids = append(ids, must[CheckInResult](t)(s.CheckIn("p-kh2")).Entry.ID)

	seen := map[journal.ID]bool{}
	for i, id := range ids {
		if seen[id] {
			t.Errorf("id %s used twice", id)
		}
		seen[id] = true
		if i > 0 && id <= ids[i-1] {
			t.Errorf("id %d %s not after %s", i, id, ids[i-1])
		}
	}
	all := allEntries(t, s)
	if all[len(all)-1].ID != ids[len(ids)-1] {
		t.Errorf("journal does not end with the newest entry")
	}
	last, err := s.LastUndoable(journal.KindCheckIn)
	if err != nil || last.ID != ids[len(ids)-1] {
		t.Errorf("LastUndoable %v %v", last.ID, err)
	}
	// Entries of another desk from the future push this desk's clock on.
	future := journal.NewID(journal.MakeHLC(at(t, day1, 12, 0), 0), "desk-z")
	e, _ := journal.New(future, at(t, day1, 12, 0), day1, "desk-z", "op", journal.KindDayClose, string(day1), journal.DayClose{Day: day1})
	if _, err := s.Apply(e); err != nil {
		t.Fatal(err)
	}
	next := must[journal.Entry](t)(s.Note("s-open", "x")).ID
	if next <= future {
		t.Errorf("id %s after observing %s", next, future)
	}
}

// A check-in from another desk of a walk-in this desk has undone (or not
// seen yet) is kept in the log and counts only while the person exists,
// whatever order the entries arrive in.
func TestCheckInOfUndoneWalkInConverges(t *testing.T) {
	a := newFixture(t, "desk-a")
	walk, err := a.s.WalkIn(event.Person{ID: "w-1", Badge: "W1", Name: "Lê Văn Tám", Delegation: "vn", Role: event.RoleGuest})
	if err != nil {
		t.Fatal(err)
	}
	b := newFixture(t, "desk-b")
	if _, err := b.s.Apply(walk); err != nil {
		t.Fatal(err)
	}
	checkin := must[CheckInResult](t)(b.s.CheckIn("w-1")).Entry
	undo, err := a.s.Undo(walk.ID, "registered twice")
	if err != nil {
		t.Fatal(err)
	}
	orders := [][]journal.Entry{{walk, checkin, undo}, {walk, undo, checkin}, {checkin, walk, undo}, {undo, checkin, walk}}
	var want string
	for i, order := range orders {
		c := newFixture(t, "desk-c")
		for _, e := range order {
			if _, err := c.s.Apply(e); err != nil {
				t.Fatalf("order %d: apply %s: %v", i, e.Kind, err)
			}
		}
		if n := count(t, c.s, day1, "vn"); n != 0 {
			t.Errorf("order %d: the undone walk-in still counts: %d", i, n)
		}
		if problems, err := c.s.Check(); err != nil || len(problems) > 0 {
			t.Errorf("order %d: check: %v %v", i, problems, err)
		}
		// Each desk-c is a file of its own, whose import entry carries
		// that file's tag.
		got := strings.ReplaceAll(stateDump(t, c.s), c.s.origin, "desk-c")
		if i == 0 {
			want = got
		} else if got != want {
			t.Errorf("order %d gives another state:\n%s\nwant:\n%s", i, got, want)
		}
	}
}
