package event

// TravelMinutes is the travel time from one site to another. An entry for
// the exact direction wins over one for the way back, so a table that
// gives the uphill and downhill times apart is read the right way round;
// with only one direction given, it serves both. Without an entry, one site
// is 0 minutes and two different sites are DefaultTravelMinutes.
func TravelMinutes(table []Travel, from, to string) int {
	back := -1
	for _, t := range table {
		if t.FromSite == from && t.ToSite == to {
			return t.Minutes
		}
		if back < 0 && t.FromSite == to && t.ToSite == from {
			back = t.Minutes
		}
	}
	if back >= 0 {
		return back
	}
	if from == to {
		return 0
	}
	return DefaultTravelMinutes
}

// travelTable is TravelMinutes with the table indexed once per run.
type travelTable map[[2]string]int

func newTravelTable(table []Travel) travelTable {
	tt := make(travelTable, 2*len(table))
	// Reverse directions first, so an exact entry written later wins.
	for _, t := range table {
		if _, ok := tt[[2]string{t.ToSite, t.FromSite}]; !ok {
			tt[[2]string{t.ToSite, t.FromSite}] = t.Minutes
		}
	}
	exact := make(map[[2]string]bool, len(table))
	for _, t := range table {
		k := [2]string{t.FromSite, t.ToSite}
		if !exact[k] {
			tt[k] = t.Minutes
			exact[k] = true
		}
	}
	return tt
}

func (tt travelTable) minutes(from, to string) int {
	if m, ok := tt[[2]string{from, to}]; ok {
		return m
	}
	if from == to {
		return 0
	}
	return DefaultTravelMinutes
}
