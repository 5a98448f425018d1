package event

// ArrivalCount is a delegation's arrivals against its expected size.
type ArrivalCount struct {
	Delegation string `json:"id"`
	Expected   int    `json:"expected"`
	Arrived    int    `json:"arrived"`
}

// Missing is how many have not arrived yet.
func (a ArrivalCount) Missing() int { return max(0, a.Expected-a.Arrived) }

// Arrivals counts each delegation's arrivals against its expected size, in
// the delegations' order. Expected is the delegation's declared size, or
// the number of its registered people when that is larger (walk-ins).
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
	out := make([]ArrivalCount, len(dels))
	for i, d := range dels {
		out[i] = ArrivalCount{Delegation: d.ID, Expected: max(d.Expected, registered[d.ID]), Arrived: arrived[d.ID]}
	}
	return out
}
