package replication

import (
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"caecw/internal/i18n"
)

// Status is the link state a screen shows: a snapshot, safe to keep.
type Status struct {
	// Online is true while the connection to the hub is up and the
	// desk's consumer is reading.
	Online bool
	// Peers are the other desks heard from within PeerWindow, sorted.
	Peers []string
	// Outbox is the number of local entries not yet acknowledged by the
	// hub.
	Outbox int
	// Applied counts entries from other desks applied since the client
	// started.
	Applied int
	// Unsendable counts outbox entries that cannot be sent (see
	// MaxEntryBytes); they stay in the outbox, counted in Outbox too, and
	// hold back none of the others. LastError says why.
	Unsendable int
	// Held counts entries this file holds instead of applying them
	// (store.Store.Held): invalid, or failing for good where they apply.
	Held int
	// LastError is the latest failure (connecting, publishing, applying),
	// cleared by the next success of the same kind; empty when none.
	LastError string
	// LastErrorKind is LastError's kind when it is a common one (Kind),
	// which a screen words in its own language.
	LastErrorKind ErrorKind
	// LastErrorText is LastError said in whichever language draws it
	// (Words); nil when there is none.
	LastErrorText i18n.Text
	// LastSync is when the hub last acknowledged or delivered an entry.
	LastSync time.Time
}

// setError records err as the latest failure; nil clears it.
func (st *Status) setError(err error) {
	if err == nil {
		st.LastError, st.LastErrorKind, st.LastErrorText = "", "", nil
		return
	}
	st.LastError, st.LastErrorKind, st.LastErrorText = err.Error(), Kind(err), Words(err)
}

// statusBox holds the current Status behind an atomic pointer, so that a
// screen reads it without blocking, and signals each change on a channel
// with room for one pending signal (a slow reader sees the latest state,
// never a queue of old ones).
type statusBox struct {
	mu      sync.Mutex // serialises writers only
	cur     atomic.Pointer[Status]
	changes chan struct{}
}

func newStatusBox() *statusBox {
	b := &statusBox{changes: make(chan struct{}, 1)}
	b.cur.Store(&Status{})
	return b
}

func (b *statusBox) get() Status {
	s := *b.cur.Load()
	s.Peers = slices.Clone(s.Peers)
	return s
}

// update applies f to a copy of the status and publishes it if it
// changed anything a reader sees.
func (b *statusBox) update(f func(*Status)) {
	b.mu.Lock()
	old := b.cur.Load()
	next := *old
	next.Peers = slices.Clone(old.Peers)
	f(&next)
	changed := next.Online != old.Online || next.Outbox != old.Outbox || next.Applied != old.Applied ||
		next.Unsendable != old.Unsendable || next.Held != old.Held ||
		next.LastError != old.LastError || !slices.Equal(next.Peers, old.Peers)
	b.cur.Store(&next)
	b.mu.Unlock()
	if changed {
		select {
		case b.changes <- struct{}{}:
		default:
		}
	}
}
