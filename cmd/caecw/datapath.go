package main

import (
	"fmt"
	"runtime"

	"caecw/internal/datadir"
	"caecw/internal/i18n"
	"caecw/store"
)

// path is the data file: --db, else CAECW_DB, else this system's data
// folder (see internal/datadir). A file found only where earlier
// versions kept it is used, and the user is told so once.
func (c *cliFlags) path(env *cliEnv) string {
	if c.db != "" {
		return c.db
	}
	goos := env.goos
	if goos == "" {
		goos = runtime.GOOS
	}
	path, older := datadir.Choose(goos, env.env, store.Exists)
	if older && !c.toldOlder {
		c.toldOlder = true
		fmt.Fprintln(env.stderr, env.printer().T(i18n.KeyCLIOlderDefault, "path", path, "default", datadir.Default(goos, env.env)))
	}
	return path
}
