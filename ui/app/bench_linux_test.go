package app_test

import (
	"fmt"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"caecw/internal/clock"
	"caecw/internal/demo"
	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/store"
	"caecw/ui/app"
	"caecw/ui/checkins"
	"caecw/ui/common"
	"caecw/ui/logtab"
	"caecw/ui/uitest"
)

// dayStore is a data file of the demo programme with generated people, of
// whom all but the last spare are checked in by this desk already today in
// entries entries (a desk that never synced: all of it is in its outbox).
func dayStore(tb testing.TB, entries, spare int) (*store.Store, *clock.Fixed, []event.Person) {
	tb.Helper()
	prog, err := demo.Programme()
	if err != nil {
		tb.Fatal(err)
	}
	now := uitest.OpeningDay()
	clk := clock.NewFixed(now)
	s, err := store.Create(filepath.Join(tb.TempDir(), "caecw.db"), *prog.Event, store.Options{Desk: "test-desk", Operator: "tester", Clock: clk})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	// A file holds at most event.MaxPeople people. Past that, the day's
	// further entries are mistakes put right: an undone check-in and the
	// person checked in again, two entries that leave the count as it was.
	arrived := min(entries, event.MaxPeople-spare)
	people := make([]event.Person, arrived+spare)
	for i := range people {
		people[i] = event.Person{ID: fmt.Sprintf("g%06d", i), Badge: fmt.Sprintf("G%06d", i), Name: fmt.Sprintf("Nguyễn Văn %d", i),
			Delegation: prog.Delegations[i%len(prog.Delegations)].ID, Role: event.RoleDelegate}
	}
	prog.People = people
	if _, err := s.Import(journal.Import{Files: []string{"bench"}, Programme: prog}); err != nil {
		tb.Fatal(err)
	}
	day := event.DayOf(now, prog.Event.Location())
	start := now.Add(-2 * time.Hour)
	list := make([]journal.Entry, 0, entries)
	add := func(kind journal.Kind, subject string, payload any) journal.ID {
		at := start.Add(time.Duration(len(list)) * time.Millisecond)
		e, err := journal.New(journal.NewID(journal.MakeHLC(at, 0), "test-desk"), at, day, "test-desk", "tester",
			kind, subject, payload)
		if err != nil {
			tb.Fatal(err)
		}
		list = append(list, e)
		return e.ID
	}
	ids := make([]journal.ID, arrived)
	for i := range arrived {
		ids[i] = add(journal.KindCheckIn, people[i].ID, journal.CheckIn{Person: people[i].ID, Day: day})
	}
	for i := 0; len(list)+1 < entries; i++ {
		p := people[i%arrived].ID
		add(journal.KindUndo, p, journal.Undo{Target: ids[i%arrived], Code: journal.UndoAtDesk})
		ids[i%arrived] = add(journal.KindCheckIn, p, journal.CheckIn{Person: p, Day: day})
	}
	if _, err := s.Apply(list...); err != nil {
		tb.Fatal(err)
	}
	return s, clk, people
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// measured runs f with the collector off and adds the process CPU time
// it took to cpu and the bytes it allocated to alloc; the garbage is
// collected outside, every 256 MB. The collector's share would
// otherwise depend on the size of the whole test heap (the generated day
// itself), not on the scan; alloc-B/op tells what the scan leaves it.
func measured(cpu *time.Duration, alloc *uint64, f func()) {
	if sinceGC > 256<<20 {
		runtime.GC()
		sinceGC = 0
	}
	old := debug.SetGCPercent(-1)
	a0 := allocated()
	c0 := cpuTime()
	f()
	*cpu += cpuTime() - c0
	a := allocated() - a0
	*alloc += a
	sinceGC += a
	debug.SetGCPercent(old)
}

// sinceGC is what measured let pile up since it last collected.
var sinceGC uint64

func allocated() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// BenchmarkScanRoundTrip is one badge scan at a desk, from Enter to the
// updated screen model (the check-in committed, its confirmation, the
// header, the counts and the Log tab), with 1,000 and 100,000 entries
// already in the day. Measured as process CPU time (getrusage) with the
// collector held off (see measured), as the machine is shared and fsync
// wall time varies far more than the work measured. commit-cpu-ns/op is
// the store's check-in call itself (from the start of the command that
// makes it to the commit, told by the store's commit hook);
// beyond-cpu-ns/op is the rest: everything the screen does around it.
func BenchmarkScanRoundTrip(b *testing.B) {
	for _, n := range []int{1000, 100000} {
		const spare = 20000
		s, clk, people := dayStore(b, n, spare)
		c := uitest.Common(b, s, clk, i18n.EN, common.ModeDesk, 80, 24)
		m := app.New(c, checkins.NewDesk(c), logtab.New(c))
		settle(m, tea.WindowSizeMsg{Width: 80, Height: 24})
		settle(m, tea.BatchMsg{m.Init()})
		var commit, cmdStart time.Duration
		beforeCmd = func() { cmdStart = cpuTime() }
		s.SetOnCommit(func(journal.Entry) { commit += cpuTime() - cmdStart })
		next := len(people) - spare // the first not checked in
		b.Run(fmt.Sprintf("entries=%d", n), func(b *testing.B) {
			var cpu time.Duration
			var alloc uint64
			commit = 0
			for b.Loop() {
				if next >= len(people) {
					b.Fatal("out of people to scan")
				}
				settle(m, tea.PasteMsg{Content: people[next].Badge})
				measured(&cpu, &alloc, func() { settle(m, tea.KeyPressMsg{Code: tea.KeyEnter}) })
				next++
			}
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(commit.Nanoseconds())/float64(b.N), "commit-cpu-ns/op")
			b.ReportMetric(float64((cpu-commit).Nanoseconds())/float64(b.N), "beyond-cpu-ns/op")
			b.ReportMetric(float64(alloc)/float64(b.N), "alloc-B/op")
		})
		beforeCmd = nil
		if _, ok := s.Arrival(m.Day(), people[next-1].ID); !ok {
			b.Fatal("the last scan is not saved")
		}
	}
}
