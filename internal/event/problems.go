package event

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
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
	// ProblemBadgeConflict is a person whose badge code another person
	// holds (BadgeConflict): not of a day's plan but of the lists, shown
	// with the day's problems so that a coordinator sees it.
	ProblemBadgeConflict ProblemKind = "badge_conflict"
)

// Problem is one thing wrong with the day's plan. Message is English for
// logs and the CLI; screens build their own text from the fields.
type Problem struct {
	Kind        ProblemKind `json:"kind"`
	Message     string      `json:"message"`
	Sessions    []string    `json:"sessions"`
	Delegations []string    `json:"delegations"`
	Venue       string      `json:"venue,omitempty"`
	// People are the person ids of a badge conflict: the one without the
	// badge, then its holder.
	People []string `json:"people,omitempty"`
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
	// Registered counts the people on each delegation's list, walk-ins
	// included; it raises a delegation's expected size (ExpectedSize).
	Registered map[string]int
	// Now is the instant the plan is judged at; zero skips the running
	// sessions' arrived-headcount check.
	Now time.Time
	// BadgeConflicts are the people whose badge another person holds.
	BadgeConflicts []BadgeConflict
}

// live is a session taking part in the rules, with its effective times
// (Unix nanoseconds, so the hot loops compare integers) and venue worked
// out once.
type live struct {
	s          *Session
	start, end int64
	venue      string
	vrank      int32  // place of venue among the day's venues by id
	site       string // "" when the venue or its site is unknown
	capacity   int    // 0 when unknown
}

func overlapping(a, b *live) bool {
	return a.start < b.end && b.start < a.end
}

func minutesBetween(from, to int64) int {
	return int(time.Duration(to-from) / time.Minute)
}

// sent is one delegation's standing assignment to a live session. It holds
// no pointers, so sorting it costs no write barriers.
type sent struct {
	at        int32 // index into the sorted live sessions
	del       int32 // index into the sorted delegation ids
	headcount int32 // as assigned; 0 is the whole delegation
	order     int32 // place in Plan.Assignments
}

// day is the plan prepared for the rules: live sessions in SortSessions
// order and standing assignments in session order, then delegation id.
type day struct {
	p         Plan
	ls        []live
	dels      []string // delegation ids of the assignments, sorted
	expected  []int    // by delegation index: declared size
	arrived   []int    // by delegation index: Plan.Arrived
	venues    int      // how many distinct venues ls uses
	bySession []sent
}

// Messages are built by concatenation rather than fmt: on a busy day they
// were most of the cost of a recomputation.

// DetectProblems finds every problem of the plan, in a stable order:
// clashes in venues, then clashes of delegations, too-tight transfers,
// over-capacity sessions, sessions in venues out of service, and last the
// badge conflicts in the order the plan lists them; inside each kind by
// venue or delegation id, then in session order. Cancelled sessions take
// part in none.
//
// When the plan holds two assignments of one delegation to one session,
// the one with the greatest Rev stands (the later one on a tie), as sync
// would keep it; they are never added up.
func DetectProblems(p Plan) []Problem {
	d := prepare(p)
	var out []Problem
	out = d.venueClashes(out)
	out = d.delegationProblems(out)
	out = d.capacityProblems(out)
	out = d.outageProblems(out)
	out = badgeConflictProblems(p, out)
	return out
}

func prepare(p Plan) *day {
	d := &day{p: p}
	perm := make([]int32, 0, len(p.Sessions))
	starts := make([]int64, len(p.Sessions))
	for i := range p.Sessions {
		if !p.Sessions[i].State.Cancelled {
			perm = append(perm, int32(i))
			starts[i] = p.Sessions[i].EffectiveStart().UnixNano()
		}
	}
	// The same order as SortSessions; venues and ids are read only on a
	// tie of start times, and the place in Plan.Sessions settles
	// duplicate ids, so the unstable sort gives one answer.
	slices.SortFunc(perm, func(i, j int32) int {
		if starts[i] != starts[j] {
			return cmp.Compare(starts[i], starts[j])
		}
		a, b := &p.Sessions[i], &p.Sessions[j]
		if c := strings.Compare(a.EffectiveVenue(), b.EffectiveVenue()); c != 0 {
			return c
		}
		if c := strings.Compare(a.ID, b.ID); c != 0 {
			return c
		}
		return cmp.Compare(i, j)
	})
	d.ls = make([]live, len(perm))
	byID := make(map[string]int32, len(perm))
	vrank := make(map[string]int32, len(p.Venues))
	var vnames []string
	for k, i := range perm {
		s := &p.Sessions[i]
		v := s.EffectiveVenue()
		venue := p.Venues[v]
		d.ls[k] = live{s: s, start: starts[i], end: s.EffectiveEnd().UnixNano(), venue: v, site: venue.Site, capacity: venue.Capacity}
		byID[s.ID] = int32(k)
		if _, ok := vrank[v]; !ok {
			vrank[v] = 0
			vnames = append(vnames, v)
		}
	}
	slices.Sort(vnames)
	for r, v := range vnames {
		vrank[v] = int32(r)
	}
	for k := range d.ls {
		d.ls[k].vrank = vrank[d.ls[k].venue]
	}
	d.venues = len(vnames)

	// Delegations are numbered as first seen, then renumbered in id order.
	seen := make(map[string]int32, len(p.Delegations))
	all := make([]sent, 0, len(p.Assignments))
	for i, a := range p.Assignments {
		at, ok := byID[a.Session]
		if !ok {
			continue
		}
		n, ok := seen[a.Delegation]
		if !ok {
			n = int32(len(d.dels))
			seen[a.Delegation] = n
			d.dels = append(d.dels, a.Delegation)
		}
		all = append(all, sent{at: at, del: n, headcount: int32(max(0, a.Headcount)), order: int32(i)})
	}
	byName := make([]int32, len(d.dels))
	for i := range byName {
		byName[i] = int32(i)
	}
	slices.SortFunc(byName, func(i, j int32) int { return strings.Compare(d.dels[i], d.dels[j]) })
	renumber := make([]int32, len(d.dels))
	sorted := make([]string, len(d.dels))
	d.expected = make([]int, len(d.dels))
	d.arrived = make([]int, len(d.dels))
	for r, old := range byName {
		renumber[old] = int32(r)
		sorted[r] = d.dels[old]
		d.expected[r] = p.Expected(sorted[r])
		d.arrived[r] = p.Arrived[sorted[r]]
	}
	d.dels = sorted
	for i := range all {
		all[i].del = renumber[all[i].del]
	}
	// Sorted by session, delegation and place: two stable counting sorts,
	// linear where a comparison sort of a thousand assignments was the
	// costliest step of the rules.
	all = countingSort(countingSort(all, len(d.dels), func(s sent) int32 { return s.del }), len(d.ls), func(s sent) int32 { return s.at })
	// Of each run of one session and delegation, the greatest Rev stands,
	// the later one on a tie.
	d.bySession = all[:0]
	for i := 0; i < len(all); {
		best := all[i]
		j := i + 1
		for ; j < len(all) && all[j].at == best.at && all[j].del == best.del; j++ {
			if p.Assignments[all[j].order].Rev >= p.Assignments[best.order].Rev {
				best = all[j]
			}
		}
		d.bySession = append(d.bySession, best)
		i = j
	}
	return d
}

// countingSort orders ss stably by key, which is in [0, n).
func countingSort(ss []sent, n int, key func(sent) int32) []sent {
	count := make([]int, n+1)
	for _, s := range ss {
		count[key(s)+1]++
	}
	for i := 1; i <= n; i++ {
		count[i] += count[i-1]
	}
	out := make([]sent, len(ss))
	for _, s := range ss {
		k := key(s)
		out[count[k]] = s
		count[k]++
	}
	return out
}

func (d *day) venueName(id string) string {
	if v, ok := d.p.Venues[id]; ok && v.Name != "" {
		return v.Name
	}
	return id
}

func (d *day) delegationName(id string) string {
	if del, ok := d.p.Delegations[id]; ok && del.Name != "" {
		return del.Name
	}
	return id
}

// venueClashes reports every pair of sessions that overlap in one venue.
// Sessions without a venue (a transfer on the road) cannot clash.
func (d *day) venueClashes(out []Problem) []Problem {
	ls := d.ls
	// By venue, then in start order: a stable counting sort on the
	// venue's rank.
	start := make([]int, d.venues+1)
	for i := range ls {
		start[ls[i].vrank+1]++
	}
	for r := 1; r <= d.venues; r++ {
		start[r] += start[r-1]
	}
	idx := make([]int32, len(ls))
	for i := range ls {
		r := ls[i].vrank
		idx[start[r]] = int32(i)
		start[r]++
	}
	for x, i := range idx {
		if ls[i].venue == "" {
			continue
		}
		a := &ls[i]
		for _, j := range idx[x+1:] {
			b := &ls[j]
			if b.venue != a.venue || b.start >= a.end {
				break
			}
			if !overlapping(a, b) {
				continue // an empty session at another's start
			}
			out = append(out, Problem{
				Kind:     ProblemVenueClash,
				Message:  a.s.Title + " and " + b.s.Title + " overlap in " + d.venueName(a.venue),
				Sessions: []string{a.s.ID, b.s.ID},
				Venue:    a.venue,
			})
		}
	}
	return out
}

// delegationProblems reports a delegation booked into overlapping sessions,
// then transfers between a delegation's sessions too short for the
// travel between their sites.
func (d *day) delegationProblems(out []Problem) []Problem {
	byDel := countingSort(d.bySession, len(d.dels), func(s sent) int32 { return s.del })
	var runs [][]sent
	for i := 0; i < len(byDel); {
		j := i + 1
		for j < len(byDel) && byDel[j].del == byDel[i].del {
			j++
		}
		runs = append(runs, byDel[i:j])
		i = j
	}
	for _, ss := range runs {
		out = d.delegationClashes(out, ss)
	}
	tt := newTravelTable(d.p.Travel)
	longest := DefaultTravelMinutes
	for _, m := range tt {
		longest = max(longest, m)
	}
	for _, ss := range runs {
		out = d.tooTight(out, ss, tt, longest)
	}
	return out
}

// delegationClashes reports pairs of one delegation's sessions that
// overlap. A delegation split into groups (assignments with headcounts)
// may be in parallel sessions as long as the groups together fit in the
// delegation; sending the whole delegation anywhere while it is elsewhere
// is a clash.
func (d *day) delegationClashes(out []Problem, ss []sent) []Problem {
	id := d.dels[ss[0].del]
	size := d.p.Expected(id)
	for x := range ss {
		a := &d.ls[ss[x].at]
		for y := x + 1; y < len(ss); y++ {
			b := &d.ls[ss[y].at]
			if b.start >= a.end {
				break
			}
			if !overlapping(a, b) {
				continue
			}
			if ss[x].headcount > 0 && ss[y].headcount > 0 && !d.overcommitted(ss, a, b, size) {
				continue
			}
			out = append(out, Problem{
				Kind:        ProblemDelegationClash,
				Message:     d.delegationName(id) + " is in " + a.s.Title + " and " + b.s.Title + " at the same time",
				Sessions:    []string{a.s.ID, b.s.ID},
				Delegations: []string{id},
			})
		}
	}
	return out
}

// overcommitted reports whether, at some instant while a and b both run,
// the delegation's groups in all its running sessions add up to more than
// its size. A delegation of unknown size cannot be judged and never is.
func (d *day) overcommitted(ss []sent, a, b *live, size int) bool {
	if size <= 0 {
		return false
	}
	from, to := max(a.start, b.start), min(a.end, b.end)
	// The total only rises when a session starts, so the peak is at the
	// window's start or at a start inside it.
	for _, p := range ss {
		t := d.ls[p.at].start
		if t != from && (t < from || t >= to) {
			continue
		}
		n := 0
		for _, s := range ss {
			l := &d.ls[s.at]
			if l.start <= t && t < l.end {
				if s.headcount <= 0 {
					return true
				}
				n += int(s.headcount)
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
func (d *day) tooTight(out []Problem, ss []sent, tt travelTable, longest int) []Problem {
	id := d.dels[ss[0].del]
	for x := range ss {
		a := &d.ls[ss[x].at]
		rest := ss[x+1:]
		k, _ := slices.BinarySearchFunc(rest, a.end, func(s sent, end int64) int { return cmp.Compare(d.ls[s.at].start, end) })
		for _, s := range rest[k:] {
			b := &d.ls[s.at]
			if b.start != d.ls[rest[k].at].start {
				break
			}
			if a.venue == b.venue || a.site == "" || b.site == "" {
				continue
			}
			have := minutesBetween(a.end, b.start)
			if have >= longest {
				continue // fits whatever the table says
			}
			need := tt.minutes(a.site, b.site)
			if have >= need {
				continue
			}
			out = append(out, Problem{
				Kind:        ProblemTooTight,
				Message:     d.delegationName(id) + " has " + strconv.Itoa(have) + " min to get from " + d.venueName(a.venue) + " to " + d.venueName(b.venue) + ", needs " + strconv.Itoa(need),
				Sessions:    []string{a.s.ID, b.s.ID},
				Delegations: []string{id},
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
func (d *day) capacityProblems(out []Problem) []Problem {
	p := d.p
	now, judgeNow := p.Now.UnixNano(), !p.Now.IsZero()
	k := 0
	for i := range d.ls {
		first := k
		for k < len(d.bySession) && int(d.bySession[k].at) == i {
			k++
		}
		as := d.bySession[first:k]
		l := &d.ls[i]
		if l.capacity <= 0 {
			continue
		}
		// SessionCount's assigned and present headcounts, inlined on
		// indices for the hot loop.
		planned, arrived := 0, 0
		for _, a := range as {
			if a.headcount > 0 {
				planned += int(a.headcount)
				arrived += min(int(a.headcount), d.arrived[a.del])
			} else {
				planned += d.expected[a.del]
				arrived += d.arrived[a.del]
			}
		}
		need, what := planned, "assigned"
		if judgeNow && l.start <= now && now < l.end && arrived > need {
			need, what = arrived, "arrived"
		}
		if l.s.Expected > need {
			need, what = l.s.Expected, "expected"
		}
		if need <= l.capacity {
			continue
		}
		dels := make([]string, len(as))
		for j, a := range as {
			dels[j] = d.dels[a.del]
		}
		out = append(out, Problem{
			Kind:        ProblemOverCapacity,
			Message:     l.s.Title + ": " + strconv.Itoa(need) + " " + what + ", " + d.venueName(l.venue) + " holds " + strconv.Itoa(l.capacity),
			Sessions:    []string{l.s.ID},
			Delegations: dels,
			Venue:       l.venue,
			Need:        need,
			Have:        l.capacity,
		})
	}
	return out
}

// outageProblems reports sessions that meet a window their venue is out of
// service, once per session (the earliest such window). An outage with no
// end lasts until further notice.
func (d *day) outageProblems(out []Problem) []Problem {
	os := d.p.Outages
	if len(os) == 0 {
		return out
	}
	byVenue := make(map[string][]int, len(os))
	for i, o := range os {
		byVenue[o.Venue] = append(byVenue[o.Venue], i)
	}
	for _, idx := range byVenue {
		slices.SortStableFunc(idx, func(i, j int) int { return os[i].From.Compare(os[j].From) })
	}
	for i := range d.ls {
		l := &d.ls[i]
		for _, oi := range byVenue[l.venue] {
			o := os[oi]
			if o.From.UnixNano() >= l.end || (!o.To.IsZero() && l.start >= o.To.UnixNano()) {
				continue
			}
			// Wall-clock times of the session's zone, whatever zone the
			// outage was recorded in.
			loc := l.s.Start.Location()
			from := o.From.In(loc).Format("15:04")
			when := "from " + from + " until further notice"
			if !o.To.IsZero() {
				when = from + "-" + o.To.In(loc).Format("15:04")
			}
			msg := l.s.Title + " is in " + d.venueName(o.Venue) + ", out of service " + when
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
