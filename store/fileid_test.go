package store

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"caecw/internal/event"
	"caecw/internal/journal"
)

var fileIDForm = regexp.MustCompile(`^[0-9a-f]{32}$`)

// C4: every created file has its own id, and the ids it writes carry it.
// Two files under one desk name, writing at the same instant, never make
// the same entry id.
func TestFileIDsKeepTwoFilesOfOneDeskApart(t *testing.T) {
	a, b := newFixture(t, "desk-a"), newFixture(t, "desk-a")
	if !fileIDForm.MatchString(a.s.FileID()) || a.s.FileID() == b.s.FileID() {
		t.Fatalf("file ids %q and %q", a.s.FileID(), b.s.FileID())
	}
	ea := must[CheckInResult](t)(a.s.CheckIn("p-th1")).Entry
	eb := must[CheckInResult](t)(b.s.CheckIn("p-th2")).Entry
	if ea.ID.HLC() != eb.ID.HLC() {
		t.Fatalf("test set-up: the two check-ins should share a clock: %s %s", ea.ID, eb.ID)
	}
	if ea.ID == eb.ID || ea.ID.Desk() != "desk-a" || eb.ID.Desk() != "desk-a" {
		t.Errorf("ids %s and %s", ea.ID, eb.ID)
	}
	if _, tag := journal.SplitOrigin(ea.ID.Origin()); tag != journal.Tag(a.s.FileID()) {
		t.Errorf("id %s does not carry the file's tag %s", ea.ID, a.s.FileID())
	}
	// Each applies on the other: both arrivals stand on both.
	for _, x := range []struct {
		s *Store
		e journal.Entry
	}{{a.s, eb}, {b.s, ea}} {
		if res, err := x.s.Apply(x.e); err != nil || res.Applied != 1 {
			t.Errorf("apply %s: %+v %v", x.e.ID, res, err)
		}
		if v := must[*DayView](t)(x.s.Day(day1)); len(v.Arrivals) != 2 {
			t.Errorf("%d arrivals, want 2", len(v.Arrivals))
		}
	}
	// The file id survives a reopen.
	id := a.s.FileID()
	a.s.Close()
	s, err := Open(a.path, Options{Desk: "desk-a", Clock: a.clock})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.FileID() != id {
		t.Errorf("file id %s after reopen, was %s", s.FileID(), id)
	}
}

// The migration from schema 3 gives an older file an id and the buckets
// of held entries and conflicts, and its old entries (ids without a tag)
// stay this desk's: still in the outbox, still undoable.
func TestMigrationV3(t *testing.T) {
	f := newFixture(t, "desk-a")
	// Make it a schema 3 file: no id, no held or conflicts bucket, and
	// this desk's entries with ids of the old form.
	old := journal.NewID(journal.MakeHLC(at(t, day1, 9, 0), 0), "desk-a")
	e, err := journal.New(old, at(t, day1, 9, 0), day1, "desk-a", "op", journal.KindCheckIn, "p-th1", journal.CheckIn{Person: "p-th1", Day: day1})
	if err != nil {
		t.Fatal(err)
	}
	err = f.s.db.Update(func(tx *bolt.Tx) error {
		if err := putJSON(tx.Bucket(bucketJournal), entryKey(old.Key()), e); err != nil {
			return err
		}
		for _, b := range [][]byte{bucketHeld, bucketConflicts} {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
		if err := tx.Bucket(bucketMeta).Delete(metaFileID); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(metaSchema, u64(3))
	})
	if err != nil {
		t.Fatal(err)
	}
	f.s.Close()
	s, err := Open(f.path, Options{Desk: "desk-a", Clock: f.clock})
	if err != nil {
		t.Fatalf("open of a schema 3 file: %v", err)
	}
	defer s.Close()
	var version uint64
	var buckets bool
	s.db.View(func(tx *bolt.Tx) error {
		version = schemaOf(tx)
		buckets = tx.Bucket(bucketHeld) != nil && tx.Bucket(bucketConflicts) != nil
		return nil
	})
	if version != SchemaVersion || !buckets || !fileIDForm.MatchString(s.FileID()) {
		t.Errorf("after migration: schema %d, buckets %v, file id %q", version, buckets, s.FileID())
	}
	if o := must[[]journal.Entry](t)(s.Outbox(0)); len(o) == 0 || o[len(o)-1].ID != old {
		t.Errorf("the old-form entry left the outbox: %v", o)
	}
	if last, err := s.LastUndoable(journal.KindCheckIn); err != nil || last.ID != old {
		t.Errorf("LastUndoable: %v %v", last.ID, err)
	}
	if problems, err := s.Check(); err != nil || len(problems) > 0 {
		t.Errorf("check after migration: %v %v", problems, err)
	}
	// The step on its own, run twice, changes nothing the second time.
	id := s.FileID()
	if err := s.db.Update(migrateV3); err != nil {
		t.Fatal(err)
	}
	var again string
	s.db.View(func(tx *bolt.Tx) error { again = string(tx.Bucket(bucketMeta).Get(metaFileID)); return nil })
	if again != id {
		t.Errorf("migrateV3 again changed the file id %s -> %s", id, again)
	}
}

// A restored copy gets a new id (integrity-files' restore calls
// RenewFileID), and the entries it wrote under its old id are still its
// own: in the outbox until acknowledged.
func TestRenewFileID(t *testing.T) {
	f := newFixture(t, "desk-a")
	e := must[CheckInResult](t)(f.s.CheckIn("p-th1")).Entry
	old := f.s.FileID()
	f.s.Close()
	if err := RenewFileID(f.path); err != nil {
		t.Fatal(err)
	}
	s, err := Open(f.path, Options{Desk: "desk-a", Clock: f.clock})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.FileID() == old || !fileIDForm.MatchString(s.FileID()) {
		t.Errorf("file id %s after renewal, was %s", s.FileID(), old)
	}
	o := must[[]journal.Entry](t)(s.Outbox(0))
	if len(o) == 0 || o[len(o)-1].ID != e.ID {
		t.Errorf("the entry written under the old id left the outbox: %v", o)
	}
	n := must[CheckInResult](t)(s.CheckIn("p-th2")).Entry
	if _, tag := journal.SplitOrigin(n.ID.Origin()); tag != journal.Tag(s.FileID()) {
		t.Errorf("new id %s does not carry the new tag", n.ID)
	}
	if err := RenewFileID(filepath.Join(t.TempDir(), "none.db")); err == nil {
		t.Error("RenewFileID of a missing file")
	}
}

// A walk-in's made-up person id carries the file's tag, so two files
// under one desk name do not make one person id, and stays within
// event.MaxIDLen even for the longest desk name (else the validator would
// refuse the walk-in).
func TestWalkInIDs(t *testing.T) {
	long := strings.Repeat("d", 64)
	for _, desk := range []string{"desk-a", long} {
		a, b := newFixture(t, desk), newFixture(t, desk)
		ea := must[journal.Entry](t)(a.s.WalkIn(event.Person{Name: "Ana", Delegation: "vn"}))
		eb := must[journal.Entry](t)(b.s.WalkIn(event.Person{Name: "Bui", Delegation: "vn"}))
		if ea.Subject == eb.Subject || len(ea.Subject) > event.MaxIDLen {
			t.Errorf("desk %.10s…: walk-in ids %q and %q", desk, ea.Subject, eb.Subject)
		}
	}
}
