package store

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"caecw/internal/journal"
)

// resolveConflict decides between old, the entry in the journal, and e, a
// valid entry from elsewhere with the same id and other content.
func (s *Store) resolveConflict(tx *bolt.Tx, old, e journal.Entry, source string, now time.Time, fx *effects) (*HeldEntry, error) {
	return newHeld(e, HeldConflict, fmt.Errorf("another entry with id %s and other content is here and stands", e.ID), source, now), nil
}
