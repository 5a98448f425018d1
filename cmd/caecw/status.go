package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"text/tabwriter"
	"time"

	"caecw/internal/event"
	"caecw/store"
)

// statusReport is the stable object `caecw status --json` prints; scripts
// and tests rely on its keys (documented in docs/status.md).
type statusReport struct {
	Event       string             `json:"event"`
	Demo        bool               `json:"demo"`
	Day         event.Day          `json:"day"`
	Now         time.Time          `json:"now"`
	Sessions    []statusSession    `json:"sessions"`
	Delegations []statusDelegation `json:"delegations"`
	Arrived     int                `json:"arrived"`
	Expected    int                `json:"expected"`
	Problems    []event.Problem    `json:"problems"`
}

type statusSession struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Start     time.Time `json:"start"`
	End       time.Time `json:"end"`
	Venue     string    `json:"venue"`
	VenueName string    `json:"venue_name"`
	Kind      string    `json:"kind"`
	Status    string    `json:"status"`
	Phase     string    `json:"phase"`
	DelayMin  int       `json:"delay_min"`
	Moved     bool      `json:"moved"`
	Assigned  int       `json:"assigned"`
	Capacity  int       `json:"capacity"`
}

type statusDelegation struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Country  string `json:"country"`
	Expected int    `json:"expected"`
	Arrived  int    `json:"arrived"`
}

func buildStatus(v *store.DayView, now time.Time) statusReport {
	r := statusReport{Event: v.Event.Name, Demo: v.Event.Demo, Day: v.Day, Now: now.In(v.Event.Location())}
	plan := v.Plan(now)
	assigned := map[string]int{}
	for _, a := range v.Assignments {
		assigned[a.Session] += event.Headcount(a, plan.Delegations)
	}
	statuses := event.Statuses(v.Sessions, now)
	loc := v.Event.Location()
	for i, s := range v.Sessions {
		venue := plan.Venues[s.EffectiveVenue()]
		st := statuses[i]
		text := st.String()
		if st.Moved && (st.Phase == event.PhaseUpcoming || st.Phase == event.PhaseNext) {
			text += ", moved"
		}
		r.Sessions = append(r.Sessions, statusSession{
			ID: s.ID, Title: s.Title, Start: s.EffectiveStart().In(loc), End: s.EffectiveEnd().In(loc),
			Venue: venue.ID, VenueName: venue.Name, Kind: string(s.Kind), Status: text, Phase: string(st.Phase),
			DelayMin: st.DelayMin, Moved: st.Moved, Assigned: assigned[s.ID], Capacity: venue.Capacity,
		})
	}
	counts := v.Counts
	for _, d := range v.Delegations {
		r.Delegations = append(r.Delegations, statusDelegation{ID: d.ID, Name: d.Name, Country: d.Country, Expected: d.Expected, Arrived: counts[d.ID]})
		r.Arrived += counts[d.ID]
		r.Expected += d.Expected
	}
	sort.SliceStable(r.Delegations, func(i, j int) bool { return r.Delegations[i].ID < r.Delegations[j].ID })
	r.Problems = event.DetectProblems(plan)
	if r.Sessions == nil {
		r.Sessions = []statusSession{}
	}
	if r.Delegations == nil {
		r.Delegations = []statusDelegation{}
	}
	if r.Problems == nil {
		r.Problems = []event.Problem{}
	}
	for i := range r.Problems {
		if r.Problems[i].Delegations == nil {
			r.Problems[i].Delegations = []string{}
		}
		if r.Problems[i].Sessions == nil {
			r.Problems[i].Sessions = []string{}
		}
	}
	return r
}

func runStatus(env *cliEnv, args []string) int {
	var c cliFlags
	var asJSON bool
	fs := newFlags(env, "status", "[--db PATH] [--day YYYY-MM-DD] [--now T] [--json]", &c, "db", "now")
	dayFlag := fs.String("day", "", "the day to show (default today, or the nearest event day)")
	fs.BoolVar(&asJSON, "json", false, "print a stable JSON object for scripts")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	c.desk = "status"
	s, err := c.open(env, true)
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	ev, err := s.Event()
	if err != nil {
		return fail(env.stderr, err)
	}
	now := s.Clock().Now()
	day := today(ev, now)
	if *dayFlag != "" {
		if day, err = event.ParseDay(*dayFlag); err != nil {
			return fail(env.stderr, err)
		}
	}
	v, err := s.Day(day)
	if err != nil {
		return fail(env.stderr, err)
	}
	r := buildStatus(v, now)
	if asJSON {
		enc := json.NewEncoder(env.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			return fail(env.stderr, err)
		}
		return 0
	}
	printStatus(env, r)
	return 0
}

func printStatus(env *cliEnv, r statusReport) {
	w := env.stdout
	demo := ""
	if r.Demo {
		demo = "  [DEMO: sample data]"
	}
	fmt.Fprintf(w, "%s%s\n%s, now %s\n\n", r.Event, demo, r.Day, r.Now.Format("15:04"))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "TIME\tSESSION\tVENUE\tSTATUS\tASSIGNED\n")
	for _, s := range r.Sessions {
		fmt.Fprintf(tw, "%s-%s\t%s\t%s\t%s\t%d/%d\n", s.Start.Format("15:04"), s.End.Format("15:04"), s.Title, s.VenueName, s.Status, s.Assigned, s.Capacity)
	}
	tw.Flush()
	fmt.Fprintf(w, "\nArrivals: %d of %d\n", r.Arrived, r.Expected)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, d := range r.Delegations {
		fmt.Fprintf(tw, "  %s\t%s\t%d/%d\n", d.ID, d.Name, d.Arrived, d.Expected)
	}
	tw.Flush()
	if len(r.Problems) == 0 {
		fmt.Fprintf(w, "\nNo problems.\n")
		return
	}
	fmt.Fprintf(w, "\nProblems (%d):\n", len(r.Problems))
	for _, p := range r.Problems {
		fmt.Fprintf(w, "  %s: %s\n", p.Kind, p.Message)
	}
}
