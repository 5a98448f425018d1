package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"caecw/internal/clock"
	"caecw/internal/demo"
	"caecw/internal/event"
	"caecw/internal/journal"
	"caecw/store"
)

// cliFlags holds the flags most commands share.
type cliFlags struct {
	db       string
	now      string
	desk     string
	operator string
}

func newFlags(env *cliEnv, name, args string, c *cliFlags, with ...string) *flag.FlagSet {
	fs := flag.NewFlagSet("caecw "+name, flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	for _, w := range with {
		switch w {
		case "db":
			fs.StringVar(&c.db, "db", "", "data file (default $CAECW_DB, else $XDG_DATA_HOME/caecw/caecw.db)")
		case "now":
			fs.StringVar(&c.now, "now", "", "fix the app's clock at this instant (2025-07-26T09:30, event time); it runs on from there")
		case "desk":
			fs.StringVar(&c.desk, "desk", env.getenv("CAECW_DESK"), "this desk's name (default $CAECW_DESK, else the host name)")
		case "operator":
			fs.StringVar(&c.operator, "operator", env.getenv("CAECW_OPERATOR"), "who is at the keyboard (default $CAECW_OPERATOR, else the login name)")
		}
	}
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: caecw %s %s\n\nFlags:\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags; it reports whether to go on and, if not, the exit code.
func parse(fs *flag.FlagSet, args []string) (int, bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, false
		}
		return 2, false
	}
	return 0, true
}

func (c *cliFlags) path(env *cliEnv) string {
	if c.db != "" {
		return c.db
	}
	return store.DefaultPath(env.getenv)
}

func (c *cliFlags) options() store.Options {
	return store.Options{Desk: c.desk, Operator: c.operator}
}

// open opens the data file. With createDemo, a missing file is made from
// the demo programme, and the user is told so once.
func (c *cliFlags) open(env *cliEnv, createDemo bool) (*store.Store, error) {
	path := c.path(env)
	if createDemo && !store.Exists(path) {
		s, err := createDemoFile(path, c.options())
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(env.stderr, "caecw: created %s from the built-in CAECW 2025 demo programme (sample data)\n", path)
		return s, c.setClock(s)
	}
	s, err := store.Open(path, c.options())
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%s does not exist; create it with `caecw demo --db %s` or `caecw init --db %s`", path, path, path)
		}
		return nil, err
	}
	return s, c.setClock(s)
}

// setClock reads --now in the event's time zone.
func (c *cliFlags) setClock(s *store.Store) error {
	if c.now == "" {
		return nil
	}
	t, err := clock.ParseNow(c.now, s.Location())
	if err != nil {
		s.Close()
		return err
	}
	s.SetClock(clock.NewOffset(t))
	return nil
}

func createDemoFile(path string, opts store.Options) (*store.Store, error) {
	prog, err := demo.Programme()
	if err != nil {
		return nil, err
	}
	s, err := store.Create(path, *prog.Event, opts)
	if err != nil {
		return nil, err
	}
	if _, err := s.Import(journal.Import{Files: []string{"demo"}, Programme: prog}); err != nil {
		s.Close()
		os.Remove(path)
		return nil, err
	}
	return s, nil
}

// today is the day to show: the clock's day while the event runs, else
// the nearest event day.
func today(ev event.Event, now time.Time) event.Day {
	d := event.DayOf(now, ev.Location())
	switch {
	case ev.FirstDay != "" && d < ev.FirstDay:
		return ev.FirstDay
	case ev.LastDay != "" && d > ev.LastDay:
		return ev.LastDay
	}
	return d
}

func fail(w io.Writer, err error) int {
	fmt.Fprintf(w, "caecw: %v\n", err)
	return 1
}
