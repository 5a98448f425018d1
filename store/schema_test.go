package store

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Each migration step on its own, on a raw bbolt file laid out as the
// version it starts from. TestSchemaMigration (backup_test.go) runs the
// steps together through Open.

func rawDB(t *testing.T) *bolt.DB {
	t.Helper()
	db, err := bolt.Open(filepath.Join(t.TempDir(), "raw.db"), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func update(t *testing.T, db *bolt.DB, fn func(tx *bolt.Tx) error) {
	t.Helper()
	if err := db.Update(fn); err != nil {
		t.Fatal(err)
	}
}

func step(from uint64) func(tx *bolt.Tx) error {
	for _, m := range migrations {
		if m.From == from {
			return m.Apply
		}
	}
	panic(fmt.Sprintf("no migration from %d", from))
}

// rawID is a journal id as schema 1 keyed it: 8 bytes of clock, the desk.
func rawID(n byte) []byte { return append([]byte{0, 0, 0, 0, 0, 0, 1, n}, "desk-a"...) }

func TestMigrationsAreOneStepEachInOrder(t *testing.T) {
	for i, m := range migrations {
		if m.From != uint64(i) {
			t.Errorf("migration %d starts from %d", i, m.From)
		}
	}
	if len(migrations) != SchemaVersion {
		t.Errorf("%d migrations for schema %d", len(migrations), SchemaVersion)
	}
}

func TestMigrationFrom0MakesTheBuckets(t *testing.T) {
	db := rawDB(t)
	update(t, db, func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucket(bucketMeta)
		if err != nil {
			return err
		}
		return meta.Put(metaMagic, []byte(magic))
	})
	update(t, db, step(0))
	db.View(func(tx *bolt.Tx) error {
		for _, b := range append(allBuckets, bucketV1JournalDay, bucketV1Checkins, bucketV1Arrivals, bucketV1Counts, bucketV1Outbox) {
			if tx.Bucket(b) == nil {
				t.Errorf("no bucket %s after step 0", b)
			}
		}
		if string(tx.Bucket(bucketMeta).Get(metaMagic)) != magic {
			t.Error("step 0 lost the magic")
		}
		return nil
	})
}

// schema1 lays out a version 1 file: entries keyed by their raw id, a day
// index and the outbox in buckets of their own.
func schema1(t *testing.T, db *bolt.DB, outbox [][]byte, withOutbox bool) {
	t.Helper()
	update(t, db, func(tx *bolt.Tx) error {
		for _, b := range append(allBuckets, bucketV1JournalDay, bucketV1Checkins, bucketV1Arrivals, bucketV1Counts) {
			if _, err := tx.CreateBucket(b); err != nil {
				return err
			}
		}
		j := tx.Bucket(bucketJournal)
		for n := byte(1); n <= 3; n++ {
			if err := j.Put(rawID(n), fmt.Appendf(nil, `{"id":"%d","day":"2025-07-2%d"}`, n, 4+n%2)); err != nil {
				return err
			}
		}
		if err := tx.Bucket(bucketV1Arrivals).Put([]byte("2025-07-25\x00p-1"), []byte("{}")); err != nil {
			return err
		}
		if !withOutbox {
			return nil
		}
		ob, err := tx.CreateBucket(bucketV1Outbox)
		if err != nil {
			return err
		}
		for _, k := range outbox {
			if err := ob.Put(k, nil); err != nil {
				return err
			}
		}
		return nil
	})
}

func TestMigrationFrom1KeysTheJournalAndMarksTheOutbox(t *testing.T) {
	cases := []struct {
		name       string
		outbox     [][]byte
		withOutbox bool
		mark       []byte // the acknowledged mark after, nil for none
	}{
		{"two entries waiting", [][]byte{rawID(2), rawID(3)}, true, entryKey(rawID(1))},
		{"all waiting", [][]byte{rawID(1), rawID(2), rawID(3)}, true, nil},
		{"all sent", nil, true, entryKey(rawID(3))},
		{"no outbox bucket", nil, false, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			db := rawDB(t)
			schema1(t, db, tc.outbox, tc.withOutbox)
			update(t, db, step(1))
			db.View(func(tx *bolt.Tx) error {
				j := tx.Bucket(bucketJournal)
				var keys []string
				j.ForEach(func(k, v []byte) error { keys = append(keys, fmt.Sprintf("%q", k)); return nil })
				for n := byte(1); n <= 3; n++ {
					want := fmt.Appendf(nil, `{"id":"%d","day":"2025-07-2%d"}`, n, 4+n%2)
					if got := j.Get(entryKey(rawID(n))); !bytes.Equal(got, want) {
						t.Errorf("entry %d: %s, want %s (keys %v)", n, got, want, keys)
					}
					if j.Get(rawID(n)) != nil {
						t.Errorf("entry %d is still under its raw id", n)
					}
					day := fmt.Sprintf("2025-07-2%d", 4+n%2)
					if k, _ := j.Cursor().Seek(dayKey(day, rawID(n))); !bytes.Equal(k, dayKey(day, rawID(n))) {
						t.Errorf("entry %d has no day key for %s", n, day)
					}
				}
				if len(keys) != 6 {
					t.Errorf("journal keys after step 1: %v, want 3 entries and 3 day keys", keys)
				}
				for _, b := range [][]byte{bucketV1JournalDay, bucketV1Checkins, bucketV1Arrivals, bucketV1Counts, bucketV1Outbox} {
					if tx.Bucket(b) != nil {
						t.Errorf("bucket %s is left after step 1", b)
					}
				}
				if got := tx.Bucket(bucketMeta).Get(metaOutboxAcked); !bytes.Equal(got, tc.mark) {
					t.Errorf("acknowledged mark %q, want %q", got, tc.mark)
				}
				return nil
			})
		})
	}
}

func TestMigrationFrom1RefusesAnUnreadableEntry(t *testing.T) {
	db := rawDB(t)
	schema1(t, db, nil, true)
	update(t, db, func(tx *bolt.Tx) error { return tx.Bucket(bucketJournal).Put(rawID(9), []byte("not json")) })
	err := db.Update(step(1))
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("%x", rawID(9))) {
		t.Errorf("step 1 over a broken entry: %v, want an error naming it", err)
	}
	// The transaction rolled back: the file is still schema 1.
	db.View(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketV1Arrivals) == nil || tx.Bucket(bucketJournal).Get(rawID(1)) == nil {
			t.Error("a failed step 1 changed the file")
		}
		return nil
	})
}

func TestMigrationFrom2DropsTheDayKeys(t *testing.T) {
	db := rawDB(t)
	update(t, db, func(tx *bolt.Tx) error {
		j, err := tx.CreateBucket(bucketJournal)
		if err != nil {
			return err
		}
		for n := byte(1); n <= 3; n++ {
			if err := j.Put(entryKey(rawID(n)), []byte(`{}`)); err != nil {
				return err
			}
			if err := j.Put(dayKey("2025-07-26", rawID(n)), nil); err != nil {
				return err
			}
		}
		return nil
	})
	update(t, db, step(2))
	db.View(func(tx *bolt.Tx) error {
		var keys [][]byte
		tx.Bucket(bucketJournal).ForEach(func(k, v []byte) error { keys = append(keys, k); return nil })
		if len(keys) != 3 {
			t.Errorf("%d keys after step 2, want the 3 entries", len(keys))
		}
		for _, k := range keys {
			if k[0] != prefixEntry {
				t.Errorf("key %q left after step 2", k)
			}
		}
		return nil
	})
}

// migrate starts at the file's version: a schema 2 file runs step 2
// only, so step 1's drop of the schema 1 buckets never runs on it.
func TestMigrateRunsOnlyTheStepsAfterTheFilesVersion(t *testing.T) {
	db := rawDB(t)
	update(t, db, func(tx *bolt.Tx) error {
		for _, b := range append(allBuckets, bucketV1Outbox) {
			if _, err := tx.CreateBucket(b); err != nil {
				return err
			}
		}
		if err := tx.Bucket(bucketJournal).Put(dayKey("2025-07-26", rawID(1)), nil); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(metaSchema, u64(2))
	})
	if err := migrate(db); err != nil {
		t.Fatal(err)
	}
	db.View(func(tx *bolt.Tx) error {
		if v := schemaOf(tx); v != SchemaVersion {
			t.Errorf("schema %d after migrate", v)
		}
		if tx.Bucket(bucketV1Outbox) == nil {
			t.Error("migrate ran step 1 on a schema 2 file")
		}
		if k, _ := tx.Bucket(bucketJournal).Cursor().First(); k != nil {
			t.Errorf("step 2 did not run: key %q left", k)
		}
		return nil
	})
	update(t, db, func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(metaSchema, u64(SchemaVersion+1)) })
	if err := migrate(db); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("migrate of a newer file: %v", err)
	}
}

func TestMigrationFrom3AddsHeldAndConflictsAndAFileID(t *testing.T) {
	db := rawDB(t)
	update(t, db, func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucket(bucketMeta)
		if err != nil {
			return err
		}
		if _, err := tx.CreateBucket(bucketJournal); err != nil {
			return err
		}
		return meta.Put(metaSchema, u64(3))
	})
	update(t, db, step(3))
	var id []byte
	db.View(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketHeld, bucketConflicts} {
			if tx.Bucket(b) == nil {
				t.Errorf("no bucket %s after step 3", b)
			}
		}
		id = append(id, tx.Bucket(bucketMeta).Get(metaFileID)...)
		return nil
	})
	if !fileIDForm.Match(id) {
		t.Fatalf("file id after step 3: %q", id)
	}
	// Run again (a file migrated by an interrupted open): the identity stays.
	update(t, db, step(3))
	db.View(func(tx *bolt.Tx) error {
		if got := tx.Bucket(bucketMeta).Get(metaFileID); !bytes.Equal(got, id) {
			t.Errorf("step 3 again changed the file id %q to %q", id, got)
		}
		return nil
	})
}
