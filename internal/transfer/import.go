package transfer

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync/atomic"

	"caecw/internal/event"
	"caecw/internal/formats"
	"caecw/internal/journal"
	"caecw/store"
)

// Progress is told how many bytes of the import files were read so far
// out of total. It is called from the goroutine doing the import.
type Progress func(read, total int64)

// SplitPaths splits what a person typed into a file prompt: paths
// separated by spaces or commas. A path with a space in it can be quoted
// with double quotes.
func SplitPaths(s string) []string {
	var out []string
	var cur strings.Builder
	quoted := false
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, r := range s {
		switch {
		case r == '"':
			quoted = !quoted
		case !quoted && (r == ' ' || r == ',' || r == '\t' || r == '\n'):
			flush()
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	return out
}

// Parse reads the files at paths and checks them against existing. A file
// that cannot be opened is a problem like any other, so the report lists
// everything at once. On any problem the error is formats.Problems.
func Parse(existing event.Programme, paths []string, progress Progress) (event.Programme, error) {
	var total int64
	var openProblems formats.Problems
	files := make([]formats.File, 0, len(paths))
	var opened []*os.File
	defer func() {
		for _, f := range opened {
			f.Close()
		}
	}()
	var read atomic.Int64
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			openProblems = append(openProblems, formats.OpenProblem(p, err))
			continue
		}
		opened = append(opened, f)
		if st, err := f.Stat(); err == nil {
			if st.IsDir() {
				openProblems = append(openProblems, formats.FolderProblem(p))
				continue
			}
			total += st.Size()
		}
		files = append(files, formats.File{Name: p, R: &countingReader{r: f, read: &read, total: total, progress: progress}})
	}
	for i := range files {
		files[i].R.(*countingReader).total = total
	}
	if len(openProblems) > 0 {
		// Still read the rest, so that one missing file does not hide the
		// problems of the others.
		_, err := formats.Parse(existing, files...)
		var ps formats.Problems
		errors.As(err, &ps)
		all := append(openProblems, ps...)
		return event.Programme{}, all[:min(len(all), formats.MaxProblems+1)]
	}
	return formats.Parse(existing, files...)
}

type countingReader struct {
	r        io.Reader
	read     *atomic.Int64
	total    int64
	progress Progress
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if n > 0 && c.progress != nil {
		c.progress(c.read.Add(int64(n)), c.total)
	}
	return n, err
}

// ImportResult is what an import did, or would do with DryRun.
type ImportResult struct {
	// Counts per kind (formats.Kind names) of records created, updated
	// and unchanged.
	Counts map[string]journal.Counts
	// Demo is true when the data file holds the built-in sample
	// programme: the import mixes with sample data.
	Demo bool
	// Written is true when the import entry was committed (false for a
	// dry run).
	Written bool
	Entry   journal.Entry
}

// Changes is the number of records created or updated.
func (r ImportResult) Changes() int {
	n := 0
	for _, c := range r.Counts {
		n += c.Created + c.Updated
	}
	return n
}

// Import reads, checks and commits the files at paths into s: all or
// nothing. With any problem nothing is written and the error is
// formats.Problems. The journal entry holds the records that are new or
// changed (with the counts of all of them), so a re-import of the same
// files journals nothing new but the fact and counts, and records are
// updated by id, never duplicated. With dryRun nothing is written.
func Import(s *store.Store, paths []string, dryRun bool, progress Progress) (ImportResult, error) {
	existing, err := s.Programme()
	if err != nil {
		return ImportResult{}, err
	}
	imported, err := Parse(existing, paths, progress)
	if err != nil {
		return ImportResult{}, err
	}
	return Commit(s, existing, imported, paths, dryRun)
}

// Commit writes imported (already parsed and checked against existing,
// which must be s's programme) as one import entry.
func Commit(s *store.Store, existing, imported event.Programme, paths []string, dryRun bool) (ImportResult, error) {
	res := ImportResult{Demo: existing.Event != nil && existing.Event.Demo}
	if imported.Event != nil && existing.Event != nil {
		// The store keeps the Demo mark of the file; compare like with
		// like so that a demo file's event is not "updated" every time.
		e := *imported.Event
		e.Demo = existing.Event.Demo
		imported.Event = &e
	}
	res.Counts = formats.Diff(existing, imported)
	if dryRun {
		return res, nil
	}
	files := slices.Clone(paths)
	entry, err := s.Import(journal.Import{Files: files, Programme: Changed(existing, imported), Counts: res.Counts})
	if err != nil {
		return res, fmt.Errorf("import: %w", err)
	}
	res.Written, res.Entry = true, entry
	return res, nil
}
