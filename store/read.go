package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"

	"caecw/internal/event"
	"caecw/internal/journal"
)

// DayView is everything the screens and reports need about one day,
// read in one transaction so it is consistent.
type DayView struct {
	Event       event.Event
	Day         event.Day
	Venues      []event.Venue
	Sessions    []event.Session // the day's sessions, in time order
	Delegations []event.Delegation
	Assignments []event.Assignment // those of the day's sessions
	Travel      []event.Travel
	Outages     []event.Outage // those touching the day
	Arrivals    []event.CheckIn
	// Counts is arrivals per delegation id.
	Counts map[string]int
	// Registered is the people per delegation id, walk-ins included.
	Registered map[string]int
	// Entries is the number of journal entries of the day.
	Entries int
	// Outbox is the number of entries not yet acknowledged by a sync hub.
	Outbox int
	// Duplicates is the number of check-ins of the day that do not count
	// because the person had arrived already (at another desk, mostly).
	Duplicates int
	// BadgeConflicts are the people whose badge code another person holds
	// (badges.go); they are problems of every day.
	BadgeConflicts []event.BadgeConflict
	// Held is the number of entries from elsewhere never applied (held.go).
	Held int
	// Seq is the mark of this read: Changes(Day, Seq) reads what changed
	// after it. It belongs to the open file, not to the data.
	Seq int `json:"-"`
	// Closed is the day's latest close-day, nil while it was never closed.
	Closed *Closure
	// LateSinceClose is how many entries of the day (check-ins, changes)
	// came after its latest close: not in its closed records until the
	// day is closed again.
	LateSinceClose int
}

// Closure is a close-day of a day.
type Closure struct {
	At  time.Time
	Dir string
	// Times is how many times the day was closed.
	Times int
}

// Day reads a day.
func (s *Store) Day(day event.Day) (*DayView, error) {
	// The mark first: what commits during the read comes again as a change.
	v := &DayView{Day: day, Counts: map[string]int{}, Seq: s.arrivals.mark()}
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		if v.Event, err = getEvent(tx); err != nil {
			return err
		}
		loc := v.Event.Location()
		if v.Venues, err = all[event.Venue](tx, bucketVenues); err != nil {
			return err
		}
		if v.Delegations, err = all[event.Delegation](tx, bucketDelegations); err != nil {
			return err
		}
		if v.Travel, err = all[event.Travel](tx, bucketTravel); err != nil {
			return err
		}
		ids := map[string]bool{}
		err = forEachJSON(tx.Bucket(bucketSessions), nil, func(ss event.Session) error {
			if ss.Day == day || event.DayOf(ss.EffectiveStart(), loc) == day {
				v.Sessions = append(v.Sessions, ss)
				ids[ss.ID] = true
			}
			return nil
		})
		if err != nil {
			return err
		}
		event.SortSessions(v.Sessions)
		err = forEachJSON(tx.Bucket(bucketAssignments), nil, func(a event.Assignment) error {
			if ids[a.Session] {
				v.Assignments = append(v.Assignments, a)
			}
			return nil
		})
		if err != nil {
			return err
		}
		from, to := day.Bounds(loc)
		err = forEachJSON(tx.Bucket(bucketOutages), nil, func(o event.Outage) error {
			if o.From.Before(to) && from.Before(o.To) {
				v.Outages = append(v.Outages, o)
			}
			return nil
		})
		if err != nil {
			return err
		}
		v.Outbox = s.outboxLen(tx)
		if v.BadgeConflicts, err = all[event.BadgeConflict](tx, bucketConflicts); err != nil {
			return err
		}
		v.Held = tx.Bucket(bucketHeld).Stats().KeyN
		return nil
	})
	if err != nil {
		return nil, err
	}
	v.Arrivals, v.Counts = s.arrivals.day(day)
	v.Registered = s.arrivals.registeredAll()
	v.Entries = s.arrivals.logLen(day)
	v.Duplicates = s.arrivals.duplicates(day)
	if c, late, ok := s.arrivals.closed(day); ok {
		v.Closed = &Closure{At: c.at, Dir: c.dir, Times: c.times}
		v.LateSinceClose = late
	}
	return v, nil
}

// ArrivalCounts is each delegation's arrivals of the day against its
// expected size, in the delegations' order (event.CountArrivals).
func (v *DayView) ArrivalCounts() []event.ArrivalCount {
	return event.CountArrivals(v.Delegations, v.Registered, v.Counts)
}

// Plan is the day as the problem rules see it, judged at now.
func (v *DayView) Plan(now time.Time) event.Plan {
	p := event.Plan{
		Sessions:    v.Sessions,
		Venues:      make(map[string]event.Venue, len(v.Venues)),
		Delegations: make(map[string]event.Delegation, len(v.Delegations)),
		Assignments: v.Assignments,
		Travel:      v.Travel,
		Outages:     v.Outages,
		Arrived:     v.Counts,
		Registered:  v.Registered,
		Now:         now,

		BadgeConflicts: v.BadgeConflicts,
	}
	for _, x := range v.Venues {
		p.Venues[x.ID] = x
	}
	for _, d := range v.Delegations {
		p.Delegations[d.ID] = d
	}
	return p
}

// Event reads the event.
func (s *Store) Event() (event.Event, error) {
	var ev event.Event
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		ev, err = getEvent(tx)
		return err
	})
	return ev, err
}

// People reads every person, in id order.
func (s *Store) People() ([]event.Person, error) {
	var out []event.Person
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		out, err = allPeople(tx, s.arrivals.peopleLen())
		return err
	})
	return out, err
}

// Programme reads the whole programme (no arrivals, no journal).
func (s *Store) Programme() (event.Programme, error) {
	var p event.Programme
	err := s.db.View(func(tx *bolt.Tx) error {
		ev, err := getEvent(tx)
		if err != nil {
			return err
		}
		p.Event = &ev
		if p.Venues, err = all[event.Venue](tx, bucketVenues); err != nil {
			return err
		}
		if p.Sessions, err = all[event.Session](tx, bucketSessions); err != nil {
			return err
		}
		sort.SliceStable(p.Sessions, func(i, j int) bool { return p.Sessions[i].Start.Before(p.Sessions[j].Start) })
		if p.Delegations, err = all[event.Delegation](tx, bucketDelegations); err != nil {
			return err
		}
		if p.People, err = allPeople(tx, s.arrivals.peopleLen()); err != nil {
			return err
		}
		if p.Assignments, err = all[event.Assignment](tx, bucketAssignments); err != nil {
			return err
		}
		p.Travel, err = all[event.Travel](tx, bucketTravel)
		return err
	})
	return p, err
}

// Entries calls fn for each journal entry of day, oldest first, with the
// id of the undo that reversed it (empty if none). It streams the
// entries, decoding one at a time; only the day's keys are held.
// Returning an error from fn stops it.
func (s *Store) Entries(day event.Day, fn func(e journal.Entry, undoneBy journal.ID) error) error {
	keys := s.arrivals.dayLog(day)
	return s.db.View(func(tx *bolt.Tx) error {
		j, undone := tx.Bucket(bucketJournal), tx.Bucket(bucketUndone)
		for _, key := range keys {
			var e journal.Entry
			if err := json.Unmarshal(j.Get(entryKey([]byte(key))), &e); err != nil {
				return fmt.Errorf("journal entry %s: %w", journal.IDFromKey([]byte(key)), err)
			}
			var by journal.ID
			if u := undone.Get([]byte(key)); u != nil {
				by = journal.IDFromKey(u)
			}
			if err := fn(e, by); err != nil {
				return err
			}
		}
		return nil
	})
}

// RecentEntries is the newest n entries of day, newest first (all of them
// when n <= 0).
func (s *Store) RecentEntries(day event.Day, n int) ([]LogEntry, error) {
	keys := s.arrivals.dayLog(day)
	var out []LogEntry
	err := s.db.View(func(tx *bolt.Tx) error {
		j, undone := tx.Bucket(bucketJournal), tx.Bucket(bucketUndone)
		for i := len(keys) - 1; i >= 0 && (n <= 0 || len(out) < n); i-- {
			key := []byte(keys[i])
			var le LogEntry
			if err := json.Unmarshal(j.Get(entryKey(key)), &le.Entry); err != nil {
				return fmt.Errorf("journal entry %s: %w", journal.IDFromKey(key), err)
			}
			if u := undone.Get(key); u != nil {
				le.UndoneBy = journal.IDFromKey(u)
			}
			out = append(out, le)
		}
		return nil
	})
	return out, err
}

// LogEntry is a journal entry with the undo that reversed it, if any.
type LogEntry struct {
	journal.Entry
	UndoneBy journal.ID
}

// AllEntries calls fn for every journal entry, oldest first (journal
// export for merging on another laptop).
func (s *Store) AllEntries(fn func(journal.Entry) error) error {
	return s.db.View(func(tx *bolt.Tx) error {
		return forEachJSON(tx.Bucket(bucketJournal), []byte{prefixEntry}, fn)
	})
}

// Outbox reads up to n entries of this desk that a sync hub has not
// acknowledged yet, oldest first.
func (s *Store) Outbox(n int) ([]journal.Entry, error) {
	var out []journal.Entry
	err := s.db.View(func(tx *bolt.Tx) error {
		return s.forOutbox(tx, func(k, v []byte) bool {
			var e journal.Entry
			if err := json.Unmarshal(v, &e); err != nil {
				return false
			}
			out = append(out, e)
			return n <= 0 || len(out) < n
		})
	})
	return out, err
}

// forOutbox calls fn with the key and value of each of this desk's
// entries after the acknowledged mark that is not acknowledged yet, until
// fn returns false.
func (s *Store) forOutbox(tx *bolt.Tx, fn func(k, v []byte) bool) error {
	j := tx.Bucket(bucketJournal)
	s.ackMu.Lock()
	// A copy: Ack writes the map from the sync goroutine while a screen
	// reads the outbox (a data race, and a fatal concurrent map access).
	acked := maps.Clone(s.ackedAhead)
	s.ackMu.Unlock()
	c := j.Cursor()
	from := tx.Bucket(bucketMeta).Get(metaOutboxAcked)
	var k, v []byte
	if from == nil {
		k, v = c.Seek([]byte{prefixEntry})
	} else {
		k, v = c.Seek(from)
		if bytes.Equal(k, from) {
			k, v = c.Next()
		}
	}
	for ; k != nil && k[0] == prefixEntry; k, v = c.Next() {
		if !s.mine(k[1:]) || acked[string(k)] {
			continue
		}
		if !fn(k, v) {
			return nil
		}
	}
	return nil
}

// Ack records that the hub acknowledged entries. The mark moves past
// every leading acknowledged entry; one acknowledged out of order waits in
// memory until those before it are (after a restart it is simply sent
// again, and the hub's de-duplication drops it).
func (s *Store) Ack(ids ...journal.ID) error {
	s.outboxN.invalidate()
	defer s.outboxN.invalidate()
	s.ackMu.Lock()
	if s.ackedAhead == nil {
		s.ackedAhead = map[string]bool{}
	}
	for _, id := range ids {
		s.ackedAhead[string(entryKey(id.Key()))] = true
	}
	s.ackMu.Unlock()
	return s.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		c := tx.Bucket(bucketJournal).Cursor()
		from := meta.Get(metaOutboxAcked)
		var k []byte
		if from == nil {
			k, _ = c.Seek([]byte{prefixEntry})
		} else {
			k, _ = c.Seek(from)
			if bytes.Equal(k, from) {
				k, _ = c.Next()
			}
		}
		var mark []byte
		s.ackMu.Lock()
		defer s.ackMu.Unlock()
		for ; k != nil && k[0] == prefixEntry; k, _ = c.Next() {
			if !s.mine(k[1:]) {
				continue
			}
			if !s.ackedAhead[string(k)] {
				break
			}
			delete(s.ackedAhead, string(k))
			mark = append(mark[:0], k...)
		}
		if mark == nil {
			return nil
		}
		return meta.Put(metaOutboxAcked, mark)
	})
}

// Arrival reads a person's standing arrival on day.
func (s *Store) Arrival(day event.Day, person string) (event.CheckIn, bool) {
	return s.arrivals.arrival(day, person)
}

// PersonByBadge finds the holder of a badge.
func (s *Store) PersonByBadge(badge string) (event.Person, error) {
	var p event.Person
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		p, err = personByBadge(tx, badge)
		return err
	})
	return p, err
}

// Entry reads one journal entry.
func (s *Store) Entry(id journal.ID) (journal.Entry, bool) {
	var e journal.Entry
	var ok bool
	s.db.View(func(tx *bolt.Tx) error { e, ok = getEntry(tx, id); return nil })
	return e, ok
}
