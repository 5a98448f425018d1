package formats

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"caecw/internal/event"
)

// DayLogSchema names the JSON day-log format; it changes only when a key
// is removed or changes meaning (docs/export.md).
const DayLogSchema = "caecw.daylog/1"

// jsonHead is everything of the JSON day log that comes before entries.
type jsonHead struct {
	Schema string `json:"schema"`
	// Event is the event's English name and EventZh its Chinese name,
	// whatever the labels' language (JSON keys and values stay put).
	Event    string  `json:"event"`
	EventZh  string  `json:"event_zh,omitempty"`
	City     string  `json:"city"`
	TimeZone string  `json:"timezone"`
	Day      string  `json:"day"`
	Summary  Summary `json:"summary"`
}

// WriteDayLogJSON writes the day log as one JSON object: schema, event,
// city, timezone, day, summary, then entries, one per line, streamed. See
// docs/export.md for the schema.
func WriteDayLogJSON(w io.Writer, d DayLog) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	sum := d.Summary
	// Empty lists are [] rather than null, so readers need no special
	// case. The caller's slices are copied, never changed.
	sum.Arrivals = append([]DelegationArrivals{}, sum.Arrivals...)
	for i := range sum.Arrivals {
		if sum.Arrivals[i].Missing == nil {
			sum.Arrivals[i].Missing = []string{}
		}
	}
	if sum.OpenProblems == nil {
		sum.OpenProblems = []event.Problem{}
	}
	head := jsonHead{Schema: DayLogSchema, Event: d.Event.Name, EventZh: d.Event.NameZh, City: d.Event.City, TimeZone: d.Event.Location().String(), Day: string(d.Day), Summary: sum}
	b, err := json.Marshal(head)
	if err != nil {
		return fmt.Errorf("day log json: %w", err)
	}
	// Reopen the head object to add the entries array last.
	bw.Write(b[:len(b)-1])
	bw.WriteString(`,"entries":[`)
	first := true
	loc := d.Event.Location()
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	err = d.rows(func(r *logRow) error {
		if !first {
			bw.WriteByte(',')
		}
		first = false
		bw.WriteByte('\n')
		payload := r.Payload
		if len(payload) == 0 {
			payload = json.RawMessage("null")
		}
		return enc.Encode(jsonEntry{
			ID: r.ID, At: r.At.In(loc).Format(time.RFC3339Nano), Desk: r.Desk, Operator: r.Operator, Action: string(r.Kind),
			Subject: r.Subject, SubjectName: r.SubjectName, Details: r.Details, UndoneBy: r.UndoneBy, Payload: payload,
		})
	})
	if err != nil {
		return fmt.Errorf("day log json: %w", err)
	}
	bw.WriteString("]}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("day log json: %w", err)
	}
	return nil
}
