package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"caecw/internal/journal"
	"caecw/store"
)

// runExportJournal writes every journal entry of the data file as JSON
// lines (one journal.Entry per line, oldest first) to out, "-" for
// standard output: the file fallback when laptops cannot sync over the
// network (docs/sync.md). `caecw export --journal` routes here.
func runExportJournal(env *cliEnv, c cliFlags, out string, force bool) int {
	if out == "" {
		return fail(env.stderr, errors.New("export --journal needs -o FILE (- for standard output)"))
	}
	s, err := store.Open(c.path(env), store.Options{ReadOnly: true, Desk: "export"})
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	if out == "-" {
		n, err := writeJournal(env.stdout, s)
		if err != nil {
			return fail(env.stderr, err)
		}
		fmt.Fprintf(env.stderr, "wrote %d journal entries\n", n)
		return 0
	}
	if _, err := os.Stat(out); err == nil && !force {
		return fail(env.stderr, fmt.Errorf("%s exists; use --force to replace it", out))
	}
	// Write beside the target and rename, so a half-written file never
	// carries the name someone will merge.
	tmp, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*")
	if err != nil {
		return fail(env.stderr, err)
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriter(tmp)
	n, err := writeJournal(w, s)
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), out)
	}
	if err != nil {
		return fail(env.stderr, fmt.Errorf("export journal: %w", err))
	}
	fmt.Fprintf(env.stdout, "wrote %d journal entries of %s to %s\n", n, s.Path(), out)
	return 0
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
	var c cliFlags
	fs := newFlags(env, "merge", "[--db PATH] FILE...  (files written by `caecw export --journal`)", &c, "db", "desk", "operator")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	var entries []journal.Entry
	for _, name := range fs.Args() {
		es, err := readJournal(name)
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
		return fail(env.stderr, fmt.Errorf("merge (nothing was changed): %w", err))
	}
	fmt.Fprintf(env.stdout, "merged %d new entries of %d into %s (%d were here already)\n", n, len(entries), s.Path(), len(entries)-n)
	return 0
}

// readJournal reads a journal file, checking each entry's id and desk so
// that a damaged or foreign file is refused before anything is applied.
func readJournal(name string) ([]journal.Entry, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
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
			return nil, fmt.Errorf("%s: entry %d: not a journal entry: %w", name, line, err)
		}
		if _, desk, err := journal.ParseID(string(e.ID)); err != nil || desk != e.Desk || journal.CheckDesk(desk) != nil || e.Kind == "" {
			return nil, fmt.Errorf("%s: entry %d: bad id %q for desk %q", name, line, e.ID, e.Desk)
		}
		out = append(out, e)
	}
}
