package journal

import (
	"errors"
	"slices"
	"testing"
	"time"
)

func TestIDRoundTrip(t *testing.T) {
	at := time.Date(2025, 7, 24, 1, 30, 0, 0, time.UTC)
	h := MakeHLC(at, 7)
	for _, origin := range []string{"desk-a", Origin("desk-a", "1a2b3c4d5e6f"), "门口@x"} {
		id := NewID(h, origin)
		gh, gorigin, err := ParseID(string(id))
		if err != nil || gh != h || gorigin != origin {
			t.Errorf("ParseID(%s) = %x %q %v", id, gh, gorigin, err)
		}
		if back := IDFromKey(id.Key()); back != id {
			t.Errorf("key round trip of %s gave %s", id, back)
		}
		if !h.Time().Equal(at) {
			t.Errorf("clock time %v, want %v", h.Time(), at)
		}
	}
}

func TestIDOriginAndDesk(t *testing.T) {
	cases := []struct {
		id         ID
		desk, tag  string
		withOrigin string
	}{
		{"0198000000000000-desk-a", "desk-a", "", "desk-a"},
		{"0198000000000000-desk-a@1a2b3c4d", "desk-a", "1a2b3c4d", "desk-a@1a2b3c4d"},
		// Not a tag: upper case, or the wrong length.
		{"0198000000000000-desk-a@1A2B3C4D", "desk-a@1A2B3C4D", "", "desk-a@1A2B3C4D"},
		{"0198000000000000-desk-a@1a2b", "desk-a@1a2b", "", "desk-a@1a2b"},
	}
	for _, c := range cases {
		if got := c.id.Origin(); got != c.withOrigin {
			t.Errorf("%s: origin %q, want %q", c.id, got, c.withOrigin)
		}
		desk, tag := SplitOrigin(c.id.Origin())
		if desk != c.desk || tag != c.tag || c.id.Desk() != c.desk {
			t.Errorf("%s: desk %q tag %q (Desk %q), want %q %q", c.id, desk, tag, c.id.Desk(), c.desk, c.tag)
		}
	}
}

func TestParseIDRefusesMalformed(t *testing.T) {
	for _, s := range []string{"", "x", "0198000000000000", "0198000000000000-", "019800000000000g-desk", "0198000000000000_desk"} {
		if _, _, err := ParseID(s); err == nil {
			t.Errorf("ParseID(%q) accepted", s)
		}
	}
}

// Ids sort in time order in both forms, and the key order is the text
// order for ids of one origin.
func TestIDOrdering(t *testing.T) {
	base := time.Date(2025, 7, 24, 1, 0, 0, 0, time.UTC)
	var ids []ID
	for i := range 50 {
		ids = append(ids, NewID(MakeHLC(base.Add(time.Duration(i)*time.Millisecond), uint16(i%3)), Origin("d", "00ff00ff")))
	}
	shuffled := slices.Clone(ids)
	slices.Reverse(shuffled)
	slices.SortFunc(shuffled, func(a, b ID) int { return SortKey(Entry{ID: a}, Entry{ID: b}) })
	if !slices.Equal(shuffled, ids) {
		t.Error("key order is not time order")
	}
	if !slices.IsSorted(ids) {
		t.Error("text order is not time order")
	}
}

func TestCheckDesk(t *testing.T) {
	for _, ok := range []string{"desk-a", "门口1", "gate_2"} {
		if err := CheckDesk(ok); err != nil {
			t.Errorf("%q refused: %v", ok, err)
		}
	}
	long := string(make([]byte, 65))
	for _, bad := range []string{"", "a b", "a\x1b", long, "a@b"} {
		if CheckDesk(bad) == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestGeneratorIncreasesWhenTheClockGoesBack(t *testing.T) {
	now := time.Date(2025, 7, 24, 1, 0, 0, 0, time.UTC)
	g := NewGenerator(0)
	var last HLC
	for i, at := range []time.Time{now, now, now.Add(-time.Hour), now.Add(time.Millisecond), now.Add(-time.Minute)} {
		h, err := g.Next(at)
		if err != nil || h <= last {
			t.Fatalf("reading %d: %x after %x (%v)", i, h, last, err)
		}
		last = h
	}
	g.Observe(MakeHLC(now.Add(time.Hour), 0))
	if h, _ := g.Next(now); h <= MakeHLC(now.Add(time.Hour), 0) {
		t.Errorf("reading %x not past the observed one", h)
	}
}

// Issue 12: one reading at the end of the clock made Next wrap to 0 and
// hand out ids already in the journal. It must fail loudly instead, and
// keep failing rather than ever going back.
func TestGeneratorNeverWraps(t *testing.T) {
	now := time.Date(2025, 7, 24, 1, 0, 0, 0, time.UTC)
	g := NewGenerator(0)
	g.Observe(^HLC(0))
	for range 2 {
		h, err := g.Next(now)
		if !errors.Is(err, ErrClockExhausted) {
			t.Fatalf("Next after the end of the clock: %x, %v", h, err)
		}
	}
	if g.Last() != ^HLC(0) {
		t.Errorf("the generator went back to %x", g.Last())
	}
	g = NewGenerator(^HLC(0) - 1)
	if h, err := g.Next(now); err != nil || h != ^HLC(0) {
		t.Errorf("the last reading: %x %v", h, err)
	}
	if _, err := g.Next(now); !errors.Is(err, ErrClockExhausted) {
		t.Errorf("after the last reading: %v", err)
	}
}

// A time an id cannot hold (before 1970, or past 48 bits of milliseconds)
// is refused, not folded into a wrong reading.
func TestGeneratorRefusesTimesOutOfRange(t *testing.T) {
	g := NewGenerator(0)
	for _, at := range []time.Time{time.Date(1969, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(10900, 1, 1, 0, 0, 0, 0, time.UTC)} {
		if h, err := g.Next(at); !errors.Is(err, ErrClockExhausted) {
			t.Errorf("Next(%v) = %x, %v", at, h, err)
		}
	}
}
