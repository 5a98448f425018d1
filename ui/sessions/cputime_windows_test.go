//go:build windows

package sessions

import "time"

// cpuTime is 0 on Windows, which has no getrusage: the benchmarks then
// report wall time only (reportCPU skips a zero start).
func cpuTime() time.Duration { return 0 }
