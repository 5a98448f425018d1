package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"

	"caecw/internal/clock"
	"caecw/internal/demo"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/store"
)

// cliFlags holds the flags most commands share.
type cliFlags struct {
	db       string
	now      string
	desk     string
	operator string
	lang     string
	// toldOlder: the user has been told the data file is at an older default.
	toldOlder bool
}

// newFlags builds a command's flag set with the shared flags named in with
// ("db", "now", "desk", "operator", "lang"), described in the language run
// chose before any flag was parsed, so that --help already speaks it.
// synopsis is what follows "caecw NAME" on the usage line.
func newFlags(env *cliEnv, name, synopsis string, c *cliFlags, with ...string) *flag.FlagSet {
	p := env.printer()
	fs := flag.NewFlagSet("caecw "+name, flag.ContinueOnError)
	out := &flagOutput{w: env.stderr, p: p, name: name}
	fs.SetOutput(out)
	for _, w := range with {
		switch w {
		case "db":
			fs.StringVar(&c.db, "db", "", p.T(i18n.KeyCLIFlagDB))
		case "now":
			fs.StringVar(&c.now, "now", "", p.T(i18n.KeyCLIFlagNow))
		case "desk":
			fs.StringVar(&c.desk, "desk", env.env("CAECW_DESK"), p.T(i18n.KeyCLIFlagDesk))
		case "operator":
			fs.StringVar(&c.operator, "operator", env.env("CAECW_OPERATOR"), p.T(i18n.KeyCLIFlagOperator))
		case "lang":
			fs.StringVar(&c.lang, "lang", "", p.T(i18n.KeyCLIFlagLang))
		}
	}
	fs.Usage = func() {
		w := out.w
		if name == "" {
			// caecw --help: the commands, then the screen's flags.
			usage(w, p)
			fmt.Fprintf(w, "\n%s\n", p.T(i18n.KeyCLIUsageFlags))
			printFlags(w, p, fs)
			return
		}
		fmt.Fprintln(w, p.T(i18n.KeyCLIUsageLine, "args", strings.TrimSpace(name+" "+synopsis)))
		if s := summary(p, name); s != "" {
			fmt.Fprintf(w, "\n%s\n", s)
		}
		fmt.Fprintf(w, "\n%s\n", p.T(i18n.KeyCLIUsageFlags))
		printFlags(w, p, fs)
	}
	return fs
}

// flagOutput is a flag set's output. It carries the printer, so parse can
// word errors in the chosen language, and it swallows the flag package's
// own English error line while parse runs.
type flagOutput struct {
	w    io.Writer
	p    i18n.Printer
	name string
	mute bool
}

func (o *flagOutput) Write(b []byte) (int, error) {
	if o.mute {
		return len(b), nil
	}
	return o.w.Write(b)
}

// printFlags lists fs's flags as flag.PrintDefaults does, with the value
// names and the default in the printer's language.
func printFlags(w io.Writer, p i18n.Printer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		value, usage := flag.UnquoteUsage(f)
		switch value {
		case "string", "value", "int", "uint", "float", "int64", "uint64":
			value = p.T(i18n.KeyCLIFlagValueName)
		case "duration":
			value = p.T(i18n.KeyCLIFlagDuration)
		}
		dash := "--"
		if len(f.Name) == 1 {
			dash = "-"
		}
		line := "  " + dash + f.Name
		if value != "" {
			line += " " + value
		}
		switch f.DefValue {
		case "", "false", "0", "0s":
		default:
			sep := " "
			if p.Lang() == i18n.ZH {
				sep = "" // no space before a full-width parenthesis
			}
			usage += sep + p.T(i18n.KeyCLIFlagDefault, "value", f.DefValue)
		}
		fmt.Fprintf(w, "%s\n        %s\n", line, strings.ReplaceAll(usage, "\n", "\n        "))
	})
}

// parse parses flags; it reports whether to go on and, if not, the exit
// code. Every command accepts --lang, even one whose file does not declare
// it: run has already chosen the language from it. Flag errors are worded
// in that language.
func parse(fs *flag.FlagSet, args []string) (int, bool) {
	out, ok := fs.Output().(*flagOutput)
	if !ok {
		out = &flagOutput{w: fs.Output()}
		fs.SetOutput(out)
	}
	p := out.p
	lang := fs.Lookup("lang")
	if lang == nil {
		fs.String("lang", "", p.T(i18n.KeyCLIFlagLang))
		lang = fs.Lookup("lang")
	}
	usage := fs.Usage
	helped := false
	fs.Usage = func() { helped = true }
	out.mute = true
	err := fs.Parse(args)
	out.mute = false
	fs.Usage = usage
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.Usage()
			return 0, false
		}
		fmt.Fprintln(out.w, flagError(p, out.name, err))
		if helped {
			fmt.Fprintln(out.w)
			fs.Usage()
		}
		return 2, false
	}
	if v := lang.Value.String(); v != "" {
		if _, ok := i18n.ParseLang(v); !ok {
			fmt.Fprintln(out.w, p.T(i18n.KeyCLIBadLang, "lang", v))
			return 2, false
		}
	}
	return 0, true
}

// flagError words an error of the flag package in p's language.
func flagError(p i18n.Printer, name string, err error) string {
	cmd := strings.TrimSpace("caecw " + name)
	msg := err.Error()
	if f, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return p.T(i18n.KeyCLIFlagUndefined, "command", cmd, "flag", f)
	}
	if f, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return p.T(i18n.KeyCLIFlagNeedsValue, "command", cmd, "flag", f)
	}
	if f, ok := strings.CutPrefix(msg, "bad flag syntax: "); ok {
		return p.T(i18n.KeyCLIFlagBadSyntax, "command", cmd, "flag", f)
	}
	if m := badValue.FindStringSubmatch(msg); m != nil {
		v, uerr := strconv.Unquote(m[1])
		if uerr != nil {
			v = m[1]
		}
		return p.T(i18n.KeyCLIFlagBadValue, "command", cmd, "flag", m[2], "value", v)
	}
	return p.T(i18n.KeyCLIErrorLine, "err", msg)
}

// badValue matches the flag package's "invalid value" errors, for a
// boolean or any other flag.
var badValue = regexp.MustCompile(`^invalid (?:boolean )?value ("(?:[^"\\]|\\.)*") for (?:flag )?(-[^:]+)`)

func (c *cliFlags) options() store.Options {
	return store.Options{Desk: c.desk, Operator: c.operator}
}

// open opens the data file. With createDemo (the screens' first run), a
// missing file is made from the demo programme, and the user is told so
// once; never where a restore left a copy beside it (see missingError).
// Its errors are whole sentences in the chosen language (see explain).
func (c *cliFlags) open(env *cliEnv, createDemo bool) (*store.Store, error) {
	p := env.printer()
	path := c.path(env)
	if createDemo && !store.Exists(path) {
		if kept, part := store.Leftovers(path); len(kept)+len(part) > 0 {
			return nil, missingError(p, path)
		}
		s, err := createDemoFile(path, c.options())
		if err != nil {
			return nil, explain(p, err)
		}
		fmt.Fprintln(env.stderr, p.T(i18n.KeyCLIDemoCreated, "path", path))
		return s, c.setClock(p, s)
	}
	s, err := store.Open(path, c.options())
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, missingError(p, path)
		}
		return nil, explain(p, err)
	}
	return s, c.setClock(p, s)
}

// missingError says that the data file at path does not exist and what
// to run: demo or init, or, where a restore left a copy beside it, the
// restore that brings it back.
func missingError(p i18n.Printer, path string) error {
	kept, part := store.Leftovers(path)
	switch {
	case len(kept) > 0:
		// The newest: kept names end in their time.
		return &userError{p: p, msg: p.T(i18n.KeyCLIErrMissingKept, "path", path, "kept", kept[len(kept)-1]), err: os.ErrNotExist}
	case len(part) > 0:
		return &userError{p: p, msg: p.T(i18n.KeyCLIErrMissingPart, "path", path, "part", part[0]), err: os.ErrNotExist}
	}
	return &userError{p: p, msg: p.T(i18n.KeyCLIErrMissing, "path", path), err: os.ErrNotExist}
}

// setClock reads --now in the event's time zone.
func (c *cliFlags) setClock(p i18n.Printer, s *store.Store) error {
	if c.now == "" {
		return nil
	}
	t, err := clock.ParseNow(c.now, s.Location())
	if err != nil {
		s.Close()
		// The sentence already shows the form; the parser's own text would
		// only repeat it in English.
		key := i18n.KeyCLIBadNow
		if errors.Is(err, clock.ErrOutOfRange) {
			key = i18n.KeyCLINowOutOfRange
		}
		return &userError{p: p, msg: p.T(key, "value", c.now), err: err}
	}
	s.SetClock(clock.NewOffset(t))
	return nil
}

func createDemoFile(path string, opts store.Options) (*store.Store, error) {
	prog, err := demo.Programme()
	if err != nil {
		return nil, err
	}
	s, err := store.Create(path, *prog.Event, opts)
	if err != nil {
		return nil, err
	}
	if _, err := s.Import(journal.Import{Files: []string{"demo"}, Programme: prog}); err != nil {
		s.Close()
		os.Remove(path)
		return nil, err
	}
	return s, nil
}
