package formats

import (
	"fmt"
	"io"
	"runtime"
	"testing"
	"time"

	"caecw/internal/journal"
)

// benchLog yields n entries cycling through a few kinds, built once, so
// the benchmark measures the writer and not the making of entries.
func benchLog(b *testing.B, n int) DayLog {
	d, entries := dayFixture(b)
	loc := d.Event.Location()
	at := time.Date(2025, 7, 24, 9, 0, 0, 0, loc)
	for i := range 4 {
		e, _ := journal.New(journal.NewID(journal.MakeHLC(at, uint16(i)), "gate1"), at, "2025-07-24", "gate1", "op", journal.KindCheckIn, "p-kh-2", journal.CheckIn{Person: "p-kh-2", Day: "2025-07-24"})
		entries = append(entries, e)
	}
	d.Entries = func(yield func(journal.Entry) bool) {
		for i := range n {
			if !yield(entries[i%len(entries)]) {
				return
			}
		}
	}
	return d
}

// BenchmarkExportDayLog writes 10,000 and 100,000 entries in each format;
// allocs/op divided by the entry count should be the same at both sizes.
func BenchmarkExportDayLog(b *testing.B) {
	writers := []struct {
		name  string
		write func(io.Writer, DayLog) error
	}{
		{"csv", func(w io.Writer, d DayLog) error { return WriteDayLogCSV(w, d, CSVOptions{}) }},
		{"json", WriteDayLogJSON},
		{"markdown", WriteDayLogMarkdown},
		{"xlsx", WriteDayLogXLSX},
	}
	for _, wr := range writers {
		for _, n := range []int{10_000, 100_000} {
			b.Run(fmt.Sprintf("%s/%d", wr.name, n), func(b *testing.B) {
				d := benchLog(b, n)
				b.ReportAllocs()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				for b.Loop() {
					if err := wr.write(io.Discard, d); err != nil {
						b.Fatal(err)
					}
				}
				runtime.ReadMemStats(&after)
				per := float64(b.N) * float64(n)
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/per, "ns/entry")
				b.ReportMetric(float64(after.Mallocs-before.Mallocs)/per, "allocs/entry")
			})
		}
	}
}
