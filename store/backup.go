package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"caecw/internal/atomicfile"
	"caecw/internal/event"
	"caecw/internal/failpoint"
)

// BackupDir is the folder beside a data file that holds its backups.
func BackupDir(path string) string {
	return filepath.Join(filepath.Dir(path), strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))+"-backups")
}

// LatestBackup is the newest backup of the data file at path, or "".
func LatestBackup(path string) string {
	list := Backups(path)
	if len(list) == 0 {
		return ""
	}
	return list[len(list)-1]
}

// Backups lists the backups of the data file at path, oldest first.
func Backups(path string) []string {
	matches, _ := filepath.Glob(filepath.Join(BackupDir(path), "*.db"))
	sort.Strings(matches) // names start with a UTC timestamp
	return matches
}

// Backup writes a consistent copy of the data file to dst while the app
// keeps running (a read transaction's WriteTo), as an atomic write: dst is
// either whole or as it was.
func (s *Store) Backup(dst string) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	err := atomicfile.Write(dst, atomicfile.Personal, func(w io.Writer) error {
		return s.db.View(func(tx *bolt.Tx) error {
			_, err := tx.WriteTo(w)
			return err
		})
	})
	if err != nil {
		return fmt.Errorf("backup to %s: %w", dst, err)
	}
	return nil
}

// RollingBackup writes a timestamped backup into BackupDir and keeps the
// newest keep of them.
func (s *Store) RollingBackup(label string, keep int) (string, error) {
	name := time.Now().UTC().Format("20060102T150405.000Z")
	if label != "" {
		name += "-" + label
	}
	dst := filepath.Join(BackupDir(s.path), name+".db")
	if err := s.Backup(dst); err != nil {
		return "", err
	}
	list := Backups(s.path)
	for len(list) > keep && keep > 0 {
		os.Remove(list[0])
		list = list[1:]
	}
	return dst, nil
}

// Check runs bbolt's page check and caecw's own: every reference
// resolves, every arrival has its journal entry, and the arrival counts
// agree with the arrivals. It returns the problems found.
func (s *Store) Check() (problems []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			problems = append(problems, fmt.Sprintf("damaged: %v", r))
		}
	}()
	err = s.db.View(func(tx *bolt.Tx) error {
		for e := range tx.Check() {
			problems = append(problems, "pages: "+e.Error())
		}
		if string(tx.Bucket(bucketMeta).Get(metaMagic)) != magic {
			problems = append(problems, "meta: not a caecw data file")
		}
		problems = append(problems, checkRecords(tx)...)
		people := map[string]event.Person{}
		forEachJSON(tx.Bucket(bucketPeople), nil, func(p event.Person) error { people[p.ID] = p; return nil })
		dels := map[string]bool{}
		forEachJSON(tx.Bucket(bucketDelegations), nil, func(d event.Delegation) error { dels[d.ID] = true; return nil })
		venues := map[string]bool{}
		forEachJSON(tx.Bucket(bucketVenues), nil, func(v event.Venue) error { venues[v.ID] = true; return nil })
		sessions := map[string]bool{}
		forEachJSON(tx.Bucket(bucketSessions), nil, func(ss event.Session) error {
			sessions[ss.ID] = true
			if !venues[ss.Venue] {
				problems = append(problems, fmt.Sprintf("session %s: unknown venue %s", ss.ID, ss.Venue))
			}
			if ss.State.MovedTo != "" && !venues[ss.State.MovedTo] {
				problems = append(problems, fmt.Sprintf("session %s: moved to unknown venue %s", ss.ID, ss.State.MovedTo))
			}
			return nil
		})
		for _, p := range people {
			if !dels[p.Delegation] {
				problems = append(problems, fmt.Sprintf("person %s: unknown delegation %s", p.ID, p.Delegation))
			}
			if owner := tx.Bucket(bucketBadges).Get(badgeKey(p.Badge)); string(owner) != p.ID && !hasConflict(tx, p.ID) {
				problems = append(problems, fmt.Sprintf("person %s: badge %s not indexed", p.ID, p.Badge))
			}
		}
		forEachJSON(tx.Bucket(bucketAssignments), nil, func(a event.Assignment) error {
			if !sessions[a.Session] || !dels[a.Delegation] {
				problems = append(problems, fmt.Sprintf("assignment %s/%s: unknown session or delegation", a.Session, a.Delegation))
			}
			return nil
		})
		problems = append(problems, checkJournal(tx, laterOf(s.Clock().Now(), time.Now()))...)
		problems = append(problems, s.checkArrivals(people)...)
		return nil
	})
	sort.Strings(problems)
	return problems, err
}

// Restore puts a copy of backup in place of the data file at path, after
// checking that the backup is a sound caecw file. At every instant path is
// either the old file or the whole new one: the copy is written and synced
// beside it first, the old file is kept under a new name of its own
// (path.before-restore-TIME, never overwritten) by a hard link, and only
// then does the copy take path's name in one rename. The copy gets a new
// file identity (RenewFileID) before it is swapped in. It returns the kept copy's path,
// "" when there was no file at path.
func Restore(backup, path string) (kept string, err error) {
	b, err := Open(backup, Options{ReadOnly: true, Desk: "restore"})
	if err != nil {
		return "", err
	}
	problems, err := b.Check()
	b.Close()
	if err != nil {
		return "", err
	}
	if len(problems) > 0 {
		return "", fmt.Errorf("backup %s fails its check: %s", backup, problems[0])
	}
	src, err := os.Open(backup)
	if err != nil {
		return "", err
	}
	defer src.Close()
	if Exists(path) {
		// Hold the lock until the swap is done, so that a running caecw
		// is not cut off and none starts on the old file meanwhile.
		// Read-only: a writable bbolt open initialises an empty file, and
		// the file being replaced is kept exactly as it was.
		db, err := openBolt(path, Options{ReadOnly: true})
		if err == nil {
			defer db.Close()
		} else if isInUse(err) {
			return "", err
		}
	}
	failpoint.Hit("restore: backup checked")
	t, err := atomicfile.Create(path, atomicfile.Personal)
	if err != nil {
		return "", err
	}
	defer t.Abort()
	if _, err := io.Copy(t, src); err != nil {
		return "", fmt.Errorf("restore %s: %w", path, err)
	}
	if err := t.Sync(); err != nil {
		return "", err
	}
	// The copy writes entry ids of its own from now on: the backup's
	// file, or another copy of it, may still be writing under the old id.
	if err := RenewFileID(t.Name()); err != nil {
		return "", err
	}
	failpoint.Hit("restore: file id renewed")
	if Exists(path) {
		if kept, err = keep(path); err != nil {
			return "", err
		}
		failpoint.Hit("restore: previous kept")
	}
	if err := t.Commit(); err != nil {
		return kept, err
	}
	return kept, nil
}

// keepMark sits between the data file's name and the time of a restore
// in the name of the file kept from before that restore.
const keepMark = ".before-restore"

// keep gives the file at path a second name of its own, unique by the
// time and never an existing one, so that the swap leaves it there.
func keep(path string) (string, error) {
	stamp := time.Now().UTC().Format("20060102T150405.000Z")
	for i := 1; ; i++ {
		name := path + keepMark + "-" + stamp
		if i > 1 {
			name += fmt.Sprintf("-%d", i)
		}
		err := os.Link(path, name)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			// No hard links here (some USB sticks): a whole copy.
			err = copyNew(path, name)
			if errors.Is(err, fs.ErrExist) {
				continue
			}
			if err != nil {
				return "", fmt.Errorf("restore: keep %s as %s: %w", path, name, err)
			}
		}
		return name, atomicfile.SyncDir(filepath.Dir(path))
	}
}

func copyNew(src, dst string) error {
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	return atomicfile.WriteNew(dst, atomicfile.Personal, func(w io.Writer) error {
		_, err := io.Copy(w, f)
		return err
	})
}

// Leftovers lists what restores and crashed writes left beside the data
// file at path: kept copies (the file as it was before a restore, whole
// and sound, for whoever wants to look back) and unfinished temp files of
// a restore or backup that stopped midway (parts; never the data file).
func Leftovers(path string) (kept, unfinished []string) {
	kept, _ = filepath.Glob(globEscape(path+keepMark) + "*")
	// Names of older versions of caecw: a fixed kept name, and the copy
	// it wrote before renaming.
	if old := path + ".restoring"; Exists(old) {
		unfinished = append(unfinished, old)
	}
	unfinished = append(unfinished, atomicfile.Leftovers(path)...)
	return kept, unfinished
}

func globEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `*`, `\*`, `?`, `\?`, `[`, `\[`).Replace(s)
}

func isInUse(err error) bool {
	fe, ok := err.(*FileError)
	return ok && fe.Err == ErrInUse
}

// checkArrivals rebuilds the arrivals from the journal and compares them
// with the ones in use: every standing arrival must be a live check-in of
// a known person, and the counts must add up.
func (s *Store) checkArrivals(people map[string]event.Person) []string {
	var problems []string
	fresh := newArrivalIndex()
	if err := s.db.View(fresh.load); err != nil {
		return []string{"arrivals: " + err.Error()}
	}
	s.arrivals.mu.RLock()
	defer s.arrivals.mu.RUnlock()
	for day, keys := range fresh.log {
		if live := s.arrivals.log[day]; len(live) != len(keys) {
			problems = append(problems, fmt.Sprintf("day log %s: %d entries in use, %d in the journal", day, len(live), len(keys)))
		}
	}
	for day, live := range s.arrivals.log {
		if len(fresh.log[day]) == 0 && len(live) > 0 {
			problems = append(problems, fmt.Sprintf("day log %s: %d entries in use, none in the journal", day, len(live)))
		}
	}
	for day := range s.arrivals.days {
		if fresh.days[day] == nil {
			fresh.days[day] = &dayArrivals{persons: map[string]*personArrivals{}, counts: map[string]int{}}
		}
	}
	for day, da := range fresh.days {
		live := s.arrivals.days[day]
		perDel := map[string]int{}
		for person, pa := range da.persons {
			if pa.standing == nil {
				continue
			}
			perDel[people[person].Delegation]++
			if live == nil || live.persons[person] == nil || live.persons[person].standing == nil || live.persons[person].standing.id != pa.standing.id {
				problems = append(problems, fmt.Sprintf("arrival %s %s: the journal says %s", day, person, pa.standing.id))
			}
		}
		if live != nil {
			for person, pa := range live.persons {
				if pa.standing != nil && (da.persons[person] == nil || da.persons[person].standing == nil) {
					problems = append(problems, fmt.Sprintf("arrival %s %s: in use but not in the journal", day, person))
				}
			}
		}
		for del, n := range perDel {
			if live == nil || live.counts[del] != n {
				got := 0
				if live != nil {
					got = live.counts[del]
				}
				problems = append(problems, fmt.Sprintf("count %s/%s: %d in use, %d in the journal", day, del, got, n))
			}
		}
	}
	return problems
}
