//go:build windows

package main

import (
	"os"
	"syscall"
)

// stopSignals end a hub cleanly. Windows has no signals: Go turns Ctrl+C
// and Ctrl+Break into os.Interrupt, and the console window closing, a
// log-off or a shutdown into syscall.SIGTERM, after which Windows ends
// the process within seconds (so the hub's stop must stay quick; every
// entry is already on disk when it is acknowledged). There is no SIGHUP.
var stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM}
