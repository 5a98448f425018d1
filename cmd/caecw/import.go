package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"caecw/internal/event"
	"caecw/internal/formats"
	"caecw/internal/transfer"
	"caecw/store"
)

func runImport(env *cliEnv, args []string) int {
	var c cliFlags
	var dryRun bool
	var template string
	fs := newFlags(env, "import", "[--db PATH] [--dry-run] FILE...  |  caecw import --template DIR", &c, "db", "desk", "operator")
	fs.BoolVar(&dryRun, "dry-run", false, "check the files and print what would change, without writing")
	fs.StringVar(&template, "template", "", "write empty CSV templates (header rows) into `DIR` and stop")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if template != "" {
		if err := formats.WriteTemplates(template); err != nil {
			return fail(env.stderr, err)
		}
		fmt.Fprintf(env.stdout, "wrote templates for %s into %s\n", kindList(), template)
		return 0
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	paths := fs.Args()
	path := c.path(env)
	if !store.Exists(path) {
		return importIntoNew(env, &c, path, paths, dryRun)
	}
	s, err := c.open(env, false)
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	res, err := transfer.Import(s, paths, dryRun, nil)
	if err != nil {
		return importFailed(env.stderr, err)
	}
	printImport(env.stdout, res, paths, dryRun)
	return 0
}

// importIntoNew imports into a data file that does not exist yet: only an
// import that carries the event record can make one (the event is what
// `caecw init` would write), and only once the files are found sound.
// Otherwise the user is told to create the file first.
func importIntoNew(env *cliEnv, c *cliFlags, path string, paths []string, dryRun bool) int {
	imported, err := transfer.Parse(event.Programme{}, paths, nil)
	if err != nil {
		return importFailed(env.stderr, err)
	}
	if imported.Event == nil {
		return fail(env.stderr, fmt.Errorf("%s does not exist; create it first with `caecw init --db %s`, or import an event file with the rest", path, path))
	}
	if dryRun {
		res := transfer.ImportResult{Counts: formats.Diff(event.Programme{}, imported)}
		printImport(env.stdout, res, paths, true)
		fmt.Fprintf(env.stdout, "%s does not exist; the import would create it\n", path)
		return 0
	}
	s, err := store.Create(path, *imported.Event, c.options())
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	// Counted against nothing, as the user sees it: the event record made
	// the file, so it is created, not "unchanged".
	res, err := transfer.Commit(s, event.Programme{}, imported, paths, false)
	if err != nil {
		return fail(env.stderr, err)
	}
	fmt.Fprintf(env.stdout, "created %s for %s\n", path, imported.Event.Name)
	printImport(env.stdout, res, paths, false)
	return 0
}

// importFailed prints every problem as file:line: field: message, then
// says plainly that nothing was imported.
func importFailed(w io.Writer, err error) int {
	var ps formats.Problems
	if !errors.As(err, &ps) {
		return fail(w, fmt.Errorf("nothing imported: %w", err))
	}
	for _, p := range ps {
		fmt.Fprintln(w, p.String())
	}
	n := len(ps)
	if n > formats.MaxProblems {
		n = formats.MaxProblems
	}
	fmt.Fprintf(w, "caecw: %d problem(s) found; nothing was imported\n", n)
	return 1
}

func printImport(w io.Writer, res transfer.ImportResult, paths []string, dryRun bool) {
	if res.Demo {
		fmt.Fprintln(w, "warning: this data file holds the built-in demo programme (sample data); the import is mixed with it")
	}
	verb := "imported"
	if dryRun {
		verb = "checked (dry run, nothing written)"
	}
	fmt.Fprintf(w, "%s %s\n", verb, strings.Join(paths, ", "))
	for _, k := range formats.Kinds {
		n, ok := res.Counts[string(k)]
		if !ok {
			continue
		}
		fmt.Fprintf(w, "  %-12s %d created, %d updated, %d unchanged\n", k, n.Created, n.Updated, n.Unchanged)
	}
}

func kindList() string {
	names := make([]string, len(formats.Kinds))
	for i, k := range formats.Kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}
