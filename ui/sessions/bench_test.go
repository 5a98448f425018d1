package sessions

import (
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"caecw/internal/clock"
	"caecw/internal/demo"
	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/store"
	"caecw/ui/common"
	"caecw/ui/uitest"
)

// bigDay is a store holding the demo's event, venues and delegations with
// 200 sessions on the opening day and 100,000 people, three delegations
// assigned to each session, read back as the screen reads it.
func bigDay(b *testing.B) (*common.Common, *store.DayView) {
	b.Helper()
	prog, err := demo.Programme()
	if err != nil {
		b.Fatal(err)
	}
	loc := prog.Event.Location()
	day := event.Day("2025-07-26")
	var sessions []event.Session
	var assigns []event.Assignment
	kinds := event.Kinds
	for i := range 200 {
		v := prog.Venues[i%len(prog.Venues)]
		start := day.At(7, 0, loc).Add(time.Duration(i/len(prog.Venues)) * 95 * time.Minute)
		s := event.Session{
			ID:       "b" + strconv.Itoa(1000+i),
			Day:      day,
			Start:    start,
			End:      start.Add(time.Duration(45+15*(i%4)) * time.Minute),
			Title:    "Parallel session " + strconv.Itoa(i) + ": " + prog.Sessions[i%len(prog.Sessions)].Title,
			Kind:     kinds[i%len(kinds)],
			Venue:    v.ID,
			Host:     prog.Sessions[i%len(prog.Sessions)].Host,
			Expected: 20 + i%150,
		}
		if i%17 == 0 {
			s.State.DelayMin = 10
		}
		sessions = append(sessions, s)
		for k := range 3 {
			d := prog.Delegations[(i+k*7)%len(prog.Delegations)]
			assigns = append(assigns, event.Assignment{Session: s.ID, Delegation: d.ID, Headcount: 5 + k})
		}
	}
	people := make([]event.Person, 100_000)
	for i := range people {
		d := prog.Delegations[i%len(prog.Delegations)]
		id := "bp" + strconv.Itoa(i)
		people[i] = event.Person{ID: id, Badge: "B" + strconv.Itoa(100000+i), Name: "Nguyễn Thị Hương " + strconv.Itoa(i), Delegation: d.ID, Role: event.RoleDelegate}
	}
	prog.Sessions, prog.Assignments, prog.People = sessions, assigns, people

	now := time.Date(2025, 7, 26, 12, 0, 0, 0, loc)
	clk := clock.NewFixed(now)
	s, err := store.Create(filepath.Join(b.TempDir(), "big.db"), *prog.Event, store.Options{Desk: "bench", Operator: "bench", Clock: clk})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	if _, err := s.Import(journal.Import{Files: []string{"bench"}, Programme: prog}); err != nil {
		b.Fatal(err)
	}
	v, err := s.Day(day)
	if err != nil {
		b.Fatal(err)
	}
	if len(v.Sessions) != 200 {
		b.Fatalf("%d sessions on the day", len(v.Sessions))
	}
	return uitest.Common(b, s, clk, i18n.EN, common.ModeCoordinator, 100, 30), v
}

// BenchmarkViewSessions is one full View() of the tab on a 200-session
// day of a 100,000-person programme.
func BenchmarkViewSessions(b *testing.B) {
	c, v := bigDay(b)
	for _, sz := range [][2]int{{100, 25}, {200, 45}} {
		b.Run(strconv.Itoa(sz[0])+"x"+strconv.Itoa(sz[1]), func(b *testing.B) {
			m := New(c)
			m.SetSize(sz[0], sz[1])
			m.Update(common.DayLoadedMsg{View: v})
			m.list.Select(100) // the middle of the day
			if out := m.View(); out == "" {
				b.Fatal("empty view")
			}
			cpu := cpuTime()
			for b.Loop() {
				_ = m.View()
			}
			reportCPU(b, cpu)
		})
	}
	// The first frame after a read of the day: the rows' texts are built
	// again (as Update does on DayLoadedMsg) and padded anew.
	b.Run("after-read-100x25", func(b *testing.B) {
		m := New(c)
		m.SetSize(100, 25)
		m.Update(common.DayLoadedMsg{View: v})
		m.list.Select(100)
		cpu := cpuTime()
		for b.Loop() {
			m.rebuild()
			_ = m.View()
		}
		reportCPU(b, cpu)
	})
	b.Run("detail-200x45", func(b *testing.B) {
		m := New(c)
		m.SetSize(200, 45)
		m.Update(common.DayLoadedMsg{View: v})
		m.list.Select(100)
		m.remember()
		m.detail, m.detailID = true, m.selected
		cpu := cpuTime()
		for b.Loop() {
			_ = m.View()
		}
		reportCPU(b, cpu)
	})
}

// BenchmarkTickSessions is the work of a clock tick that crosses a
// minute: statuses and problems of the 200-session day judged again.
func BenchmarkTickSessions(b *testing.B) {
	c, v := bigDay(b)
	m := New(c)
	m.SetSize(100, 25)
	m.Update(common.DayLoadedMsg{View: v})
	now := c.Now()
	for b.Loop() {
		now = now.Add(time.Minute)
		m.Update(common.TickMsg{Now: now})
	}
}

func reportCPU(b *testing.B, since time.Duration) {
	if b.N > 0 && since > 0 {
		b.ReportMetric(float64(cpuTime()-since)/float64(b.N), "cpu-ns/op")
	}
}
