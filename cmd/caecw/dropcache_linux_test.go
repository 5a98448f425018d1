package main

import (
	"os"
	"syscall"
	"testing"
)

// dropPageCache writes back and drops the page cache, so the next read of
// the program and the data file comes from the disk. Linux only, as root.
func dropPageCache(t *testing.T) {
	t.Helper()
	syscall.Sync()
	if err := os.WriteFile("/proc/sys/vm/drop_caches", []byte("3"), 0); err != nil {
		t.Fatalf("CAECW_PERF_COLD: dropping the page cache needs root: %v", err)
	}
}
