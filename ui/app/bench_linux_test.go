package app_test

import (
	"fmt"
	"path/filepath"
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

// dayStore is a data file of the demo programme with entries+spare
// generated people, the first entries of whom this desk has checked in
// already today (a desk that never synced: all of it is in its outbox).
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
	people := make([]event.Person, entries+spare)
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
	list := make([]journal.Entry, entries)
	for i := range list {
		at := start.Add(time.Duration(i) * time.Millisecond)
		e, err := journal.New(journal.NewID(journal.MakeHLC(at, 0), "test-desk"), at, day, "test-desk", "tester",
			journal.KindCheckIn, people[i].ID, journal.CheckIn{Person: people[i].ID, Day: day})
		if err != nil {
			tb.Fatal(err)
		}
		list[i] = e
	}
	if _, err := s.Apply(list...); err != nil {
		tb.Fatal(err)
	}
	return s, clk, people
}

// settle feeds msg to m and runs what comes back until nothing is left,
// each command in turn; a command that does not answer at once (a clock
// tick) is left. It returns how many messages came back to Update.
func settle(m tea.Model, msg tea.Msg) int {
	hops := -1
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		next := queue[0]
		queue = queue[1:]
		if next == nil {
			continue
		}
		if batch, ok := next.(tea.BatchMsg); ok {
			for _, c := range batch {
				queue = append(queue, run(c))
			}
			continue
		}
		hops++
		_, cmd := m.Update(next)
		queue = append(queue, run(cmd))
	}
	return hops
}

func run(c tea.Cmd) tea.Msg {
	if c == nil {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- c() }()
	select {
	case msg := <-ch:
		return msg
	case <-time.After(50 * time.Millisecond):
		return nil
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkScanRoundTrip is one badge scan at a desk, from Enter to the
// updated screen model (the check-in committed, its confirmation, the
// header, the counts and the Log tab), with 1,000 and 100,000 entries
// already in the day. commit is the store's check-in alone on the same
// file, so that cpu-ns/op of the two tell the CPU beyond the commit.
// Measured as process CPU time (getrusage), as the machine is shared and
// fsync wall time varies far more than the work measured.
func BenchmarkScanRoundTrip(b *testing.B) {
	for _, n := range []int{1000, 100000} {
		spare := 20000
		s, clk, people := dayStore(b, n, spare)
		c := uitest.Common(b, s, clk, i18n.EN, common.ModeDesk, 80, 24)
		desk := checkins.NewDesk(c)
		m := app.New(c, desk, logtab.New(c))
		settle(m, tea.WindowSizeMsg{Width: 80, Height: 24})
		settle(m, tea.BatchMsg{m.Init()})
		next := n
		b.Run(fmt.Sprintf("scan/entries=%d", n), func(b *testing.B) {
			var cpu time.Duration
			for b.Loop() {
				if next >= len(people) {
					b.Fatal("out of people to scan")
				}
				settle(m, tea.PasteMsg{Content: people[next].Badge})
				c0 := cpuTime()
				settle(m, tea.KeyPressMsg{Code: tea.KeyEnter})
				cpu += cpuTime() - c0
				next++
			}
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
		})
		if _, ok := s.Arrival(m.Day(), people[next-1].ID); !ok {
			b.Fatal("the last scan is not saved")
		}
		b.Run(fmt.Sprintf("commit/entries=%d", n), func(b *testing.B) {
			var cpu time.Duration
			for b.Loop() {
				if next >= len(people) {
					b.Fatal("out of people to scan")
				}
				c0 := cpuTime()
				if _, err := s.CheckIn(people[next].ID); err != nil {
					b.Fatal(err)
				}
				cpu += cpuTime() - c0
				next++
			}
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
		})
	}
}
