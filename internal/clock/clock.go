// Package clock gives every time-dependent part of caecw its "now", so that
// tests and demos can fix the instant the app believes it is.
package clock

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"caecw/internal/journal"
)

// Clock tells the time.
type Clock interface {
	Now() time.Time
}

// System is the machine's clock.
type System struct{}

// Now implements Clock.
func (System) Now() time.Time { return time.Now() }

// Offset runs on from a chosen start: it reads start when created, then
// advances with the machine's clock. `--now` uses it so a demo is
// "in progress" and the on-screen clock still ticks.
type Offset struct {
	delta time.Duration
}

// NewOffset makes a clock that reads start now and runs on from there.
func NewOffset(start time.Time) *Offset {
	return &Offset{delta: time.Until(start)}
}

// Now implements Clock.
func (o *Offset) Now() time.Time { return time.Now().Add(o.delta) }

// Fixed never moves unless told to; for tests.
type Fixed struct {
	mu sync.Mutex
	t  time.Time
}

// NewFixed makes a clock stopped at t.
func NewFixed(t time.Time) *Fixed { return &Fixed{t: t} }

// Now implements Clock.
func (f *Fixed) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.t
}

// Set moves the clock to t (backwards too: tests use it for clock jumps).
func (f *Fixed) Set(t time.Time) {
	f.mu.Lock()
	f.t = t
	f.mu.Unlock()
}

// Advance moves the clock on by d.
func (f *Fixed) Advance(d time.Duration) {
	f.mu.Lock()
	f.t = f.t.Add(d)
	f.mu.Unlock()
}

// ErrOutOfRange is wrapped by ParseNow's error for a time outside the
// documented range: the years 2000 to 2099 of the event's calendar, and
// within journal.MinAt to journal.MaxAt, the instants an entry may carry.
// Outside it the id clock would go negative or wrap, and nothing of an
// event lies there.
var ErrOutOfRange = errors.New("outside the years 2000 to 2099")

// ParseNow reads a --now value: 2025-07-26T09:30, with optional seconds,
// or a full RFC 3339 instant. Without an offset the time is wall-clock
// time in loc (the event's zone). It must lie in the years 2000 to 2099.
func ParseNow(s string, loc *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	t, err := parseNow(s, loc)
	if err != nil {
		return t, err
	}
	// Both in the event's calendar and as an instant: the journal's
	// range is in UTC, the person means the event's years.
	if y := t.In(loc).Year(); y < 2000 || y > 2099 || t.Before(journal.MinAt) || !t.Before(journal.MaxAt) {
		return time.Time{}, fmt.Errorf("bad --now %q: %w; want YYYY-MM-DDTHH:MM (event time) within them", s, ErrOutOfRange)
	}
	return t, nil
}

func parseNow(s string, loc *time.Location) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	for _, layout := range []string{"2006-01-02T15:04", "2006-01-02T15:04:05", "2006-01-02 15:04", "2006-01-02 15:04:05"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad --now %q: want YYYY-MM-DDTHH:MM (event time) or an RFC 3339 instant", s)
}
