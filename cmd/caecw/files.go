package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"caecw/store"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func runVersion(env *cliEnv, args []string) int {
	var c cliFlags
	fs := newFlags(env, "version", "", &c)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	fmt.Fprintf(env.stdout, "caecw %s (%s, data schema %d)\n", version, runtime.Version(), store.SchemaVersion)
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			switch d.Path {
			case "charm.land/bubbletea/v2", "charm.land/bubbles/v2", "charm.land/lipgloss/v2", "go.etcd.io/bbolt":
				fmt.Fprintf(env.stdout, "  %s %s\n", d.Path, d.Version)
			}
		}
	}
	return 0
}

func runBackup(env *cliEnv, args []string) int {
	var c cliFlags
	fs := newFlags(env, "backup", "[--db PATH] FILE", &c, "db")
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
		return fail(env.stderr, fmt.Errorf("%s exists; choose a new file name", fs.Arg(0)))
	}
	if err := s.Backup(fs.Arg(0)); err != nil {
		return fail(env.stderr, err)
	}
	fmt.Fprintf(env.stdout, "backed up %s to %s\n", s.Path(), fs.Arg(0))
	return 0
}

func runRestore(env *cliEnv, args []string) int {
	var c cliFlags
	fs := newFlags(env, "restore", "[--db PATH] [BACKUP] (default: the latest automatic backup)", &c, "db")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	path := c.path(env)
	backup := fs.Arg(0)
	if backup == "" {
		backup = store.LatestBackup(path)
		if backup == "" {
			return fail(env.stderr, fmt.Errorf("no backups of %s in %s", path, store.BackupDir(path)))
		}
	}
	if err := store.Restore(backup, path); err != nil {
		return fail(env.stderr, err)
	}
	fmt.Fprintf(env.stdout, "restored %s from %s (the previous file, if any, is kept as %s.before-restore)\n", path, backup, path)
	return 0
}

func runCheck(env *cliEnv, args []string) int {
	var c cliFlags
	fs := newFlags(env, "check", "[--db PATH]", &c, "db")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	path := c.path(env)
	s, err := store.Open(path, store.Options{ReadOnly: true, Desk: "check"})
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	problems, err := s.Check()
	if err != nil {
		return fail(env.stderr, err)
	}
	if len(problems) == 0 {
		fmt.Fprintf(env.stdout, "%s: ok\n", path)
		return 0
	}
	for _, p := range problems {
		fmt.Fprintf(env.stdout, "%s: %s\n", path, p)
	}
	return 1
}
