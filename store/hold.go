package store

import (
	bolt "go.etcd.io/bbolt"

	"caecw/internal/journal"
)

// HeldOrigin: the entry came through sync on another desk's subject than
// its own (see replication's checkOrigin): whoever sent it could not
// have made it. Never tried again.
const HeldOrigin = "origin"

// Hold keeps entries in held/ with code and reason, without applying
// them: for a refusal the store cannot see itself, such as an entry
// whose desk does not match the sync subject it came on. An entry held
// already keeps its first record. The error is only for faults of the
// file.
func (s *Store) Hold(source, code string, reason error, entries ...journal.Entry) error {
	if len(entries) == 0 {
		return nil
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	now := s.Clock().Now()
	return s.db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketHeld)
		if err != nil {
			return err
		}
		for _, e := range entries {
			k := heldKey(e)
			if b.Get(k) != nil {
				continue
			}
			if err := putJSON(b, k, newHeld(e, code, reason, source, now)); err != nil {
				return err
			}
		}
		return nil
	})
}
