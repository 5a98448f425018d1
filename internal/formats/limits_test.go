package formats

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"caecw/internal/event"
)

func withDelegation() event.Programme {
	return event.Programme{Delegations: []event.Delegation{{ID: "KH", Name: "Cambodia"}}}
}

func problemsOf(t *testing.T, err error) []string {
	t.Helper()
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("err %v, want Problems", err)
	}
	var out []string
	for _, p := range ps {
		out = append(out, p.String())
	}
	return out
}

// TestImportRefusesFieldsOverTheLimits: each field longer than its
// documented maximum (event/limits.go) is refused at its file:line, and a
// value of exactly the maximum passes.
func TestImportRefusesFieldsOverTheLimits(t *testing.T) {
	long := func(n int) string { return strings.Repeat("a", n) }
	people := "id,badge,name,name_latin,delegation,role\n" +
		"p1,B1," + long(event.MaxNameLen) + ",x,KH,delegate\n" +
		"p2,B2," + long(event.MaxNameLen+1) + ",x,KH,delegate\n" +
		long(event.MaxIDLen+1) + ",B3,Dara,x,KH,delegate\n" +
		"p4," + long(10<<20) + ",Sok,x,KH,delegate\n"
	venues := "id,name,site,capacity,note\nv1,Hall,gicc,10," + long(event.MaxNoteLen+1) + "\n" +
		fmt.Sprintf("v2,Hall 2,gicc,%d,\nv3,Hall 3,gicc,%d,\n", event.MaxCapacity, event.MaxCapacity+1)
	_, err := Parse(withDelegation(), File{"people.csv", strings.NewReader(people)}, File{"venues.csv", strings.NewReader(venues)})
	got := strings.Join(problemsOf(t, err), "\n")
	for _, want := range []string{
		fmt.Sprintf("people.csv:3: name: too long: %d bytes, at most %d", event.MaxNameLen+1, event.MaxNameLen),
		fmt.Sprintf("people.csv:4: id: too long: %d bytes, at most %d", event.MaxIDLen+1, event.MaxIDLen),
		fmt.Sprintf("people.csv:5: badge: too long: %d bytes, at most %d", 10<<20, event.MaxIDLen),
		fmt.Sprintf("venues.csv:2: note: too long: %d bytes, at most %d", event.MaxNoteLen+1, event.MaxNoteLen),
		fmt.Sprintf("venues.csv:4: capacity: %d is more than %d", event.MaxCapacity+1, event.MaxCapacity),
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
	if strings.Contains(got, "people.csv:2:") || strings.Contains(got, "venues.csv:3:") {
		t.Errorf("a name of exactly the maximum was refused:\n%s", got)
	}
}

// rosterReader makes a people CSV of n rows as it is read, without
// holding it.
type rosterReader struct {
	n, i int
	buf  []byte
}

func (r *rosterReader) Read(p []byte) (int, error) {
	for len(r.buf) < len(p) && r.i <= r.n {
		if r.i == 0 {
			r.buf = append(r.buf, "id,badge,name,name_latin,delegation,role\n"...)
		} else {
			r.buf = fmt.Appendf(r.buf, "p%d,B%d,Person %d,x,KH,delegate\n", r.i, r.i, r.i)
		}
		r.i++
	}
	if len(r.buf) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// TestImportRefusesARosterOverTheMaximum: a roster of 1,000,000 people is
// refused with a clear problem at the first row past event.MaxPeople; the
// reading stops there.
func TestImportRefusesARosterOverTheMaximum(t *testing.T) {
	if testing.Short() {
		t.Skip("reads a 30 MB roster")
	}
	_, err := Parse(withDelegation(), File{"people.csv", &rosterReader{n: 1_000_000}})
	got := problemsOf(t, err)
	want := fmt.Sprintf("people.csv:%d: more than %d people records", event.MaxPeople+2, event.MaxPeople)
	if len(got) != 1 || !strings.HasPrefix(got[0], want) {
		t.Fatalf("problems %q, want one starting %q", got, want)
	}
	// Within the maximum per file, but not with the people already there.
	existing := withDelegation()
	for i := range event.MaxPeople {
		existing.People = append(existing.People, event.Person{ID: fmt.Sprintf("old%d", i)})
	}
	_, err = Parse(existing, File{"people.csv", &rosterReader{n: 10}})
	if got := problemsOf(t, err); len(got) != 1 || !strings.Contains(got[0], "the roster would hold 100010 people") {
		t.Fatalf("problems %q", got)
	}
}

// TestUnterminatedQuoteAtTheLineItStarts: a quote opened on line 2 and
// never closed is reported at line 2, not at the file's last line.
func TestUnterminatedQuoteAtTheLineItStarts(t *testing.T) {
	for _, tc := range []struct {
		name, csv string
		line      int
	}{
		{"comma", "id,badge,name,name_latin,delegation,role\np1,B1,\"Sok,x,KH,delegate\np2,B2,Dara,x,KH,delegate\np3,B3,Chan,x,KH,delegate\n", 2},
		{"after a closed multi-line field", "id,badge,name,name_latin,delegation,role\np1,B1,\"Sok\nChantha\",x,KH,delegate\np2,B2,Dara,x,KH,\"delegate\np3,B3,Chan,x,KH,delegate\n", 4},
		{"semicolon, escaped quotes", "id;badge;name;name_latin;delegation;role\np1;B1;\"Sok \"\"S\"\"\";x;KH;delegate\np2;B2;\"Dara;x;KH;delegate\np3;B3;Chan;x;KH;delegate\n", 3},
	} {
		_, err := Parse(withDelegation(), File{"people.csv", strings.NewReader(tc.csv)})
		got := problemsOf(t, err)
		if len(got) == 0 || !strings.HasPrefix(got[0], fmt.Sprintf("people.csv:%d: ", tc.line)) || !strings.Contains(got[0], "quote") {
			t.Errorf("%s: problems %q, want one at line %d", tc.name, got, tc.line)
		}
	}
}
