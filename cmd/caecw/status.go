package main

import (
	"encoding/json"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/report"
)

func runStatus(env *cliEnv, args []string) int {
	p := env.printer()
	var c cliFlags
	var asJSON, attention bool
	fs := newFlags(env, "status", p.T(i18n.KeyCLISynopsisStatus), &c, "db", "now", "lang")
	dayFlag := fs.String("day", "", p.T(i18n.KeyCLIFlagDay))
	fs.BoolVar(&asJSON, "json", false, p.T(i18n.KeyCLIFlagJSON))
	fs.BoolVar(&attention, "attention", false, p.T(i18n.KeyCLIFlagAttention))
	if code, ok := parse(fs, args); !ok {
		return code
	}
	c.desk = "status"
	// Never made here: a status that made a demo file where the data file
	// went missing would hide the loss (and a restore would then move it).
	s, err := c.open(env, false)
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	ev, err := s.Event()
	if err != nil {
		return fail(env.stderr, explain(p, err))
	}
	now := s.Clock().Now()
	day := ev.ShownDay(now)
	if *dayFlag != "" {
		if day, err = event.ParseDay(*dayFlag); err != nil {
			return fail(env.stderr, &userError{p: p, msg: p.T(i18n.KeyCLIBadDay, "value", *dayFlag), err: err})
		}
	}
	v, err := s.Day(day)
	if err != nil {
		return fail(env.stderr, explain(p, err))
	}
	r := report.Build(v, now)
	if asJSON {
		enc := json.NewEncoder(env.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			return fail(env.stderr, err)
		}
		return 0
	}
	if attention {
		report.PrintAttention(env.stdout, p, v.Plan(now), v.Event.Location(), r.Attention)
		return 0
	}
	report.Print(env.stdout, p, v, now, r)
	return 0
}
