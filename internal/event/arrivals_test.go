package event

import "testing"

func TestArrivals(t *testing.T) {
	dels := []Delegation{{ID: "vn", Expected: 3}, {ID: "th", Expected: 1}, {ID: "kh", Expected: 0}, {ID: "la", Expected: 5}}
	people := []Person{
		{ID: "p1", Delegation: "vn"}, {ID: "p2", Delegation: "vn"},
		{ID: "p3", Delegation: "th"}, {ID: "p4", Delegation: "th"}, // th registered 2 > declared 1
		{ID: "p5", Delegation: "kh"},
	}
	checkins := []CheckIn{
		{Person: "p1", Day: testDay}, {Person: "p3", Day: testDay}, {Person: "p4", Day: testDay},
		{Person: "p1", Day: testDay, Desk: "desk2"}, // the same person again from another desk
		{Person: "ghost", Day: testDay},             // not registered
	}
	got := Arrivals(dels, people, checkins)
	want := []ArrivalCount{
		{Delegation: "vn", Expected: 3, Registered: 2, Arrived: 1},
		{Delegation: "th", Expected: 2, Registered: 2, Arrived: 2},
		{Delegation: "kh", Expected: 1, Registered: 1, Arrived: 0},
		{Delegation: "la", Expected: 5, Registered: 0, Arrived: 0},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d counts", len(got))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%d: got %+v, want %+v", i, got[i], want[i])
		}
	}
	missing := []int{2, 0, 1, 5}
	for i, m := range missing {
		if got[i].Missing() != m {
			t.Errorf("%s missing %d, want %d", got[i].Delegation, got[i].Missing(), m)
		}
	}
	if (ArrivalCount{Expected: 2, Arrived: 5}).Missing() != 0 {
		t.Error("more arrivals than expected must not go negative")
	}
	if len(Arrivals(nil, people, checkins)) != 0 {
		t.Error("no delegations, no counts")
	}
}
