package journal

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

// An ID names an entry everywhere: a hybrid logical clock reading (48 bits
// of Unix milliseconds, 16 bits of counter) followed by the desk that
// wrote it. Its text form "0197a1b2c3d40000-desk" and its key form
// (8 bytes big-endian, then the desk) both sort in time order, and two
// desks can never make the same one.
type ID string

// HLC is the clock part of an id.
type HLC uint64

// MakeHLC builds a clock reading from an instant and a counter.
func MakeHLC(t time.Time, counter uint16) HLC {
	return HLC(uint64(t.UnixMilli())<<16 | uint64(counter))
}

// Time is the wall-clock part of the reading.
func (h HLC) Time() time.Time { return time.UnixMilli(int64(h >> 16)) }

// NewID puts a clock reading and a desk together.
func NewID(h HLC, desk string) ID {
	return ID(fmt.Sprintf("%016x-%s", uint64(h), desk))
}

// ParseID splits an id into its clock reading and desk.
func ParseID(s string) (HLC, string, error) {
	if len(s) < 18 || s[16] != '-' {
		return 0, "", fmt.Errorf("bad entry id %q", s)
	}
	b, err := hex.DecodeString(s[:16])
	if err != nil {
		return 0, "", fmt.Errorf("bad entry id %q", s)
	}
	return HLC(binary.BigEndian.Uint64(b)), s[17:], nil
}

// Key is the id's sortable byte form, for database keys.
func (id ID) Key() []byte {
	h, desk, err := ParseID(string(id))
	if err != nil {
		return []byte(id)
	}
	k := make([]byte, 8+len(desk))
	binary.BigEndian.PutUint64(k, uint64(h))
	copy(k[8:], desk)
	return k
}

// IDFromKey turns a key form back into an id.
func IDFromKey(k []byte) ID {
	if len(k) < 9 {
		return ID(hex.EncodeToString(k))
	}
	return NewID(HLC(binary.BigEndian.Uint64(k)), string(k[8:]))
}

// HLC is the clock reading of the id.
func (id ID) HLC() HLC {
	h, _, _ := ParseID(string(id))
	return h
}

// Desk is the desk that made the id.
func (id ID) Desk() string {
	_, d, _ := ParseID(string(id))
	return d
}

// ErrBadDesk is returned for desk names that cannot be part of an id.
var ErrBadDesk = errors.New("desk name must be 1-64 characters without spaces or control characters")

// CheckDesk validates a desk name.
func CheckDesk(desk string) error {
	if desk == "" || len(desk) > 64 || strings.ContainsFunc(desk, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		return ErrBadDesk
	}
	return nil
}

// Generator hands out ever-increasing clock readings for one desk, even
// when the machine's clock jumps back: a reading is never below the last
// one handed out or observed from another desk.
type Generator struct {
	mu   sync.Mutex
	last HLC
}

// NewGenerator starts after last, the greatest reading already in the
// journal.
func NewGenerator(last HLC) *Generator { return &Generator{last: last} }

// Next gives the reading for a new entry made at now.
func (g *Generator) Next(now time.Time) HLC {
	g.mu.Lock()
	defer g.mu.Unlock()
	h := MakeHLC(now, 0)
	if h <= g.last {
		h = g.last + 1
	}
	g.last = h
	return h
}

// Observe moves the generator past a reading seen from elsewhere.
func (g *Generator) Observe(h HLC) {
	g.mu.Lock()
	if h > g.last {
		g.last = h
	}
	g.mu.Unlock()
}
