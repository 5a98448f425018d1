package checkins

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"caecw/internal/clock"
	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/store"
	"caecw/ui/common"
)

// bigDesk is a desk model over n generated people in 30 delegations and
// 200 sessions, a quarter of them arrived, built without a store (View
// and keystrokes never touch it).
func bigDesk(b *testing.B, n int) *Model {
	b.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	ev := event.Event{Name: "Bench", TimeZone: "Asia/Shanghai", FirstDay: "2025-07-24", LastDay: "2025-07-27"}
	loc := ev.Location()
	now := time.Date(2025, 7, 26, 9, 30, 0, 0, loc)
	families := [][2]string{{"Nguyễn", "Nguyen"}, {"Trần", "Tran"}, {"Lê", "Le"}, {"Phạm", "Pham"}, {"Đặng", "Dang"}, {"张", "Zhang"}, {"王", "Wang"}, {"李", "Li"}, {"สม", "Som"}, {"សុខ", "Sok"}}
	givens := [][2]string{{"Thị Hương", "Thi Huong"}, {"Văn Đức", "Van Duc"}, {"Minh Anh", "Minh Anh"}, {"伟", "Wei"}, {"娜", "Na"}, {"ชาย ใจดี", "chai Jaidee"}, {"ចាន់ថា", "Chantha"}, {"Hoàng Long", "Hoang Long"}}
	var dels []event.Delegation
	for i := range 30 {
		dels = append(dels, event.Delegation{ID: fmt.Sprintf("d%02d", i), Name: fmt.Sprintf("Delegation %02d", i), Country: fmt.Sprintf("C%02d", i), Expected: n / 30})
	}
	people := make([]event.Person, n)
	v := &store.DayView{Event: ev, Day: "2025-07-26", Delegations: dels, Counts: map[string]int{}}
	for i := range people {
		f, g := families[r.IntN(len(families))], givens[r.IntN(len(givens))]
		people[i] = event.Person{
			ID: fmt.Sprintf("p%06d", i), Badge: fmt.Sprintf("CAECW25-%06d", 100000+i),
			Name: f[0] + " " + g[0], NameLatin: f[1] + " " + g[1] + fmt.Sprintf(" %d", i%97),
			Delegation: dels[i%len(dels)].ID, Role: event.Roles[i%len(event.Roles)],
		}
		if r.IntN(4) == 0 {
			v.Arrivals = append(v.Arrivals, event.CheckIn{Person: people[i].ID, Day: v.Day, At: now.Add(-time.Duration(r.IntN(3600)) * time.Second), Desk: "A"})
			v.Counts[people[i].Delegation]++
		}
	}
	for i := range 200 {
		start := now.Add(time.Duration(i%40) * 15 * time.Minute)
		v.Sessions = append(v.Sessions, event.Session{ID: fmt.Sprintf("s%03d", i), Day: v.Day, Title: fmt.Sprintf("Session %d", i), Start: start, End: start.Add(time.Hour)})
	}
	p := i18n.New(i18n.EN)
	c := &common.Common{Styles: common.NewStyles(true), Keys: common.DefaultKeyMap(p), Clock: clock.NewFixed(now), Mode: common.ModeCoordinator, P: p}
	c.SetEvent(ev)
	m := New(c)
	m.SetSize(100, 25)
	m.Update(common.DayLoadedMsg{View: v})
	_, cmd := m.Update(common.PeopleLoadedMsg{People: people})
	m.Update(cmd())
	if m.ix == nil || m.ix.Len() != n {
		b.Fatal("index not built")
	}
	return m
}

// BenchmarkViewCheckins is one full View of the tab: the delegations
// list, and the desk with a query typed.
func BenchmarkViewCheckins(b *testing.B) {
	for _, n := range []int{1500, 100000} {
		m := bigDesk(b, n)
		b.Run(fmt.Sprintf("overview/people=%d", n), func(b *testing.B) {
			m.screen = overview
			for b.Loop() {
				_ = m.View()
			}
		})
		b.Run(fmt.Sprintf("members/people=%d", n), func(b *testing.B) {
			m.showMembers("d07")
			for b.Loop() {
				_ = m.View()
			}
		})
		b.Run(fmt.Sprintf("desk-query/people=%d", n), func(b *testing.B) {
			m.screen = desk
			m.d.input.value = "nguyen thi"
			m.research()
			if len(m.d.results) == 0 {
				b.Fatal("no results")
			}
			for b.Loop() {
				_ = m.View()
			}
		})
	}
}

// BenchmarkDeskKeystroke is one key typed into the desk input through
// Update: the search it runs and nothing else (View is measured above).
func BenchmarkDeskKeystroke(b *testing.B) {
	m := bigDesk(b, 100000)
	m.screen = desk
	for _, q := range []string{"nguyen th", "n", "CAECW25-15000", "张"} {
		b.Run(q, func(b *testing.B) {
			m.d.input.value = q
			add := tea.KeyPressMsg{Code: 'i', Text: "i"}
			back := tea.KeyPressMsg{Code: tea.KeyBackspace}
			i := 0
			for b.Loop() {
				if i%2 == 0 {
					m.Update(add)
				} else {
					m.Update(back)
				}
				i++
			}
		})
	}
}

// BenchmarkArrivalComesIn is the overview taking one arrival from
// another desk (store.Changes): recount, resort and, with the chart
// shown, recount the day's pace over every arrival held.
func BenchmarkArrivalComesIn(b *testing.B) {
	for _, n := range []int{1500, 100000} {
		m := bigDesk(b, n)
		m.screen = overview
		ch := &store.Changes{Day: m.day, Counts: m.counts}
		ch.Arrivals = []event.CheckIn{{Person: m.people[1].ID, Day: m.day, At: m.c.Now(), Desk: "B"}}
		for _, chart := range []bool{true, false} {
			m.ov.chartOff = !chart
			b.Run(fmt.Sprintf("people=%d/chart=%v", n, chart), func(b *testing.B) {
				for b.Loop() {
					m.takeChanges(ch)
				}
			})
		}
		// A desk scanning: the chart waits for the overview.
		m.ov.chartOff, m.screen = false, desk
		b.Run(fmt.Sprintf("people=%d/desk", n), func(b *testing.B) {
			for b.Loop() {
				m.takeChanges(ch)
			}
		})
	}
}
