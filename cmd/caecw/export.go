package main

import (
	"errors"
	"fmt"
	"io"
	"os"
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
}

func runExport(env *cliEnv, args []string) int {
	var c cliFlags
	var x exportFlags
	fs := newFlags(env, "export", "[--db PATH] --day YYYY-MM-DD [--format csv|json|md|xlsx] [-o FILE] [--force] [--lang en|zh]\n"+
		"       caecw export --programme --format ics [--day YYYY-MM-DD] [-o FILE] [--force]\n"+
		"       caecw export --programme --format csv --dir DIR [--force]\n"+
		"       caecw export --journal -o FILE", &c, "db")
	fs.StringVar(&x.day, "day", "", "the day, YYYY-MM-DD (the day log needs it; for --programme it picks one day's sessions)")
	fs.StringVar(&x.format, "format", "", "csv, json, md or xlsx for the day log (default csv); ics or csv with --programme")
	fs.StringVar(&x.out, "o", "", "output `FILE` (- for standard output; default caecw-daylog-DAY.FORMAT in the current folder)")
	fs.StringVar(&x.dir, "dir", "", "folder for --programme --format csv (one file per kind)")
	fs.StringVar(&x.lang, "lang", "en", "labels (column headers, report headings): en or zh; JSON keys never change")
	fs.BoolVar(&x.force, "force", false, "replace an existing output file")
	fs.BoolVar(&x.programme, "programme", false, "export the programme (sessions as iCalendar, or rosters as import CSV) instead of the day log")
	fs.BoolVar(&x.journal, "journal", false, "export the whole journal (for merging another desk's file)")
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
	var day event.Day
	if x.day != "" {
		d, err := event.ParseDay(x.day)
		if err != nil {
			return fail(env.stderr, err)
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
// nothing in it.
func openReadOnly(env *cliEnv, c *cliFlags) (*store.Store, error) {
	path := c.path(env)
	s, err := store.Open(path, store.Options{ReadOnly: true, Desk: "export"})
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%s does not exist; create it with `caecw demo --db %s` or `caecw init --db %s`", path, path, path)
	}
	return s, err
}

func printerFor(lang string) (i18n.Printer, error) {
	l, ok := i18n.ParseLang(lang)
	if !ok {
		return i18n.Printer{}, fmt.Errorf("unknown language %q: use en or zh", lang)
	}
	return i18n.New(l), nil
}

func exportDayLog(env *cliEnv, s *store.Store, day event.Day, x exportFlags) int {
	if x.format == "" {
		x.format = "csv"
	}
	format, err := transfer.ParseFormat(x.format, transfer.DayLogFormats)
	if err != nil {
		return fail(env.stderr, err)
	}
	p, err := printerFor(x.lang)
	if err != nil {
		return fail(env.stderr, err)
	}
	d, err := transfer.BuildDayLog(s, day, transfer.Labels(p))
	if err != nil {
		return fail(env.stderr, err)
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
	if out == "-" {
		if err := write(env.stdout); err != nil {
			return fail(env.stderr, err)
		}
		return 0
	}
	if err := transfer.WriteFile(out, force, write); err != nil {
		return fail(env.stderr, err)
	}
	fmt.Fprintf(env.stderr, "wrote %s\n", out)
	return 0
}

func exportProgramme(env *cliEnv, s *store.Store, day event.Day, x exportFlags) int {
	format, err := transfer.ParseFormat(x.format, []string{"ics", "csv"})
	if err != nil {
		return fail(env.stderr, fmt.Errorf("--programme: %w", err))
	}
	prog, err := s.Programme()
	if err != nil {
		return fail(env.stderr, err)
	}
	if format == "csv" {
		if x.dir == "" {
			return fail(env.stderr, fmt.Errorf("--programme --format csv needs --dir DIR (one file per kind)"))
		}
		files, err := transfer.WriteProgrammeCSV(x.dir, prog, x.force)
		for _, f := range files {
			fmt.Fprintf(env.stdout, "wrote %s\n", f)
		}
		if err != nil {
			return fail(env.stderr, err)
		}
		return 0
	}
	ev := event.Event{}
	if prog.Event != nil {
		ev = *prog.Event
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
	names := formats.LookupFrom(prog)
	return writeOut(env, out, x.force, func(w io.Writer) error {
		return formats.WriteICS(w, ev, day, prog.Sessions, names, stamp)
	})
}
