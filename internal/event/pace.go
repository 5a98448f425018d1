package event

import (
	"iter"
	"slices"
	"time"
)

// The pace of arrivals is drawn as a chart of check-ins per quarter of an
// hour. The rule of which check-in falls in which slot lives here, so the
// screen only draws counts.

// PaceSlot is the length of one slot of the arrivals chart.
const PaceSlot = 15 * time.Minute

// The hours a day's chart spans at least, in the event's zone: desks open
// early for the first sessions and close after the evening ones. A
// check-in outside them widens the chart to its whole hour.
const (
	paceFirstHour = 7
	paceLastHour  = 19
)

// Pace is a day's check-ins counted per PaceSlot.
type Pace struct {
	// From is the start of the first slot; slot i starts at
	// From + i*PaceSlot.
	From time.Time
	// Counts holds the check-ins of each slot.
	Counts []int
	// Elapsed is how many slots have begun by the clock's now: the others
	// are still to come (all of them before the day, none after it).
	Elapsed int
}

// SlotStart is when slot i begins.
func (p Pace) SlotStart(i int) time.Time { return p.From.Add(time.Duration(i) * PaceSlot) }

// Total is the check-ins counted.
func (p Pace) Total() int {
	n := 0
	for _, c := range p.Counts {
		n += c
	}
	return n
}

// Peak is the busiest slot and its count; the first such slot on a tie,
// and -1 when nothing was counted.
func (p Pace) Peak() (slot, count int) {
	slot = -1
	for i, c := range p.Counts {
		if c > count {
			slot, count = i, c
		}
	}
	return slot, count
}

// ArrivalPace counts day d's check-ins per quarter of an hour in loc,
// those made at desk only unless desk is "". The slots span 07:00 to
// 19:00, widened to the whole hours of any check-in outside. Each person
// counts once, at their first check-in (a merge of desks may leave two);
// check-ins of other days count nowhere. now tells the slots begun.
func ArrivalPace(checkins []CheckIn, d Day, loc *time.Location, desk string, now time.Time) Pace {
	first := make(map[string]CheckIn, len(checkins))
	for _, c := range checkins {
		if c.Day != d {
			continue
		}
		if old, ok := first[c.Person]; !ok || c.At.Before(old.At) || c.At.Equal(old.At) && c.Desk < old.Desk {
			first[c.Person] = c
		}
	}
	return PaceOf(first, d, loc, desk, now)
}

// PaceOf is ArrivalPace over each person's first check-in, keyed by
// person, as a screen that follows the day already holds them: no
// second pass to find who counts.
func PaceOf(first map[string]CheckIn, d Day, loc *time.Location, desk string, now time.Time) Pace {
	from, to := d.At(paceFirstHour, 0, loc), d.At(paceLastHour, 0, loc)
	dayStart, dayEnd := d.Bounds(loc)
	// A check-in stamped outside its day (a desk's clock was wrong) stays
	// in the chart, at the day's edge.
	clamp := func(at time.Time) time.Time {
		if at.Before(dayStart) {
			return dayStart
		}
		if !at.Before(dayEnd) {
			return dayEnd.Add(-time.Nanosecond)
		}
		return at
	}
	counted := func(c CheckIn) bool { return c.Day == d && (desk == "" || c.Desk == desk) }
	for _, c := range first {
		if !counted(c) {
			continue
		}
		at := clamp(c.At)
		if at.Before(from) {
			from = hourOf(at, loc)
		}
		if !at.Before(to) {
			to = hourOf(at, loc).Add(time.Hour)
		}
	}
	p := Pace{From: from, Counts: make([]int, int(to.Sub(from)/PaceSlot))}
	for _, c := range first {
		if counted(c) {
			p.Counts[int(clamp(c.At).Sub(from)/PaceSlot)]++
		}
	}
	switch {
	case !now.After(from):
		p.Elapsed = 0
	case !now.Before(to):
		p.Elapsed = len(p.Counts)
	default:
		p.Elapsed = int(now.Sub(from)/PaceSlot) + 1
	}
	return p
}

// hourOf is the start of t's hour in loc.
func hourOf(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), 0, 0, 0, loc)
}

// PaceDesks are the desks that checked anyone in on day d, in name order.
func PaceDesks(checkins iter.Seq[CheckIn], d Day) []string {
	var out []string
	for c := range checkins {
		if c.Day == d && c.Desk != "" && !slices.Contains(out, c.Desk) {
			out = append(out, c.Desk)
		}
	}
	slices.Sort(out)
	return out
}
