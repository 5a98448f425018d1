//go:build !windows

package main

import "syscall"

// processGone reports whether no process has the id pid (signal 0 only
// checks).
func processGone(pid int) bool { return syscall.Kill(pid, 0) != nil }
