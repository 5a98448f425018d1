package store

import (
	"encoding/json"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"caecw/internal/event"
	"caecw/internal/journal"
)

var (
	bigOnce sync.Once
	bigPath string
	bigDir  string
)

// bigFile is a data file with 100,000 people and 20,000 check-ins of the
// first day, made once per test binary.
func bigFile(tb testing.TB) string {
	tb.Helper()
	bigOnce.Do(func() {
		bigDir = tb.TempDir()
		// 100,000 people in all, the most a file holds (event.MaxPeople).
		s, clk, ids := benchStore(tb, bigDir, event.MaxPeople-len(testProgramme(tb).People))
		var list []journal.Entry
		for i := range 20000 {
			at := clk.Now().Add(time.Duration(i) * time.Millisecond)
			e, err := journal.New(journal.NewID(journal.MakeHLC(at, 0), "desk-a"), at, day1, "desk-a", "op", journal.KindCheckIn, ids[i], journal.CheckIn{Person: ids[i], Day: day1})
			if err != nil {
				tb.Fatal(err)
			}
			list = append(list, e)
		}
		if _, err := s.Apply(list...); err != nil {
			tb.Fatal(err)
		}
		bigPath = s.Path()
		s.Close()
	})
	if bigPath == "" {
		tb.Fatal("no big file")
	}
	return bigPath
}

// BenchmarkOpen100k opens (and closes) a data file of 100,000 people and
// 20,000 check-ins, as `caecw desk` does before its first frame, then
// reads the day and the people as the screen's first read does. The page
// cache is warm here; cold figures are measured by hand, with the page
// cache dropped (TestDeskFirstFrameAt100k in cmd/caecw says how).
// heap-MB is the live heap after the first read.
func BenchmarkOpen100k(b *testing.B) {
	path := bigFile(b)
	b.Run("open", func(b *testing.B) {
		for b.Loop() {
			s, err := Open(path, Options{Desk: "desk-b"})
			if err != nil {
				b.Fatal(err)
			}
			s.Close()
		}
	})
	b.Run("open+first-read", func(b *testing.B) {
		var heap uint64
		for b.Loop() {
			s, err := Open(path, Options{Desk: "desk-b"})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := s.Day(day1); err != nil {
				b.Fatal(err)
			}
			people, err := s.People()
			if err != nil || len(people) < event.MaxPeople {
				b.Fatal(err, len(people))
			}
			runtime.GC()
			heap = liveHeap()
			runtime.KeepAlive(people)
			s.Close()
		}
		b.ReportMetric(float64(heap)/(1<<20), "heap-MB")
	})
}

func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// TestDelegationOf: the quick read of a person's delegation agrees with
// decoding the record, for names that quote the key and delegations that
// need escapes.
func TestDelegationOf(t *testing.T) {
	for _, p := range []event.Person{
		{ID: "a", Name: "Nguyễn", Delegation: "vn"},
		{ID: "b", Name: `x","delegation":"fake`, NameLatin: `"delegation":"fake2`, Delegation: "th"},
		{ID: "c", Name: "c", Delegation: `a<b"c\d`},
		{ID: "d", Name: "d"},
	} {
		v, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		got, err := delegationOf(v)
		if err != nil || got != p.Delegation {
			t.Errorf("%s: delegationOf = %q, %v; want %q", v, got, err, p.Delegation)
		}
	}
}
