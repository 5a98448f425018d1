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

// TravelMinutes is the travel time from one site to another.
func TravelMinutes(table []Travel, from, to string) int {
	if from == to {
		return 0
	}
	for _, t := range table {
		if (t.FromSite == from && t.ToSite == to) || (t.FromSite == to && t.ToSite == from) {
			return t.Minutes
		}
	}
	return DefaultTravelMinutes
}

func overlaps(a, b Session) bool {
	return a.EffectiveStart().Before(b.EffectiveEnd()) && b.EffectiveStart().Before(a.EffectiveEnd())
}

// DetectProblems finds every problem of the plan, in a stable order:
// clashes in venues, then clashes of delegations, too-tight transfers,
// over-capacity sessions and sessions in venues out of service. Cancelled
// sessions take part in none.
func DetectProblems(p Plan) []Problem {
	live := make([]Session, 0, len(p.Sessions))
	byID := make(map[string]int, len(p.Sessions))
	for _, s := range p.Sessions {
		if !s.State.Cancelled {
			byID[s.ID] = len(live)
			live = append(live, s)
		}
	}
	SortSessions(live)
	for i, s := range live {
		byID[s.ID] = i
	}
	var out []Problem
	out = append(out, venueClashes(live, p)...)
	out = append(out, delegationProblems(live, byID, p)...)
	out = append(out, capacityProblems(live, byID, p)...)
	out = append(out, outageProblems(live, p)...)
	return out
}

func venueName(p Plan, id string) string {
	if v, ok := p.Venues[id]; ok && v.Name != "" {
		return v.Name
	}
	return id
}

func venueClashes(live []Session, p Plan) []Problem {
	byVenue := map[string][]Session{}
	var venues []string
	for _, s := range live {
		v := s.EffectiveVenue()
		if _, ok := byVenue[v]; !ok {
			venues = append(venues, v)
		}
		byVenue[v] = append(byVenue[v], s)
	}
	sort.Strings(venues)
	var out []Problem
	for _, v := range venues {
		ss := byVenue[v] // already in start order
		for i := range ss {
			for j := i + 1; j < len(ss) && ss[j].EffectiveStart().Before(ss[i].EffectiveEnd()); j++ {
				out = append(out, Problem{
					Kind:     ProblemVenueClash,
					Message:  fmt.Sprintf("%s and %s overlap in %s", ss[i].Title, ss[j].Title, venueName(p, v)),
					Sessions: []string{ss[i].ID, ss[j].ID},
					Venue:    v,
				})
			}
		}
	}
	return out
}

func delegationProblems(live []Session, byID map[string]int, p Plan) []Problem {
	perDel := map[string][]Session{}
	var dels []string
	for _, a := range p.Assignments {
		i, ok := byID[a.Session]
		if !ok {
			continue
		}
		if _, seen := perDel[a.Delegation]; !seen {
			dels = append(dels, a.Delegation)
		}
		perDel[a.Delegation] = append(perDel[a.Delegation], live[i])
	}
	sort.Strings(dels)
	var out []Problem
	for _, d := range dels {
		ss := perDel[d]
		SortSessions(ss)
		name := d
		if del, ok := p.Delegations[d]; ok && del.Name != "" {
			name = del.Name
		}
		for i := range ss {
			for j := i + 1; j < len(ss) && ss[j].EffectiveStart().Before(ss[i].EffectiveEnd()); j++ {
				if ss[i].ID == ss[j].ID {
					continue
				}
				out = append(out, Problem{
					Kind:        ProblemDelegationClash,
					Message:     fmt.Sprintf("%s is in %s and %s at the same time", name, ss[i].Title, ss[j].Title),
					Sessions:    []string{ss[i].ID, ss[j].ID},
					Delegations: []string{d},
				})
			}
			// Travel only matters from a session to the next one the
			// delegation goes to.
			if i+1 < len(ss) && !overlaps(ss[i], ss[i+1]) {
				a, b := ss[i], ss[i+1]
				from, to := p.Venues[a.EffectiveVenue()].Site, p.Venues[b.EffectiveVenue()].Site
				need := TravelMinutes(p.Travel, from, to)
				have := int(b.EffectiveStart().Sub(a.EffectiveEnd()) / time.Minute)
				if have < need {
					out = append(out, Problem{
						Kind:        ProblemTooTight,
						Message:     fmt.Sprintf("%s has %d min to get from %s to %s, needs %d", name, have, venueName(p, a.EffectiveVenue()), venueName(p, b.EffectiveVenue()), need),
						Sessions:    []string{a.ID, b.ID},
						Delegations: []string{d},
						Need:        need,
						Have:        have,
					})
				}
			}
		}
	}
	return out
}

func capacityProblems(live []Session, byID map[string]int, p Plan) []Problem {
	heads := make([]int, len(live))
	arrived := make([]int, len(live))
	dels := make([][]string, len(live))
	for _, a := range p.Assignments {
		i, ok := byID[a.Session]
		if !ok {
			continue
		}
		n := Headcount(a, p.Delegations)
		heads[i] += n
		arrived[i] += min(n, p.Arrived[a.Delegation])
		dels[i] = append(dels[i], a.Delegation)
	}
	var out []Problem
	for i, s := range live {
		v, ok := p.Venues[s.EffectiveVenue()]
		if !ok || v.Capacity <= 0 {
			continue
		}
		need := heads[i]
		running := !p.Now.IsZero() && !p.Now.Before(s.EffectiveStart()) && p.Now.Before(s.EffectiveEnd())
		if running && arrived[i] > need {
			need = arrived[i]
		}
		if need > v.Capacity {
			ds := append([]string(nil), dels[i]...)
			sort.Strings(ds)
			out = append(out, Problem{
				Kind:        ProblemOverCapacity,
				Message:     fmt.Sprintf("%s: %d assigned, %s holds %d", s.Title, need, v.Name, v.Capacity),
				Sessions:    []string{s.ID},
				Delegations: ds,
				Venue:       v.ID,
				Need:        need,
				Have:        v.Capacity,
			})
		}
	}
	return out
}

func outageProblems(live []Session, p Plan) []Problem {
	var out []Problem
	for _, s := range live {
		for _, o := range p.Outages {
			if o.Venue == s.EffectiveVenue() && o.From.Before(s.EffectiveEnd()) && s.EffectiveStart().Before(o.To) {
				msg := fmt.Sprintf("%s is in %s, out of service %s-%s", s.Title, venueName(p, o.Venue), o.From.Format("15:04"), o.To.Format("15:04"))
				if o.Reason != "" {
					msg += " (" + o.Reason + ")"
				}
				out = append(out, Problem{
					Kind:     ProblemOutOfService,
					Message:  msg,
					Sessions: []string{s.ID},
					Venue:    o.Venue,
				})
				break
			}
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
func Arrivals(dels []Delegation, people []Person, checkins []CheckIn) []ArrivalCount {
	personDel := make(map[string]string, len(people))
	registered := map[string]int{}
	for _, p := range people {
		personDel[p.ID] = p.Delegation
		registered[p.Delegation]++
	}
	arrived := map[string]int{}
	for _, c := range checkins {
		arrived[personDel[c.Person]]++
	}
	out := make([]ArrivalCount, len(dels))
	for i, d := range dels {
		out[i] = ArrivalCount{Delegation: d.ID, Expected: max(d.Expected, registered[d.ID]), Arrived: arrived[d.ID]}
	}
	return out
}
