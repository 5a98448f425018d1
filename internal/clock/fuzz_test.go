package clock

import (
	"errors"
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

// TestParseNowRange: --now outside the years 2000 to 2099 is refused with
// ErrOutOfRange (9999-12-31 used to become 2319-03-14, and 1969 gave
// negative id clocks); the ends of the range are accepted.
func TestParseNowRange(t *testing.T) {
	loc := time.FixedZone("UTC+8", 8*3600)
	for _, s := range []string{"2000-01-01T08:00", "2025-07-26T09:30", "2099-12-31T23:59", "2099-12-31T23:59:59+08:00"} {
		if _, err := ParseNow(s, loc); err != nil {
			t.Errorf("%s: %v", s, err)
		}
	}
	for _, s := range []string{"1969-12-31T23:59", "1999-12-31T23:59:59Z", "2100-01-01T08:00", "2100-01-01T00:00", "9999-12-31T23:59", "0001-01-01T00:00"} {
		if _, err := ParseNow(s, loc); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("%s: %v, want ErrOutOfRange", s, err)
		}
	}
}
