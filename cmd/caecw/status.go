package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/textcell"
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
	// Attention is the list of the hour ahead at Now (issue 19), most
	// urgent first; its keys are event.AttentionItem's JSON tags.
	Attention []event.AttentionItem `json:"attention"`
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
	r.Attention = event.Attention(plan, now, event.AttentionOptions{})
	if r.Attention == nil {
		r.Attention = []event.AttentionItem{}
	}
	for i := range r.Attention {
		if r.Attention[i].Sessions == nil {
			r.Attention[i].Sessions = []string{}
		}
	}
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
	p := env.printer()
	var c cliFlags
	var asJSON, attention bool
	fs := newFlags(env, "status", p.T(i18n.KeyCLISynopsisStatus), &c, "db", "now", "lang")
	dayFlag := fs.String("day", "", p.T(i18n.KeyCLIFlagDay))
	fs.BoolVar(&asJSON, "json", false, p.T(i18n.KeyCLIFlagJSON))
	fs.BoolVar(&attention, "attention", false, p.T(i18n.KeyCLIFlagAttention))
	if code, ok := parse(fs, args); !ok {
		return code
	}
	c.desk = "status"
	// Never made here: a status that made a demo file where the data file
	// went missing would hide the loss (and a restore would then move it).
	s, err := c.open(env, false)
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	ev, err := s.Event()
	if err != nil {
		return fail(env.stderr, explain(p, err))
	}
	now := s.Clock().Now()
	day := ev.ShownDay(now)
	if *dayFlag != "" {
		if day, err = event.ParseDay(*dayFlag); err != nil {
			return fail(env.stderr, &userError{p: p, msg: p.T(i18n.KeyCLIBadDay, "value", *dayFlag), err: err})
		}
	}
	v, err := s.Day(day)
	if err != nil {
		return fail(env.stderr, explain(p, err))
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
	if attention {
		printAttention(env.stdout, p, v.Plan(now), v.Event.Location(), r.Attention)
		return 0
	}
	printStatus(env.stdout, p, v, now, r)
	return 0
}

// printStatus writes the day at a glance for a person, in p's language:
// dates, statuses, kinds, venue and delegation names and problem
// sentences from the catalogue. Columns are padded by display width, so
// Chinese names line up.
func printStatus(w io.Writer, p i18n.Printer, v *store.DayView, now time.Time, r statusReport) {
	loc := v.Event.Location()
	plan := v.Plan(now)
	head := textcell.Sanitize(r.Event)
	if r.Demo {
		head += "  " + p.T(i18n.KeyCLIStatusDemo)
	}
	fmt.Fprintf(w, "%s\n%s\n\n", head, p.T(i18n.KeyCLIStatusDayNow, "date", p.Day(r.Day), "time", p.Clock(now.In(loc))))
	if len(v.Sessions) == 0 {
		fmt.Fprintln(w, p.T(i18n.KeyCLIStatusNoSessions))
	} else {
		rows := [][]string{{p.T(i18n.KeyCLIStatusColTime), p.T(i18n.KeyCLIStatusColSession), p.T(i18n.KeyCLIStatusColKind),
			p.T(i18n.KeyCLIStatusColVenue), p.T(i18n.KeyCLIStatusColStatus), p.T(i18n.KeyCLIStatusColAssign)}}
		statuses := event.Statuses(v.Sessions, now)
		for i, s := range v.Sessions {
			rs := r.Sessions[i]
			rows = append(rows, []string{
				p.Clock(s.EffectiveStart().In(loc)) + "-" + p.Clock(s.EffectiveEnd().In(loc)),
				textcell.Sanitize(s.Title), p.Kind(s.Kind), textcell.Sanitize(p.VenueName(plan.Venues[s.EffectiveVenue()])),
				p.Status(statuses[i]), fmt.Sprintf("%d/%d", rs.Assigned, rs.Capacity),
			})
		}
		writeTable(w, "", rows)
	}
	fmt.Fprintf(w, "\n%s\n", p.T(i18n.KeyCLIStatusArrivals, "arrived", r.Arrived, "expected", r.Expected))
	var rows [][]string
	for _, d := range r.Delegations {
		rows = append(rows, []string{textcell.Sanitize(d.ID), textcell.Sanitize(p.DelegationName(plan.Delegations[d.ID])), fmt.Sprintf("%d/%d", d.Arrived, d.Expected)})
	}
	writeTable(w, "  ", rows)
	if len(r.Problems) == 0 {
		fmt.Fprintf(w, "\n%s\n", p.T(i18n.KeyCLIStatusNoProblems))
		return
	}
	fmt.Fprintf(w, "\n%s\n", p.N(i18n.KeyCLIStatusProblems, len(r.Problems)))
	for _, pr := range r.Problems {
		fmt.Fprintf(w, "  %s\n", textcell.Sanitize(p.Problem(pr, plan, loc)))
	}
}

// printAttention writes the attention list one item a line, in p's
// language, for a script (grep, cut on the two-space columns) or a pager:
// when, severity, kind, what, and the fix; a delegation short of people
// adds an indented line each. Every name is sanitised.
func printAttention(w io.Writer, p i18n.Printer, pl event.Plan, loc *time.Location, items []event.AttentionItem) {
	if len(items) == 0 {
		fmt.Fprintln(w, p.T(i18n.KeyCLIAttentionNone, "window", p.Duration(event.DefaultAttentionWindow)))
		return
	}
	for _, it := range items {
		line := strings.Join([]string{p.AttentionWhen(it, loc), p.Severity(it.Severity), p.AttentionKind(it.Kind),
			p.Attention(it, pl), p.T(i18n.KeyAttentionFixLine, "fix", p.AttentionFix(it))}, "  ")
		fmt.Fprintln(w, textcell.Sanitize(line))
		for _, sf := range it.Shortfalls {
			fmt.Fprintln(w, textcell.Sanitize(p.T(i18n.KeyCLIAttentionShort, "shortfall", p.AttentionShortfall(sf, pl))))
		}
	}
}

// writeTable writes rows as left-aligned columns two cells apart, each
// line after indent; widths are display cells, not bytes or runes, as
// text/tabwriter would count them.
func writeTable(w io.Writer, indent string, rows [][]string) {
	var widths []int
	for _, row := range rows {
		for i, cell := range row {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], textcell.Width(textcell.Wc, cell))
		}
	}
	for _, row := range rows {
		var b strings.Builder
		b.WriteString(indent)
		for i, cell := range row {
			if i == len(row)-1 {
				b.WriteString(cell)
				break
			}
			b.WriteString(textcell.Pad(textcell.Wc, cell, widths[i]+2))
		}
		fmt.Fprintln(w, b.String())
	}
}
