package store

import (
	"errors"
	"fmt"
)

// ErrInUse is wrapped by the error Open returns when another process holds
// the data file.
var ErrInUse = errors.New("in use by another caecw process")

// ErrNotCaecw is wrapped when a file exists but is not a caecw data file.
var ErrNotCaecw = errors.New("not a caecw data file")

// ErrDamaged is wrapped when a caecw data file fails its consistency check.
var ErrDamaged = errors.New("damaged")

// ErrNotFound is wrapped when an id, badge or entry does not exist.
var ErrNotFound = errors.New("not found")

// ErrNotUndoable is wrapped when an undo is refused.
var ErrNotUndoable = errors.New("cannot be undone")

// ErrIDCollision is wrapped when a new entry's id is in the journal
// already: nothing was saved.
var ErrIDCollision = errors.New("its id is in the journal already; nothing was saved")

// ErrExists is returned by Create when the file is already there.
var ErrExists = errors.New("already exists")

// FileError names the file an open failed on and, for a damaged file,
// the newest backup to restore from.
type FileError struct {
	Path   string
	Err    error
	Backup string
	Detail string
}

func (e *FileError) Error() string {
	msg := fmt.Sprintf("%s: %v", e.Path, e.Err)
	if e.Detail != "" {
		msg += " (" + e.Detail + ")"
	}
	switch {
	case errors.Is(e.Err, ErrInUse):
		msg += "; close the other caecw first"
	case errors.Is(e.Err, ErrDamaged) || errors.Is(e.Err, ErrNotCaecw):
		msg += "; the file was left untouched"
		if e.Backup != "" {
			msg += "; latest backup: " + e.Backup + " (caecw restore " + e.Backup + ")"
		}
	}
	return msg
}

func (e *FileError) Unwrap() error { return e.Err }
