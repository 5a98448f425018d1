package event

import (
	"slices"
	"testing"
	"time"
)

func TestArrivalPace(t *testing.T) {
	loc, _ := time.LoadLocation("Asia/Shanghai")
	d := Day("2025-07-26")
	at := func(hh, mm int) time.Time { return d.At(hh, mm, loc) }
	ins := []CheckIn{
		{Person: "a", Day: d, At: at(8, 0), Desk: "A"},
		{Person: "b", Day: d, At: at(8, 14), Desk: "B"},
		{Person: "c", Day: d, At: at(8, 15), Desk: "A"},
		// a again from another desk after a merge: counts once, at 08:00.
		{Person: "a", Day: d, At: at(9, 0), Desk: "B"},
		{Person: "e", Day: d, At: at(18, 59), Desk: "A"},
		// Another day counts nowhere.
		{Person: "f", Day: d.Next(), At: at(33, 0), Desk: "A"},
	}
	p := ArrivalPace(ins, d, loc, "", at(8, 20))
	if !p.From.Equal(at(7, 0)) || len(p.Counts) != 48 {
		t.Fatalf("span from %v, %d slots; want 07:00 and 48", p.From, len(p.Counts))
	}
	want := make([]int, 48)
	want[4], want[5], want[47] = 2, 1, 1
	if !slices.Equal(p.Counts, want) {
		t.Errorf("counts %v, want %v", p.Counts, want)
	}
	if p.Total() != 4 {
		t.Errorf("total %d, want 4", p.Total())
	}
	if s, n := p.Peak(); s != 4 || n != 2 || !p.SlotStart(s).Equal(at(8, 0)) {
		t.Errorf("peak slot %d (%v) count %d, want 08:00 with 2", s, p.SlotStart(s), n)
	}
	if p.Elapsed != 6 {
		t.Errorf("at 08:20 %d slots begun, want 6 (07:00 to 08:15)", p.Elapsed)
	}

	b := ArrivalPace(ins, d, loc, "B", at(8, 20))
	if b.Total() != 1 || b.Counts[4] != 1 {
		t.Errorf("desk B: %v, want b alone at 08:00-08:15 (a's first check-in was at A)", b.Counts)
	}
	if got := PaceDesks(slices.Values(ins), d); !slices.Equal(got, []string{"A", "B"}) {
		t.Errorf("desks %v", got)
	}
}

func TestArrivalPaceWidensToEarlyAndLateCheckIns(t *testing.T) {
	loc, _ := time.LoadLocation("Asia/Shanghai")
	d := Day("2025-07-26")
	ins := []CheckIn{
		{Person: "a", Day: d, At: d.At(6, 40, loc)},
		{Person: "b", Day: d, At: d.At(21, 5, loc)},
		// A desk clock a day off: kept at the day's last instant.
		{Person: "c", Day: d, At: d.At(30, 0, loc)},
	}
	p := ArrivalPace(ins, d, loc, "", d.At(12, 0, loc))
	if !p.From.Equal(d.At(6, 0, loc)) || len(p.Counts) != 18*4 {
		t.Fatalf("from %v, %d slots; want 06:00 to 24:00", p.From, len(p.Counts))
	}
	if p.Counts[2] != 1 || p.Counts[len(p.Counts)-1] != 1 || p.Total() != 3 {
		t.Errorf("counts %v", p.Counts)
	}
	if none := ArrivalPace(nil, d, loc, "", d.At(5, 0, loc)); none.Total() != 0 || none.Elapsed != 0 || len(none.Counts) != 48 {
		t.Errorf("empty day: %+v", none)
	}
	if s, n := (Pace{Counts: []int{0, 0}}).Peak(); s != -1 || n != 0 {
		t.Errorf("peak of nothing: %d %d", s, n)
	}
	if after := ArrivalPace(nil, d, loc, "", d.At(23, 0, loc)); after.Elapsed != 48 {
		t.Errorf("after the day: %d begun", after.Elapsed)
	}
}
