package main

import (
	"errors"
	"fmt"

	"caecw/internal/i18n"
	"caecw/internal/textcell"
	"caecw/store"
)

func runCheckIn(env *cliEnv, args []string) int {
	p := env.printer()
	var c cliFlags
	var sf syncFlags
	fs := newFlags(env, "checkin", p.T(i18n.KeyCLISynopsisCheckin), &c, "db", "now", "desk", "operator", "lang")
	sf.register(fs, false)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	if err := sf.load(&c); err != nil {
		return fail(env.stderr, err)
	}
	s, err := c.open(env, false)
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	x, err := sf.start(s, nil)
	if err != nil {
		return fail(env.stderr, err)
	}
	if x != nil {
		defer func() {
			fmt.Fprintln(env.stdout, p.T(i18n.KeyCLICheckinSync, "status", describe(x.flush(syncFlushWait))))
			x.stop()
		}()
	}
	loc := s.Location()
	code := 0
	// Names, delegations and desks come from imports and other desks:
	// through the screens' sanitiser, as everything printed from data.
	safe := textcell.Sanitize
	for _, badge := range fs.Args() {
		res, err := s.CheckInBadge(badge)
		switch {
		case errors.Is(err, store.ErrNotFound):
			fmt.Fprintln(env.stdout, p.T(i18n.KeyCLICheckinUnknown, "badge", safe(badge)))
			code = 1
		case err != nil:
			return fail(env.stderr, &userError{p: p, msg: p.T(i18n.KeyCLICheckinFailed, "badge", badge, "err", explain(p, err)), err: err})
		case res.Already:
			fmt.Fprintln(env.stdout, p.T(i18n.KeyCLICheckinAlready, "badge", safe(badge), "name", safe(res.Person.Name),
				"time", p.Clock(res.Arrival.At.In(loc)), "desk", safe(res.Arrival.Desk)))
		default:
			fmt.Fprintln(env.stdout, p.T(i18n.KeyCLICheckinDone, "badge", safe(badge), "name", safe(res.Person.Name),
				"delegation", safe(p.DelegationName(res.Delegation)), "time", p.Clock(res.Arrival.At.In(loc)),
				"arrived", res.Arrived, "expected", res.Expected))
			if !res.ClosedAt.IsZero() {
				fmt.Fprintln(env.stdout, p.T(i18n.KeyCLICheckinLate, "date", p.Day(res.Arrival.Day), "time", p.Clock(res.ClosedAt.In(loc))))
			}
		}
	}
	return code
}
