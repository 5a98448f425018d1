//go:build !windows

package main

import (
	"os"
	"syscall"
)

// stopSignals end a hub cleanly: Ctrl+C, a service manager's SIGTERM, or
// the terminal window closing (SIGHUP).
var stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}
