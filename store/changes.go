package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync"

	bolt "go.etcd.io/bbolt"

	"caecw/internal/event"
	"caecw/internal/journal"
)

// Changes is what changed in one day since a screen last read it: the
// entries committed since, the arrivals they touched and the day's
// counts. A screen that holds the day keeps it current with it at a cost
// that grows with what changed, not with the day.
type Changes struct {
	Day event.Day
	// Since is the mark asked from; Seq the mark to ask from next time
	// (DayView.Seq after a whole read).
	Since, Seq int
	// Full says that the programme or the people changed meanwhile: read
	// the whole day again (Day), and the people when People is set.
	// Nothing else is set then.
	Full, People bool
	// Entries are the day's new journal entries, in the order they were
	// committed (not always key order: another desk's entry may come in
	// late).
	Entries []LogEntry
	// Undone maps each entry of the day undone since to its undo.
	Undone map[journal.ID]journal.ID
	// Arrivals are the standing arrivals of the people the changes
	// touched; Gone are those of them who no longer stand arrived.
	Arrivals []event.CheckIn
	Gone     []string
	// Counts, LogLen, Duplicates and Outbox are as in DayView
	// (Counts, Entries, Duplicates, Outbox), read now.
	Counts     map[string]int
	LogLen     int
	Duplicates int
	Outbox     int
	// Closed and LateSinceClose are as in DayView, read now.
	Closed         *Closure
	LateSinceClose int
}

// Changes reads what changed in day since mark since (a DayView's or a
// Changes' Seq).
func (s *Store) Changes(day event.Day, since int) (*Changes, error) {
	ch := &Changes{Day: day, Since: since}
	var keys []string
	ch.Seq, ch.Full, ch.People, keys = s.arrivals.changesSince(since)
	if ch.Full {
		return ch, nil
	}
	touched := map[string]bool{}
	err := s.db.View(func(tx *bolt.Tx) error {
		j := tx.Bucket(bucketJournal)
		for _, key := range keys {
			var le LogEntry
			if err := json.Unmarshal(j.Get(entryKey([]byte(key))), &le.Entry); err != nil {
				return fmt.Errorf("journal entry %s: %w", journal.IDFromKey([]byte(key)), err)
			}
			switch le.Kind {
			case journal.KindCheckIn:
				var p journal.CheckIn
				if le.Decode(&p) == nil && p.Day == day {
					touched[p.Person] = true
				}
			case journal.KindUndo:
				// An undo made today may take back a check-in of the day
				// shown, whatever day that is.
				var u journal.Undo
				if le.Decode(&u) != nil {
					break
				}
				if t, ok := getEntry(tx, u.Target); ok && t.Day == day {
					if ch.Undone == nil {
						ch.Undone = map[journal.ID]journal.ID{}
					}
					ch.Undone[u.Target] = le.ID
					var p journal.CheckIn
					if t.Kind == journal.KindCheckIn && t.Decode(&p) == nil {
						touched[p.Person] = true
					}
				}
			}
			if le.Day != day {
				continue
			}
			if u := tx.Bucket(bucketUndone).Get([]byte(key)); u != nil {
				le.UndoneBy = journal.IDFromKey(u)
			}
			ch.Entries = append(ch.Entries, le)
		}
		ch.Outbox = s.outboxLen(tx)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for person := range touched {
		if a, ok := s.arrivals.arrival(day, person); ok {
			ch.Arrivals = append(ch.Arrivals, a)
		} else {
			ch.Gone = append(ch.Gone, person)
		}
	}
	_, ch.Counts = s.arrivals.countsOf(day)
	ch.LogLen = s.arrivals.logLen(day)
	ch.Duplicates = s.arrivals.duplicates(day)
	if c, late, ok := s.arrivals.closed(day); ok {
		ch.Closed = &Closure{At: c.at, Dir: c.dir, Times: c.times}
		ch.LateSinceClose = late
	}
	return ch, nil
}

// changesSince is the mark now, whether anything beyond arrivals changed
// after since, and the keys of the entries taken after since.
func (ix *arrivalIndex) changesSince(since int) (seq int, full, people bool, keys []string) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	seq = len(ix.changes)
	if since < 0 || since > seq {
		return seq, true, true, nil // not a mark of this open file
	}
	for _, c := range ix.changes[since:] {
		full = full || c.full
		people = people || c.people
		if !full {
			keys = append(keys, c.key)
		}
	}
	if full {
		keys = nil
	}
	return seq, full, people, keys
}

// mark is the changes taken so far, for a whole read.
func (ix *arrivalIndex) mark() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.changes)
}

// countsOf is day's standing arrivals per delegation (those not zero),
// and their sum.
func (ix *arrivalIndex) countsOf(day event.Day) (int, map[string]int) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	counts := map[string]int{}
	total := 0
	if da := ix.days[day]; da != nil {
		for d, n := range da.counts {
			if n != 0 {
				counts[d] = n
				total += n
			}
		}
	}
	return total, counts
}

// outboxCount is the outbox's length as last counted, and the journal key
// it was counted up to, so that a read after each scan counts only the
// entries written since instead of the whole outbox again (which, on a
// desk that never syncs, is the whole journal). This desk's own writes
// always sort last, so counting on from the key is exact; an ack, or an
// entry of this desk coming back from elsewhere, makes it count afresh.
type outboxCount struct {
	mu   sync.Mutex
	gen  uint64
	ok   bool
	last []byte
	n    int
}

// invalidate makes the next read count the whole outbox.
func (oc *outboxCount) invalidate() {
	oc.mu.Lock()
	oc.gen++
	oc.ok = false
	oc.mu.Unlock()
}

func (s *Store) outboxLen(tx *bolt.Tx) int {
	oc := &s.outboxN
	oc.mu.Lock()
	gen, ok, last, n := oc.gen, oc.ok, oc.last, oc.n
	oc.mu.Unlock()
	c := tx.Bucket(bucketJournal).Cursor()
	end, _ := c.Last()
	if len(end) == 0 || end[0] != prefixEntry {
		end = []byte{prefixEntry} // no entry yet: count on from the first
	}
	if !ok {
		n = 0
		s.forOutbox(tx, func(k, v []byte) bool { n++; return true })
	} else {
		k, _ := c.Seek(last)
		if bytes.Equal(k, last) {
			k, _ = c.Next()
		}
		for ; k != nil && k[0] == prefixEntry; k, _ = c.Next() {
			if s.mine(k[1:]) {
				n++
			}
		}
	}
	oc.mu.Lock()
	// Only a count newer than the one kept, and made while nothing
	// invalidated it, is kept.
	if oc.gen == gen && (!oc.ok || bytes.Compare(end, oc.last) > 0) {
		oc.ok, oc.last, oc.n = true, bytes.Clone(end), n
	}
	oc.mu.Unlock()
	return n
}

// Take folds ch's counts into v, so that v stays the day as it is now
// for what the problem rules need (Counts, Entries, Duplicates, Outbox).
// Arrivals stay as read: a screen that lists arrivals keeps them from
// ch.Arrivals and ch.Gone.
func (v *DayView) Take(ch *Changes) {
	if ch == nil || ch.Full || ch.Day != v.Day || ch.Seq <= v.Seq {
		return
	}
	v.Counts = ch.Counts
	v.Entries, v.Duplicates, v.Outbox, v.Seq = ch.LogLen, ch.Duplicates, ch.Outbox, ch.Seq
}
