package store

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzBadgeLookup scans arbitrary codes (scanner noise, control bytes,
// invalid UTF-8, full-width digits, zero-width spaces): a lookup either
// finds the person whose badge matches after trimming and upper-casing,
// or says ErrNotFound; a check-in by an unknown code writes nothing, and
// one by a known code leaves that person arrived. Nothing panics.
func FuzzBadgeLookup(f *testing.F) {
	f.Add("TH001")
	f.Add(" vn002\t")
	f.Add("")
	fx := newFixture(f, "desk-a")
	fx.clock.Set(at(f, day1, 9, 0))
	f.Fuzz(func(t *testing.T, code string) {
		before := journalLen(t, fx.s)
		p, err := fx.s.PersonByBadge(code)
		if err != nil {
			if !errors.Is(err, ErrNotFound) {
				t.Fatalf("lookup %q: %v", code, err)
			}
		} else if !bytes.Equal(badgeKey(p.Badge), badgeKey(code)) {
			t.Fatalf("lookup %q found badge %q", code, p.Badge)
		}
		res, cerr := fx.s.CheckInBadge(code)
		switch {
		case err != nil:
			if !errors.Is(cerr, ErrNotFound) {
				t.Fatalf("check-in of unknown %q: %v", code, cerr)
			}
			if n := journalLen(t, fx.s); n != before {
				t.Fatalf("unknown %q wrote %d entries", code, n-before)
			}
		case cerr != nil:
			t.Fatalf("check-in of %q (%s): %v", code, p.ID, cerr)
		case res.Person.ID != p.ID:
			t.Fatalf("check-in of %q checked in %s, lookup found %s", code, res.Person.ID, p.ID)
		default:
			if _, ok := fx.s.Arrival(day1, p.ID); !ok {
				t.Fatalf("%q: no arrival after check-in", code)
			}
		}
	})
}
