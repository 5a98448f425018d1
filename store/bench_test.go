package store

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"caecw/internal/clock"
	"caecw/internal/event"
	"caecw/internal/journal"
)

// benchStore is a data file in dir with n people to check in, on a fixed
// clock that the caller moves on between check-ins.
func benchStore(tb testing.TB, dir string, n int) (*Store, *clock.Fixed, []string) {
	tb.Helper()
	clk := clock.NewFixed(at(tb, day1, 8, 0))
	s, err := Create(filepath.Join(dir, "bench.db"), testEvent(), Options{Desk: "desk-a", Operator: "op", Clock: clk})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	p := testProgramme(tb)
	ids := make([]string, n)
	for i := range n {
		d := p.Delegations[i%len(p.Delegations)].ID
		ids[i] = fmt.Sprintf("p-%05d", i)
		p.People = append(p.People, event.Person{ID: ids[i], Badge: fmt.Sprintf("B%05d", i),
			Name: fmt.Sprintf("Nguyễn Văn %d", i), Delegation: d, Role: event.RoleDelegate})
	}
	if _, err := s.Import(journal.Import{Programme: p}); err != nil {
		tb.Fatal(err)
	}
	return s, clk, ids
}

// BenchmarkCheckInCommit is one durable check-in through the store, each
// of a different person.
func BenchmarkCheckInCommit(b *testing.B) {
	s, clk, ids := benchStore(b, b.TempDir(), b.N)
	b.ResetTimer()
	for i := range b.N {
		clk.Advance(time.Millisecond)
		if _, err := s.CheckIn(ids[i]); err != nil {
			b.Fatal(err)
		}
	}
}

// floorFile is a file beside the data file for the fsync floor.
func floorFile(tb testing.TB, dir string) *os.File {
	tb.Helper()
	f, err := os.OpenFile(filepath.Join(dir, "floor"), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { f.Close() })
	return f
}

// BenchmarkFsyncFloor is the least a durable write costs on this disk:
// one 4 KiB page written and fdatasync'd, as bbolt syncs its data file.
func BenchmarkFsyncFloor(b *testing.B) {
	f := floorFile(b, b.TempDir())
	page := make([]byte, 4096)
	b.ResetTimer()
	for i := range b.N {
		page[0] = byte(i)
		if _, err := f.WriteAt(page, int64(i%16)*4096); err != nil {
			b.Fatal(err)
		}
		if err := datasync(f); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBenchReport measures the median of a check-in commit against the
// median of the fsync floor, sample by sample, and prints both and their
// ratio. It only reports (timing is never asserted); it runs with
// CAECW_BENCH_REPORT=1 so that ordinary test runs stay fast.
func TestBenchReport(t *testing.T) {
	if os.Getenv("CAECW_BENCH_REPORT") != "1" {
		t.Skip("set CAECW_BENCH_REPORT=1 to measure")
	}
	const samples = 300
	dir := t.TempDir()
	s, clk, ids := benchStore(t, dir, samples)
	f := floorFile(t, dir)
	page := make([]byte, 4096)
	floor := make([]time.Duration, 0, samples)
	commit := make([]time.Duration, 0, samples)
	pagesBefore := s.db.Stats()
	// Interleaved, so that both see the same disk weather.
	for i := range samples {
		start := time.Now()
		page[0] = byte(i)
		if _, err := f.WriteAt(page, int64(i%16)*4096); err != nil {
			t.Fatal(err)
		}
		if err := datasync(f); err != nil {
			t.Fatal(err)
		}
		floor = append(floor, time.Since(start))

		clk.Advance(time.Millisecond)
		start = time.Now()
		if _, err := s.CheckIn(ids[i]); err != nil {
			t.Fatal(err)
		}
		commit = append(commit, time.Since(start))
	}
	mf, mc := median(floor), median(commit)
	t.Logf("fsync floor median %v, check-in commit median %v, ratio %.2f (%d samples)",
		mf, mc, float64(mc)/float64(mf), samples)
	t.Logf("p90: floor %v, commit %v", percentile(floor, 90), percentile(commit, 90))
	// The cost of a commit grows with the pages it writes before its
	// first sync, and more when they are scattered.
	pagesAfter := s.db.Stats()
	t.Logf("pages written per check-in commit: %.1f (the meta page, synced apart, included)",
		float64(pagesAfter.TxStats.GetWrite()-pagesBefore.TxStats.GetWrite())/samples)
}

func median(d []time.Duration) time.Duration { return percentile(d, 50) }

func percentile(d []time.Duration, p int) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[(len(s)-1)*p/100]
}
