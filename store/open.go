package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"caecw/internal/clock"
	"caecw/internal/event"
	"caecw/internal/journal"
)

// LockTimeout is how long Open waits for another process to let go of
// the file before it says the file is in use.
const LockTimeout = time.Second

// Options says who writes and by which clock.
type Options struct {
	Desk     string
	Operator string
	Clock    clock.Clock
	// LockTimeout overrides the default wait for the file lock.
	LockTimeout time.Duration
	// ReadOnly opens the file for reading (check, export).
	ReadOnly bool
}

// Store is an open data file.
type Store struct {
	db       *bolt.DB
	path     string
	desk     string
	operator string
	clock    clock.Clock
	ids      *journal.Generator
	// fileID is the file's identity (FileID); origin is the origin of the
	// ids this store writes, and origins every origin of this desk's own
	// entries in this file (fileid.go).
	fileID  string
	origin  string
	origins map[string]bool

	mu  sync.Mutex
	loc *time.Location

	// wmu serialises writes with the projection they update.
	wmu      sync.Mutex
	arrivals *arrivalIndex

	ackMu      sync.Mutex
	ackedAhead map[string]bool
	outboxN    outboxCount
	// onCommit, when set, is told about every entry written (sync).
	onCommit func(journal.Entry)
}

// Exists reports whether a data file is at path.
func Exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// Create makes a new, empty caecw data file for ev at path. It refuses to
// touch an existing file.
func Create(path string, ev event.Event, opts Options) (*Store, error) {
	if Exists(path) {
		return nil, &FileError{Path: path, Err: ErrExists}
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	// O_EXCL so that two processes racing to create never share a file.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	f.Close()
	db, err := openBolt(path, opts)
	if err != nil {
		os.Remove(path)
		return nil, err
	}
	if ev.TimeZone == "" {
		ev.TimeZone = event.DefaultTimeZone
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		if err := meta.Put(metaMagic, []byte(magic)); err != nil {
			return err
		}
		if err := meta.Put(metaSchema, u64(SchemaVersion)); err != nil {
			return err
		}
		if err := meta.Put(metaCreated, []byte(time.Now().UTC().Format(time.RFC3339))); err != nil {
			return err
		}
		if err := ensureFileID(tx); err != nil {
			return err
		}
		return putJSON(meta, metaEvent, ev)
	})
	if err != nil {
		db.Close()
		os.Remove(path)
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	return newStore(db, path, opts)
}

// Open opens an existing caecw data file. It never creates or rewrites a
// file it does not recognise: a missing file is os.ErrNotExist, a file of
// another program ErrNotCaecw, a damaged one ErrDamaged, one held by
// another process ErrInUse, each wrapped in a *FileError naming the file.
func Open(path string, opts Options) (*Store, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, &FileError{Path: path, Err: err}
	}
	if fi.IsDir() {
		return nil, &FileError{Path: path, Err: ErrNotCaecw, Detail: "it is a directory"}
	}
	if fi.Size() == 0 {
		// bbolt would happily initialise an empty file; an empty file
		// where data should be is a truncated data file, not a new one.
		return nil, &FileError{Path: path, Err: ErrDamaged, Detail: "the file is empty", Backup: LatestBackup(path)}
	}
	if err := precheck(path); err != nil {
		return nil, &FileError{Path: path, Err: err, Backup: LatestBackup(path)}
	}
	db, err := openBolt(path, opts)
	if err != nil {
		return nil, err
	}
	if err := verify(db); err != nil {
		db.Close()
		return nil, &FileError{Path: path, Err: err, Backup: LatestBackup(path)}
	}
	migrateOrCheck := migrate
	if opts.ReadOnly {
		// A read-only opener cannot migrate, and the code reading the
		// file expects today's buckets: refuse other versions.
		migrateOrCheck = checkSchema
	}
	if err := migrateOrCheck(db); err != nil {
		db.Close()
		return nil, &FileError{Path: path, Err: err}
	}
	return newStore(db, path, opts)
}

func openBolt(path string, opts Options) (db *bolt.DB, err error) {
	timeout := opts.LockTimeout
	if timeout <= 0 {
		timeout = LockTimeout
	}
	// bbolt can panic on some damaged files while reading their meta.
	defer func() {
		if r := recover(); r != nil {
			db, err = nil, &FileError{Path: path, Err: ErrDamaged, Detail: fmt.Sprint(r), Backup: LatestBackup(path)}
		}
	}()
	// Not NoFreelistSync, though it would save a page per commit: with it
	// bbolt rebuilds the free list on open by walking every page in a
	// goroutine of its own, where a damaged page panics beyond recovery
	// and takes the app down instead of giving a clear message.
	db, err = bolt.Open(path, 0o600, &bolt.Options{Timeout: timeout, ReadOnly: opts.ReadOnly, MmapFlags: mmapFlags})
	switch {
	case err == nil:
		return db, nil
	case errors.Is(err, berrors.ErrTimeout):
		return nil, &FileError{Path: path, Err: ErrInUse}
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrVersionMismatch), errors.Is(err, berrors.ErrChecksum):
		return nil, &FileError{Path: path, Err: ErrNotCaecw, Detail: err.Error(), Backup: LatestBackup(path)}
	case errors.Is(err, os.ErrPermission), errors.Is(err, syscall.EROFS):
		// A read-only disk or a file without write permission: the file
		// is fine, so do not call it damaged.
		return nil, &FileError{Path: path, Err: err}
	default:
		return nil, &FileError{Path: path, Err: ErrDamaged, Detail: err.Error(), Backup: LatestBackup(path)}
	}
}

// verify checks that the file is ours and that its pages are sound.
func verify(db *bolt.DB) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", ErrDamaged, r)
		}
	}()
	return db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil || string(meta.Get(metaMagic)) != magic {
			return ErrNotCaecw
		}
		// Read the check to its end: it runs in its own goroutine, which
		// would otherwise be left blocked on its channel, reading pages of
		// a file about to be closed.
		var first error
		for e := range tx.Check() {
			if first == nil {
				first = fmt.Errorf("%w: %v", ErrDamaged, e)
			}
		}
		return first
	})
}

func newStore(db *bolt.DB, path string, opts Options) (*Store, error) {
	if opts.Desk == "" {
		opts.Desk = DefaultDesk()
	}
	if err := journal.CheckDesk(opts.Desk); err != nil {
		db.Close()
		return nil, fmt.Errorf("desk %q: %w", opts.Desk, err)
	}
	if opts.Operator == "" {
		opts.Operator = DefaultOperator()
	}
	if opts.Clock == nil {
		opts.Clock = clock.System{}
	}
	s := &Store{db: db, path: path, desk: opts.Desk, operator: opts.Operator, clock: opts.Clock, arrivals: newArrivalIndex()}
	var last journal.HLC
	var ev event.Event
	err := db.View(func(tx *bolt.Tx) error {
		last = clockStart(tx, opts.Clock.Now())
		meta := tx.Bucket(bucketMeta)
		s.fileID = string(meta.Get(metaFileID))
		s.origins = origins(s.desk, append(strings.Fields(string(meta.Get(metaFileIDsBefore))), s.fileID))
		if err := getJSON(meta, metaEvent, &ev); err != nil {
			return err
		}
		return s.arrivals.load(tx)
	})
	if err != nil {
		db.Close()
		return nil, &FileError{Path: path, Err: ErrDamaged, Detail: err.Error()}
	}
	s.origin = s.desk
	if s.fileID != "" {
		s.origin = journal.Origin(s.desk, s.fileID)
	}
	s.ids = journal.NewGenerator(last)
	s.loc = ev.Location()
	return s, nil
}

// clockStart is where the id clock starts: the greatest clock reading in
// the journal, leaving out readings further ahead of both the machine's
// clock and now (the store's clock) than journal.MaxClockSkew. Such
// readings can only be in a file that took them in before the validator
// refused them (issue 12); starting after one would leave no room for
// new ids. Ids below them stay unique: they carry this file's own origin.
func clockStart(tx *bolt.Tx, now time.Time) journal.HLC {
	limit := laterOf(now, time.Now()).Add(journal.MaxClockSkew)
	c := tx.Bucket(bucketJournal).Cursor()
	k, _ := c.Seek([]byte{prefixEntry + 1})
	if k == nil {
		k, _ = c.Last()
	} else {
		k, _ = c.Prev()
	}
	for ; len(k) >= 9 && k[0] == prefixEntry; k, _ = c.Prev() {
		h := journal.HLC(binary.BigEndian.Uint64(k[1:]))
		if !h.Time().After(limit) {
			return h
		}
	}
	return 0
}

// DefaultDesk is the desk name when none is given: the host name.
func DefaultDesk() string {
	h, err := os.Hostname()
	if err != nil || journal.CheckDesk(h) != nil {
		return "desk"
	}
	return h
}

// DefaultOperator is the operator when none is given: the login name.
func DefaultOperator() string {
	for _, k := range []string{"CAECW_OPERATOR", "USER", "LOGNAME"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return "operator"
}

// Close closes the file.
func (s *Store) Close() error { return s.db.Close() }

// Path is the data file's path.
func (s *Store) Path() string { return s.path }

// Desk is the desk this store writes as.
func (s *Store) Desk() string { return s.desk }

// Operator is the person this store writes as.
func (s *Store) Operator() string { return s.operator }

// Clock is the store's clock.
func (s *Store) Clock() clock.Clock {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.clock
}

// Location is the event's time zone.
func (s *Store) Location() *time.Location {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.loc
}

// SetOnCommit registers f to hear about every entry this store commits,
// after the commit. Sync uses it to wake its publisher.
func (s *Store) SetOnCommit(f func(journal.Entry)) {
	s.mu.Lock()
	s.onCommit = f
	s.mu.Unlock()
}

func (s *Store) committed(e journal.Entry) {
	s.mu.Lock()
	f := s.onCommit
	s.mu.Unlock()
	if f != nil {
		f(e)
	}
}

func u64(v uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, v)
	return b
}

func putJSON(b *bolt.Bucket, key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(key, data)
}

func getJSON(b *bolt.Bucket, key []byte, v any) error {
	data := b.Get(key)
	if data == nil {
		return fmt.Errorf("%s: %w", key, ErrNotFound)
	}
	return json.Unmarshal(data, v)
}

// SetClock replaces the store's clock; cmd sets it once the event's time
// zone is known, since --now is read in that zone.
func (s *Store) SetClock(c clock.Clock) {
	s.mu.Lock()
	s.clock = c
	s.mu.Unlock()
}
