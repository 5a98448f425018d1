package replication

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"caecw/internal/i18n"
	"caecw/internal/journal"
)

// An entry whose JSON is larger than a message may be (the hub's max
// payload, NATS's default 1 MB, which the hub keeps) travels in parts:
// messages on the desk's subject with the part headers below, each at most
// the payload less partHeadroom. The hub's limit stays where it is, so no
// desk ever has to buffer one giant message, and an import of any size the
// data's bounds allow gets through.
//
// Each attempt to send an entry carries a fresh send id, and each part the
// message id "<entry id>/<send id>/<i>": a desk that resends after losing
// the hub's acks sends a complete new set, and a receiver assembles
// whichever set is complete first (the entry is applied once, by id). A
// set that stays incomplete (its sender died mid-way and sent a new set
// later) is dropped after partTimeout.
const (
	hdrEntry = "Caecw-Entry"
	hdrSend  = "Caecw-Send"
	hdrPart  = "Caecw-Part"
	hdrParts = "Caecw-Parts"

	// partHeadroom is left in each part's message for the subject and
	// headers, which count against the payload limit.
	partHeadroom = 4 << 10

	// MaxEntryBytes bounds one entry's JSON on the wire. The largest
	// entry the data's bounds allow (internal/event/limits.go) is an
	// import of MaxPeople = 100,000 people, each at most five fields of
	// MaxIDLen / MaxNameLen bytes (about 600 bytes, 3.6 KB if every
	// character needs a \u escape), with MaxSessions sessions carrying
	// MaxNoteLen notes: under 500 MB in the worst case, under 80 MB for
	// names without escapes. A desk refuses to send larger (the entry
	// stays in its outbox, the reason shows, the others go on) and a
	// receiver refuses a part set announcing more.
	MaxEntryBytes = 1 << 30

	// minPartRoom is the smallest part a receiver expects (a hub's max
	// payload of at least 64 KB): it bounds how many parts an entry may
	// announce.
	minPartRoom = 64<<10 - partHeadroom

	// maxAssemblies bounds the part sets a desk collects at once: a
	// sender sends one entry at a time, so more than one per desk means
	// sets left incomplete; the oldest is dropped.
	maxAssemblies = 64
)

// partTimeout is how long an incomplete part set waits for its next part
// before it is dropped (its sender resends a whole new set).
const partTimeout = 30 * time.Second

// entryMsgs is an entry as messages on the subject of its desk: one
// message of its JSON with the entry id as message id when it fits in
// maxPayload, else parts (see above). An entry larger than limit is an
// error naming its size.
func entryMsgs(e journal.Entry, maxPayload int64, limit int) ([]*nats.Msg, []string, error) {
	data, err := json.Marshal(e)
	if err != nil {
		return nil, nil, fmt.Errorf("entry %s: %w", e.ID, err)
	}
	if len(data) > limit {
		return nil, nil, fault(i18n.KeySyncErrTooBig, nil, "id", e.ID, "mb", len(data)>>20, "limit", limit>>20)
	}
	subject := entrySubject + token(e.Desk)
	room := max(int(maxPayload)-partHeadroom, minPartRoom)
	if len(data) <= room {
		m := nats.NewMsg(subject)
		m.Data = data
		return []*nats.Msg{m}, []string{string(e.ID)}, nil
	}
	send := make([]byte, 8)
	rand.Read(send)
	sendID := hex.EncodeToString(send)
	n := (len(data) + room - 1) / room
	msgs := make([]*nats.Msg, 0, n)
	ids := make([]string, 0, n)
	for i := range n {
		m := nats.NewMsg(subject)
		m.Data = data[i*room : min((i+1)*room, len(data))]
		m.Header.Set(hdrEntry, string(e.ID))
		m.Header.Set(hdrSend, sendID)
		m.Header.Set(hdrPart, strconv.Itoa(i))
		m.Header.Set(hdrParts, strconv.Itoa(n))
		msgs = append(msgs, m)
		ids = append(ids, fmt.Sprintf("%s/%s/%d", e.ID, sendID, i))
	}
	return msgs, ids, nil
}

// assembly is the parts of one entry received so far.
type assembly struct {
	key   string // entry id and send id
	entry journal.ID
	parts [][]byte
	have  int
	size  int
	msgs  []jetstream.Msg
	last  time.Time
}

// assembler collects part sets until they are complete. It belongs to the
// applier goroutine.
type assembler struct {
	sets  map[string]*assembly
	order []string // keys, oldest first
	bytes int
	limit int
	maxN  int
	now   func() time.Time
}

func newAssembler(limit int, partRoom int) *assembler {
	maxN := limit/partRoom + 1
	return &assembler{sets: map[string]*assembly{}, limit: limit, maxN: maxN, now: time.Now}
}

// partOf reads the part headers of m; ok is false for a whole entry.
func partOf(m jetstream.Msg) (entry, send string, i, n int, ok bool, err error) {
	h := m.Headers()
	if h == nil || h.Get(hdrParts) == "" {
		return "", "", 0, 0, false, nil
	}
	entry, send = h.Get(hdrEntry), h.Get(hdrSend)
	i, err1 := strconv.Atoi(h.Get(hdrPart))
	n, err2 := strconv.Atoi(h.Get(hdrParts))
	if entry == "" || len(entry) > 128 || send == "" || len(send) > 64 || err1 != nil || err2 != nil || n < 2 || i < 0 || i >= n {
		return "", "", 0, 0, true, fmt.Errorf("bad part headers on %s", m.Subject())
	}
	return entry, send, i, n, true, nil
}

// add files a part. It returns the entry's JSON and every message of its
// set when the set is complete, and the sets it dropped to stay within
// bounds (their messages are for the caller to terminate).
func (a *assembler) add(m jetstream.Msg, entry, send string, i, n int) (data []byte, msgs []jetstream.Msg, dropped []*assembly, err error) {
	if n > a.maxN {
		return nil, nil, nil, fmt.Errorf("entry %.40q announces %d parts, more than an entry may have", entry, n)
	}
	key := entry + "/" + send
	s := a.sets[key]
	if s == nil {
		for len(a.sets) >= maxAssemblies {
			dropped = append(dropped, a.drop(a.order[0]))
		}
		s = &assembly{key: key, entry: journal.ID(entry), parts: make([][]byte, n)}
		a.sets[key] = s
		a.order = append(a.order, key)
	}
	s.msgs = append(s.msgs, m)
	s.last = a.now()
	if len(s.parts) != n {
		dropped = append(dropped, a.drop(key))
		return nil, nil, dropped, fmt.Errorf("entry %.40q: parts disagree on their number", entry)
	}
	if s.parts[i] == nil {
		s.parts[i] = m.Data()
		s.have++
		s.size += len(m.Data())
		a.bytes += len(m.Data())
	}
	for a.bytes > a.limit && len(a.order) > 0 && a.order[0] != key {
		dropped = append(dropped, a.drop(a.order[0]))
	}
	if s.size > a.limit {
		dropped = append(dropped, a.drop(key))
		return nil, nil, dropped, fmt.Errorf("entry %.40q is larger than an entry may be", entry)
	}
	if s.have < n {
		return nil, nil, dropped, nil
	}
	a.drop(key)
	data = make([]byte, 0, s.size)
	for _, p := range s.parts {
		data = append(data, p...)
	}
	return data, s.msgs, dropped, nil
}

// drop forgets the set key and returns it.
func (a *assembler) drop(key string) *assembly {
	s := a.sets[key]
	delete(a.sets, key)
	for k, o := range a.order {
		if o == key {
			a.order = append(a.order[:k], a.order[k+1:]...)
			break
		}
	}
	if s != nil {
		a.bytes -= s.size
	}
	return s
}

// tend keeps the messages of waiting sets from being redelivered, and
// returns the sets that waited longer than partTimeout for a part.
func (a *assembler) tend() (stale []*assembly) {
	now := a.now()
	for _, key := range append([]string(nil), a.order...) {
		s := a.sets[key]
		if now.Sub(s.last) > partTimeout {
			stale = append(stale, a.drop(key))
			continue
		}
		for _, m := range s.msgs {
			m.InProgress()
		}
	}
	return stale
}
