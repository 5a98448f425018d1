package store

import (
	"bytes"
	"encoding/json"
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
	// Entries is the number of journal entries of the day.
	Entries int
	// Outbox is the number of entries not yet acknowledged by a sync hub.
	Outbox int
}

// Day reads a day.
func (s *Store) Day(day event.Day) (*DayView, error) {
	v := &DayView{Day: day, Counts: map[string]int{}}
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
		err = forEachJSON(tx.Bucket(bucketArrivals), append([]byte(day), 0), func(c event.CheckIn) error {
			v.Arrivals = append(v.Arrivals, c)
			return nil
		})
		if err != nil {
			return err
		}
		prefix := append([]byte(day), 0)
		c := tx.Bucket(bucketCounts).Cursor()
		for k, val := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, val = c.Next() {
			if len(val) == 8 {
				v.Counts[string(k[len(prefix):])] = int(u64v(val))
			}
		}
		jd := tx.Bucket(bucketJournalDay).Cursor()
		for k, _ := jd.Seek([]byte(day)); k != nil && bytes.HasPrefix(k, []byte(day)); k, _ = jd.Next() {
			v.Entries++
		}
		v.Outbox = tx.Bucket(bucketOutbox).Stats().KeyN
		return nil
	})
	return v, err
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
		Now:         now,
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
		out, err = all[event.Person](tx, bucketPeople)
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
		if p.People, err = all[event.Person](tx, bucketPeople); err != nil {
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
// id of the undo that reversed it (empty if none). It streams: memory
// does not grow with the log. Returning an error from fn stops it.
func (s *Store) Entries(day event.Day, fn func(e journal.Entry, undoneBy journal.ID) error) error {
	return s.db.View(func(tx *bolt.Tx) error {
		j, undone := tx.Bucket(bucketJournal), tx.Bucket(bucketUndone)
		c := tx.Bucket(bucketJournalDay).Cursor()
		for k, _ := c.Seek([]byte(day)); k != nil && bytes.HasPrefix(k, []byte(day)); k, _ = c.Next() {
			key := k[len(day):]
			var e journal.Entry
			if err := json.Unmarshal(j.Get(key), &e); err != nil {
				return err
			}
			var by journal.ID
			if u := undone.Get(key); u != nil {
				by = journal.IDFromKey(u)
			}
			if err := fn(e, by); err != nil {
				return err
			}
		}
		return nil
	})
}

// RecentEntries is the newest n entries of day, newest first.
func (s *Store) RecentEntries(day event.Day, n int) ([]LogEntry, error) {
	var out []LogEntry
	err := s.db.View(func(tx *bolt.Tx) error {
		j, undone := tx.Bucket(bucketJournal), tx.Bucket(bucketUndone)
		c := tx.Bucket(bucketJournalDay).Cursor()
		seek := append([]byte(day), 0xff)
		k, _ := c.Seek(seek)
		if k == nil {
			k, _ = c.Last()
		} else {
			k, _ = c.Prev()
		}
		for ; k != nil && bytes.HasPrefix(k, []byte(day)) && (n <= 0 || len(out) < n); k, _ = c.Prev() {
			key := k[len(day):]
			var le LogEntry
			if err := json.Unmarshal(j.Get(key), &le.Entry); err != nil {
				return err
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
		return forEachJSON(tx.Bucket(bucketJournal), nil, fn)
	})
}

// Outbox reads up to n entries waiting to be acknowledged by a sync hub,
// oldest first.
func (s *Store) Outbox(n int) ([]journal.Entry, error) {
	var out []journal.Entry
	err := s.db.View(func(tx *bolt.Tx) error {
		j := tx.Bucket(bucketJournal)
		c := tx.Bucket(bucketOutbox).Cursor()
		for k, _ := c.First(); k != nil && (n <= 0 || len(out) < n); k, _ = c.Next() {
			var e journal.Entry
			if err := json.Unmarshal(j.Get(k), &e); err != nil {
				return err
			}
			out = append(out, e)
		}
		return nil
	})
	return out, err
}

// Ack removes entries from the outbox once the hub has acknowledged them.
func (s *Store) Ack(ids ...journal.ID) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketOutbox)
		for _, id := range ids {
			if err := b.Delete(id.Key()); err != nil {
				return err
			}
		}
		return nil
	})
}

// Arrival reads a person's standing arrival on day.
func (s *Store) Arrival(day event.Day, person string) (event.CheckIn, bool) {
	var c event.CheckIn
	var ok bool
	s.db.View(func(tx *bolt.Tx) error { c, ok = getArrival(tx, day, person); return nil })
	return c, ok
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

func u64v(b []byte) uint64 {
	var v uint64
	for _, x := range b {
		v = v<<8 | uint64(x)
	}
	return v
}
