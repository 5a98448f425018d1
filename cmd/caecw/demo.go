package main

import (
	"errors"
	"fmt"
	"os"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/store"
)

func runDemo(env *cliEnv, args []string) int {
	p := env.printer()
	var c cliFlags
	var force bool
	fs := newFlags(env, "demo", p.T(i18n.KeyCLISynopsisDemo), &c, "db", "desk", "operator", "lang")
	fs.BoolVar(&force, "force", false, p.T(i18n.KeyCLIFlagDemoForce))
	if code, ok := parse(fs, args); !ok {
		return code
	}
	path := c.path(env)
	if store.Exists(path) {
		if !force {
			return fail(env.stderr, say(p, i18n.KeyCLIDemoExists, "path", path))
		}
		// Take the lock first: never pull the file from under a running caecw.
		s, err := store.Open(path, c.options())
		if err == nil {
			s.Close()
		} else if errors.Is(err, store.ErrInUse) {
			return fail(env.stderr, explain(p, err))
		}
		if err := os.Remove(path); err != nil {
			return fail(env.stderr, err)
		}
	}
	s, err := createDemoFile(path, c.options())
	if err != nil {
		return fail(env.stderr, explain(p, err))
	}
	defer s.Close()
	fmt.Fprintln(env.stdout, p.T(i18n.KeyCLIDemoWritten, "path", path))
	return 0
}

func runInit(env *cliEnv, args []string) int {
	p := env.printer()
	var c cliFlags
	ev := event.Event{TimeZone: event.DefaultTimeZone}
	fs := newFlags(env, "init", p.T(i18n.KeyCLISynopsisInit), &c, "db", "desk", "operator", "lang")
	// The defaults are data written into the file, not interface text.
	fs.StringVar(&ev.Name, "name", "China-ASEAN Education Cooperation Week", p.T(i18n.KeyCLIFlagInitName))
	fs.StringVar(&ev.City, "city", "Guiyang", p.T(i18n.KeyCLIFlagInitCity))
	fs.StringVar(&ev.TimeZone, "tz", event.DefaultTimeZone, p.T(i18n.KeyCLIFlagInitTZ))
	first := fs.String("first", "", p.T(i18n.KeyCLIFlagInitFirst))
	last := fs.String("last", "", p.T(i18n.KeyCLIFlagInitLast))
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
			return fail(env.stderr, &userError{p: p, msg: p.T(i18n.KeyCLIBadDay, "value", d.flag), err: err})
		}
		*d.dst = day
	}
	path := c.path(env)
	s, err := store.Create(path, ev, c.options())
	if err != nil {
		return fail(env.stderr, explain(p, err))
	}
	s.Close()
	fmt.Fprintln(env.stdout, p.T(i18n.KeyCLIInitDone, "path", path))
	return 0
}
