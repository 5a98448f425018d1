package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"caecw/internal/event"
	"caecw/internal/formats"
	"caecw/internal/i18n"
	"caecw/internal/transfer"
	"caecw/store"
)

// exportFlags are the flags of `caecw export`.
type exportFlags struct {
	day, format, out, dir, lang string
	force, programme, journal   bool
	held                        bool
}

func runExport(env *cliEnv, args []string) int {
	p := env.printer()
	var c cliFlags
	var x exportFlags
	fs := newFlags(env, "export", p.T(i18n.KeyCLISynopsisExport), &c, "db")
	fs.StringVar(&x.day, "day", "", p.T(i18n.KeyCLIFlagExportDay))
	fs.StringVar(&x.format, "format", "", p.T(i18n.KeyCLIFlagExportFormat))
	fs.StringVar(&x.out, "o", "", p.T(i18n.KeyCLIFlagExportOut))
	fs.StringVar(&x.dir, "dir", "", p.T(i18n.KeyCLIFlagExportDir))
	// Its own --lang, not the shared one: it also picks the file's
	// labels, and those stay English unless asked, whatever the locale,
	// so a script's files do not change with the machine it runs on.
	fs.StringVar(&x.lang, "lang", "en", p.T(i18n.KeyCLIFlagExportLang))
	fs.BoolVar(&x.force, "force", false, p.T(i18n.KeyCLIFlagExportForce))
	fs.BoolVar(&x.programme, "programme", false, p.T(i18n.KeyCLIFlagProgramme))
	fs.BoolVar(&x.journal, "journal", false, p.T(i18n.KeyCLIFlagJournal))
	fs.BoolVar(&x.held, "held", false, p.T(i18n.KeyCLIFlagHeld))
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return 2
	}
	if x.journal {
		return runExportJournal(env, c, x.out, x.force)
	}
	if x.held {
		return runExportHeld(env, c, x.out, x.force)
	}
	var day event.Day
	if x.day != "" {
		d, err := event.ParseDay(x.day)
		if err != nil {
			return fail(env.stderr, &userError{p: p, msg: p.T(i18n.KeyCLIBadDay, "value", x.day), err: err})
		}
		day = d
	}
	if !x.programme && day == "" {
		fs.Usage()
		return 2
	}
	s, err := openReadOnly(env, &c)
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	if x.programme {
		return exportProgramme(env, s, day, x)
	}
	return exportDayLog(env, s, day, x)
}

// openReadOnly opens the data file for reading: an export changes
// nothing in it. Its errors are whole sentences (see explain).
func openReadOnly(env *cliEnv, c *cliFlags) (*store.Store, error) {
	p := env.printer()
	path := c.path(env)
	s, err := store.Open(path, store.Options{ReadOnly: true, Desk: "export"})
	if errors.Is(err, os.ErrNotExist) {
		return nil, missingError(p, path)
	}
	if err != nil {
		return nil, explain(p, err)
	}
	return s, nil
}

// printerFor is the printer of a file's labels in lang; its error is
// worded by p, the printer of the messages.
func printerFor(p i18n.Printer, lang string) (i18n.Printer, error) {
	l, ok := i18n.ParseLang(lang)
	if !ok {
		return i18n.Printer{}, say(p, i18n.KeyCLILabelsLang, "lang", lang)
	}
	return i18n.New(l), nil
}

// badFormat words an unknown --format, in p's language.
func badFormat(p i18n.Printer, format string, allowed []string, err error) error {
	return &userError{p: p, msg: p.T(i18n.KeyCLIExportBadFormat, "format", format, "list", strings.Join(allowed, listSep(p))), err: err}
}

// listSep separates the items of a list in p's language.
func listSep(p i18n.Printer) string {
	if p.Lang() == i18n.ZH {
		return "、"
	}
	return ", "
}

// explainWrite words an error of writing an output file: one that would
// replace a file without --force, or one the system refused. A store
// error (the backup close-day writes) is explained as any other.
func explainWrite(p i18n.Printer, err error) error {
	if err == nil {
		return nil
	}
	var ue *userError
	var fe *store.FileError
	if errors.As(err, &ue) || errors.As(err, &fe) {
		return explain(p, err)
	}
	var ee *transfer.ExistsError
	if errors.As(err, &ee) {
		return &userError{p: p, msg: p.T(i18n.KeyCLIOutExists, "path", ee.Path), err: err}
	}
	return &userError{p: p, msg: p.T(i18n.KeyCLIWriteFailed, "err", err), err: err}
}

func exportDayLog(env *cliEnv, s *store.Store, day event.Day, x exportFlags) int {
	if x.format == "" {
		x.format = "csv"
	}
	p := env.printer()
	format, err := transfer.ParseFormat(x.format, transfer.DayLogFormats)
	if err != nil {
		return fail(env.stderr, badFormat(p, x.format, transfer.DayLogFormats, err))
	}
	labels, err := printerFor(p, x.lang)
	if err != nil {
		return fail(env.stderr, err)
	}
	d, err := transfer.BuildDayLog(s, day, transfer.Labels(labels))
	if err != nil {
		return fail(env.stderr, explain(p, err))
	}
	out := x.out
	if out == "" {
		out = transfer.DayLogName(day, format)
	}
	return writeOut(env, out, x.force, func(w io.Writer) error { return transfer.WriteDayLog(w, d, format) })
}

// writeOut writes to standard output for "-", else safely to a file, and
// says where the file went.
func writeOut(env *cliEnv, out string, force bool, write func(io.Writer) error) int {
	p := env.printer()
	if out == "-" {
		if err := write(env.stdout); err != nil {
			return fail(env.stderr, explainWrite(p, err))
		}
		return 0
	}
	if err := transfer.WriteFile(out, force, write); err != nil {
		return fail(env.stderr, explainWrite(p, err))
	}
	fmt.Fprintln(env.stderr, p.T(i18n.KeyCLIWrote, "path", out))
	return 0
}

func exportProgramme(env *cliEnv, s *store.Store, day event.Day, x exportFlags) int {
	p := env.printer()
	format, err := transfer.ParseFormat(x.format, []string{"ics", "csv"})
	if err != nil {
		return fail(env.stderr, &userError{p: p, msg: p.T(i18n.KeyCLIExportProgrammeFormat, "format", x.format), err: err})
	}
	prog, err := s.Programme()
	if err != nil {
		return fail(env.stderr, explain(p, err))
	}
	if format == "csv" {
		if x.dir == "" {
			return fail(env.stderr, say(p, i18n.KeyCLIExportNeedsDir))
		}
		files, err := transfer.WriteProgrammeCSV(x.dir, prog, x.force)
		for _, f := range files {
			fmt.Fprintln(env.stdout, p.T(i18n.KeyCLIWrote, "path", f))
		}
		if err != nil {
			return fail(env.stderr, explainWrite(p, err))
		}
		return 0
	}
	out := x.out
	if out == "" {
		out = "caecw-programme.ics"
		if day != "" {
			out = "caecw-programme-" + string(day) + ".ics"
		}
	}
	stamp := s.Clock().Now()
	if stamp.IsZero() {
		stamp = time.Now()
	}
	// The calendar's words follow --lang, as the day log's labels do.
	lang, err := printerFor(p, x.lang)
	if err != nil {
		return fail(env.stderr, err)
	}
	return writeOut(env, out, x.force, func(w io.Writer) error {
		return formats.WriteICS(w, lang, prog, day, stamp)
	})
}
