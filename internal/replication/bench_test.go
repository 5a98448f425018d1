package replication

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"
)

// BenchmarkPropagation measures one check-in on desk A until it is
// visible on desk B (applied to B's file), both on loopback through the
// hub: p50 and p99 over b.N check-ins, one after another.
func BenchmarkPropagation(b *testing.B) {
	dir := b.TempDir()
	h := startHub(b, b.TempDir(), "")
	defer h.Shutdown()
	prog := programme(b, b.N)
	da := newDesk(b, dir, "desk-a", &prog)
	db := newDesk(b, dir, "desk-b", nil)
	da.connect(b, h, false)
	db.connect(b, h, false)
	eventually(b, time.Minute, converged(b, da, db))
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		start := time.Now()
		if _, err := da.s.CheckIn(personID(i)); err != nil {
			b.Fatal(err)
		}
		for {
			if _, ok := db.s.Arrival(day1, personID(i)); ok {
				break
			}
			select {
			case <-db.applied:
			case <-time.After(10 * time.Second):
				b.Fatalf("check-in %d not seen on desk B", i)
			}
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(lat)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
	b.ReportMetric(ms(lat[min(len(lat)-1, len(lat)*99/100)]), "p99-ms")
}

// BenchmarkConverge1000 measures 1,000 arrivals checked in at the same
// time on three desks (about 333 each) until all three files hold all
// 1,000.
func BenchmarkConverge1000(b *testing.B) {
	const n = 1000
	prog := programme(b, n)
	var writing time.Duration
	for range b.N {
		b.StopTimer()
		dir := b.TempDir()
		h := startHub(b, b.TempDir(), "")
		desks := []*desk{newDesk(b, dir, "desk-a", &prog), newDesk(b, dir, "desk-b", nil), newDesk(b, dir, "desk-c", nil)}
		for _, d := range desks {
			d.connect(b, h, false)
		}
		eventually(b, time.Minute, converged(b, desks...))
		b.StartTimer()
		start := time.Now()
		var wg sync.WaitGroup
		for k, d := range desks {
			wg.Go(func() {
				for i := k; i < n; i += 3 {
					if _, err := d.s.CheckIn(personID(i)); err != nil {
						b.Error(err)
						return
					}
				}
			})
		}
		wg.Wait()
		writing += time.Since(start)
		eventually(b, time.Minute, func() string {
			for _, d := range desks {
				v, err := d.s.Day(day1)
				if err != nil {
					return err.Error()
				}
				if len(v.Arrivals) != n {
					return fmt.Sprintf("%s has %d arrivals", d.name, len(v.Arrivals))
				}
			}
			return ""
		})
		b.StopTimer()
		for _, d := range desks {
			d.disconnect()
		}
		h.Shutdown()
	}
	// The part of the time the desks spent writing their own check-ins
	// (each one fsynced); the rest is the last entries reaching the others.
	b.ReportMetric(float64(writing.Milliseconds())/float64(b.N), "local-writes-ms/op")
}

// BenchmarkGoodAfterFlood measures a good check-in made on one desk right
// after a hostile peer had 10,000 entries no desk can apply stored by the
// hub, until the check-in is on both other desks (which take the flood
// first, in stream order, holding each entry).
func BenchmarkGoodAfterFlood(b *testing.B) {
	const n = 10_000
	site := newHostileSite(b)
	js := site.hostilePeer(b)
	var total time.Duration
	for i := range b.N {
		b.StopTimer()
		msgs, _ := floodMsgs(b, site, 100+i*n, n)
		publish(b, js, msgs...)
		b.StartTimer()
		start := time.Now()
		good, err := site.desks[0].s.CheckIn(personID(i % 60))
		if err != nil {
			b.Fatal(err)
		}
		eventually(b, time.Minute, func() string {
			for _, d := range site.desks[1:] {
				if _, ok := d.s.Entry(good.Entry.ID); !ok {
					return d.name + " lacks the good entry"
				}
			}
			return ""
		})
		total += time.Since(start)
	}
	b.ReportMetric(float64(total.Microseconds())/1000/float64(b.N), "good-after-10000-bad-ms")
}
