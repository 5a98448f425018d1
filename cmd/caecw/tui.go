package main

import (
	tea "charm.land/bubbletea/v2"

	"caecw/internal/i18n"
	"caecw/store"
	"caecw/ui/app"
	"caecw/ui/checkins"
	"caecw/ui/common"
	"caecw/ui/logtab"
	"caecw/ui/sessions"
	"caecw/ui/venues"
)

// screenFlags are the flags of the screens (the coordinator's app and the
// desk).
type screenFlags struct {
	cliFlags
	sync syncFlags
}

func runTUI(env *cliEnv, args []string) int {
	var f screenFlags
	// With no command name, newFlags prints the whole usage of caecw, not
	// a synopsis.
	fs := newFlags(env, "", "", &f.cliFlags, "db", "now", "desk", "operator", "lang")
	f.sync.register(fs, true)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	return runScreen(env, f, common.ModeCoordinator)
}

func runScreen(env *cliEnv, f screenFlags, mode common.Mode) int {
	if err := f.sync.load(&f.cliFlags); err != nil {
		return fail(env.stderr, err)
	}
	s, err := f.open(env, true)
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	c, err := newCommon(env, s, f.lang, mode)
	if err != nil {
		return fail(env.stderr, explain(env.printer(), err))
	}
	ts := tabs(c)
	m := app.New(c, ts...)
	p := tea.NewProgram(m, tea.WithInput(env.stdin), tea.WithOutput(env.stdout))
	x, err := startScreenSync(f.sync, s, c, p)
	if err != nil {
		return fail(env.stderr, explain(env.printer(), err))
	}
	// Stopped after the saves below have drained, before the file closes.
	defer x.stop()
	_, err = p.Run()
	// Saves issued before ctrl+c still run to the end: nothing the
	// screen accepted is lost by quitting.
	for _, t := range ts {
		if d, ok := t.(interface{ Drain() }); ok {
			d.Drain()
		}
	}
	if err != nil {
		p := env.printer()
		return fail(env.stderr, &userError{p: p, msg: p.T(i18n.KeyCLIScreenFailed, "err", err), err: err})
	}
	return 0
}

func newCommon(env *cliEnv, s *store.Store, lang string, mode common.Mode) (*common.Common, error) {
	ev, err := s.Event()
	if err != nil {
		return nil, err
	}
	p := i18n.New(i18n.Detect(lang, env.getenv))
	c := &common.Common{
		Styles: common.NewStyles(true),
		Keys:   common.DefaultKeyMap(p),
		Store:  s,
		Clock:  s.Clock(),
		Mode:   mode,
		P:      p,
	}
	c.SetEvent(ev)
	return c, nil
}

// tabs lists the coordinator's tabs in order: Sessions, Check-ins,
// Venues, Log.
// A desk gets only Check-ins (opened first, input focused) and Log:
// it may not change the programme, venues or assignments.
func tabs(c *common.Common) []common.Tab {
	if c.Mode == common.ModeDesk {
		return []common.Tab{checkins.NewDesk(c), logtab.New(c)}
	}
	return []common.Tab{sessions.New(c), checkins.New(c), venues.New(c), logtab.New(c)}
}
