package store

import (
	"bytes"
	"encoding/json"

	bolt "go.etcd.io/bbolt"

	"caecw/internal/event"
	"caecw/internal/journal"
)

// The badge rule. Two desks that could not see each other (a Wi-Fi
// outage) can register two walk-ins with one badge code; when their
// entries meet, neither may fail, or sync and merge would stop on them for
// ever (issue 12). So every desk applies one rule, whatever order the
// entries come in: a person from an import holds the code before any
// walk-in (the lists are what badges were printed from; among imported
// people the smaller person id), and among walk-ins the earlier walk-in
// entry id holds it. The other person is kept, without the code, and
// recorded in conflicts/ (a BadgeConflict problem for a coordinator, shown
// where the day's problems show).

// BadgeConflict is the record of a person without their badge code.
type BadgeConflict = event.BadgeConflict

func badgeKeyString(badge string) string { return string(badgeKey(badge)) }

// claim is what a person's hold on a badge code rests on.
type claim struct {
	walkIn bool
	entry  journal.ID
	person string
}

func (c claim) before(o claim) bool {
	if c.walkIn != o.walkIn {
		return !c.walkIn
	}
	if c.entry != o.entry {
		return c.entry < o.entry
	}
	return c.person < o.person
}

// claimOf is the claim of person already stored: its walk-in entry, if a
// walk-in brought it. Only badge conflicts ask, so the scan is rare.
func claimOf(tx *bolt.Tx, person string) claim {
	c := tx.Bucket(bucketJournal).Cursor()
	subject := []byte(`"subject":` + quote(person))
	for k, v := c.Seek([]byte{prefixEntry}); k != nil && k[0] == prefixEntry; k, v = c.Next() {
		if !bytes.Contains(v, walkinKindJSON) || !bytes.Contains(v, subject) {
			continue
		}
		var e journal.Entry
		if json.Unmarshal(v, &e) != nil || e.Kind != journal.KindWalkIn || isUndone(tx, e.ID) {
			continue
		}
		var w journal.WalkIn
		if e.Decode(&w) == nil && w.Person.ID == person {
			return claim{walkIn: true, entry: e.ID, person: person}
		}
	}
	return claim{person: person}
}

var walkinKindJSON = []byte(`"kind":"walkin"`)

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// claimBadge gives p its badge code, or records p in conflicts/ when the
// holder's claim comes first. A holder who loses the code is recorded in
// its place.
func claimBadge(tx *bolt.Tx, p event.Person, entry journal.ID) error {
	badges := tx.Bucket(bucketBadges)
	key := badgeKey(p.Badge)
	owner := string(badges.Get(key))
	if owner == "" || owner == p.ID {
		if err := clearConflict(tx, p.ID); err != nil {
			return err
		}
		return badges.Put(key, []byte(p.ID))
	}
	holder, _ := getPerson(tx, owner)
	mine := claim{walkIn: entry != "", entry: entry, person: p.ID}
	if !mine.before(claimOf(tx, owner)) {
		return putConflict(tx, BadgeConflict{Badge: p.Badge, Person: p.ID, PersonName: p.Name, Holder: owner, HolderName: holder.Name})
	}
	if err := clearConflict(tx, p.ID); err != nil {
		return err
	}
	if err := badges.Put(key, []byte(p.ID)); err != nil {
		return err
	}
	return rehome(tx, p.Badge, p, BadgeConflict{Badge: holder.Badge, Person: owner, PersonName: holder.Name})
}

// releaseBadge takes p's badge code away from p (p is deleted or gets
// another code): if p held it, the first claim among those in conflict
// over it gets it.
func releaseBadge(tx *bolt.Tx, p event.Person) error {
	if err := clearConflict(tx, p.ID); err != nil {
		return err
	}
	badges := tx.Bucket(bucketBadges)
	key := badgeKey(p.Badge)
	if string(badges.Get(key)) != p.ID {
		return nil
	}
	if err := badges.Delete(key); err != nil {
		return err
	}
	var next *claim
	var nextPerson event.Person
	for _, c := range conflictsOver(tx, p.Badge) {
		cl := claimOf(tx, c.Person)
		if next == nil || cl.before(*next) {
			person, err := getPerson(tx, c.Person)
			if err != nil {
				continue
			}
			next, nextPerson = &cl, person
		}
	}
	if next == nil {
		return nil
	}
	if err := clearConflict(tx, nextPerson.ID); err != nil {
		return err
	}
	if err := badges.Put(key, []byte(nextPerson.ID)); err != nil {
		return err
	}
	return rehome(tx, p.Badge, nextPerson, BadgeConflict{})
}

// rehome points every conflict over badge at its new holder, and records
// lost (when it names a person) as one more.
func rehome(tx *bolt.Tx, badge string, holder event.Person, lost BadgeConflict) error {
	for _, c := range conflictsOver(tx, badge) {
		c.Holder, c.HolderName = holder.ID, holder.Name
		if err := putConflict(tx, c); err != nil {
			return err
		}
	}
	if lost.Person == "" {
		return nil
	}
	lost.Holder, lost.HolderName = holder.ID, holder.Name
	return putConflict(tx, lost)
}

func conflictsOver(tx *bolt.Tx, badge string) []BadgeConflict {
	var out []BadgeConflict
	key := badgeKeyString(badge)
	forEachJSON(tx.Bucket(bucketConflicts), nil, func(c BadgeConflict) error {
		if badgeKeyString(c.Badge) == key {
			out = append(out, c)
		}
		return nil
	})
	return out
}

func putConflict(tx *bolt.Tx, c BadgeConflict) error {
	return putJSON(tx.Bucket(bucketConflicts), []byte(c.Person), c)
}

func clearConflict(tx *bolt.Tx, person string) error {
	return tx.Bucket(bucketConflicts).Delete([]byte(person))
}

func hasConflict(tx *bolt.Tx, person string) bool {
	return tx.Bucket(bucketConflicts).Get([]byte(person)) != nil
}

// BadgeConflicts reads the people without their badge code, by person id.
func (s *Store) BadgeConflicts() ([]BadgeConflict, error) {
	var out []BadgeConflict
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		out, err = all[BadgeConflict](tx, bucketConflicts)
		return err
	})
	return out, err
}
