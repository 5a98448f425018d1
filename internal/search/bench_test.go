package search

import (
	"slices"
	"sync"
	"testing"
	"time"
)

// typing is "nguyen thi h" as a coordinator types it, one key at a time.
var typing = func() []string {
	const q = "nguyen thi h"
	var out []string
	for i := 1; i <= len(q); i++ {
		out = append(out, q[:i])
	}
	return out
}()

var (
	bigOnce  sync.Once
	bigIndex *Index
)

// big is an index of 100,000 generated people, built once per test binary.
func big() *Index {
	bigOnce.Do(func() {
		people, dels := genPeople(100_000)
		bigIndex = NewIndex(people, dels)
	})
	return bigIndex
}

// BenchmarkSearch measures one keystroke of typing "nguyen thi h" into a
// 100,000-person index: ns/op is the time per keystroke, averaged over the
// sequence, which starts again at "n" after "nguyen thi h".
func BenchmarkSearch(b *testing.B) {
	ix := big()
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		ix.Search(typing[i%len(typing)], 30)
		i++
	}
}

// BenchmarkBuild measures indexing 100,000 people, the cost of opening
// the check-in tab.
func BenchmarkBuild(b *testing.B) {
	people, dels := genPeople(100_000)
	for b.Loop() {
		NewIndex(people, dels)
	}
}

// TestKeystrokeLatency logs p50 and p99 of one keystroke while typing
// "nguyen thi h" 50 times into 100,000 people. It only logs: timing
// depends on the machine and must not fail a build. Run with -v.
func TestKeystrokeLatency(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 100,000-person index")
	}
	start := time.Now()
	ix := big()
	t.Logf("index of %d people built (or reused) in %v", ix.Len(), time.Since(start))
	var d []time.Duration
	perKey := make([][]time.Duration, len(typing))
	for range 50 {
		for i, q := range typing {
			s := time.Now()
			ix.Search(q, 30)
			el := time.Since(s)
			d = append(d, el)
			perKey[i] = append(perKey[i], el)
		}
	}
	slices.Sort(d)
	t.Logf("per keystroke over %d keystrokes: p50 %v, p99 %v, max %v",
		len(d), d[len(d)/2], d[len(d)*99/100], d[len(d)-1])
	for i, q := range typing {
		slices.Sort(perKey[i])
		t.Logf("%-14q %6d matches, top 30: p50 %v", q, len(ix.Search(q, 0)), perKey[i][len(perKey[i])/2])
	}
}
