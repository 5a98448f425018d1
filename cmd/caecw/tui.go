package main

import (
	"fmt"

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
	lang string
	sync syncFlags
}

func runTUI(env *cliEnv, args []string) int {
	var f screenFlags
	fs := newFlags(env, "", "[--db PATH] [--now T] [--desk NAME] [--operator NAME] [--lang en|zh]", &f.cliFlags, "db", "now", "desk", "operator")
	fs.StringVar(&f.lang, "lang", "", "language: en or zh (default $CAECW_LANG, else the locale)")
	f.sync.register(fs, true)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	return runScreen(env, f, common.ModeCoordinator)
}

func runScreen(env *cliEnv, f screenFlags, mode common.Mode) int {
	s, err := f.open(env, true)
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	c, err := newCommon(env, s, f.lang, mode)
	if err != nil {
		return fail(env.stderr, err)
	}
	ts := tabs(c)
	m := app.New(c, ts...)
	p := tea.NewProgram(m, tea.WithInput(env.stdin), tea.WithOutput(env.stdout))
	x, err := startScreenSync(f.sync, s, c, p)
	if err != nil {
		return fail(env.stderr, err)
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
		return fail(env.stderr, fmt.Errorf("screen: %w", err))
	}
	return 0
}

func newCommon(env *cliEnv, s *store.Store, lang string, mode common.Mode) (*common.Common, error) {
	ev, err := s.Event()
	if err != nil {
		return nil, err
	}
	p := i18n.New(i18n.Detect(lang, env.getenv))
	return &common.Common{
		Styles: common.NewStyles(true),
		Keys:   common.DefaultKeyMap(p),
		Store:  s,
		Clock:  s.Clock(),
		Mode:   mode,
		Loc:    ev.Location(),
		Event:  ev,
		P:      p,
	}, nil
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
