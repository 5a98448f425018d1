package store

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"caecw/internal/clock"
	"caecw/internal/event"
	"caecw/internal/journal"
)

// day1..day4 are the event's days.
const (
	day1 event.Day = "2025-07-24"
	day2 event.Day = "2025-07-25"
)

func shanghai(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatalf("load zone: %v", err)
	}
	return loc
}

// at is hh:mm wall-clock Guiyang time on day d.
func at(t testing.TB, d event.Day, hh, mm int) time.Time {
	t.Helper()
	return d.At(hh, mm, shanghai(t))
}

func testEvent() event.Event {
	return event.Event{Name: "China-ASEAN Education Cooperation Week", City: "Guiyang",
		TimeZone: "Asia/Shanghai", FirstDay: "2025-07-24", LastDay: "2025-07-27"}
}

// testProgramme is a small week: two venues on two sites, three sessions
// over two days, three delegations with Thai, Khmer and Vietnamese names.
func testProgramme(t testing.TB) event.Programme {
	t.Helper()
	ev := testEvent()
	sess := func(id string, d event.Day, venue string, h1, h2 int) event.Session {
		return event.Session{ID: id, Day: d, Start: at(t, d, h1, 0), End: at(t, d, h2, 0),
			Title: "Session " + id, Kind: event.KindForum, Venue: venue, Expected: 50}
	}
	return event.Programme{
		Event: &ev,
		Venues: []event.Venue{
			{ID: "hall-a", Name: "Hall A", NameZh: "A厅", Site: "expo", Capacity: 300},
			{ID: "room-2", Name: "Room 2", Site: "hotel", Capacity: 40},
		},
		Sessions: []event.Session{
			sess("s-open", day1, "hall-a", 9, 11),
			sess("s-forum", day1, "room-2", 14, 16),
			sess("s-visit", day2, "hall-a", 10, 12),
		},
		Delegations: []event.Delegation{
			{ID: "th", Name: "Thailand", NameZh: "泰国", Country: "TH", Expected: 3},
			{ID: "kh", Name: "Cambodia", NameZh: "柬埔寨", Country: "KH", Expected: 2},
			{ID: "vn", Name: "Viet Nam", NameZh: "越南", Country: "VN", Expected: 2},
		},
		People: []event.Person{
			{ID: "p-th1", Badge: "TH001", Name: "สมชาย ใจดี", NameLatin: "Somchai Jaidee", Delegation: "th", Role: event.RoleHead},
			{ID: "p-th2", Badge: "TH002", Name: "สมหญิง รักไทย", NameLatin: "Somying Rakthai", Delegation: "th", Role: event.RoleDelegate},
			{ID: "p-kh1", Badge: "KH001", Name: "សុខ ចាន់ថា", NameLatin: "Sok Chantha", Delegation: "kh", Role: event.RoleHead},
			{ID: "p-kh2", Badge: "KH002", Name: "ចាន់ ដារ៉ា", NameLatin: "Chan Dara", Delegation: "kh", Role: event.RoleStudent},
			{ID: "p-vn1", Badge: "VN001", Name: "Nguyễn Thị Hương", Delegation: "vn", Role: event.RoleHead},
			{ID: "p-vn2", Badge: "VN002", Name: "Đặng Văn Đức", Delegation: "vn", Role: event.RoleDelegate},
		},
		Assignments: []event.Assignment{
			{Session: "s-open", Delegation: "th"},
			{Session: "s-open", Delegation: "kh", Headcount: 1},
			{Session: "s-forum", Delegation: "vn"},
			{Session: "s-visit", Delegation: "th"},
		},
		Travel: []event.Travel{
			{FromSite: "expo", ToSite: "hotel", Minutes: 25},
			{FromSite: "hotel", ToSite: "expo", Minutes: 25},
		},
	}
}

// fixture is an open store on a temp file with a fixed clock at 08:00
// on the first day and the test programme imported.
type fixture struct {
	s     *Store
	path  string
	clock *clock.Fixed
}

func newFixture(t testing.TB, desk string) *fixture {
	t.Helper()
	path := filepath.Join(t.TempDir(), "caecw.db")
	return createAt(t, path, desk)
}

func createAt(t testing.TB, path, desk string) *fixture {
	t.Helper()
	clk := clock.NewFixed(at(t, day1, 8, 0))
	s, err := Create(path, testEvent(), Options{Desk: desk, Operator: "op-" + desk, Clock: clk})
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Import(journal.Import{Files: []string{"test.json"}, Programme: testProgramme(t)}); err != nil {
		t.Fatalf("Import: %v", err)
	}
	return &fixture{s: s, path: path, clock: clk}
}

func must[T any](t testing.TB) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// rawDump is every key and value of every bucket, for comparing whole
// files before and after an operation that must change nothing (or
// two files that must hold the same state). Buckets in skip are left out.
func rawDump(t testing.TB, s *Store, skip ...[]byte) string {
	t.Helper()
	var b strings.Builder
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, bk *bolt.Bucket) error {
			for _, sk := range skip {
				if string(sk) == string(name) {
					return nil
				}
			}
			fmt.Fprintf(&b, "[%s]\n", name)
			return bk.ForEach(func(k, v []byte) error {
				fmt.Fprintf(&b, "%q=%q\n", k, v)
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// stateDump is the state as the rest of caecw reads it: the programme,
// every day's view and every entry with its undo, through the public API.
func stateDump(t testing.TB, s *Store) string {
	t.Helper()
	var b strings.Builder
	p, err := s.Programme()
	if err != nil {
		t.Fatal(err)
	}
	js, _ := json.MarshalIndent(p, "", " ")
	b.Write(js)
	for _, d := range testEvent().Days() {
		v, err := s.Day(d)
		if err != nil {
			t.Fatal(err)
		}
		v.Outbox = 0 // local bookkeeping, differs between desks
		js, _ := json.MarshalIndent(v, "", " ")
		b.Write(js)
		err = s.Entries(d, func(e journal.Entry, by journal.ID) error {
			fmt.Fprintf(&b, "\n%s %s %s %s undoneBy=%s", e.ID, e.Kind, e.Subject, e.Payload, by)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return b.String()
}

// allEntries reads the whole journal.
func allEntries(t testing.TB, s *Store) []journal.Entry {
	t.Helper()
	var out []journal.Entry
	if err := s.AllEntries(func(e journal.Entry) error { out = append(out, e); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

// poke writes raw bytes into a bucket, bypassing the journal: tests use it
// to damage a count so that Check has something to find.
func poke(t testing.TB, s *Store, bucket, key, value []byte) {
	t.Helper()
	err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucket).Put(key, value) })
	if err != nil {
		t.Fatal(err)
	}
}

func count(t testing.TB, s *Store, d event.Day, delegation string) int {
	t.Helper()
	v, err := s.Day(d)
	if err != nil {
		t.Fatal(err)
	}
	return v.Counts[delegation]
}

// unpoke deletes a key straight from a bucket, to break a file on purpose.
func unpoke(t testing.TB, s *Store, bucket, key []byte) {
	t.Helper()
	err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucket).Delete(key) })
	if err != nil {
		t.Fatal(err)
	}
}
