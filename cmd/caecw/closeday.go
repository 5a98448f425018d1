package main

import (
	"fmt"

	"caecw/internal/event"
	"caecw/internal/transfer"
)

func runCloseDay(env *cliEnv, args []string) int {
	var c cliFlags
	var dayFlag, dir, lang string
	var force bool
	fs := newFlags(env, "close-day", "[--db PATH] --day YYYY-MM-DD --dir DIR [--lang en|zh] [--force]", &c, "db", "now", "desk", "operator")
	fs.StringVar(&dayFlag, "day", "", "the day to close, YYYY-MM-DD")
	fs.StringVar(&dir, "dir", "", "folder for the day's records (created if missing)")
	fs.StringVar(&lang, "lang", "en", "labels of the log files: en or zh")
	fs.BoolVar(&force, "force", false, "replace records of this day already in DIR")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if dayFlag == "" || dir == "" || fs.NArg() != 0 {
		fs.Usage()
		return 2
	}
	day, err := event.ParseDay(dayFlag)
	if err != nil {
		return fail(env.stderr, err)
	}
	p, err := printerFor(lang)
	if err != nil {
		return fail(env.stderr, err)
	}
	s, err := c.open(env, false)
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	res, err := transfer.CloseDay(s, day, dir, transfer.Labels(p), force)
	for _, f := range res.Files {
		fmt.Fprintf(env.stdout, "wrote %s\n", f)
	}
	if err != nil {
		return fail(env.stderr, err)
	}
	fmt.Fprintf(env.stdout, "closed %s (journal entry %s)\n", day, res.Entry.ID)
	return 0
}
