package journal

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// The journal file format: JSON lines, one Entry per line, oldest first.
// `caecw export --journal` writes it and `caecw merge` reads it: the file
// fallback when laptops cannot sync over the network (docs/sync.md).
// `caecw export --held` writes held entries in the same way.

// Writer writes entries as JSON lines.
type Writer struct {
	enc *json.Encoder
	n   int
}

// NewWriter writes JSON lines to w. The caller buffers and syncs w.
func NewWriter(w io.Writer) *Writer {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &Writer{enc: enc}
}

// Write writes one value (an Entry, or a record holding one) as a line.
func (w *Writer) Write(v any) error {
	if err := w.enc.Encode(v); err != nil {
		return err
	}
	w.n++
	return nil
}

// Count is the number of lines written.
func (w *Writer) Count() int { return w.n }

// LineError says which line of a journal file is not an entry.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

func (e *LineError) Unwrap() error { return e.Err }

// ErrNotEntry is wrapped by a LineError for a line that is not a JSON
// journal entry.
var ErrNotEntry = errors.New("not a journal entry")

// ReadLines reads a journal file. A line that is not an entry does not
// stop it: it is reported in bad (in line order) and the rest is read, so
// that one damaged line costs that line only. Blank lines are skipped.
// The error is only for a failure to read r.
func ReadLines(r io.Reader) (entries []Entry, bad []*LineError, err error) {
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			e, perr := parseLine(b)
			if perr != nil {
				bad = append(bad, &LineError{Line: line, Err: perr})
			} else {
				entries = append(entries, e)
			}
		}
		if errors.Is(err, io.EOF) {
			return entries, bad, nil
		}
		if err != nil {
			return entries, bad, err
		}
	}
}

func parseLine(b []byte) (Entry, error) {
	var e Entry
	if err := json.Unmarshal(b, &e); err != nil {
		return Entry{}, fmt.Errorf("%w: %v", ErrNotEntry, err)
	}
	if e.ID == "" || e.Kind == "" {
		return Entry{}, fmt.Errorf("%w: no id or kind", ErrNotEntry)
	}
	return e, nil
}

// SortKey orders entries oldest first: by id key, which is the order of
// the journal itself.
func SortKey(a, b Entry) int { return bytes.Compare(a.ID.Key(), b.ID.Key()) }
