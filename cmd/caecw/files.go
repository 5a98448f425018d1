package main

import (
	"errors"
	"fmt"
	"os"

	"caecw/internal/i18n"
	"caecw/internal/textcell"
	"caecw/store"
)

func runBackup(env *cliEnv, args []string) int {
	p := env.printer()
	var c cliFlags
	fs := newFlags(env, "backup", p.T(i18n.KeyCLISynopsisBackup), &c, "db", "lang")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	c.desk = "backup"
	s, err := c.open(env, false)
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	if store.Exists(fs.Arg(0)) {
		return fail(env.stderr, say(p, i18n.KeyCLIBackupExists, "path", fs.Arg(0)))
	}
	if err := s.Backup(fs.Arg(0)); err != nil {
		return fail(env.stderr, explain(p, err))
	}
	fmt.Fprintln(env.stdout, p.T(i18n.KeyCLIBackupDone, "path", s.Path(), "backup", fs.Arg(0)))
	return 0
}

func runRestore(env *cliEnv, args []string) int {
	p := env.printer()
	var c cliFlags
	fs := newFlags(env, "restore", p.T(i18n.KeyCLISynopsisRestore), &c, "db", "lang")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	path := c.path(env)
	backup := fs.Arg(0)
	if backup == "" {
		backup = store.LatestBackup(path)
		if backup == "" {
			return fail(env.stderr, say(p, i18n.KeyCLIRestoreNoBackups, "path", path, "dir", store.BackupDir(path)))
		}
	}
	kept, err := store.Restore(backup, path)
	if err != nil {
		return fail(env.stderr, explain(p, err))
	}
	fmt.Fprintln(env.stdout, p.T(i18n.KeyCLIRestoreDone, "path", path, "backup", backup))
	if kept != "" {
		fmt.Fprintln(env.stdout, p.T(i18n.KeyCLIRestoreKept, "kept", kept))
	}
	return 0
}

func runCheck(env *cliEnv, args []string) int {
	p := env.printer()
	var c cliFlags
	fs := newFlags(env, "check", p.T(i18n.KeyCLISynopsisCheck), &c, "db", "lang")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	path := c.path(env)
	kept, unfinished := store.Leftovers(path)
	s, err := store.Open(path, store.Options{ReadOnly: true, Desk: "check"})
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return fail(env.stderr, missingError(p, path))
		}
		return fail(env.stderr, explain(p, err))
	}
	defer s.Close()
	for _, k := range kept {
		fmt.Fprintln(env.stdout, p.T(i18n.KeyCLICheckKept, "path", path, "kept", k))
	}
	problems, err := s.Check()
	if err != nil {
		return fail(env.stderr, explain(p, err))
	}
	held, err := s.Held()
	if err != nil {
		return fail(env.stderr, explain(p, err))
	}
	defer printHeld(env, p, path, held)
	if len(problems)+len(unfinished) == 0 {
		fmt.Fprintln(env.stdout, p.T(i18n.KeyCLICheckOK, "path", path))
		return 0
	}
	// The problems themselves are the store's findings, in English: they
	// name buckets and records for whoever repairs the file.
	for _, part := range unfinished {
		fmt.Fprintln(env.stdout, p.T(i18n.KeyCLICheckUnfinished, "path", path, "part", part))
	}
	for _, pr := range problems {
		fmt.Fprintln(env.stdout, p.T(i18n.KeyCLICheckProblem, "path", path, "problem", textcell.Sanitize(pr)))
	}
	fmt.Fprintln(env.stdout, p.N(i18n.KeyCLICheckSummary, len(problems)+len(unfinished), "path", path))
	return 1
}

// printHeld lists the entries the store holds (never applied, with why).
// They are not damage, so they do not change check's exit code; a
// coordinator looks into them (caecw export --held writes them out).
func printHeld(env *cliEnv, p i18n.Printer, path string, held []store.HeldEntry) {
	if len(held) == 0 {
		return
	}
	fmt.Fprintln(env.stdout, p.N(i18n.KeyCLICheckHeld, len(held), "path", path))
	for _, h := range held {
		fmt.Fprintln(env.stdout, "  "+textcell.Sanitize(fmt.Sprintf("%s %s (%s, %s): %s", h.Entry.ID, p.Action(h.Entry.Kind), h.Entry.Desk,
			p.HeldSource(h.Source), p.HeldReason(h.Code, h.Reason))))
	}
}
