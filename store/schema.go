package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the layout this code writes. A file with an older
// version is migrated on open, one step at a time; a newer one is refused
// so an old caecw never damages a file a newer one wrote.
const SchemaVersion = 4

// migration brings a file from version From to From+1.
type migration struct {
	From  uint64
	Apply func(tx *bolt.Tx) error
}

// migrations lists every step in order. Version 0 is a file made before
// the outbox existed; version 1 kept arrivals, counts, the day index and
// the outbox in buckets of their own.
var migrations = []migration{
	{From: 0, Apply: func(tx *bolt.Tx) error {
		for _, b := range append(allBuckets, bucketV1JournalDay, bucketV1Checkins, bucketV1Arrivals, bucketV1Counts, bucketV1Outbox) {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	}},
	{From: 1, Apply: migrateV1},
	{From: 2, Apply: migrateV2},
	{From: 3, Apply: migrateV3},
}

// migrateV3 adds the buckets of held entries and of badge conflicts, and
// gives the file its identity (FileID).
func migrateV3(tx *bolt.Tx) error {
	for _, b := range [][]byte{bucketHeld, bucketConflicts} {
		if _, err := tx.CreateBucketIfNotExists(b); err != nil {
			return err
		}
	}
	return ensureFileID(tx)
}

// migrateV2 drops the day index keys from the journal: the index is now
// built in memory when the file is opened.
func migrateV2(tx *bolt.Tx) error {
	j := tx.Bucket(bucketJournal)
	var keys [][]byte
	c := j.Cursor()
	for k, _ := c.Seek([]byte{prefixDay}); k != nil && k[0] == prefixDay; k, _ = c.Next() {
		keys = append(keys, append([]byte(nil), k...))
	}
	for _, k := range keys {
		if err := j.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// migrateV1 moves the journal to prefixed entry and day keys, turns the
// outbox into the acknowledged mark, and drops the buckets whose contents
// are now a projection of the journal.
func migrateV1(tx *bolt.Tx) error {
	j := tx.Bucket(bucketJournal)
	type kv struct{ k, v []byte }
	var old []kv
	c := j.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if k[0] == prefixEntry || k[0] == prefixDay {
			continue
		}
		old = append(old, kv{append([]byte(nil), k...), append([]byte(nil), v...)})
	}
	for _, e := range old {
		var entry struct {
			Day string `json:"day"`
		}
		if err := json.Unmarshal(e.v, &entry); err != nil {
			return fmt.Errorf("journal entry %x: %w", e.k, err)
		}
		if err := j.Delete(e.k); err != nil {
			return err
		}
		if err := j.Put(entryKey(e.k), e.v); err != nil {
			return err
		}
		if err := j.Put(dayKey(entry.Day, e.k), nil); err != nil {
			return err
		}
	}
	// Everything before the first entry still in the outbox was acknowledged.
	var mark []byte
	if ob := tx.Bucket(bucketV1Outbox); ob != nil {
		if first, _ := ob.Cursor().First(); first != nil {
			jc := j.Cursor()
			jc.Seek(entryKey(first))
			if k, _ := jc.Prev(); k != nil && k[0] == prefixEntry {
				mark = append([]byte(nil), k...)
			}
		} else if k, _ := j.Cursor().Last(); k != nil && k[0] == prefixEntry {
			mark = append([]byte(nil), k...)
		}
	}
	if mark != nil {
		if err := tx.Bucket(bucketMeta).Put(metaOutboxAcked, mark); err != nil {
			return err
		}
	}
	for _, b := range [][]byte{bucketV1JournalDay, bucketV1Checkins, bucketV1Arrivals, bucketV1Counts, bucketV1Outbox} {
		if tx.Bucket(b) != nil {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
	}
	return nil
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
