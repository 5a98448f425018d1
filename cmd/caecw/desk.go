package main

import (
	"caecw/internal/i18n"
	"caecw/ui/common"
)

// runDesk starts the check-in desk: the Check-ins tab with its input
// focused, and the Log; no programme, venue or assignment changes.
func runDesk(env *cliEnv, args []string) int {
	var f screenFlags
	fs := newFlags(env, "desk", env.printer().T(i18n.KeyCLISynopsisDesk), &f.cliFlags, "db", "now", "desk", "operator", "lang")
	f.sync.register(fs, true)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	return runScreen(env, f, common.ModeDesk)
}
