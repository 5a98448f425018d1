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
)

// command is one subcommand of caecw.
type command struct {
	name    string
	summary string
	run     func(env *cliEnv, args []string) int
}

// commands lists the subcommands in the order --help shows them.
func commands() []command {
	return []command{
		{"demo", "write the built-in CAECW 2025 demo programme into a data file", runDemo},
		{"init", "create an empty data file for a real event", runInit},
		{"status", "the day at a glance: sessions, arrivals, problems", runStatus},
		{"checkin", "check people in by badge code", runCheckIn},
		{"desk", "the check-in desk screen: scan badges, find names, walk-ins, roll-calls", runDesk},
		{"import", "import the programme from CSV, JSON or XLSX files (all or nothing)", runImport},
		{"export", "write the day log (csv, json, md, xlsx) or the programme (ics, csv)", runExport},
		{"hub", "run the sync hub that the other desks join (offline-first; see docs/sync.md)", runHub},
		{"merge", "merge journal files of other desks (written by export --journal) into this data file", runMerge},
		{"close-day", "write the day's log in every format plus a backup, and record the day closed", runCloseDay},
		{"backup", "write a consistent copy of the data file", runBackup},
		{"restore", "replace the data file with a backup", runRestore},
		{"check", "check the data file for damage and inconsistencies", runCheck},
		{"version", "print the version", runVersion},
	}
}

// cliEnv is what a command needs from the outside world, so tests can run
// commands in-process.
type cliEnv struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	getenv         func(string) string
}

func main() {
	env := &cliEnv{stdout: os.Stdout, stderr: os.Stderr, stdin: os.Stdin, getenv: os.Getenv}
	os.Exit(run(env, os.Args[1:]))
}

func run(env *cliEnv, args []string) int {
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		for _, c := range commands() {
			if c.name == args[0] {
				return c.run(env, args[1:])
			}
		}
		if args[0] == "help" {
			usage(env.stdout)
			return 0
		}
		fmt.Fprintf(env.stderr, "caecw: unknown command %q\n\n", args[0])
		usage(env.stderr)
		return 2
	}
	return runTUI(env, args)
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "caecw: on-site coordination for the China-ASEAN Education Cooperation Week\n\n")
	fmt.Fprintf(w, "Usage:\n  caecw [--db PATH] [--now 2025-07-26T09:30] [--desk NAME] [--operator NAME]\n")
	fmt.Fprintf(w, "  caecw COMMAND [flags]   (caecw COMMAND --help for its flags)\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
}
