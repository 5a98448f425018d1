package event

import (
	"fmt"
	"time"
)

// Day is a calendar day of the event in its own time zone, as YYYY-MM-DD.
// The text form sorts in time order, which the store relies on.
type Day string

// ParseDay checks and normalises a YYYY-MM-DD day.
func ParseDay(s string) (Day, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return "", fmt.Errorf("bad day %q: want YYYY-MM-DD", s)
	}
	return Day(t.Format("2006-01-02")), nil
}

// DayOf is the day that instant t falls on in loc.
func DayOf(t time.Time, loc *time.Location) Day {
	// By hand rather than Format: it runs on every check-in.
	y, m, d := t.In(loc).Date()
	if y < 0 || y > 9999 {
		return Day(t.In(loc).Format("2006-01-02"))
	}
	b := [10]byte{
		byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + int(m)/10), byte('0' + int(m)%10), '-',
		byte('0' + d/10), byte('0' + d%10),
	}
	return Day(b[:])
}

// Date is the day as a time at midnight UTC, for arithmetic.
func (d Day) Date() time.Time {
	t, _ := time.Parse("2006-01-02", string(d))
	return t
}

// Next is the following day.
func (d Day) Next() Day { return Day(d.Date().AddDate(0, 0, 1).Format("2006-01-02")) }

// Prev is the previous day.
func (d Day) Prev() Day { return Day(d.Date().AddDate(0, 0, -1).Format("2006-01-02")) }

// Before reports whether d comes before o.
func (d Day) Before(o Day) bool { return d < o }

// After reports whether d comes after o.
func (d Day) After(o Day) bool { return d > o }

// At is the instant of wall-clock time hh:mm on day d in loc.
func (d Day) At(hh, mm int, loc *time.Location) time.Time {
	t := d.Date()
	return time.Date(t.Year(), t.Month(), t.Day(), hh, mm, 0, 0, loc)
}

// ParseClock parses an HH:MM wall-clock time on day d in loc.
func ParseClock(d Day, hhmm string, loc *time.Location) (time.Time, error) {
	t, err := time.Parse("15:04", hhmm)
	if err != nil || len(hhmm) != 5 {
		return time.Time{}, fmt.Errorf("bad time %q: want HH:MM", hhmm)
	}
	return d.At(t.Hour(), t.Minute(), loc), nil
}

// Bounds are the first and last instants of the day in loc.
func (d Day) Bounds(loc *time.Location) (time.Time, time.Time) {
	start := d.At(0, 0, loc)
	return start, d.Next().At(0, 0, loc)
}

// ArrivalSpan is the first and last day of the event's span: the days on
// which arrivals are kept and shown, the programme's days widened by
// ArrivalsFrom and ArrivalsTo. Either is "" when the event has no days.
func (e Event) ArrivalSpan() (Day, Day) {
	from, to := e.FirstDay, e.LastDay
	if e.ArrivalsFrom != "" && (from == "" || e.ArrivalsFrom < from) {
		from = e.ArrivalsFrom
	}
	if e.ArrivalsTo != "" && (to == "" || e.ArrivalsTo > to) {
		to = e.ArrivalsTo
	}
	return from, to
}

// InSpan reports whether d is a day of the event's span (ArrivalSpan).
// An event without days spans every day.
func (e Event) InSpan(d Day) bool {
	from, to := e.ArrivalSpan()
	return (from == "" || d >= from) && (to == "" || d <= to)
}

// SpanDays lists the days of the event's span in order.
func (e Event) SpanDays() []Day {
	from, to := e.ArrivalSpan()
	return Event{FirstDay: from, LastDay: to}.Days()
}

// ShownDay is the day a screen or report shows at now: today while it is
// a day of the event's span (arrival days included), else the nearest day
// of the span. Today outside the span is still where that day's
// check-ins are kept (see Today): a screen that shows another day says
// so.
func (e Event) ShownDay(now time.Time) Day {
	d := e.Today(now)
	from, to := e.ArrivalSpan()
	switch {
	case from != "" && d < from:
		return from
	case to != "" && d > to:
		return to
	}
	return d
}

// Today is the calendar day of now in the event's zone: the day a
// check-in made at now is kept under, whether or not it is an event day.
func (e Event) Today(now time.Time) Day { return DayOf(now, e.Location()) }
