package store

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"caecw/internal/journal"
)

// File identity. Every data file has a random id, made when the file is
// created (or, for a file older than schema 4, when it is first opened),
// and made anew for a restored copy, which from then on lives its own
// life beside the backup it came from. The id's first journal.TagLen
// digits go into every entry id this file writes (journal.Origin), so two
// files never write one id even when both use one desk name; sync keys
// each desk's consumer on it.

// newFileID is 128 random bits as 32 lower-case hex digits.
func newFileID() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("make a file id: %w", err)
	}
	return hex.EncodeToString(b), nil
}

// ensureFileID gives the file an id if it has none (a file made before
// schema 4).
func ensureFileID(tx *bolt.Tx) error {
	meta := tx.Bucket(bucketMeta)
	if len(meta.Get(metaFileID)) > 0 {
		return nil
	}
	id, err := newFileID()
	if err != nil {
		return err
	}
	return meta.Put(metaFileID, []byte(id))
}

// FileID is the data file's identity: 32 hex digits, random, new for each
// created file and each restored copy.
func (s *Store) FileID() string { return s.fileID }

// RenewFileID gives the data file at path a new identity, keeping the old
// one among its earlier ids (so that its own entries written under the old
// one still count as this desk's outbox). Restore calls it on the restored
// copy before the copy is swapped in: from then on the copy writes ids no
// other file writes. The file must not be open elsewhere.
func RenewFileID(path string) error {
	s, err := Open(path, Options{Desk: "restore"})
	if err != nil {
		return err
	}
	id, err := newFileID()
	if err == nil {
		err = s.db.Update(func(tx *bolt.Tx) error {
			meta := tx.Bucket(bucketMeta)
			before := strings.TrimSpace(string(meta.Get(metaFileIDsBefore)) + " " + string(meta.Get(metaFileID)))
			if err := meta.Put(metaFileIDsBefore, []byte(before)); err != nil {
				return err
			}
			return meta.Put(metaFileID, []byte(id))
		})
	}
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("renew the file id of %s: %w", path, err)
	}
	return nil
}

// origins are the id origins of this desk's own entries in this file:
// desk "@" the tag of the file's id and of each id it had before, and the
// bare desk name of entries written before files had an id.
func origins(desk string, fileIDs []string) map[string]bool {
	out := map[string]bool{desk: true}
	for _, id := range fileIDs {
		if id != "" {
			out[journal.Origin(desk, id)] = true
		}
	}
	return out
}

// mine reports whether an entry key (without its prefix byte) is one of
// this desk's own entries in this file.
func (s *Store) mine(key []byte) bool {
	return len(key) > 8 && s.origins[string(key[8:])]
}
