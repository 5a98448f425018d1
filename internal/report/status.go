// Package report is the status report of a day, worked out from the
// store's view of it: the object `caecw status --json` prints and the
// table `caecw status` prints for a person. Every number in it comes from
// internal/event's one definition (event.CountArrivals,
// event.Plan.SessionCounts), as the screens and exports read them.
package report

import (
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

// Status is the stable object `caecw status --json` prints; scripts
// and tests rely on its keys (documented in docs/status.md).
type Status struct {
	// Event and the other names are in English where the programme gives
	// that form, and their *Zh fields in Chinese: the object is the same
	// whatever the language of the machine that prints it.
	Event   string    `json:"event"`
	EventZh string    `json:"event_zh,omitempty"`
	Demo    bool      `json:"demo"`
	Day     event.Day `json:"day"`
	Now     time.Time `json:"now"`
	// Today is the day of Now, under which check-ins made now are kept;
	// it differs from Day when another day is asked for or today is not a
	// day of the event's span.
	Today event.Day `json:"today"`
	// InSpan reports whether Today is one of the event's days (arrival
	// days included).
	InSpan bool `json:"today_in_event"`
	// ClosedAt is when the day was last closed (absent while it was
	// not); LateSinceClose counts its entries since, not in the records.
	ClosedAt       *time.Time      `json:"closed_at,omitempty"`
	LateSinceClose int             `json:"late_since_close"`
	Sessions       []Session       `json:"sessions"`
	Delegations    []Delegation    `json:"delegations"`
	Arrived        int             `json:"arrived"`
	Expected       int             `json:"expected"`
	Registered     int             `json:"registered"`
	Missing        int             `json:"missing"`
	Problems       []event.Problem `json:"problems"`
	// Attention is the list of the hour ahead at Now (issue 19), most
	// urgent first; its keys are event.AttentionItem's JSON tags.
	Attention []event.AttentionItem `json:"attention"`
}

// Session is one session's line of the report.
type Session struct {
	ID          string    `json:"id"`
	Title       string    `json:"title"`
	TitleZh     string    `json:"title_zh,omitempty"`
	Start       time.Time `json:"start"`
	End         time.Time `json:"end"`
	Venue       string    `json:"venue"`
	VenueName   string    `json:"venue_name"`
	VenueNameZh string    `json:"venue_name_zh,omitempty"`
	Kind        string    `json:"kind"`
	Status      string    `json:"status"`
	Phase       string    `json:"phase"`
	DelayMin    int       `json:"delay_min"`
	Moved       bool      `json:"moved"`
	Assigned    int       `json:"assigned"`
	Present     int       `json:"present"`
	Capacity    int       `json:"capacity"`
}

// Delegation is one delegation's arrivals of the day.
type Delegation struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	NameZh     string `json:"name_zh,omitempty"`
	Country    string `json:"country"`
	Expected   int    `json:"expected"`
	Registered int    `json:"registered"`
	Arrived    int    `json:"arrived"`
	Missing    int    `json:"missing"`
}

// Build works out the report of day view v at now.
func Build(v *store.DayView, now time.Time) Status {
	r := Status{Event: v.Event.Name, EventZh: v.Event.NameZh, Demo: v.Event.Demo, Day: v.Day, Now: now.In(v.Event.Location()), Today: v.Event.Today(now)}
	r.InSpan = v.Event.InSpan(r.Today)
	if v.Closed != nil {
		at := v.Closed.At.In(v.Event.Location())
		r.ClosedAt, r.LateSinceClose = &at, v.LateSinceClose
	}
	plan := v.Plan(now)
	counts := plan.SessionCounts()
	statuses := event.Statuses(v.Sessions, now)
	loc := v.Event.Location()
	for i, s := range v.Sessions {
		venue := plan.Venues[s.EffectiveVenue()]
		st := statuses[i]
		text := st.String()
		if st.Moved && (st.Phase == event.PhaseUpcoming || st.Phase == event.PhaseNext) {
			text += ", moved"
		}
		r.Sessions = append(r.Sessions, Session{
			ID: s.ID, Title: s.Title, TitleZh: s.TitleZh, Start: s.EffectiveStart().In(loc), End: s.EffectiveEnd().In(loc),
			Venue: venue.ID, VenueName: venue.Name, VenueNameZh: venue.NameZh, Kind: string(s.Kind), Status: text, Phase: string(st.Phase),
			DelayMin: st.DelayMin, Moved: st.Moved, Assigned: counts[i].Assigned, Present: counts[i].Present, Capacity: counts[i].Capacity,
		})
	}
	arrivals := v.ArrivalCounts()
	for i, d := range v.Delegations {
		a := arrivals[i]
		r.Delegations = append(r.Delegations, Delegation{ID: d.ID, Name: d.Name, NameZh: d.NameZh, Country: d.Country,
			Expected: a.Expected, Registered: a.Registered, Arrived: a.Arrived, Missing: a.Missing()})
	}
	total := event.TotalArrivals(arrivals)
	r.Arrived, r.Expected, r.Registered, r.Missing = total.Arrived, total.Expected, total.Registered, total.Missing()
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
		r.Sessions = []Session{}
	}
	if r.Delegations == nil {
		r.Delegations = []Delegation{}
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

// Print writes the day at a glance for a person, in p's language:
// dates, statuses, kinds, venue and delegation names and problem
// sentences from the catalogue. Columns are padded by display width, so
// Chinese names line up.
func Print(w io.Writer, p i18n.Printer, v *store.DayView, now time.Time, r Status) {
	loc := v.Event.Location()
	plan := v.Plan(now)
	head := textcell.Sanitize(p.EventName(v.Event))
	if r.Demo {
		head += "  " + p.T(i18n.KeyCLIStatusDemo)
	}
	fmt.Fprintf(w, "%s\n%s\n", head, p.T(i18n.KeyCLIStatusDayNow, "date", p.Day(r.Day), "time", p.Clock(now.In(loc))))
	switch {
	case !r.InSpan:
		from, to := v.Event.ArrivalSpan()
		fmt.Fprintln(w, p.T(i18n.KeyCLIStatusOutside, "today", p.Day(r.Today), "from", p.Day(from), "to", p.Day(to), "day", string(r.Today)))
	case r.Day != r.Today:
		fmt.Fprintln(w, p.T(i18n.KeyCLIStatusOtherDay, "today", p.Day(r.Today)))
	}
	if r.ClosedAt != nil {
		fmt.Fprintln(w, p.N(i18n.KeyCLIStatusClosed, r.LateSinceClose, "time", p.Clock(*r.ClosedAt), "times", v.Closed.Times, "late", r.LateSinceClose))
	}
	fmt.Fprintln(w)
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
				textcell.Sanitize(p.SessionTitle(s)), p.Kind(s.Kind), textcell.Sanitize(p.VenueName(plan.Venues[s.EffectiveVenue()])),
				p.Status(statuses[i]), fmt.Sprintf("%d/%d", rs.Assigned, rs.Capacity),
			})
		}
		writeTable(w, "", rows)
	}
	fmt.Fprintf(w, "\n%s\n", p.T(i18n.KeyCLIStatusArrivals, "arrived", r.Arrived, "expected", r.Expected, "missing", r.Missing))
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

// PrintAttention writes the attention list one item a line, in p's
// language, for a script (grep, cut on the two-space columns) or a pager:
// when, severity, kind, what, and the fix; a delegation short of people
// adds an indented line each. Every name is sanitised.
func PrintAttention(w io.Writer, p i18n.Printer, pl event.Plan, loc *time.Location, items []event.AttentionItem) {
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
