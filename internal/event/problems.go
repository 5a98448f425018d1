package event

import (
	"fmt"
	"sort"
	"time"
)

// ProblemKind names what is wrong.
type ProblemKind string

// The kinds of problem the rules find.
const (
	ProblemVenueClash      ProblemKind = "venue_clash"
	ProblemDelegationClash ProblemKind = "delegation_clash"
	ProblemOverCapacity    ProblemKind = "over_capacity"
	ProblemTooTight        ProblemKind = "too_tight"
	ProblemOutOfService    ProblemKind = "out_of_service"
)

// Problem is one thing wrong with the day's plan. Message is English for
// logs and the CLI; screens build their own text from the fields.
type Problem struct {
	Kind        ProblemKind `json:"kind"`
	Message     string      `json:"message"`
	Sessions    []string    `json:"sessions"`
	Delegations []string    `json:"delegations"`
	Venue       string      `json:"venue,omitempty"`
	// Need and Have carry the numbers of the problem: headcount and
	// capacity, or travel minutes needed and available.
	Need int `json:"need,omitempty"`
	Have int `json:"have,omitempty"`
}

// DefaultTravelMinutes is the travel time between two different sites when
// the programme's table does not say.
const DefaultTravelMinutes = 30

// Plan is everything the rules look at for one day.
type Plan struct {
	Sessions    []Session
	Venues      map[string]Venue
	Delegations map[string]Delegation
	Assignments []Assignment
	Travel      []Travel
	Outages     []Outage
	// Arrived counts today's arrivals per delegation; used once a
	// session is running, when the people in the room are the ones who
	// came rather than the ones planned.
	Arrived map[string]int
	// Now is the instant the plan is judged at; zero skips the running
	// sessions' arrived-headcount check.
	Now time.Time
}

// Headcount is how many people of a delegation an assignment sends.
func Headcount(a Assignment, delegations map[string]Delegation) int {
	if a.Headcount > 0 {
		return a.Headcount
	}
	return delegations[a.Delegation].Expected
}

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

// live is a session taking part in the rules, with its effective times and
// venue worked out once.
type live struct {
	s          *Session
	start, end time.Time
	venue      string
}

func overlapping(a, b *live) bool {
	return a.start.Before(b.end) && b.start.Before(a.end)
}

// sent is one delegation's assignment to a live session.
type sent struct {
	at        int // index into the sorted live sessions
	headcount int // as assigned; 0 is the whole delegation
}

// DetectProblems finds every problem of the plan, in a stable order:
// clashes in venues, then clashes of delegations, too-tight transfers,
// over-capacity sessions and sessions in venues out of service; inside each
// kind by venue or delegation id, then in session order. Cancelled
// sessions take part in none.
//
// When the plan holds two assignments of one delegation to one session,
// the one with the greatest Rev stands (the later one on a tie), as sync
// would keep it; they are never added up.
func DetectProblems(p Plan) []Problem {
	ls := make([]live, 0, len(p.Sessions))
	for i := range p.Sessions {
		s := &p.Sessions[i]
		if s.State.Cancelled {
			continue
		}
		ls = append(ls, live{s: s, start: s.EffectiveStart(), end: s.EffectiveEnd(), venue: s.EffectiveVenue()})
	}
	sort.SliceStable(ls, func(i, j int) bool {
		a, b := &ls[i], &ls[j]
		if !a.start.Equal(b.start) {
			return a.start.Before(b.start)
		}
		if a.venue != b.venue {
			return a.venue < b.venue
		}
		return a.s.ID < b.s.ID
	})
	byID := make(map[string]int, len(ls))
	for i := range ls {
		byID[ls[i].s.ID] = i
	}
	assigned := standingAssignments(p.Assignments, byID)

	var out []Problem
	out = venueClashes(out, ls, p)
	out = delegationProblems(out, ls, assigned, p)
	out = capacityProblems(out, ls, assigned, p)
	out = outageProblems(out, ls, p)
	return out
}

// standingAssignments keeps one assignment per live session and
// delegation, grouped by session index in session order.
func standingAssignments(as []Assignment, byID map[string]int) [][]Assignment {
	type key struct{ session, delegation string }
	best := make(map[key]int, len(as))
	for i, a := range as {
		if _, ok := byID[a.Session]; !ok {
			continue
		}
		k := key{a.Session, a.Delegation}
		if j, ok := best[k]; !ok || as[j].Rev <= a.Rev {
			best[k] = i
		}
	}
	out := make([][]Assignment, len(byID))
	for i, a := range as {
		if j, ok := best[key{a.Session, a.Delegation}]; ok && j == i {
			at := byID[a.Session]
			out[at] = append(out[at], a)
		}
	}
	for _, list := range out {
		sort.Slice(list, func(i, j int) bool { return list[i].Delegation < list[j].Delegation })
	}
	return out
}

func venueName(p Plan, id string) string {
	if v, ok := p.Venues[id]; ok && v.Name != "" {
		return v.Name
	}
	return id
}

func delegationName(p Plan, id string) string {
	if d, ok := p.Delegations[id]; ok && d.Name != "" {
		return d.Name
	}
	return id
}

// venueClashes reports every pair of sessions that overlap in one venue.
// Sessions without a venue (a transfer on the road) cannot clash.
func venueClashes(out []Problem, ls []live, p Plan) []Problem {
	byVenue := map[string][]int{}
	var venues []string
	for i := range ls {
		v := ls[i].venue
		if v == "" {
			continue
		}
		if _, ok := byVenue[v]; !ok {
			venues = append(venues, v)
		}
		byVenue[v] = append(byVenue[v], i)
	}
	sort.Strings(venues)
	for _, v := range venues {
		idx := byVenue[v] // in start order
		for x, i := range idx {
			for _, j := range idx[x+1:] {
				if !ls[j].start.Before(ls[i].end) {
					break
				}
				if !overlapping(&ls[i], &ls[j]) {
					continue // an empty session at another's start
				}
				a, b := ls[i].s, ls[j].s
				out = append(out, Problem{
					Kind:     ProblemVenueClash,
					Message:  fmt.Sprintf("%s and %s overlap in %s", a.Title, b.Title, venueName(p, v)),
					Sessions: []string{a.ID, b.ID},
					Venue:    v,
				})
			}
		}
	}
	return out
}

// delegationProblems reports a delegation booked into overlapping sessions,
// then transfers between a delegation's sessions too short for the
// travel between their sites.
//
// A delegation split into groups (assignments with headcounts) may be in
// parallel sessions as long as the groups together fit in the delegation;
// sending the whole delegation anywhere while it is elsewhere is a clash.
func delegationProblems(out []Problem, ls []live, assigned [][]Assignment, p Plan) []Problem {
	perDel := map[string][]sent{}
	var dels []string
	for i, as := range assigned { // session order, so each list is in start order
		for _, a := range as {
			if _, ok := perDel[a.Delegation]; !ok {
				dels = append(dels, a.Delegation)
			}
			perDel[a.Delegation] = append(perDel[a.Delegation], sent{at: i, headcount: a.Headcount})
		}
	}
	sort.Strings(dels)
	for _, d := range dels {
		out = delegationClashes(out, ls, perDel[d], d, p)
	}
	tt := newTravelTable(p.Travel)
	for _, d := range dels {
		out = tooTight(out, ls, perDel[d], d, p, tt)
	}
	return out
}

func delegationClashes(out []Problem, ls []live, ss []sent, d string, p Plan) []Problem {
	size := p.Delegations[d].Expected
	for x := range ss {
		a := &ls[ss[x].at]
		for y := x + 1; y < len(ss); y++ {
			b := &ls[ss[y].at]
			if !b.start.Before(a.end) {
				break
			}
			if !overlapping(a, b) {
				continue
			}
			if ss[x].headcount > 0 && ss[y].headcount > 0 && !overcommitted(ls, ss, a, b, size) {
				continue
			}
			out = append(out, Problem{
				Kind:        ProblemDelegationClash,
				Message:     fmt.Sprintf("%s is in %s and %s at the same time", delegationName(p, d), a.s.Title, b.s.Title),
				Sessions:    []string{a.s.ID, b.s.ID},
				Delegations: []string{d},
			})
		}
	}
	return out
}

// overcommitted reports whether, at some instant while a and b both run,
// the delegation's groups in all its running sessions add up to more than
// its size. A delegation of unknown size cannot be judged and never is.
func overcommitted(ls []live, ss []sent, a, b *live, size int) bool {
	if size <= 0 {
		return false
	}
	from, to := a.start, a.end
	if b.start.After(from) {
		from = b.start
	}
	if b.end.Before(to) {
		to = b.end
	}
	// The total only rises when a session starts, so the peak is at the
	// window's start or at a start inside it.
	points := []time.Time{from}
	for _, s := range ss {
		if st := ls[s.at].start; st.After(from) && st.Before(to) {
			points = append(points, st)
		}
	}
	for _, t := range points {
		n := 0
		for _, s := range ss {
			l := &ls[s.at]
			if !t.Before(l.start) && t.Before(l.end) {
				if s.headcount <= 0 {
					return true
				}
				n += s.headcount
			}
		}
		if n > size {
			return true
		}
	}
	return false
}

// tooTight checks each of a delegation's sessions against the one(s) it
// goes to next: the sessions starting first at or after its end. Checking
// against the next session in the list instead would skip the transfer
// out of a long session that another one clashes with.
//
// A venue with no site, or not in the plan, has no known place: no travel
// time can be judged to or from it, except staying in the same venue.
func tooTight(out []Problem, ls []live, ss []sent, d string, p Plan, tt travelTable) []Problem {
	for x := range ss {
		a := &ls[ss[x].at]
		k := x + 1 + sort.Search(len(ss)-x-1, func(i int) bool { return !ls[ss[x+1+i].at].start.Before(a.end) })
		for y := k; y < len(ss); y++ {
			b := &ls[ss[y].at]
			if !b.start.Equal(ls[ss[k].at].start) {
				break
			}
			if a.s.ID == b.s.ID || a.venue == b.venue {
				continue
			}
			from, to := p.Venues[a.venue].Site, p.Venues[b.venue].Site
			if from == "" || to == "" {
				continue
			}
			need := tt.minutes(from, to)
			have := int(b.start.Sub(a.end) / time.Minute)
			if have >= need {
				continue
			}
			out = append(out, Problem{
				Kind:        ProblemTooTight,
				Message:     fmt.Sprintf("%s has %d min to get from %s to %s, needs %d", delegationName(p, d), have, venueName(p, a.venue), venueName(p, b.venue), need),
				Sessions:    []string{a.s.ID, b.s.ID},
				Delegations: []string{d},
				Need:        need,
				Have:        have,
			})
		}
	}
	return out
}

// capacityProblems reports sessions whose people do not fit their venue.
// The people are the delegations' assigned headcounts, or the session's
// own expected attendance when that is larger (local guests are in no
// delegation). Once a session runs, a whole delegation sent to it counts
// as many as have arrived today when that is more than it declared.
func capacityProblems(out []Problem, ls []live, assigned [][]Assignment, p Plan) []Problem {
	for i := range ls {
		l := &ls[i]
		v, ok := p.Venues[l.venue]
		if !ok || v.Capacity <= 0 {
			continue
		}
		planned, arrived := 0, 0
		dels := make([]string, 0, len(assigned[i]))
		for _, a := range assigned[i] {
			n := Headcount(a, p.Delegations)
			planned += n
			if a.Headcount > 0 {
				arrived += min(n, p.Arrived[a.Delegation])
			} else {
				arrived += p.Arrived[a.Delegation]
			}
			dels = append(dels, a.Delegation)
		}
		need, what := planned, "assigned"
		running := !p.Now.IsZero() && !p.Now.Before(l.start) && p.Now.Before(l.end)
		if running && arrived > need {
			need, what = arrived, "arrived"
		}
		if l.s.Expected > need {
			need, what = l.s.Expected, "expected"
		}
		if need <= v.Capacity {
			continue
		}
		out = append(out, Problem{
			Kind:        ProblemOverCapacity,
			Message:     fmt.Sprintf("%s: %d %s, %s holds %d", l.s.Title, need, what, venueName(p, l.venue), v.Capacity),
			Sessions:    []string{l.s.ID},
			Delegations: dels,
			Venue:       l.venue,
			Need:        need,
			Have:        v.Capacity,
		})
	}
	return out
}

// outageProblems reports sessions that meet a window their venue is out of
// service, once per session (the earliest such window). An outage with no
// end lasts until further notice.
func outageProblems(out []Problem, ls []live, p Plan) []Problem {
	byVenue := make(map[string][]int, len(p.Outages))
	for i, o := range p.Outages {
		byVenue[o.Venue] = append(byVenue[o.Venue], i)
	}
	for _, idx := range byVenue {
		sort.SliceStable(idx, func(i, j int) bool { return p.Outages[idx[i]].From.Before(p.Outages[idx[j]].From) })
	}
	for i := range ls {
		l := &ls[i]
		for _, oi := range byVenue[l.venue] {
			o := p.Outages[oi]
			if !o.From.Before(l.end) || (!o.To.IsZero() && !l.start.Before(o.To)) {
				continue
			}
			until := "until further notice"
			if !o.To.IsZero() {
				until = o.From.Format("15:04") + "-" + o.To.Format("15:04")
			} else {
				until = "from " + o.From.Format("15:04") + " " + until
			}
			msg := fmt.Sprintf("%s is in %s, out of service %s", l.s.Title, venueName(p, o.Venue), until)
			if o.Reason != "" {
				msg += " (" + o.Reason + ")"
			}
			out = append(out, Problem{
				Kind:     ProblemOutOfService,
				Message:  msg,
				Sessions: []string{l.s.ID},
				Venue:    o.Venue,
			})
			break
		}
	}
	return out
}

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
