package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"caecw/internal/atomicfile"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/store"
)

// runExportJournal writes every journal entry of the data file as JSON
// lines (one journal.Entry per line, oldest first) to out, "-" for
// standard output: the file fallback when laptops cannot sync over the
// network (docs/sync.md). `caecw export --journal` routes here.
func runExportJournal(env *cliEnv, c cliFlags, out string, force bool) int {
	p := env.printer()
	if out == "" {
		return fail(env.stderr, say(p, i18n.KeyCLIJournalNeedsOut))
	}
	s, err := openReadOnly(env, &c)
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	if out == "-" {
		n, err := writeJournal(env.stdout, s)
		if err != nil {
			return fail(env.stderr, explainWrite(p, err))
		}
		fmt.Fprintln(env.stderr, p.N(i18n.KeyCLIJournalWroteN, n))
		return 0
	}
	if _, err := os.Stat(out); err == nil && !force {
		return fail(env.stderr, say(p, i18n.KeyCLIOutExists, "path", out))
	}
	// An atomic write, so a half-written file never carries the name
	// someone will merge.
	var n int
	err = atomicfile.Write(out, atomicfile.Personal, func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		var err error
		if n, err = writeJournal(bw, s); err != nil {
			return err
		}
		return bw.Flush()
	})
	if err != nil {
		return fail(env.stderr, journalWriteError(p, out, err))
	}
	fmt.Fprintln(env.stdout, p.N(i18n.KeyCLIJournalWrote, n, "path", s.Path(), "out", out))
	return 0
}

// journalWriteError words an error of writing the journal file out: the
// store's own errors as explain words them, a refused folder as the
// permission sentence, anything else as a sentence naming the file with
// the system's text as its detail.
func journalWriteError(p i18n.Printer, out string, err error) error {
	var fe *store.FileError
	switch {
	case errors.As(err, &fe):
		return explain(p, err)
	case errors.Is(err, os.ErrPermission):
		return &userError{p: p, msg: p.T(i18n.KeyCLIErrPermission, "path", out), err: err}
	}
	return &userError{p: p, msg: p.T(i18n.KeyCLIJournalWriteFailed, "path", out), detail: err.Error(), err: err}
}

func writeJournal(w io.Writer, s *store.Store) (int, error) {
	enc := json.NewEncoder(w)
	n := 0
	err := s.AllEntries(func(e journal.Entry) error {
		n++
		return enc.Encode(e)
	})
	return n, err
}

// runMerge applies the journal files of other desks to this data file by
// the same rules as network sync: idempotent by entry id, so merging a
// file twice, or a file that overlaps what sync brought, is harmless.
func runMerge(env *cliEnv, args []string) int {
	p := env.printer()
	var c cliFlags
	fs := newFlags(env, "merge", p.T(i18n.KeyCLISynopsisMerge), &c, "db", "desk", "operator", "lang")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	var entries []journal.Entry
	for _, name := range fs.Args() {
		es, err := readJournal(p, name)
		if err != nil {
			return fail(env.stderr, err)
		}
		entries = append(entries, es...)
	}
	// Oldest first: an entry about a person comes after the import or
	// walk-in that made them, since every desk's clock moves past what it
	// has seen.
	slices.SortStableFunc(entries, func(a, b journal.Entry) int { return strings.Compare(string(a.ID.Key()), string(b.ID.Key())) })
	s, err := c.open(env, false)
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	n, err := s.Apply(entries...)
	if err != nil {
		return fail(env.stderr, &userError{p: p, msg: p.T(i18n.KeyCLIMergeNothing, "err", explain(p, err)), err: err})
	}
	fmt.Fprintln(env.stdout, p.N(i18n.KeyCLIMergeDone, n, "total", len(entries), "path", s.Path(), "here", len(entries)-n))
	return 0
}

// readJournal reads a journal file, checking each entry's id and desk so
// that a damaged or foreign file is refused before anything is applied.
// Its errors are sentences in p's language.
func readJournal(p i18n.Printer, name string) ([]journal.Entry, error) {
	f, err := os.Open(name)
	if errors.Is(err, os.ErrNotExist) {
		return nil, &userError{p: p, msg: p.T(i18n.KeyCLIErrNoFile, "path", name), err: err}
	}
	if err != nil {
		return nil, &userError{p: p, msg: p.T(i18n.KeyCLIErrFile, "path", name, "err", err), err: err}
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReader(f))
	var out []journal.Entry
	for line := 1; ; line++ {
		var e journal.Entry
		err := dec.Decode(&e)
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			// The decoder's text says what it met; it is the detail.
			return nil, &userError{p: p, msg: p.T(i18n.KeyCLIMergeNotEntry, "path", name, "n", line), detail: err.Error(), err: err}
		}
		if _, desk, err := journal.ParseID(string(e.ID)); err != nil || desk != e.Desk || journal.CheckDesk(desk) != nil || e.Kind == "" {
			return nil, say(p, i18n.KeyCLIMergeBadID, "path", name, "n", line, "id", e.ID, "desk", e.Desk)
		}
		out = append(out, e)
	}
}
