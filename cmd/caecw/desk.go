package main

import "caecw/ui/common"

// runDesk starts the check-in desk: the Check-ins tab with its input
// focused, and the Log; no programme, venue or assignment changes.
func runDesk(env *cliEnv, args []string) int {
	var f screenFlags
	fs := newFlags(env, "desk", "[--db PATH] [--desk NAME] [--operator NAME] [--now T] [--lang en|zh]", &f.cliFlags, "db", "now", "desk", "operator")
	fs.StringVar(&f.lang, "lang", "", "language: en or zh (default $CAECW_LANG, else the locale)")
	f.sync.register(fs, true)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	return runScreen(env, f, common.ModeDesk)
}
