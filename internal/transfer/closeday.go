package transfer

import (
	"io"
	"os"
	"path/filepath"

	"caecw/internal/event"
	"caecw/internal/failpoint"
	"caecw/internal/formats"
	"caecw/internal/journal"
	"caecw/store"
)

// BackupName is the name of the backup close-day writes beside the logs.
func BackupName(day event.Day) string { return "caecw-backup-" + string(day) + ".db" }

// CloseDayResult lists what closing a day wrote.
type CloseDayResult struct {
	Files []string
	Entry journal.Entry
}

// CloseDay writes the day's log in every format and a backup of the data
// file into dir (created if missing), then journals that the day was
// closed. The journal entry comes last: a day is recorded as closed only
// once its records are on disk. Without force it refuses to replace files
// already in dir (a day closed twice into the same folder).
func CloseDay(s *store.Store, day event.Day, dir string, labels formats.Labels, force bool) (CloseDayResult, error) {
	var res CloseDayResult
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return res, err
	}
	backup := filepath.Join(dir, BackupName(day))
	paths := make([]string, 0, len(DayLogFormats)+1)
	for _, f := range DayLogFormats {
		paths = append(paths, filepath.Join(dir, DayLogName(day, f)))
	}
	if !force {
		for _, p := range append(paths, backup) {
			if _, err := os.Lstat(p); err == nil {
				return res, &ExistsError{Path: p}
			}
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
	if res.Entry, err = s.CloseDay(day, abs); err != nil {
		return res, err
	}
	return res, nil
}
