package formats

import (
	"bytes"
	"fmt"
	"testing"

	"caecw/internal/event"
)

// BenchmarkImportPeople parses and validates 10,000 people rows against a
// programme that already has 40 delegations and 2,000 people.
func BenchmarkImportPeople(b *testing.B) {
	existing := event.Programme{}
	for d := range 40 {
		existing.Delegations = append(existing.Delegations, event.Delegation{ID: fmt.Sprintf("D%02d", d), Name: "D"})
	}
	for i := range 2000 {
		existing.People = append(existing.People, event.Person{ID: fmt.Sprintf("p%05d", i), Badge: fmt.Sprintf("B%06d", i), Delegation: "D00"})
	}
	var buf bytes.Buffer
	buf.WriteString(peopleHeader)
	names := []string{"សុខ ចាន់ថា", "สมชาย ใจดี", "Nguyễn Thị Hương", "张伟"}
	for i := range 10000 {
		fmt.Fprintf(&buf, "p%05d,B%06d,%s,Latin %d,D%02d,delegate\n", i, i, names[i%4], i, i%40)
	}
	data := buf.Bytes()
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		p, err := Parse(existing, File{Name: "people.csv", R: bytes.NewReader(data)})
		if err != nil || len(p.People) != 10000 {
			b.Fatalf("err %v, %d people", err, len(p.People))
		}
	}
}
