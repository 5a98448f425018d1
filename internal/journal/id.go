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
// of Unix milliseconds, 16 bits of counter) followed by the origin that
// wrote it: the desk name, "@", and the data file's tag (Tag). Its text
// form "0197a1b2c3d40000-desk@1a2b3c4d" and its key form (8 bytes
// big-endian, then the origin) both sort in time order. Two desks never
// make the same id, and neither do two data files that use one desk name
// (a laptop re-installed, a desk copied), since their tags differ.
//
// Ids written before data files had a tag, "0197a1b2c3d40000-desk", still
// parse: their origin is the desk name alone.
type ID string

// HLC is the clock part of an id.
type HLC uint64

// MakeHLC builds a clock reading from an instant and a counter.
func MakeHLC(t time.Time, counter uint16) HLC {
	return HLC(uint64(t.UnixMilli())<<16 | uint64(counter))
}

// Time is the wall-clock part of the reading.
func (h HLC) Time() time.Time { return time.UnixMilli(int64(h >> 16)) }

// NewID puts a clock reading and an origin (Origin, or a bare desk name)
// together.
func NewID(h HLC, origin string) ID {
	return ID(fmt.Sprintf("%016x-%s", uint64(h), origin))
}

// TagLen is the length of a data file's tag in an id: 8 lower-case hex
// digits, the first of the file's random id (store.FileID).
const TagLen = 8

// Origin is the origin part of the ids that desk writes into the data
// file whose id is fileID: "desk@" and the file's tag.
func Origin(desk, fileID string) string {
	return desk + "@" + Tag(fileID)
}

// Tag is the short form of a file id carried in entry ids.
func Tag(fileID string) string {
	if len(fileID) > TagLen {
		return fileID[:TagLen]
	}
	return fileID
}

// SplitOrigin splits an id's origin into the desk name and the file tag;
// the tag is empty for an id written before files had one.
func SplitOrigin(origin string) (desk, tag string) {
	i := len(origin) - TagLen - 1
	if i > 0 && origin[i] == '@' && isTag(origin[i+1:]) {
		return origin[:i], origin[i+1:]
	}
	return origin, ""
}

func isTag(s string) bool {
	if len(s) != TagLen {
		return false
	}
	for _, r := range s {
		if !('0' <= r && r <= '9' || 'a' <= r && r <= 'f') {
			return false
		}
	}
	return true
}

// ParseID splits an id into its clock reading and origin (see SplitOrigin).
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

// Origin is the origin part of the id: desk and file tag (see ID).
func (id ID) Origin() string {
	_, o, _ := ParseID(string(id))
	return o
}

// Desk is the name of the desk that made the id, without the file tag.
func (id ID) Desk() string {
	d, _ := SplitOrigin(id.Origin())
	return d
}

// ErrBadDesk is returned for desk names that cannot be part of an id.
var ErrBadDesk = errors.New("desk name must be 1-64 characters without spaces, control characters or @")

// CheckDesk validates a desk name. "@" is refused because it separates
// the desk from the file tag in an id.
func CheckDesk(desk string) error {
	if desk == "" || len(desk) > 64 || strings.ContainsFunc(desk, func(r rune) bool { return r <= ' ' || r == 0x7f || r == '@' }) {
		return ErrBadDesk
	}
	return nil
}

// ErrClockExhausted is returned by Generator.Next when no greater reading
// is left (the clock was pushed to its end) or now cannot be a reading.
// Handing out a smaller one would reuse an id already in the journal.
var ErrClockExhausted = errors.New("the entry id clock cannot go on")

// maxMilli is the greatest Unix millisecond a reading can hold (48 bits).
const maxMilli = 1<<48 - 1

// Generator hands out ever-increasing clock readings for one desk, even
// when the machine's clock jumps back: a reading is never below the last
// one handed out or observed from another desk. It never wraps: when it
// cannot go on it says so (ErrClockExhausted).
type Generator struct {
	mu   sync.Mutex
	last HLC
}

// NewGenerator starts after last, the greatest reading already in the
// journal.
func NewGenerator(last HLC) *Generator { return &Generator{last: last} }

// Next gives the reading for a new entry made at now.
func (g *Generator) Next(now time.Time) (HLC, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	ms := now.UnixMilli()
	if ms < 0 || ms > maxMilli {
		return 0, fmt.Errorf("%w: %s is outside what an id can hold", ErrClockExhausted, now.UTC().Format(time.RFC3339))
	}
	h := MakeHLC(now, 0)
	if h <= g.last {
		if g.last == ^HLC(0) {
			return 0, fmt.Errorf("%w: the journal holds an id at the end of the clock", ErrClockExhausted)
		}
		h = g.last + 1
	}
	g.last = h
	return h, nil
}

// Last is the greatest reading handed out or observed.
func (g *Generator) Last() HLC {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.last
}

// Observe moves the generator past a reading seen from elsewhere. Callers
// pass only readings that CheckClock accepted, so that no entry from
// elsewhere can push this desk's clock far ahead.
func (g *Generator) Observe(h HLC) {
	g.mu.Lock()
	if h > g.last {
		g.last = h
	}
	g.mu.Unlock()
}
