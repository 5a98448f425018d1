package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"caecw/internal/errtext"
	"caecw/internal/i18n"
	"caecw/internal/replication"
	"caecw/internal/textcell"
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
// language, worded by errtext.Store (the screen's error line uses the same
// words), keeping the store's finer reason as a detail line; a
// *replication.Error likewise. Any other error comes back unchanged.
func explain(p i18n.Printer, err error) error {
	if err == nil {
		return nil
	}
	var ue *userError
	if errors.As(err, &ue) {
		return err
	}
	var re *replication.Error
	if errors.As(err, &re) {
		// A hub, enrolment or sync failure: the sentence in p's
		// language, the system's reason (a socket's, a disk's) as the
		// detail line, as the system said it.
		return &userError{p: p, msg: re.Sentence()(p), detail: re.Detail(), err: err}
	}
	msg, detail, ok := errtext.Store(p, err)
	if !ok {
		return err
	}
	return &userError{p: p, msg: msg, detail: detail, err: err}
}

// explainJoin words why the join file at path cannot be used, in p's
// language: missing, readable by others, not a join file; any other
// failure to read it with the system's reason.
func explainJoin(p i18n.Printer, path string, err error) error {
	var msg string
	switch {
	case errors.Is(err, fs.ErrNotExist):
		msg = p.T(i18n.KeySyncJoinMissing, "path", path)
	case errors.Is(err, replication.ErrReadableByOthers):
		msg = p.T(i18n.KeySyncJoinReadable, "path", path)
	case errors.Is(err, replication.ErrNotJoinFile):
		// What is wrong inside is for whoever made the file; the
		// person at the desk needs a new one either way.
		msg = p.T(i18n.KeySyncJoinInvalid, "path", path)
	default:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		msg = p.T(i18n.KeySyncJoinUnreadable, "path", path, "err", err)
	}
	return &userError{p: p, msg: msg, err: err}
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
