// Package failpoint names the steps of the writes that must survive a
// crash at any instant (an atomic file write, restore, close-day), so that
// a test can stop the process at each step and then check what is left on
// disk. Outside tests Hit does nothing.
package failpoint

import "sync/atomic"

var hook atomic.Pointer[func(step string)]

// Hit marks that the write has reached step. A test's hook may stop the
// process there (os.Exit in a child process) or record the step.
func Hit(step string) {
	if h := hook.Load(); h != nil {
		(*h)(step)
	}
}

// Set makes f the hook Hit calls, for tests; nil removes it. It returns a
// function that puts the previous hook back.
func Set(f func(step string)) (undo func()) {
	var prev *func(string)
	if f == nil {
		prev = hook.Swap(nil)
	} else {
		prev = hook.Swap(&f)
	}
	return func() { hook.Store(prev) }
}
