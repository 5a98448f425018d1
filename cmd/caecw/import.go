package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"caecw/internal/event"
	"caecw/internal/formats"
	"caecw/internal/i18n"
	"caecw/internal/textcell"
	"caecw/internal/transfer"
	"caecw/store"
)

func runImport(env *cliEnv, args []string) int {
	p := env.printer()
	var c cliFlags
	var dryRun bool
	var template string
	fs := newFlags(env, "import", p.T(i18n.KeyCLISynopsisImport), &c, "db", "desk", "operator", "lang")
	fs.BoolVar(&dryRun, "dry-run", false, p.T(i18n.KeyCLIFlagDryRun))
	fs.StringVar(&template, "template", "", p.T(i18n.KeyCLIFlagTemplate))
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if template != "" {
		if err := formats.WriteTemplates(template); err != nil {
			return fail(env.stderr, explainWrite(p, err))
		}
		fmt.Fprintln(env.stdout, p.T(i18n.KeyCLIImportTemplates, "kinds", kindList(p), "dir", template))
		return 0
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	paths := fs.Args()
	path := c.path(env)
	if !store.Exists(path) {
		return importIntoNew(env, p, &c, path, paths, dryRun)
	}
	s, err := c.open(env, false)
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	res, err := transfer.Import(s, paths, dryRun, nil)
	if err != nil {
		return importFailed(env.stderr, p, err)
	}
	printImport(env.stdout, p, res, paths, dryRun)
	return 0
}

// importIntoNew imports into a data file that does not exist yet: only an
// import that carries the event record can make one (the event is what
// `caecw init` would write), and only once the files are found sound.
// Otherwise the user is told to create the file first.
func importIntoNew(env *cliEnv, p i18n.Printer, c *cliFlags, path string, paths []string, dryRun bool) int {
	imported, err := transfer.Parse(event.Programme{}, paths, nil)
	if err != nil {
		return importFailed(env.stderr, p, err)
	}
	if imported.Event == nil {
		return fail(env.stderr, say(p, i18n.KeyCLIImportNoEvent, "path", path))
	}
	if dryRun {
		res := transfer.ImportResult{Counts: formats.Diff(event.Programme{}, imported)}
		printImport(env.stdout, p, res, paths, true)
		fmt.Fprintln(env.stdout, p.T(i18n.KeyCLIImportWouldCreate, "path", path))
		return 0
	}
	s, err := store.Create(path, *imported.Event, c.options())
	if err != nil {
		return fail(env.stderr, explain(p, err))
	}
	defer s.Close()
	// Counted against nothing, as the user sees it: the event record made
	// the file, so it is created, not "unchanged".
	res, err := transfer.Commit(s, event.Programme{}, imported, paths, false)
	if err != nil {
		return importFailed(env.stderr, p, err)
	}
	fmt.Fprintln(env.stdout, p.T(i18n.KeyCLIImportCreated, "path", path, "event", textcell.Sanitize(p.EventName(*imported.Event))))
	printImport(env.stdout, p, res, paths, false)
	return 0
}

// importFailed prints every problem as file:line: field: message, then
// says plainly that nothing was imported. The file:line: field: start
// stays as written (spreadsheets and scripts read it, and it names the
// file's own columns); the message after it is in the chosen language.
func importFailed(w io.Writer, p i18n.Printer, err error) int {
	var ps formats.Problems
	if !errors.As(err, &ps) {
		return fail(w, &userError{p: p, msg: p.T(i18n.KeyCLIImportNothing, "err", explain(p, err)), err: err})
	}
	for _, pr := range ps {
		// The file name and the values quoted come from outside.
		fmt.Fprintln(w, textcell.Sanitize(pr.Text(p)))
	}
	n := min(len(ps), formats.MaxProblems)
	return fail(w, &userError{p: p, msg: p.N(i18n.KeyCLIImportProblems, n), err: err})
}

func printImport(w io.Writer, p i18n.Printer, res transfer.ImportResult, paths []string, dryRun bool) {
	if res.Demo {
		fmt.Fprintln(w, p.T(i18n.KeyCLIImportDemo))
	}
	key := i18n.KeyCLIImportDone
	if dryRun {
		key = i18n.KeyCLIImportDryRun
	}
	fmt.Fprintln(w, textcell.Sanitize(p.T(key, "files", strings.Join(paths, listSep(p)))))
	for _, k := range formats.Kinds {
		n, ok := res.Counts[string(k)]
		if !ok {
			continue
		}
		// The kind keeps its file and sheet name (venues.csv) in both
		// languages, padded so the counts line up.
		fmt.Fprintf(w, "  %-12s %s\n", k, p.T(i18n.KeyCLIImportCounts, "created", n.Created, "updated", n.Updated, "unchanged", n.Unchanged))
	}
}

// kindList names the kinds of record as their files are named, in p's
// list style.
func kindList(p i18n.Printer) string {
	names := make([]string, len(formats.Kinds))
	for i, k := range formats.Kinds {
		names[i] = string(k)
	}
	return strings.Join(names, listSep(p))
}
