package replication

import (
	"testing"
	"time"
)

// A batch the data file could not take comes again after a delay that
// doubles from retryFirst and never passes retryMax: a failing disk costs
// one attempt per entry per 30 s at most, and the entries are never
// dropped.
func TestRetryDelayBounded(t *testing.T) {
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 16 * time.Second, 30 * time.Second, 30 * time.Second}
	for i, w := range want {
		if got := retryDelay(uint64(i + 1)); got != w {
			t.Errorf("delivery %d: retry after %s, want %s", i+1, got, w)
		}
	}
	if got := retryDelay(1 << 40); got != retryMax {
		t.Errorf("after very many deliveries: %s", got)
	}
}
