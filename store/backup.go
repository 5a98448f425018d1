package store

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"caecw/internal/event"
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
// keeps running (a read transaction's WriteTo), through a temp file that
// is synced and then renamed, so dst is either whole or absent.
func (s *Store) Backup(dst string) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(dst), ".caecw-backup-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	err = s.db.View(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(tmp)
		return err
	})
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("backup to %s: %w", dst, err)
	}
	if err := os.Rename(tmp.Name(), dst); err != nil {
		return fmt.Errorf("backup to %s: %w", dst, err)
	}
	if d, err := os.Open(filepath.Dir(dst)); err == nil {
		d.Sync()
		d.Close()
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

// Restore copies backup over the data file at path after checking that
// the backup is a sound caecw file. The current file, if any, is kept
// beside it as path + ".before-restore".
func Restore(backup, path string) error {
	b, err := Open(backup, Options{ReadOnly: true, Desk: "restore"})
	if err != nil {
		return err
	}
	problems, err := b.Check()
	b.Close()
	if err != nil {
		return err
	}
	if len(problems) > 0 {
		return fmt.Errorf("backup %s fails its check: %s", backup, problems[0])
	}
	data, err := os.ReadFile(backup)
	if err != nil {
		return err
	}
	if Exists(path) {
		// Hold the lock while swapping, so a running caecw is not cut off.
		// Read-only: a writable bbolt open initialises an empty file, and
		// the file being replaced is kept exactly as it was.
		db, err := openBolt(path, Options{ReadOnly: true})
		if err == nil {
			db.Close()
		} else if isInUse(err) {
			return err
		}
		if err := os.Rename(path, path+".before-restore"); err != nil {
			return err
		}
	}
	tmp := path + ".restoring"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return err
	}
	f, err := os.Open(tmp)
	if err == nil {
		f.Sync()
		f.Close()
	}
	return os.Rename(tmp, path)
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
