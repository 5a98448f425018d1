package main

import (
	"errors"
	"fmt"

	"caecw/store"
)

func runCheckIn(env *cliEnv, args []string) int {
	var c cliFlags
	var sf syncFlags
	fs := newFlags(env, "checkin", "[--db PATH] [--desk NAME] [--operator NAME] [--now T] [--join URL --token-file FILE] BADGE...", &c, "db", "now", "desk", "operator")
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
			fmt.Fprintf(env.stdout, "sync: %s\n", describe(x.flush(syncFlushWait)))
			x.stop()
		}()
	}
	loc := s.Location()
	code := 0
	for _, badge := range fs.Args() {
		res, err := s.CheckInBadge(badge)
		switch {
		case errors.Is(err, store.ErrNotFound):
			fmt.Fprintf(env.stdout, "%s: unknown badge\n", badge)
			code = 1
		case err != nil:
			fmt.Fprintf(env.stderr, "caecw: %s: %v\n", badge, err)
			return 1
		case res.Already:
			fmt.Fprintf(env.stdout, "%s: %s already checked in at %s (desk %s)\n", badge, res.Person.Name, res.Arrival.At.In(loc).Format("15:04"), res.Arrival.Desk)
		default:
			fmt.Fprintf(env.stdout, "%s: checked in %s (%s) at %s, %d of %d arrived\n", badge, res.Person.Name, res.Delegation.Name, res.Arrival.At.In(loc).Format("15:04"), res.Arrived, res.Expected)
		}
	}
	return code
}
