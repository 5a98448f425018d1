package main

import (
	"errors"
	"fmt"

	"caecw/internal/i18n"
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
	for _, badge := range fs.Args() {
		res, err := s.CheckInBadge(badge)
		switch {
		case errors.Is(err, store.ErrNotFound):
			fmt.Fprintln(env.stdout, p.T(i18n.KeyCLICheckinUnknown, "badge", badge))
			code = 1
		case err != nil:
			return fail(env.stderr, &userError{p: p, msg: p.T(i18n.KeyCLICheckinFailed, "badge", badge, "err", explain(p, err)), err: err})
		case res.Already:
			fmt.Fprintln(env.stdout, p.T(i18n.KeyCLICheckinAlready, "badge", badge, "name", res.Person.Name,
				"time", p.Clock(res.Arrival.At.In(loc)), "desk", res.Arrival.Desk))
		default:
			fmt.Fprintln(env.stdout, p.T(i18n.KeyCLICheckinDone, "badge", badge, "name", res.Person.Name,
				"delegation", p.DelegationName(res.Delegation), "time", p.Clock(res.Arrival.At.In(loc)),
				"arrived", res.Arrived, "expected", res.Expected))
			if !res.ClosedAt.IsZero() {
				fmt.Fprintln(env.stdout, p.T(i18n.KeyCLICheckinLate, "date", p.Day(res.Arrival.Day), "time", p.Clock(res.ClosedAt.In(loc))))
			}
		}
	}
	return code
}
