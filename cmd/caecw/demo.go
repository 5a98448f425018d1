package main

import (
	"fmt"
	"os"

	"caecw/internal/event"
	"caecw/store"
)

func runDemo(env *cliEnv, args []string) int {
	var c cliFlags
	var force bool
	fs := newFlags(env, "demo", "[--db PATH] [--force]", &c, "db", "desk", "operator")
	fs.BoolVar(&force, "force", false, "replace an existing data file (its old contents are lost)")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	path := c.path(env)
	if store.Exists(path) {
		if !force {
			return fail(env.stderr, fmt.Errorf("%s exists; use --force to replace it with the demo", path))
		}
		// Take the lock first: never pull the file from under a running caecw.
		s, err := store.Open(path, c.options())
		if err == nil {
			s.Close()
		} else if fe, ok := err.(*store.FileError); ok && fe.Err == store.ErrInUse {
			return fail(env.stderr, err)
		}
		if err := os.Remove(path); err != nil {
			return fail(env.stderr, err)
		}
	}
	s, err := createDemoFile(path, c.options())
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	fmt.Fprintf(env.stdout, "wrote the CAECW 2025 demo programme (sample data) to %s\n", path)
	return 0
}

func runInit(env *cliEnv, args []string) int {
	var c cliFlags
	ev := event.Event{TimeZone: event.DefaultTimeZone}
	fs := newFlags(env, "init", "[--db PATH] [--name NAME] [--city CITY] [--tz ZONE] [--first DAY --last DAY]", &c, "db", "desk", "operator")
	fs.StringVar(&ev.Name, "name", "China-ASEAN Education Cooperation Week", "event name")
	fs.StringVar(&ev.City, "city", "Guiyang", "city")
	fs.StringVar(&ev.TimeZone, "tz", event.DefaultTimeZone, "the event's time zone")
	first := fs.String("first", "", "first day, YYYY-MM-DD (else set by importing an event file)")
	last := fs.String("last", "", "last day, YYYY-MM-DD")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	for _, d := range []struct {
		flag string
		dst  *event.Day
	}{{*first, &ev.FirstDay}, {*last, &ev.LastDay}} {
		if d.flag == "" {
			continue
		}
		day, err := event.ParseDay(d.flag)
		if err != nil {
			return fail(env.stderr, err)
		}
		*d.dst = day
	}
	path := c.path(env)
	s, err := store.Create(path, ev, c.options())
	if err != nil {
		return fail(env.stderr, err)
	}
	s.Close()
	fmt.Fprintf(env.stdout, "created an empty data file at %s; import the programme with `caecw import --db %s FILE...`\n", path, path)
	return 0
}
