package main

import (
	"fmt"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/transfer"
)

func runCloseDay(env *cliEnv, args []string) int {
	p := env.printer()
	var c cliFlags
	var dayFlag, dir, lang string
	var force bool
	fs := newFlags(env, "close-day", p.T(i18n.KeyCLISynopsisClose), &c, "db", "now", "desk", "operator")
	fs.StringVar(&dayFlag, "day", "", p.T(i18n.KeyCLIFlagCloseDay))
	fs.StringVar(&dir, "dir", "", p.T(i18n.KeyCLIFlagCloseDir))
	// Its own --lang, as export's: it also picks the files' labels,
	// which stay English unless asked, whatever the locale.
	fs.StringVar(&lang, "lang", "en", p.T(i18n.KeyCLIFlagCloseLang))
	fs.BoolVar(&force, "force", false, p.T(i18n.KeyCLIFlagCloseForce))
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if dayFlag == "" || dir == "" || fs.NArg() != 0 {
		fs.Usage()
		return 2
	}
	day, err := event.ParseDay(dayFlag)
	if err != nil {
		return fail(env.stderr, &userError{p: p, msg: p.T(i18n.KeyCLIBadDay, "value", dayFlag), err: err})
	}
	labels, err := printerFor(p, lang)
	if err != nil {
		return fail(env.stderr, err)
	}
	s, err := c.open(env, false)
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	res, err := transfer.CloseDay(s, day, dir, transfer.Labels(labels), force)
	for _, f := range res.Files {
		fmt.Fprintln(env.stdout, p.T(i18n.KeyCLIWrote, "path", f))
	}
	if err != nil {
		return fail(env.stderr, explainWrite(p, err))
	}
	fmt.Fprintln(env.stdout, p.T(i18n.KeyCLICloseDayDone, "day", day, "id", res.Entry.ID))
	return 0
}
