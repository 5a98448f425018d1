package store

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"caecw/internal/event"
	"caecw/internal/journal"
)

// checkRecords decodes every record of every bucket of records and names
// each that does not decode: a screen reload would fail on it (issue 12:
// a corrupt assignment record passed check while every reload failed).
func checkRecords(tx *bolt.Tx) []string {
	var problems []string
	problems = append(problems, decodeAll[event.Venue](tx, bucketVenues)...)
	problems = append(problems, decodeAll[event.Session](tx, bucketSessions)...)
	problems = append(problems, decodeAll[event.Delegation](tx, bucketDelegations)...)
	problems = append(problems, decodeAll[event.Person](tx, bucketPeople)...)
	problems = append(problems, decodeAll[event.Assignment](tx, bucketAssignments)...)
	problems = append(problems, decodeAll[event.Travel](tx, bucketTravel)...)
	problems = append(problems, decodeAll[event.Outage](tx, bucketOutages)...)
	problems = append(problems, decodeAll[HeldEntry](tx, bucketHeld)...)
	problems = append(problems, decodeAll[BadgeConflict](tx, bucketConflicts)...)
	var ev event.Event
	if err := getJSON(tx.Bucket(bucketMeta), metaEvent, &ev); err != nil {
		problems = append(problems, fmt.Sprintf("meta: the event record does not decode: %v", err))
	}
	return problems
}

func decodeAll[T any](tx *bolt.Tx, bucket []byte) []string {
	b := tx.Bucket(bucket)
	if b == nil {
		return []string{fmt.Sprintf("%s: bucket missing", bucket)}
	}
	var problems []string
	b.ForEach(func(k, v []byte) error {
		var t T
		if err := json.Unmarshal(v, &t); err != nil {
			problems = append(problems, fmt.Sprintf("%s %q: the record does not decode: %v", bucket, k, err))
		}
		return nil
	})
	return problems
}

// laterOf is the later of two instants: the store's clock may be set
// back (--now) on a machine whose own clock is right.
func laterOf(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// checkJournal checks every entry: it decodes, carries its day, is kept
// under its own id, its id's desk is the entry's desk, its id clock is not
// more than journal.MaxClockSkew ahead of now, the later of the store's
// and the machine's clock (such an id stops the desk's id clock; issue 12), and a check-in's payload reads.
func checkJournal(tx *bolt.Tx, now time.Time) []string {
	var problems []string
	c := tx.Bucket(bucketJournal).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if k[0] != prefixEntry {
			problems = append(problems, fmt.Sprintf("journal: stray key %q", k))
			continue
		}
		var e journal.Entry
		if err := json.Unmarshal(v, &e); err != nil {
			problems = append(problems, fmt.Sprintf("journal %s: %v", journal.IDFromKey(k[1:]), err))
			continue
		}
		if day, ok := entryDay(v); !ok || day != e.Day {
			problems = append(problems, fmt.Sprintf("journal %s: day %q unreadable", e.ID, e.Day))
		}
		if string(e.ID.Key()) != string(k[1:]) {
			problems = append(problems, fmt.Sprintf("journal %s: kept under another id %s", e.ID, journal.IDFromKey(k[1:])))
		}
		if _, origin, err := journal.ParseID(string(e.ID)); err != nil {
			problems = append(problems, fmt.Sprintf("journal %q: not an entry id", e.ID))
		} else if desk, _ := journal.SplitOrigin(origin); desk != e.Desk {
			problems = append(problems, fmt.Sprintf("journal %s: the id's desk %q is not the entry's desk %q", e.ID, desk, e.Desk))
		}
		if err := journal.CheckClock(e, now); err != nil {
			problems = append(problems, fmt.Sprintf("journal %s: the id is ahead of the clock: %s", e.ID, clockReason(err)))
		}
		if e.Kind == journal.KindCheckIn {
			var p journal.CheckIn
			if err := e.Decode(&p); err != nil {
				problems = append(problems, err.Error())
			}
		}
	}
	return problems
}

func clockReason(err error) string {
	if ie, ok := err.(*journal.InvalidError); ok {
		return ie.Reason
	}
	return err.Error()
}
