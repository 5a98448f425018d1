//go:build !windows

package sessions

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used. The laptops and this
// test machine are often busy with other work, so besides wall time per
// View the benchmarks report CPU time per View, which a loaded machine
// does not inflate.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
