//go:build !linux

package main

import "testing"

// dropPageCache: only Linux lets a test drop the page cache.
func dropPageCache(t *testing.T) {
	t.Helper()
	t.Skip("CAECW_PERF_COLD: dropping the page cache is done on Linux only")
}
