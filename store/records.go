package store

import (
	"bytes"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"caecw/internal/event"
	"caecw/internal/journal"
)

// Typed helpers over the buckets. Values returned are decoded copies, so
// they stay valid after the transaction ends.

func key2(a, b string) []byte {
	k := make([]byte, 0, len(a)+1+len(b))
	k = append(k, a...)
	k = append(k, 0)
	return append(k, b...)
}

// badgeKey is the badges bucket's key for a badge code: event.BadgeKey.
func badgeKey(badge string) []byte { return []byte(event.BadgeKey(badge)) }

func getEvent(tx *bolt.Tx) (event.Event, error) {
	var ev event.Event
	err := getJSON(tx.Bucket(bucketMeta), metaEvent, &ev)
	return ev, err
}

func putEvent(tx *bolt.Tx, ev event.Event) error {
	return putJSON(tx.Bucket(bucketMeta), metaEvent, ev)
}

func getSession(tx *bolt.Tx, id string) (event.Session, error) {
	var s event.Session
	if err := getJSON(tx.Bucket(bucketSessions), []byte(id), &s); err != nil {
		return s, fmt.Errorf("session %q: %w", id, ErrNotFound)
	}
	return s, nil
}

func putSession(tx *bolt.Tx, s event.Session) error {
	return putJSON(tx.Bucket(bucketSessions), []byte(s.ID), s)
}

func getPerson(tx *bolt.Tx, id string) (event.Person, error) {
	var p event.Person
	if err := getJSON(tx.Bucket(bucketPeople), []byte(id), &p); err != nil {
		return p, fmt.Errorf("person %q: %w", id, ErrNotFound)
	}
	return p, nil
}

// putPerson stores p and gives it its badge code, by the badge rule when
// another person holds the code (badges.go). claim is the entry that
// brought p: a walk-in's id, or empty for an import.
func putPerson(tx *bolt.Tx, p event.Person, claim journal.ID) error {
	if old, err := getPerson(tx, p.ID); err == nil && badgeKeyString(old.Badge) != badgeKeyString(p.Badge) {
		if err := releaseBadge(tx, old); err != nil {
			return err
		}
	}
	if err := claimBadge(tx, p, claim); err != nil {
		return err
	}
	return putJSON(tx.Bucket(bucketPeople), []byte(p.ID), p)
}

func deletePerson(tx *bolt.Tx, id string) error {
	p, err := getPerson(tx, id)
	if err != nil {
		return nil
	}
	if err := releaseBadge(tx, p); err != nil {
		return err
	}
	return tx.Bucket(bucketPeople).Delete([]byte(id))
}

func personByBadge(tx *bolt.Tx, badge string) (event.Person, error) {
	id := tx.Bucket(bucketBadges).Get(badgeKey(badge))
	if id == nil {
		return event.Person{}, fmt.Errorf("badge %q: %w", badge, ErrNotFound)
	}
	return getPerson(tx, string(id))
}

func getDelegation(tx *bolt.Tx, id string) (event.Delegation, error) {
	var d event.Delegation
	if err := getJSON(tx.Bucket(bucketDelegations), []byte(id), &d); err != nil {
		return d, fmt.Errorf("delegation %q: %w", id, ErrNotFound)
	}
	return d, nil
}

func getVenue(tx *bolt.Tx, id string) (event.Venue, error) {
	var v event.Venue
	if err := getJSON(tx.Bucket(bucketVenues), []byte(id), &v); err != nil {
		return v, fmt.Errorf("venue %q: %w", id, ErrNotFound)
	}
	return v, nil
}

func getAssignment(tx *bolt.Tx, session, delegation string) (event.Assignment, bool) {
	var a event.Assignment
	if err := getJSON(tx.Bucket(bucketAssignments), key2(session, delegation), &a); err != nil {
		return a, false
	}
	return a, true
}

func putAssignment(tx *bolt.Tx, a event.Assignment) error {
	return putJSON(tx.Bucket(bucketAssignments), key2(a.Session, a.Delegation), a)
}

func deleteAssignment(tx *bolt.Tx, session, delegation string) error {
	return tx.Bucket(bucketAssignments).Delete(key2(session, delegation))
}

func getEntry(tx *bolt.Tx, id journal.ID) (journal.Entry, bool) {
	var e journal.Entry
	if err := getJSON(tx.Bucket(bucketJournal), entryKey(id.Key()), &e); err != nil {
		return e, false
	}
	return e, true
}

func isUndone(tx *bolt.Tx, id journal.ID) bool {
	return tx.Bucket(bucketUndone).Get(id.Key()) != nil
}

// forEachJSON decodes every value of bucket b whose key starts with prefix.
func forEachJSON[T any](b *bolt.Bucket, prefix []byte, fn func(T) error) error {
	c := b.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var t T
		if err := json.Unmarshal(v, &t); err != nil {
			return fmt.Errorf("record %q: %w", k, err)
		}
		if err := fn(t); err != nil {
			return err
		}
	}
	return nil
}

func all[T any](tx *bolt.Tx, bucket []byte) ([]T, error) {
	var out []T
	err := forEachJSON(tx.Bucket(bucket), nil, func(t T) error { out = append(out, t); return nil })
	return out, err
}
