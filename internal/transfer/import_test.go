package transfer

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"caecw/internal/event"
	"caecw/internal/formats"
	"caecw/internal/journal"
)

func TestSplitPaths(t *testing.T) {
	for in, want := range map[string][]string{
		"a.csv b.csv":              {"a.csv", "b.csv"},
		" a.csv,b.csv ,, c.xlsx  ": {"a.csv", "b.csv", "c.xlsx"},
		`"my files/people.csv" x`:  {"my files/people.csv", "x"},
		"":                         nil,
	} {
		if got := SplitPaths(in); !slices.Equal(got, want) {
			t.Errorf("SplitPaths(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestImportCountsReimportAndUpdates(t *testing.T) {
	s, _ := emptyStore(t)
	files := validFiles(t)
	res, err := Import(s, files, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]journal.Counts{
		"event": {Updated: 1}, "venues": {Created: 3}, "delegations": {Created: 4}, "sessions": {Created: 3},
		"people": {Created: 9}, "assignments": {Created: 4}, "travel": {Created: 2},
	}
	if !equalCounts(res.Counts, want) || !res.Written {
		t.Fatalf("first import: %+v written %v, want %+v", res.Counts, res.Written, want)
	}
	// The day changes things an import must not undo.
	if _, err := s.CheckIn("p-kh-1"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Delay("open", 15); err != nil {
		t.Fatal(err)
	}

	res, err = Import(s, files, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, c := range res.Counts {
		if c.Created != 0 || c.Updated != 0 || c.Unchanged == 0 {
			t.Errorf("re-import %s: %+v, want all unchanged", k, c)
		}
	}
	var imp journal.Import
	if err := res.Entry.Decode(&imp); err != nil {
		t.Fatal(err)
	}
	if len(imp.People)+len(imp.Sessions)+len(imp.Assignments) != 0 || imp.Event != nil {
		t.Errorf("re-import journalled unchanged records: %+v", imp.Programme)
	}

	// An updated file: one person renamed, one added; one session retitled.
	dir := t.TempDir()
	people, _ := os.ReadFile(filepath.Join(validDir(t), "people.csv"))
	body := strings.Replace(string(people), "ចាន់ ដារ៉ា", "ចាន់ ដារ៉ា (updated)", 1) + "p-new,B0100,Nguyễn Văn Mới,Nguyen Van Moi,VN,delegate\n"
	newPeople := writeFile(t, dir, "people.csv", body)
	sessions, _ := os.ReadFile(filepath.Join(validDir(t), "sessions.csv"))
	newSessions := writeFile(t, dir, "sessions.csv", strings.Replace(string(sessions), "Opening ceremony", "Opening ceremony (final)", 1))
	res, err = Import(s, []string{newPeople, newSessions}, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Counts["people"]; got != (journal.Counts{Created: 1, Updated: 1, Unchanged: 8}) {
		t.Errorf("people counts %+v", got)
	}
	if got := res.Counts["sessions"]; got != (journal.Counts{Updated: 1, Unchanged: 2}) {
		t.Errorf("sessions counts %+v", got)
	}
	if err := res.Entry.Decode(&imp); err != nil {
		t.Fatal(err)
	}
	if len(imp.People) != 2 || len(imp.Sessions) != 1 {
		t.Errorf("journalled %d people, %d sessions; want the 2 and 1 that changed", len(imp.People), len(imp.Sessions))
	}
	prog, err := s.Programme()
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int{}
	for _, p := range prog.People {
		ids[p.ID]++
	}
	if len(prog.People) != 10 || ids["p-kh-2"] != 1 || ids["p-new"] != 1 {
		t.Errorf("people after update: %d (%v)", len(prog.People), ids)
	}
	for _, ss := range prog.Sessions {
		if ss.ID == "open" && (ss.Title != "Opening ceremony (final)" || ss.State.DelayMin != 15) {
			t.Errorf("session open after re-import: title %q delay %d; want new title, delay kept", ss.Title, ss.State.DelayMin)
		}
	}
	if _, ok := s.Arrival(day1, "p-kh-1"); !ok {
		t.Error("check-in lost by re-import")
	}
}

func equalCounts(a, b map[string]journal.Counts) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestImportProblemsWriteNothing(t *testing.T) {
	s, _ := emptyStore(t)
	dir := t.TempDir()
	bad := writeFile(t, dir, "venues.csv", "id,name,site,capacity\nhall,Hall,gicc,lots\n")
	before := entriesOf(t, s)
	_, err := Import(s, []string{filepath.Join(dir, "missing.csv"), bad}, false, nil)
	var ps formats.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("err %v, want Problems", err)
	}
	text := ps.Error()
	for _, want := range []string{"missing.csv: cannot open: no such file", "venues.csv:2: capacity: bad number"} {
		if !strings.Contains(text, want) {
			t.Errorf("problems %q lack %q", text, want)
		}
	}
	if after := entriesOf(t, s); after != before {
		t.Errorf("journal grew from %d to %d entries on a failed import", before, after)
	}
	// A dry run of good files writes nothing either.
	res, err := Import(s, validFiles(t), true, nil)
	if err != nil || res.Written || res.Counts["people"].Created != 9 {
		t.Fatalf("dry run: %+v %v", res, err)
	}
	if after := entriesOf(t, s); after != before {
		t.Errorf("dry run wrote %d entries", after-before)
	}
}

func entriesOf(t testing.TB, s interface {
	AllEntries(func(journal.Entry) error) error
}) int {
	t.Helper()
	n := 0
	if err := s.AllEntries(func(journal.Entry) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestImportReportsProgress(t *testing.T) {
	s, _ := emptyStore(t)
	var last, total int64
	calls := 0
	_, err := Import(s, validFiles(t), true, func(read, tot int64) { last, total = read, tot; calls++ })
	if err != nil {
		t.Fatal(err)
	}
	var size int64
	for _, f := range validFiles(t) {
		st, _ := os.Stat(f)
		size += st.Size()
	}
	if calls == 0 || last != size || total != size {
		t.Errorf("progress: %d calls, last %d of %d; files are %d bytes", calls, last, total, size)
	}
}

func TestChangedKeepsAssignmentRev(t *testing.T) {
	existing := event.Programme{Assignments: []event.Assignment{{Session: "a", Delegation: "x", Headcount: 2, Rev: "r1"}}}
	imported := event.Programme{Assignments: []event.Assignment{{Session: "a", Delegation: "x", Headcount: 2}, {Session: "a", Delegation: "y"}}}
	got := Changed(existing, imported)
	if len(got.Assignments) != 1 || got.Assignments[0].Delegation != "y" {
		t.Errorf("Changed = %+v, want only the new assignment", got.Assignments)
	}
}
