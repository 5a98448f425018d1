package event

// The numbers a coordinator acts on have one definition each, here, and
// every screen, command and export reads them from these functions:
//
//   - registered: the people on the delegation's list, walk-ins included;
//   - expected: the delegation's declared size, or its registered people
//     when that is more. A walk-in who joins a delegation is someone the
//     desk now awaits, so the delegation expects one more once its list
//     outgrows the declared size (declared 30, 30 registered, one walk-in:
//     31 expected). Expected never falls below registered;
//   - arrived: the people with a standing check-in on the day, each once;
//   - missing: expected less arrived, never below zero.
//
// For a session (see SessionCount): assigned headcount, present headcount
// and the capacity of the venue where it takes place now.

// ExpectedSize is a delegation's expected size: declared, or registered
// when more people are registered than declared (walk-ins).
func ExpectedSize(declared, registered int) int { return max(declared, registered) }

// ArrivalCount is a delegation's arrivals against its expected size.
type ArrivalCount struct {
	Delegation string `json:"id"`
	Expected   int    `json:"expected"`
	Registered int    `json:"registered"`
	Arrived    int    `json:"arrived"`
}

// Missing is how many have not arrived yet.
func (a ArrivalCount) Missing() int { return max(0, a.Expected-a.Arrived) }

// Add sums two counts (for the day's total); the delegation is dropped.
func (a ArrivalCount) Add(b ArrivalCount) ArrivalCount {
	return ArrivalCount{Expected: a.Expected + b.Expected, Registered: a.Registered + b.Registered, Arrived: a.Arrived + b.Arrived}
}

// CountArrivals gives each delegation's count, in the delegations' order,
// from the registered people and the standing arrivals per delegation id
// (the store keeps both).
func CountArrivals(dels []Delegation, registered, arrived map[string]int) []ArrivalCount {
	out := make([]ArrivalCount, len(dels))
	for i, d := range dels {
		out[i] = ArrivalCount{
			Delegation: d.ID, Expected: ExpectedSize(d.Expected, registered[d.ID]),
			Registered: registered[d.ID], Arrived: arrived[d.ID],
		}
	}
	return out
}

// TotalArrivals is the sum of counts: the day's line.
func TotalArrivals(counts []ArrivalCount) ArrivalCount {
	var t ArrivalCount
	for _, c := range counts {
		t = t.Add(c)
	}
	return t
}

// Arrivals counts each delegation's arrivals against its expected size, in
// the delegations' order, from the people and the check-ins themselves.
// Each person counts once; check-ins of unknown people count nowhere.
func Arrivals(dels []Delegation, people []Person, checkins []CheckIn) []ArrivalCount {
	personDel := make(map[string]string, len(people))
	registered := map[string]int{}
	for _, p := range people {
		personDel[p.ID] = p.Delegation
		registered[p.Delegation]++
	}
	// A person counts once however many check-ins a merge of desks left.
	arrived := map[string]int{}
	seen := make(map[string]bool, len(checkins))
	for _, c := range checkins {
		if seen[c.Person] {
			continue
		}
		seen[c.Person] = true
		if d, ok := personDel[c.Person]; ok {
			arrived[d]++
		}
	}
	return CountArrivals(dels, registered, arrived)
}

// SessionCount is a session's people against its room.
type SessionCount struct {
	Session string `json:"session"`
	// Assigned is the headcount the assignments send (Plan.Headcount).
	Assigned int `json:"assigned"`
	// Present is how many of those have arrived on the day: a whole
	// delegation's arrivals, a part's arrivals up to its headcount.
	Present int `json:"present"`
	// Capacity is the seats of the venue where the session takes place
	// now; 0 when unknown.
	Capacity int `json:"capacity"`
}

// Expected is delegation id's expected size in the plan.
func (p Plan) Expected(id string) int {
	return ExpectedSize(p.Delegations[id].Expected, p.Registered[id])
}

// Headcount is how many people of a delegation an assignment sends: its
// headcount, or the delegation's expected size when it sends the whole.
func (p Plan) Headcount(a Assignment) int {
	if a.Headcount > 0 {
		return a.Headcount
	}
	return p.Expected(a.Delegation)
}

// present is how many of assignment a's people have arrived.
func present(a Assignment, arrived int) int {
	if a.Headcount > 0 {
		return min(a.Headcount, arrived)
	}
	return arrived
}

// SessionCounts gives the count of every session of the plan, in its
// order.
func (p Plan) SessionCounts() []SessionCount {
	idx := make(map[string]int, len(p.Sessions))
	out := make([]SessionCount, len(p.Sessions))
	for i, s := range p.Sessions {
		idx[s.ID] = i
		out[i] = SessionCount{Session: s.ID, Capacity: p.Venues[s.EffectiveVenue()].Capacity}
	}
	for _, a := range p.Assignments {
		if i, ok := idx[a.Session]; ok {
			out[i].Assigned += p.Headcount(a)
			out[i].Present += present(a, p.Arrived[a.Delegation])
		}
	}
	return out
}

// SessionCountOf is the count of one session of the plan.
func (p Plan) SessionCountOf(s Session) SessionCount {
	c := SessionCount{Session: s.ID, Capacity: p.Venues[s.EffectiveVenue()].Capacity}
	for _, a := range p.Assignments {
		if a.Session == s.ID {
			c.Assigned += p.Headcount(a)
			c.Present += present(a, p.Arrived[a.Delegation])
		}
	}
	return c
}
