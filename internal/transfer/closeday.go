package transfer

import (
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"caecw/internal/event"
	"caecw/internal/failpoint"
	"caecw/internal/formats"
	"caecw/internal/journal"
	"caecw/store"
)

// BackupName is the name of the backup close-day writes beside the logs.
func BackupName(day event.Day) string { return "caecw-backup-" + string(day) + ".db" }

// numbered is name with "-n" before its extension: the n-th set of a day
// closed again into the same folder.
func numbered(name string, n int) string {
	if n <= 1 {
		return name
	}
	ext := filepath.Ext(name)
	return strings.TrimSuffix(name, ext) + "-" + strconv.Itoa(n) + ext
}

// CloseDayResult lists what closing a day wrote.
type CloseDayResult struct {
	Files []string
	Entry journal.Entry
}

// CloseDay writes the day's log in every format and a backup of the data
// file into dir (created if missing), then journals that the day was
// closed. The journal entry comes last: a day is recorded as closed only
// once its records are on disk. A day closed again into the same folder
// (late check-ins or changes since) gets a new, numbered set beside the
// first ("caecw-daylog-2025-07-26-2.csv"), which is never overwritten;
// force replaces the unnumbered set instead.
func CloseDay(s *store.Store, day event.Day, dir string, labels formats.Labels, force bool) (CloseDayResult, error) {
	var res CloseDayResult
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return res, err
	}
	var paths []string
	var backup string
	for n := 1; ; n++ {
		backup = filepath.Join(dir, numbered(BackupName(day), n))
		paths = paths[:0]
		for _, f := range DayLogFormats {
			paths = append(paths, filepath.Join(dir, numbered(DayLogName(day, f), n)))
		}
		if force || !anyExists(append(paths, backup)) {
			break
		}
	}
	d, err := BuildDayLog(s, day, labels)
	if err != nil {
		return res, err
	}
	for i, f := range DayLogFormats {
		err := WriteFile(paths[i], force, func(w io.Writer) error { return WriteDayLog(w, d, f) })
		if err != nil {
			return res, err
		}
		res.Files = append(res.Files, paths[i])
	}
	if err := s.Backup(backup); err != nil {
		return res, err
	}
	res.Files = append(res.Files, backup)
	failpoint.Hit("close-day: files written")
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	if res.Entry, err = s.CloseDay(day, abs, d.Count); err != nil {
		return res, err
	}
	return res, nil
}

// anyExists reports whether any of paths exists (or cannot be checked).
func anyExists(paths []string) bool {
	for _, p := range paths {
		if _, err := os.Lstat(p); err == nil || !os.IsNotExist(err) {
			return true
		}
	}
	return false
}
