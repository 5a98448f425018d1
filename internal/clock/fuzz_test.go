package clock

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// FuzzParseNow feeds arbitrary --now values: ParseNow must either return
// an instant that reads back to the same wall-clock time in the event's
// zone, or an error that quotes the value and says what it wants. It
// never panics.
func FuzzParseNow(f *testing.F) {
	f.Add("2025-07-26T09:30")
	f.Add("2025-07-26T09:30:00+07:00")
	f.Add("2025-07-26 9:30")
	// UTC+8 without daylight saving, so every wall-clock time exists
	// exactly once and the round trip is exact.
	loc := time.FixedZone("UTC+8", 8*3600)
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseNow(s, loc)
		if err != nil {
			if !strings.Contains(err.Error(), "want YYYY-MM-DDTHH:MM") {
				t.Fatalf("error does not say what it wants: %v", err)
			}
			if !strings.Contains(err.Error(), fmt.Sprintf("%q", strings.TrimSpace(s))) {
				t.Fatalf("error does not quote the value: %v", err)
			}
			return
		}
		if got.IsZero() && strings.TrimSpace(s) == "" {
			t.Fatalf("empty value accepted")
		}
		// The instant prints back and parses to itself.
		again, err := ParseNow(got.Format(time.RFC3339Nano), loc)
		if err != nil || !again.Equal(got) {
			t.Fatalf("%q -> %v does not round-trip: %v %v", s, got, again, err)
		}
		// Asia/Shanghai (historical daylight saving) must not panic either.
		if sh, err := time.LoadLocation("Asia/Shanghai"); err == nil {
			ParseNow(s, sh)
		}
	})
}
