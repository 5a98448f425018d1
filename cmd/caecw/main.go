// Command caecw is the terminal app for the on-site coordinators of the
// China-ASEAN Education Cooperation Week: the day's sessions, delegation
// check-ins, venue assignments and the day log, offline in one data file.
//
// main only wires: it parses flags, opens the store and starts the screen
// or runs a command. Everything else lives in internal/, store/ and ui/.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"caecw/internal/i18n"
)

// command is one subcommand of caecw.
type command struct {
	name string
	// summary is the catalogue key of the one-line description --help
	// shows; a plain English string also works (it prints as written)
	// until it has a key.
	summary i18n.Key
	run     func(env *cliEnv, args []string) int
}

// commands lists the subcommands in the order --help shows them.
func commands() []command {
	return []command{
		{"demo", i18n.KeyCLICmdDemo, runDemo},
		{"init", i18n.KeyCLICmdInit, runInit},
		{"status", i18n.KeyCLICmdStatus, runStatus},
		{"checkin", i18n.KeyCLICmdCheckin, runCheckIn},
		{"desk", i18n.KeyCLICmdDesk, runDesk},
		{"import", i18n.KeyCLICmdImport, runImport},
		{"export", i18n.KeyCLICmdExport, runExport},
		{"hub", i18n.KeyCLICmdHub, runHub},
		{"merge", i18n.KeyCLICmdMerge, runMerge},
		{"close-day", i18n.KeyCLICmdCloseDay, runCloseDay},
		{"backup", i18n.KeyCLICmdBackup, runBackup},
		{"restore", i18n.KeyCLICmdRestore, runRestore},
		{"check", i18n.KeyCLICmdCheck, runCheck},
		{"version", i18n.KeyCLICmdVersion, runVersion},
	}
}

// cliEnv is what a command needs from the outside world, so tests can run
// commands in-process.
type cliEnv struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	getenv         func(string) string
	// lang is the language run chose for every message, before any flag
	// set was built, so that --help already speaks it.
	lang i18n.Lang
	// goos is the system whose data folder is the default; empty is
	// runtime.GOOS (tests name another).
	goos string
}

// printer speaks the language run chose; a command called without run
// takes it from the environment.
func (env *cliEnv) printer() i18n.Printer {
	if env.lang != "" {
		return i18n.New(env.lang)
	}
	return i18n.New(i18n.Detect("", env.env))
}

// env reads an environment variable; a nil getenv reads none.
func (env *cliEnv) env(name string) string {
	if env.getenv == nil {
		return ""
	}
	return env.getenv(name)
}

func main() {
	env := &cliEnv{stdout: os.Stdout, stderr: os.Stderr, stdin: os.Stdin, getenv: os.Getenv}
	os.Exit(run(env, os.Args[1:]))
}

func run(env *cliEnv, args []string) int {
	env.lang = i18n.Detect(langArg(args), env.env)
	p := env.printer()
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		for _, c := range commands() {
			if c.name == args[0] {
				return c.run(env, args[1:])
			}
		}
		if args[0] == "help" {
			usage(env.stdout, p)
			return 0
		}
		fmt.Fprintf(env.stderr, "%s\n\n", p.T(i18n.KeyCLIUnknownCommand, "command", args[0]))
		usage(env.stderr, p)
		return 2
	}
	return runTUI(env, args)
}

// langArg finds the value of --lang among args before any flag set
// exists: --lang zh, -lang zh, --lang=zh or -lang=zh, up to a "--".
// An unknown value is returned as it is; Detect then ignores it and the
// flag set's parse reports it.
func langArg(args []string) string {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			continue
		}
		if hasValue {
			return value
		}
		if i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}

// summary is the one-line description of the command called name; the
// coordinator's screen (name "") has one too.
func summary(p i18n.Printer, name string) string {
	if name == "" {
		return p.T(i18n.KeyCLIUsageScreenDoc)
	}
	for _, c := range commands() {
		if c.name == name {
			return p.T(c.summary)
		}
	}
	return ""
}

func usage(w io.Writer, p i18n.Printer) {
	fmt.Fprintf(w, "%s\n\n", p.T(i18n.KeyCLIUsageTitle))
	fmt.Fprintln(w, p.T(i18n.KeyCLIUsageHeading))
	fmt.Fprintf(w, "  caecw %s\n", p.T(i18n.KeyCLIUsageScreen))
	fmt.Fprintf(w, "      %s\n", p.T(i18n.KeyCLIUsageScreenDoc))
	fmt.Fprintf(w, "  %s\n\n", p.T(i18n.KeyCLIUsageCommand))
	fmt.Fprintln(w, p.T(i18n.KeyCLIUsageCommands))
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, p.T(c.summary))
	}
}
