package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"caecw/internal/i18n"
	"caecw/internal/textcell"
	"caecw/store"
)

// userError is an error already worded for the person at the keyboard, in
// their language. It wraps the error it explains, so errors.Is still sees
// store.ErrInUse and the rest, and it keeps that error's own text as a
// detail line for whoever has to dig further.
type userError struct {
	p      i18n.Printer
	msg    string
	detail string
	err    error
}

func (e *userError) Error() string {
	if e.detail == "" {
		return e.msg
	}
	return e.msg + "\n  " + e.p.T(i18n.KeyCLIErrDetail, "detail", e.detail)
}

func (e *userError) Unwrap() error { return e.err }

// explain turns an error about a data file into a whole sentence in p's
// language: the store's kinds (in use, not a caecw file, damaged with the
// latest backup to restore, already there, missing, not found) each have a
// catalogue message with the path and backup as placeholders. Any other
// error comes back unchanged.
func explain(p i18n.Printer, err error) error {
	if err == nil {
		return nil
	}
	var ue *userError
	if errors.As(err, &ue) {
		return err
	}
	var fe *store.FileError
	if !errors.As(err, &fe) {
		if errors.Is(err, store.ErrNotFound) {
			return &userError{p: p, msg: p.T(i18n.KeyCLIErrNotFound, "err", err), err: err}
		}
		return err
	}
	detail := fe.Detail
	if detail == "" && !isSentinel(fe.Err) {
		detail = fe.Err.Error()
	}
	u := &userError{p: p, detail: detail, err: err}
	path, backup := fe.Path, fe.Backup
	switch {
	case errors.Is(fe.Err, store.ErrInUse):
		u.msg = p.T(i18n.KeyCLIErrInUse, "path", path)
	case errors.Is(fe.Err, store.ErrNotCaecw) && backup != "":
		u.msg = p.T(i18n.KeyCLIErrNotCaecwBackup, "path", path, "backup", backup)
	case errors.Is(fe.Err, store.ErrNotCaecw):
		u.msg = p.T(i18n.KeyCLIErrNotCaecw, "path", path)
	case errors.Is(fe.Err, store.ErrDamaged) && backup != "":
		u.msg = p.T(i18n.KeyCLIErrDamagedBackup, "path", path, "backup", backup)
	case errors.Is(fe.Err, store.ErrDamaged):
		u.msg = p.T(i18n.KeyCLIErrDamaged, "path", path)
	case errors.Is(fe.Err, store.ErrExists):
		u.msg = p.T(i18n.KeyCLIErrExists, "path", path)
	case errors.Is(fe.Err, os.ErrNotExist):
		u.msg = p.T(i18n.KeyCLIErrNoFile, "path", path)
		u.detail = ""
	case errors.Is(fe.Err, os.ErrPermission):
		u.msg = p.T(i18n.KeyCLIErrPermission, "path", path)
	default:
		u.msg = p.T(i18n.KeyCLIErrFile, "path", path, "err", fe.Err)
		u.detail = fe.Detail
	}
	return u
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

// say returns a userError holding a catalogue sentence, for the messages
// a command words itself.
func say(p i18n.Printer, key i18n.Key, args ...any) error {
	return &userError{p: p, msg: p.T(key, args...)}
}

// fail prints err after the program's name and returns exit code 1. A
// userError prints in its own language. Each line goes through the
// screens' sanitiser: an error may quote a name, a path or a value from a
// file, and nothing from data may steer the terminal.
func fail(w io.Writer, err error) int {
	var ue *userError
	if errors.As(err, &ue) {
		fmt.Fprintln(w, sanitizeLines(ue.p.T(i18n.KeyCLIErrorLine, "err", err)))
		return 1
	}
	fmt.Fprintf(w, "caecw: %s\n", sanitizeLines(err.Error()))
	return 1
}

// sanitizeLines is textcell.Sanitize for text of several lines: the
// line breaks stay.
func sanitizeLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = textcell.Sanitize(l)
	}
	return strings.Join(lines, "\n")
}
