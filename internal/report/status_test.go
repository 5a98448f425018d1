package report

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"caecw/internal/clock"
	"caecw/internal/demo"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/store"
)

// demoAt is the demo's data file with its clock at now.
func demoAt(t *testing.T, now time.Time) *store.Store {
	t.Helper()
	prog, err := demo.Programme()
	if err != nil {
		t.Fatal(err)
	}
	s, err := store.Create(filepath.Join(t.TempDir(), "caecw.db"), *prog.Event, store.Options{Desk: "d1", Operator: "o", Clock: clock.NewFixed(now)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Import(journal.Import{Files: []string{"demo"}, Programme: prog}); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStatusOutsideTheEventSaysWhereTodayIs(t *testing.T) {
	loc, _ := time.LoadLocation("Asia/Shanghai")
	now := time.Date(2025, 8, 1, 10, 0, 0, 0, loc)
	s := demoAt(t, now)
	ev, _ := s.Event()
	v, err := s.Day(ev.ShownDay(now))
	if err != nil {
		t.Fatal(err)
	}
	r := Build(v, now)
	if r.Day != "2025-07-28" || r.Today != "2025-08-01" || r.InSpan {
		t.Errorf("day %s, today %s, in span %v", r.Day, r.Today, r.InSpan)
	}
	var b bytes.Buffer
	Print(&b, i18n.New(i18n.EN), v, now, r)
	want := "Today, 1 Aug 2025, Fri, is not one of the event's days (23 Jul 2025, Wed to 28 Jul 2025, Mon); today's check-ins are kept under it: caecw status --day 2025-08-01"
	if !strings.Contains(b.String(), want) {
		t.Errorf("status lacks %q:\n%s", want, b.String())
	}
}

func TestStatusOnAnArrivalDay(t *testing.T) {
	loc, _ := time.LoadLocation("Asia/Shanghai")
	now := time.Date(2025, 7, 23, 15, 0, 0, 0, loc)
	s := demoAt(t, now)
	if _, err := s.CheckInBadge(firstBadge(t, s)); err != nil {
		t.Fatal(err)
	}
	ev, _ := s.Event()
	v, err := s.Day(ev.ShownDay(now))
	if err != nil {
		t.Fatal(err)
	}
	r := Build(v, now)
	if r.Day != "2025-07-23" || !r.InSpan || r.Arrived != 1 {
		t.Errorf("day %s, in span %v, arrived %d: the arrival day's check-in is not shown", r.Day, r.InSpan, r.Arrived)
	}
}

func firstBadge(t *testing.T, s *store.Store) string {
	people, err := s.People()
	if err != nil || len(people) == 0 {
		t.Fatal(err)
	}
	return people[0].Badge
}
