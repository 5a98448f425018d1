package store

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"caecw/internal/atomicfile"
	"caecw/internal/journal"
)

func TestBackupAndRestore(t *testing.T) {
	f := newFixture(t, "desk-a")
	must[CheckInResult](t)(f.s.CheckIn("p-th1"))
	dst := filepath.Join(t.TempDir(), "copy", "b.db")
	if err := f.s.Backup(dst); err != nil {
		t.Fatal(err)
	}
	want := stateDump(t, f.s)
	// Changes after the backup are not in it.
	f.clock.Advance(time.Minute)
	must[CheckInResult](t)(f.s.CheckIn("p-kh1"))

	b, err := Open(dst, Options{Desk: "desk-a", ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := stateDump(t, b); got != want {
		t.Errorf("backup differs from the file at backup time")
	}
	b.Close()
	if left := atomicfile.Leftovers(dst); len(left) != 0 {
		t.Errorf("temp files left: %v", left)
	}

	// Restore refuses while the file is open, then replaces it.
	if _, err := Restore(dst, f.path); !errors.Is(err, ErrInUse) {
		t.Fatalf("restore over an open file: %v", err)
	}
	if err := f.s.Close(); err != nil {
		t.Fatal(err)
	}
	kept, err := Restore(dst, f.path)
	if err != nil {
		t.Fatal(err)
	}
	if !Exists(kept) || !strings.HasPrefix(kept, f.path+".before-restore-") {
		t.Errorf("the replaced file was not kept: %q", kept)
	}
	s, err := Open(f.path, Options{Desk: "desk-a"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := stateDump(t, s); got != want {
		t.Errorf("restored file differs from the backup")
	}
	if _, ok := s.Arrival(day1, "p-kh1"); ok {
		t.Error("check-in made after the backup survived the restore")
	}
	// The kept file still has it.
	old, err := Open(kept, Options{Desk: "desk-a", ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	if _, ok := old.Arrival(day1, "p-kh1"); !ok {
		t.Error("the kept file lost the check-in")
	}
}

func TestRestoreRefusesBadBackup(t *testing.T) {
	dir := t.TempDir()
	path, _, _ := dataFile(t, dir, false)
	bad := filepath.Join(dir, "bad.db")
	write(t, bad, []byte("not a database at all, just some text\n"))
	before := sum(t, path)
	if _, err := Restore(bad, path); !errors.Is(err, ErrNotCaecw) {
		t.Errorf("restore from a text file: %v", err)
	}
	if kept, part := Leftovers(path); sum(t, path) != before || len(kept)+len(part) > 0 {
		t.Error("a refused restore touched the data file")
	}
	// A sound bbolt caecw file with a person of no delegation fails its check.
	f := newFixture(t, "desk-x")
	must[CheckInResult](t)(f.s.CheckIn("p-th1"))
	poke(t, f.s, bucketPeople, []byte("p-x"), []byte(`{"id":"p-x","badge":"PX","name":"X","delegation":"zz"}`))
	broken := filepath.Join(dir, "broken.db")
	if err := f.s.Backup(broken); err != nil {
		t.Fatal(err)
	}
	if _, err := Restore(broken, path); err == nil || !strings.Contains(err.Error(), "fails its check") {
		t.Errorf("restore from a backup that fails its check: %v", err)
	}
	if sum(t, path) != before {
		t.Error("a refused restore touched the data file")
	}
}

func TestRollingBackupKeepsN(t *testing.T) {
	f := newFixture(t, "desk-a")
	var made []string
	for i := range 5 {
		f.clock.Advance(time.Second)
		must[CheckInResult](t)(f.s.CheckIn([]string{"p-th1", "p-th2", "p-kh1", "p-kh2", "p-vn1"}[i]))
		p, err := f.s.RollingBackup("auto", 3)
		if err != nil {
			t.Fatal(err)
		}
		made = append(made, p)
		time.Sleep(2 * time.Millisecond) // names carry milliseconds
	}
	list := Backups(f.path)
	if len(list) != 3 {
		t.Fatalf("kept %d backups: %v", len(list), list)
	}
	for i, p := range made[2:] {
		if list[i] != p {
			t.Errorf("kept %v, want the newest three %v", list, made[2:])
			break
		}
	}
	if LatestBackup(f.path) != made[4] {
		t.Errorf("latest %s, want %s", LatestBackup(f.path), made[4])
	}
	if filepath.Dir(made[0]) != BackupDir(f.path) || !strings.HasSuffix(BackupDir(f.path), "caecw-backups") {
		t.Errorf("backup dir %s", filepath.Dir(made[0]))
	}
	b, err := Open(made[4], Options{Desk: "desk-a", ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if v, _ := b.Day(day1); len(v.Arrivals) != 5 {
		t.Errorf("newest backup has %d arrivals, want 5", len(v.Arrivals))
	}
}

func TestCheckFindsBrokenState(t *testing.T) {
	f := newFixture(t, "desk-a")
	must[CheckInResult](t)(f.s.CheckIn("p-th1"))
	must[CheckInResult](t)(f.s.CheckIn("p-vn1"))
	if problems, err := f.s.Check(); err != nil || len(problems) != 0 {
		t.Fatalf("clean file: %v %v", problems, err)
	}
	// A key in the journal that is not an entry.
	poke(t, f.s, bucketJournal, []byte("x-stray"), []byte("{}"))
	problems, err := f.s.Check()
	if err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(problems, "\n")
	for _, w := range []string{`journal: stray key "x-stray"`} {
		if !strings.Contains(joined, w) {
			t.Errorf("problems do not mention %q:\n%s", w, joined)
		}
	}
	// An arrival whose entry is gone (the file changed under the running
	// app), and a person of no delegation.
	c, _ := f.s.Arrival(day1, "p-vn1")
	unpoke(t, f.s, bucketJournal, entryKey(journal.ID(c.Entry).Key()))
	poke(t, f.s, bucketPeople, []byte("p-x"), []byte(`{"id":"p-x","badge":"PX","name":"X","delegation":"zz"}`))
	problems, _ = f.s.Check()
	joined = strings.Join(problems, "\n")
	for _, w := range []string{"arrival 2025-07-24 p-vn1: in use but not in the journal", "day log 2025-07-24: 3 entries in use, 2 in the journal", "person p-x: unknown delegation zz", "person p-x: badge PX not indexed"} {
		if !strings.Contains(joined, w) {
			t.Errorf("problems do not mention %q:\n%s", w, joined)
		}
	}
}

func TestSchemaMigration(t *testing.T) {
	f := newFixture(t, "desk-a")
	must[CheckInResult](t)(f.s.CheckIn("p-th1"))
	must[CheckInResult](t)(f.s.CheckIn("p-th2"))
	sent := must[[]journal.Entry](t)(f.s.Outbox(0))
	var ids []journal.ID
	for _, e := range sent[:len(sent)-1] {
		ids = append(ids, e.ID)
	}
	if err := f.s.Ack(ids...); err != nil {
		t.Fatal(err)
	}
	want := stateDump(t, f.s)
	// Turn the file back into schema 1: plain journal keys, a day index,
	// arrivals, counts and outbox buckets of their own.
	err := f.s.db.Update(func(tx *bolt.Tx) error {
		j := tx.Bucket(bucketJournal)
		type kv struct{ k, v []byte }
		var all []kv
		j.ForEach(func(k, v []byte) error {
			all = append(all, kv{append([]byte(nil), k...), append([]byte(nil), v...)})
			return nil
		})
		for _, x := range all {
			if err := j.Delete(x.k); err != nil {
				return err
			}
		}
		for _, b := range [][]byte{bucketV1JournalDay, bucketV1Checkins, bucketV1Arrivals, bucketV1Counts, bucketV1Outbox} {
			if _, err := tx.CreateBucket(b); err != nil {
				return err
			}
		}
		for _, x := range all {
			switch x.k[0] {
			case prefixEntry:
				if err := j.Put(x.k[1:], x.v); err != nil {
					return err
				}
				day, _ := entryDay(x.v)
				if err := tx.Bucket(bucketV1JournalDay).Put(append([]byte(day), x.k[1:]...), nil); err != nil {
					return err
				}
			}
		}
		if err := tx.Bucket(bucketV1Outbox).Put(sent[len(sent)-1].ID.Key(), nil); err != nil {
			return err
		}
		if err := tx.Bucket(bucketMeta).Delete(metaOutboxAcked); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(metaSchema, u64(1))
	})
	if err != nil {
		t.Fatal(err)
	}
	f.s.Close()
	// Read-only cannot migrate: it refuses rather than read a file
	// of another layout.
	before := sum(t, f.path)
	if _, err := Open(f.path, Options{Desk: "desk-a", ReadOnly: true}); !errors.Is(err, ErrNotCaecw) || !strings.Contains(err.Error(), "older") {
		t.Errorf("read-only open of a schema 1 file: %v", err)
	}
	if sum(t, f.path) != before {
		t.Error("read-only open changed the file")
	}
	s, err := Open(f.path, Options{Desk: "desk-a", Clock: f.clock})
	if err != nil {
		t.Fatalf("open of a schema 1 file: %v", err)
	}
	var version uint64
	var v1Left bool
	s.db.View(func(tx *bolt.Tx) error {
		version, v1Left = schemaOf(tx), tx.Bucket(bucketV1Outbox) != nil || tx.Bucket(bucketV1Arrivals) != nil
		return nil
	})
	if version != SchemaVersion || v1Left {
		t.Errorf("after migration: schema %d, schema 1 buckets left %v", version, v1Left)
	}
	if got := stateDump(t, s); got != want {
		t.Errorf("migration changed the data:\n%s\nwant:\n%s", got, want)
	}
	if problems, err := s.Check(); err != nil || len(problems) > 0 {
		t.Errorf("check after migration: %v %v", problems, err)
	}
	// What was waiting in the outbox still waits; what was sent does not.
	if o := must[[]journal.Entry](t)(s.Outbox(0)); len(o) != 1 || o[0].ID != sent[len(sent)-1].ID {
		t.Errorf("outbox after migration: %v", o)
	}
	must[CheckInResult](t)(s.CheckIn("p-kh1"))
	if o := must[[]journal.Entry](t)(s.Outbox(0)); len(o) != 2 {
		t.Errorf("outbox after a new check-in: %d entries", len(o))
	}

	// A file from a newer caecw is refused and left alone.
	poke(t, s, bucketMeta, metaSchema, u64(SchemaVersion+1))
	s.Close()
	before = sum(t, f.path)
	for _, ro := range []bool{false, true} {
		_, err = Open(f.path, Options{Desk: "desk-a", ReadOnly: ro})
		var fe *FileError
		if !errors.As(err, &fe) || fe.Path != f.path || !strings.Contains(err.Error(), "newer") || !strings.Contains(err.Error(), "update caecw") {
			t.Errorf("open (read-only %v) of a newer file: %v", ro, err)
		}
	}
	if sum(t, f.path) != before {
		t.Error("the newer file was changed")
	}
}
