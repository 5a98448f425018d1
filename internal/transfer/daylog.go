package transfer

import (
	"errors"
	"iter"
	"slices"
	"time"

	"caecw/internal/event"
	"caecw/internal/formats"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/store"
)

// DayLog is a day's log ready for the formats' writers, with the error of
// reading its entries, which the iterator cannot return itself.
type DayLog struct {
	formats.DayLog
	// Count is the number of the day's entries the log holds, closes not
	// counted (what close-day records, see store.CloseDay).
	Count int
	s     *store.Store
	err   error
}

// Err is the error of the last pass over the entries, if reading them
// failed part way; check it after writing.
func (d *DayLog) Err() error { return d.err }

// errStop ends the store's walk when the writer stops early.
var errStop = errors.New("stop")

// entries streams the day's journal from the store: one read transaction
// per pass, one entry in memory at a time.
func (d *DayLog) entries() iter.Seq[journal.Entry] {
	return func(yield func(journal.Entry) bool) {
		err := d.s.Entries(d.Day, func(e journal.Entry, _ journal.ID) error {
			if !yield(e) {
				return errStop
			}
			return nil
		})
		if err != nil && !errors.Is(err, errStop) {
			d.err = err
		}
	}
}

// BuildDayLog reads what the day log of day needs from s: the undone
// entries (a first pass over the log), the names (the programme as it is
// now, walk-ins included) and the summary at the end of the day. Entries
// are read again, streamed, by each writer.
func BuildDayLog(s *store.Store, day event.Day, labels formats.Labels) (*DayLog, error) {
	prog, err := s.Programme()
	if err != nil {
		return nil, err
	}
	v, err := s.Day(day)
	if err != nil {
		return nil, err
	}
	d := &DayLog{s: s}
	d.Event, d.Day, d.Labels = v.Event, day, labels
	d.Names = formats.LookupIn(labels.P, prog)
	d.Undone = map[journal.ID]journal.ID{}
	d.UndoneAt = map[journal.ID]time.Time{}
	d.Targets = map[journal.ID]journal.Entry{}
	undoAt := map[journal.ID]time.Time{}
	assigns := 0
	err = s.Entries(day, func(e journal.Entry, by journal.ID) error {
		if e.Kind != journal.KindDayClose {
			d.Count++
		}
		if e.Kind == journal.KindUndo {
			undoAt[e.ID] = e.At
			var u journal.Undo
			if e.Decode(&u) == nil {
				if t, ok := s.Entry(u.Target); ok {
					t.Payload = slimPayload(t)
					d.Targets[e.ID] = t
				}
			}
		}
		if by != "" {
			d.Undone[e.ID] = by
		} else if e.Kind == journal.KindAssign {
			assigns++
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for target, by := range d.Undone {
		at, ok := undoAt[by]
		if !ok {
			// An undo made on a later day than its target.
			if u, found := s.Entry(by); found {
				at, ok = u.At, true
			}
		}
		if ok {
			d.UndoneAt[target] = at
		}
	}
	d.Summary = summarise(labels.P, v, prog.People, assigns)
	d.Entries = d.entries()
	return d, nil
}

// EndOfDay is the last instant of day in loc, at which the summary and
// the open problems are judged.
func EndOfDay(day event.Day, loc *time.Location) time.Time {
	_, next := day.Bounds(loc)
	return next.Add(-time.Nanosecond)
}

// summarise works out the day at close: arrivals against expected with
// who is missing, what became of the sessions, the assignment changes that
// stood (undone ones do not count) and the problems still open, with
// names and the problems' sentences in p's language (JSON keeps the
// codes: delegation ids, problem kinds).
func summarise(p i18n.Printer, v *store.DayView, people []event.Person, assigns int) formats.Summary {
	end := EndOfDay(v.Day, v.Event.Location())
	arrived := make(map[string]bool, len(v.Arrivals))
	for _, c := range v.Arrivals {
		arrived[c.Person] = true
	}
	missing := map[string][]string{}
	for _, per := range people {
		if !arrived[per.ID] {
			missing[per.Delegation] = append(missing[per.Delegation], per.Name)
		}
	}
	sum := formats.Summary{AssignmentChanges: assigns, Arrivals: []formats.DelegationArrivals{}}
	for i, a := range v.ArrivalCounts() {
		d := v.Delegations[i]
		m := missing[d.ID]
		if m == nil {
			m = []string{}
		}
		slices.Sort(m)
		sum.Arrivals = append(sum.Arrivals, formats.DelegationArrivals{
			Delegation: d.ID, Name: p.DelegationName(d), Expected: a.Expected, Arrived: a.Arrived, Missing: m,
		})
	}
	for _, s := range v.Sessions {
		if s.State.Cancelled {
			sum.Sessions.Cancelled++
			continue
		}
		if event.StatusAt(s, end).Phase == event.PhaseDone {
			sum.Sessions.Held++
		}
		if s.State.DelayMin > 0 {
			sum.Sessions.Delayed++
		}
		if s.Moved() || s.Rescheduled() {
			sum.Sessions.Moved++
		}
	}
	plan := v.Plan(end)
	sum.OpenProblems = event.DetectProblems(plan)
	if sum.OpenProblems == nil {
		sum.OpenProblems = []event.Problem{}
	}
	for i, pr := range sum.OpenProblems {
		sum.OpenProblems[i].Message = p.Problem(pr, plan, v.Event.Location())
	}
	return sum
}

// slimPayload keeps what an undo's row needs of its target: a walk-in's
// payload names the person; the others are named by their subject.
func slimPayload(e journal.Entry) []byte {
	if e.Kind == journal.KindWalkIn {
		return e.Payload
	}
	return nil
}
