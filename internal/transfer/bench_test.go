package transfer

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"caecw/internal/event"
	"caecw/store"
)

// BenchmarkImportPeopleStore is an import as the user runs it: a 10,000
// row people.csv read from disk, checked against a file that has 40
// delegations, and committed as one entry in one transaction into a
// fresh data file (setup untimed).
func BenchmarkImportPeopleStore(b *testing.B) {
	dir := b.TempDir()
	var sb strings.Builder
	sb.WriteString("id,badge,name,name_latin,delegation,role\n")
	names := []string{"សុខ ចាន់ថា", "สมชาย ใจดี", "Nguyễn Thị Hương", "张伟"}
	for i := range 10000 {
		fmt.Fprintf(&sb, "p%05d,B%06d,%s,Latin %d,D%02d,delegate\n", i, i, names[i%4], i, i%40)
	}
	people := filepath.Join(dir, "people.csv")
	if err := os.WriteFile(people, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	var dels strings.Builder
	dels.WriteString("id,name,country,head,liaison,expected\n")
	for d := range 40 {
		fmt.Fprintf(&dels, "D%02d,Delegation %d,,,,300\n", d, d)
	}
	delFile := filepath.Join(dir, "delegations.csv")
	if err := os.WriteFile(delFile, []byte(dels.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(sb.Len()))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		path := filepath.Join(dir, fmt.Sprintf("bench-%d.db", i))
		s, err := store.Create(path, event.Event{Name: "bench", TimeZone: "Asia/Shanghai"}, store.Options{Desk: "bench"})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Import(s, []string{delFile}, false, nil); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		res, err := Import(s, []string{people}, false, nil)
		if err != nil || res.Counts["people"].Created != 10000 {
			b.Fatalf("%v %+v", err, res.Counts)
		}
		b.StopTimer()
		s.Close()
		os.Remove(path)
		b.StartTimer()
	}
}
