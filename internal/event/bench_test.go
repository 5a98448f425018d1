package event

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// benchPlan is a busy generated day: 500 sessions in 100 venues on 10
// sites, 200 delegations with about 5 assignments each (some as groups),
// a partial travel table, a few outages, some delays and moves, and Now in
// the middle of the day. The seed is fixed so every run judges the same day.
func benchPlan(tb testing.TB) Plan {
	r := rand.New(rand.NewPCG(2025, 724))
	p := Plan{
		Venues:      make(map[string]Venue, 100),
		Delegations: make(map[string]Delegation, 200),
		Arrived:     make(map[string]int, 200),
		Now:         at(tb, 13, 30),
	}
	for i := range 100 {
		id := fmt.Sprintf("v%03d", i)
		p.Venues[id] = Venue{ID: id, Name: "Venue " + id, Site: fmt.Sprintf("site%d", i%10), Capacity: 40 + r.IntN(300)}
	}
	for i := range 10 {
		for j := i + 1; j < 10; j += 2 {
			p.Travel = append(p.Travel, Travel{FromSite: fmt.Sprintf("site%d", i), ToSite: fmt.Sprintf("site%d", j), Minutes: 10 + r.IntN(50)})
		}
	}
	for i := range 200 {
		id := fmt.Sprintf("d%03d", i)
		n := 5 + r.IntN(60)
		p.Delegations[id] = Delegation{ID: id, Name: "Delegation " + id, Expected: n}
		p.Arrived[id] = n - 5 + r.IntN(10)
	}
	for i := range 500 {
		v := fmt.Sprintf("v%03d", i%100)
		start := at(tb, 8, 0).Add(time.Duration(i/100)*150*time.Minute + time.Duration(r.IntN(60)-20)*time.Minute)
		s := Session{ID: fmt.Sprintf("s%03d", i), Day: testDay, Title: fmt.Sprintf("Session %d", i), Kind: KindForum,
			Venue: v, Start: start, End: start.Add(time.Duration(45+r.IntN(90)) * time.Minute), Expected: r.IntN(80)}
		switch r.IntN(20) {
		case 0:
			s.State.DelayMin = 5 + r.IntN(40)
		case 1:
			s.State.MovedTo = fmt.Sprintf("v%03d", r.IntN(100))
		case 2:
			s.State.NewStart = s.Start.Add(time.Duration(r.IntN(120)) * time.Minute)
		case 3:
			s.State.Cancelled = true
		}
		p.Sessions = append(p.Sessions, s)
	}
	for i := range 200 {
		d := fmt.Sprintf("d%03d", i)
		for k := range 5 {
			a := Assignment{Session: fmt.Sprintf("s%03d", (k*100+r.IntN(100))%500), Delegation: d}
			if r.IntN(3) == 0 {
				a.Headcount = 1 + r.IntN(p.Delegations[d].Expected)
			}
			p.Assignments = append(p.Assignments, a)
		}
	}
	for i := range 5 {
		v := fmt.Sprintf("v%03d", r.IntN(100))
		from := at(tb, 9+2*i, 0)
		p.Outages = append(p.Outages, Outage{ID: fmt.Sprintf("o%d", i), Venue: v, From: from, To: from.Add(90 * time.Minute), Reason: "maintenance"})
	}
	return p
}

// TestBenchPlanFindsProblems keeps the benchmark honest: the generated day
// must exercise every rule, or the figure measures an idle path.
func TestBenchPlanFindsProblems(t *testing.T) {
	counts := map[ProblemKind]int{}
	for _, pr := range DetectProblems(benchPlan(t)) {
		counts[pr.Kind]++
	}
	for _, k := range []ProblemKind{ProblemVenueClash, ProblemDelegationClash, ProblemTooTight, ProblemOverCapacity, ProblemOutOfService} {
		if counts[k] == 0 {
			t.Errorf("generated day has no %s", k)
		}
	}
	t.Logf("problems: %v", counts)
}

func BenchmarkDetectProblems(b *testing.B) {
	p := benchPlan(b)
	b.ReportAllocs()
	for b.Loop() {
		DetectProblems(p)
	}
}

// BenchmarkAttention is one recomputation of the attention list on the
// busy day of benchPlan, its delegations' arrivals counted from 100,000
// people (the counts the store keeps in memory), at instants stepping
// through the day so that every rule has work.
func BenchmarkAttention(b *testing.B) {
	p := benchPlan(b)
	total := 0
	for id, n := range p.Arrived {
		total += n
		p.Arrived[id] = n * 100_000 / (len(p.Arrived) * 35)
	}
	var nows []time.Time
	for m := 0; m < 14*60; m += 10 {
		nows = append(nows, at(b, 7, 0).Add(time.Duration(m)*time.Minute))
	}
	items := 0
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		items += len(Attention(p, nows[i%len(nows)], AttentionOptions{}))
	}
	if items == 0 {
		b.Fatal("the busy day needs no attention: the benchmark measures an idle path")
	}
}
