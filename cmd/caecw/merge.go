package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"

	"caecw/internal/atomicfile"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/internal/textcell"
	"caecw/store"
)

// runExportJournal writes every journal entry of the data file as JSON
// lines (journal.Writer: one entry per line, oldest first) to out, "-"
// for standard output: the file fallback when laptops cannot sync over
// the network (docs/sync.md). `caecw export --journal` routes here.
func runExportJournal(env *cliEnv, c cliFlags, out string, force bool) int {
	return runExportLines(env, c, out, force, func(w *journal.Writer, s *store.Store) error {
		return s.AllEntries(func(e journal.Entry) error { return w.Write(e) })
	})
}

// runExportHeld writes the held entries (store.HeldEntry: the entry, its
// reason, source and when) as JSON lines to out, for a coordinator to
// look into. `caecw export --held` routes here.
func runExportHeld(env *cliEnv, c cliFlags, out string, force bool) int {
	return runExportLines(env, c, out, force, func(w *journal.Writer, s *store.Store) error {
		held, err := s.Held()
		for _, h := range held {
			if err := w.Write(h); err != nil {
				return err
			}
		}
		return err
	})
}

// runExportLines writes the JSON lines fill makes to out ("-" for
// standard output), atomically and readable by the owner only: the lines
// hold names of people.
func runExportLines(env *cliEnv, c cliFlags, out string, force bool, fill func(*journal.Writer, *store.Store) error) int {
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
		w := journal.NewWriter(env.stdout)
		if err := fill(w, s); err != nil {
			return fail(env.stderr, explainWrite(p, err))
		}
		fmt.Fprintln(env.stderr, p.N(i18n.KeyCLIJournalWroteN, w.Count()))
		return 0
	}
	if _, err := os.Stat(out); err == nil && !force {
		return fail(env.stderr, say(p, i18n.KeyCLIOutExists, "path", out))
	}
	// An atomic write, so a half-written file never carries the name
	// someone will merge.
	var w *journal.Writer
	err = atomicfile.Write(out, atomicfile.Personal, func(f io.Writer) error {
		bw := bufio.NewWriter(f)
		w = journal.NewWriter(bw)
		if err := fill(w, s); err != nil {
			return err
		}
		return bw.Flush()
	})
	if err != nil {
		return fail(env.stderr, journalWriteError(p, out, err))
	}
	fmt.Fprintln(env.stdout, p.N(i18n.KeyCLIJournalWrote, w.Count(), "path", s.Path(), "out", out))
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

// maxHeldLines is how many held entries merge names one by one.
const maxHeldLines = 20

// runMerge applies the journal files of other desks to this data file by
// the same rules as network sync: idempotent by entry id, so merging a
// file twice, or a file that overlaps what sync brought, is harmless.
// Every valid entry is applied; a line that is not an entry is skipped
// and named, and an entry the store cannot apply is held (store.Held)
// and named with its reason. The exit code is 1 when anything was not
// applied.
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
	skipped := 0
	for _, name := range fs.Args() {
		es, bad, err := readJournal(p, name)
		if err != nil {
			return fail(env.stderr, err)
		}
		for _, le := range bad {
			fmt.Fprintln(env.stderr, p.T(i18n.KeyCLIMergeNotEntry, "path", textcell.Sanitize(name), "n", le.Line))
			fmt.Fprintln(env.stderr, "  "+p.T(i18n.KeyCLIErrDetail, "detail", textcell.Sanitize(le.Err.Error())))
		}
		skipped += len(bad)
		entries = append(entries, es...)
	}
	// Oldest first: an entry about a person comes after the import or
	// walk-in that made them, since every desk's clock moves past what it
	// has seen.
	slices.SortStableFunc(entries, journal.SortKey)
	s, err := c.open(env, false)
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	res, err := s.ApplyFrom(store.SourceMerge, entries...)
	if err != nil {
		return fail(env.stderr, &userError{p: p, msg: p.T(i18n.KeyCLIMergeNothing, "err", explain(p, err)), err: err})
	}
	fmt.Fprintln(env.stdout, p.N(i18n.KeyCLIMergeDone, res.Applied, "total", len(entries), "path", s.Path(), "here", res.Here))
	if len(res.Held) > 0 {
		fmt.Fprintln(env.stdout, p.N(i18n.KeyCLIMergeHeld, len(res.Held)))
		for i, h := range res.Held {
			if i == maxHeldLines {
				fmt.Fprintln(env.stdout, "  "+p.N(i18n.KeyCLIMergeHeldMore, len(res.Held)-i))
				break
			}
			fmt.Fprintln(env.stdout, "  "+p.T(i18n.KeyCLIErrDetail, "detail", textcell.Sanitize(string(h.Entry.ID)+": "+h.Reason)))
		}
	}
	if skipped > 0 || len(res.Held) > 0 {
		return 1
	}
	return 0
}

// readJournal reads a journal file (journal.ReadLines): its entries, and
// the lines that are not entries. Its errors are sentences in p's
// language.
func readJournal(p i18n.Printer, name string) ([]journal.Entry, []*journal.LineError, error) {
	f, err := os.Open(name)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, &userError{p: p, msg: p.T(i18n.KeyCLIErrNoFile, "path", name), err: err}
	}
	if err != nil {
		return nil, nil, &userError{p: p, msg: p.T(i18n.KeyCLIErrFile, "path", name, "err", err), err: err}
	}
	defer f.Close()
	es, bad, err := journal.ReadLines(f)
	if err != nil {
		return nil, nil, &userError{p: p, msg: p.T(i18n.KeyCLIErrFile, "path", name, "err", err), err: err}
	}
	return es, bad, nil
}
