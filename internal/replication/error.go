package replication

import (
	"errors"

	"caecw/internal/i18n"
)

// Error is a hub, enrolment or sync failure that caecw words itself: Key
// and Args are its sentence in the catalogue, said in whichever language
// prints it (Text), and Err is the system's reason under it (a socket's
// "address already in use", a disk's "no space left on device"), which
// follows the sentence as the system said it. Error() is the English
// sentence with that reason, for logs and LastError.
type Error struct {
	Key  i18n.Key
	Args []any
	Err  error
}

func (e *Error) Error() string { return e.Text()(i18n.New(i18n.EN)) }

func (e *Error) Unwrap() error { return e.Err }

// Sentence is the failure without the system's reason.
func (e *Error) Sentence() i18n.Text { return i18n.Say(e.Key, e.Args...) }

// Detail is the system's reason under the sentence, "" when there is
// none or when it is one of this package's sentinels, which the sentence
// already says.
func (e *Error) Detail() string {
	if e.Err == nil || errors.Is(e.Err, ErrNotEnrolled) || errors.Is(e.Err, ErrNoHubURL) || errors.Is(e.Err, ErrReadableByOthers) {
		return ""
	}
	return e.Err.Error()
}

// Text is the sentence followed by the system's reason, if any.
func (e *Error) Text() i18n.Text {
	d := e.Detail()
	if d == "" {
		return e.Sentence()
	}
	return i18n.Say(i18n.KeySyncErrDetail, "msg", e.Sentence(), "err", d)
}

// fault is an *Error of key with the system's reason err.
func fault(key i18n.Key, err error, args ...any) *Error {
	return &Error{Key: key, Args: args, Err: err}
}

// Words says err for people in whichever language draws it: the sentence
// of its kind (Kind) when it is a common one, an *Error's own sentence,
// or else the system's words as they are.
func Words(err error) i18n.Text {
	if err == nil {
		return nil
	}
	if k := Kind(err); k != "" {
		return func(p i18n.Printer) string { return p.SyncError(string(k), err.Error()) }
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Text()
	}
	return i18n.Verbatim(err.Error())
}
