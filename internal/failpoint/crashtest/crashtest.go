// Package crashtest stops a test's child process at each failpoint of a
// write, as a crash or a pulled plug would (no deferred cleanup runs), so
// the parent test can check what the crash left on disk.
//
// A crash test has two halves: a child test that skips unless Armed, then
// does the write; and the parent, which lists the write's steps with Steps
// and, for each, prepares the files and calls Run.
package crashtest

import (
	"errors"
	"os"
	"os/exec"
	"strconv"
	"testing"

	"caecw/internal/failpoint"
)

// ExitCode is how a child reports that it stopped at its failpoint.
const ExitCode = 86

const (
	envHit = "CAECW_CRASH_AT_HIT"
	envDir = "CAECW_CRASH_DIR"
)

// Steps runs write with a hook that records every failpoint it passes,
// in order.
func Steps(write func()) []string {
	var steps []string
	undo := failpoint.Set(func(s string) { steps = append(steps, s) })
	defer undo()
	write()
	return steps
}

// Armed reports whether this process is a child started by Run; if so it
// arms the crash and returns the folder the parent prepared.
func Armed() (dir string, ok bool) {
	n, err := strconv.Atoi(os.Getenv(envHit))
	if err != nil || n < 1 {
		return "", false
	}
	hits := 0
	failpoint.Set(func(string) {
		hits++
		if hits == n {
			os.Exit(ExitCode)
		}
	})
	return os.Getenv(envDir), true
}

// Run starts this test binary again, running only the child test named
// child, which is to stop at the n-th failpoint it passes (1 for the
// first) with dir as its folder. It fails t unless the child stopped
// there.
func Run(t testing.TB, child string, n int, dir string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+child+"$", "-test.count=1")
	cmd.Env = append(os.Environ(), envHit+"="+strconv.Itoa(n), envDir+"="+dir)
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != ExitCode {
		t.Fatalf("child %s did not stop at failpoint %d (err %v):\n%s", child, n, err, out)
	}
}
