// Package errtext words the store's errors for people, in their language:
// the one home of the sentences that `caecw` prints on the command line
// and that the screen's error line shows, so a damaged file, a file in
// use or an entry that is not there reads the same in both places and in
// both languages.
//
// It reads the store's error types and the i18n catalogue and does no
// I/O of its own.
package errtext

import (
	"errors"
	"os"

	"caecw/internal/i18n"
	"caecw/store"
)

// Store words err when it is one of the store's kinds: a *store.FileError
// (in use, not a caecw file, damaged, with the latest backup to restore
// when there is one, already there, missing, no permission, any other
// failure to open) or an error wrapping store.ErrNotFound. msg is a whole
// sentence in p's language naming the file; detail is the store's own
// finer reason, for whoever digs further, or "". ok is false for any other
// error, which the caller shows as it is.
func Store(p i18n.Printer, err error) (msg, detail string, ok bool) {
	if err == nil {
		return "", "", false
	}
	var fe *store.FileError
	if !errors.As(err, &fe) {
		if errors.Is(err, store.ErrNotFound) {
			return p.T(i18n.KeyCLIErrNotFound, "err", err), "", true
		}
		return "", "", false
	}
	detail = fe.Detail
	if detail == "" && !isSentinel(fe.Err) {
		detail = fe.Err.Error()
	}
	path, backup := fe.Path, fe.Backup
	switch {
	case errors.Is(fe.Err, store.ErrInUse):
		msg = p.T(i18n.KeyCLIErrInUse, "path", path)
	case errors.Is(fe.Err, store.ErrNotCaecw) && backup != "":
		msg = p.T(i18n.KeyCLIErrNotCaecwBackup, "path", path, "backup", backup)
	case errors.Is(fe.Err, store.ErrNotCaecw):
		msg = p.T(i18n.KeyCLIErrNotCaecw, "path", path)
	case errors.Is(fe.Err, store.ErrDamaged) && backup != "":
		msg = p.T(i18n.KeyCLIErrDamagedBackup, "path", path, "backup", backup)
	case errors.Is(fe.Err, store.ErrDamaged):
		msg = p.T(i18n.KeyCLIErrDamaged, "path", path)
	case errors.Is(fe.Err, store.ErrExists):
		msg = p.T(i18n.KeyCLIErrExists, "path", path)
	case errors.Is(fe.Err, os.ErrNotExist):
		msg, detail = p.T(i18n.KeyCLIErrNoFile, "path", path), ""
	case errors.Is(fe.Err, os.ErrPermission):
		msg = p.T(i18n.KeyCLIErrPermission, "path", path)
	default:
		msg, detail = p.T(i18n.KeyCLIErrFile, "path", path, "err", fe.Err), fe.Detail
	}
	return msg, detail, true
}

// isSentinel reports whether err is one of the store's bare kinds, whose
// text the catalogue sentence already says.
func isSentinel(err error) bool {
	for _, s := range []error{store.ErrInUse, store.ErrNotCaecw, store.ErrDamaged, store.ErrExists, store.ErrNotFound} {
		if err == s {
			return true
		}
	}
	return false
}
