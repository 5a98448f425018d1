package store

import (
	"encoding/binary"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the layout this code writes. A file with an older
// version is migrated on open, one step at a time; a newer one is refused
// so an old caecw never damages a file a newer one wrote.
const SchemaVersion = 1

// migration brings a file from version From to From+1.
type migration struct {
	From  uint64
	Apply func(tx *bolt.Tx) error
}

// migrations lists every step in order. Version 0 is a file made before
// the outbox existed (kept as the pattern for later steps).
var migrations = []migration{
	{From: 0, Apply: func(tx *bolt.Tx) error {
		for _, b := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	}},
}

func schemaOf(tx *bolt.Tx) uint64 {
	v := tx.Bucket(bucketMeta).Get(metaSchema)
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

// checkSchema refuses a file whose schema is not SchemaVersion, for a
// read-only opener that cannot migrate it.
func checkSchema(db *bolt.DB) error {
	var version uint64
	db.View(func(tx *bolt.Tx) error { version = schemaOf(tx); return nil })
	switch {
	case version > SchemaVersion:
		return newerSchema(version)
	case version < SchemaVersion:
		return fmt.Errorf("%w: schema version %d is older than this caecw's (%d); open it once with caecw (not read-only) to update it", ErrNotCaecw, version, SchemaVersion)
	}
	return nil
}

func newerSchema(version uint64) error {
	return fmt.Errorf("%w: schema version %d is newer than this caecw understands (%d); update caecw", ErrNotCaecw, version, SchemaVersion)
}

func migrate(db *bolt.DB) error {
	var version uint64
	db.View(func(tx *bolt.Tx) error { version = schemaOf(tx); return nil })
	if version == SchemaVersion {
		return nil
	}
	if version > SchemaVersion {
		return newerSchema(version)
	}
	return db.Update(func(tx *bolt.Tx) error {
		for _, m := range migrations {
			if m.From < schemaOf(tx) {
				continue
			}
			if err := m.Apply(tx); err != nil {
				return fmt.Errorf("migrate schema %d: %w", m.From, err)
			}
			if err := tx.Bucket(bucketMeta).Put(metaSchema, u64(m.From+1)); err != nil {
				return err
			}
		}
		return nil
	})
}
