package venues

import (
	"strings"
	"time"
)

// The timeline's characters. Each meaning has its own shape, so the axis
// reads the same without colour.
const (
	cellFree    = ' '
	cellTick    = '·' // every labelled hour, a faint grid line
	cellSession = '█'
	cellClash   = '▓' // two sessions at once in one venue
	cellOutage  = '░' // out of service, nothing booked
	cellBroken  = 'X' // a session while the venue is out of service
	cellNow     = '│' // now, drawn through the free cells
)

// nowCell is the cell of the axis now falls in, or -1 outside the axis.
func nowCell(w span, width int, now time.Time) int {
	if now.Before(w.from) || !now.Before(w.to) {
		return -1
	}
	return int(time.Duration(width) * now.Sub(w.from) / w.to.Sub(w.from))
}

// span is a half-open window of time.
type span struct{ from, to time.Time }

func (s span) meets(o span) bool { return s.from.Before(o.to) && o.from.Before(s.to) }

// window is the day's axis: 07:00-23:00 in the event's zone, widened to
// the hour around any session that starts earlier or ends later.
func (m *Model) window() span {
	loc := m.loc()
	w := span{m.view.Day.At(7, 0, loc), m.view.Day.At(23, 0, loc)}
	for _, s := range m.view.Sessions {
		if s.State.Cancelled {
			continue
		}
		if st := s.EffectiveStart(); st.Before(w.from) {
			w.from = st.In(loc).Truncate(time.Hour)
		}
		if e := s.EffectiveEnd(); e.After(w.to) {
			w.to = e.In(loc).Add(time.Hour - time.Nanosecond).Truncate(time.Hour)
		}
	}
	return w
}

// hourStep is how many hours apart the axis labels go so that each
// two-digit label has room.
func hourStep(w span, width int) int {
	hours := max(1, int(w.to.Sub(w.from)/time.Hour))
	for _, step := range []int{1, 2, 3, 4, 6} {
		if width*step/hours >= 4 {
			return step
		}
	}
	return 12
}

// cellSpan is the time cell i of width cells covers.
func cellSpan(w span, width, i int) span {
	d := w.to.Sub(w.from)
	return span{w.from.Add(d * time.Duration(i) / time.Duration(width)), w.from.Add(d * time.Duration(i+1) / time.Duration(width))}
}

// ticks marks the cells holding a labelled hour.
func (m *Model) ticks(w span, width int) map[int]bool {
	out := map[int]bool{}
	step := hourStep(w, width)
	d := w.to.Sub(w.from)
	for t, h := w.from, 0; t.Before(w.to); t, h = t.Add(time.Hour), h+1 {
		if h%step == 0 {
			out[int(time.Duration(width)*t.Sub(w.from)/d)] = true
		}
	}
	return out
}

// axis is the header line of the timeline: the hours, and a │ at now.
func (m *Model) axis(w span, width int) string {
	row := []rune(strings.Repeat(" ", width))
	step := hourStep(w, width)
	d := w.to.Sub(w.from)
	loc := m.loc()
	for t, h := w.from, 0; t.Before(w.to); t, h = t.Add(time.Hour), h+1 {
		if h%step != 0 {
			continue
		}
		at := int(time.Duration(width) * t.Sub(w.from) / d)
		label := t.In(loc).Format("15")
		if at+len(label) <= width {
			copy(row[at:], []rune(label))
		}
	}
	// The labels win over the now line; the tracks below carry it.
	if i := nowCell(w, width, m.now); i >= 0 && row[i] == ' ' {
		row[i] = cellNow
	}
	return string(row)
}

// track draws one venue's day: its sessions, clashes and outages.
func (m *Model) track(venue string, w span, width int, ticks map[int]bool) string {
	var booked, clashes, down []span
	for _, s := range m.view.Sessions {
		if !s.State.Cancelled && s.EffectiveVenue() == venue {
			booked = append(booked, span{s.EffectiveStart(), s.EffectiveEnd()})
		}
	}
	for i := range booked {
		for j := i + 1; j < len(booked); j++ {
			if booked[i].meets(booked[j]) {
				clashes = append(clashes, span{later(booked[i].from, booked[j].from), earlier(booked[i].to, booked[j].to)})
			}
		}
	}
	for _, o := range m.view.Outages {
		if o.Venue == venue {
			to := o.To
			if to.IsZero() {
				to = w.to
			}
			down = append(down, span{o.From, to})
		}
	}
	row := make([]rune, width)
	now := nowCell(w, width, m.now)
	for i := range row {
		cell := cellSpan(w, width, i)
		switch {
		case anyMeets(clashes, cell):
			row[i] = cellClash
		case anyMeets(booked, cell) && anyMeets(down, cell):
			row[i] = cellBroken
		case anyMeets(booked, cell):
			row[i] = cellSession
		case anyMeets(down, cell):
			row[i] = cellOutage
		case i == now:
			row[i] = cellNow
		case ticks[i]:
			row[i] = cellTick
		default:
			row[i] = cellFree
		}
	}
	return string(row)
}

func anyMeets(ss []span, cell span) bool {
	for _, s := range ss {
		if s.meets(cell) {
			return true
		}
	}
	return false
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
