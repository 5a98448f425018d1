package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"caecw/internal/journal"
	"caecw/store"
)

// Issue 12 §1: one entry whose id clock is ffffffffffffffff, given to
// merge, made the id generator wrap to 0; the first write of each new
// process then reused an id already in the journal, wrote nothing, and
// the CLI said "checked in" (and check said ok). Now the entry is held,
// the clock does not move, the check-in is saved, and check names it.
func TestEntryAtTheEndOfTheClockCannotStopSaves(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.db")
	syncRun(t, "demo", "--db", a, "--desk", "desk-a")
	badges := syncBadges(t, a, 3)
	at := "2025-07-24T09:30:00+08:00"
	line := `{"id":"ffffffffffffffff-desk-x","at":"` + at + `","day":"2025-07-24","desk":"desk-x","operator":"x","kind":"day.close","subject":"2025-07-24","payload":{"day":"2025-07-24"}}`
	poison := filepath.Join(dir, "poison.jsonl")
	if err := os.WriteFile(poison, []byte(line+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out := syncRunIn(t, "merge", "--db", a, "--desk", "desk-a", poison)
	t.Logf("merge: exit %d\n%s", code, out)
	// Three processes, one check-in each: on the old code the second and
	// third reused ids and saved nothing.
	for _, b := range badges {
		out := syncRun(t, "checkin", "--db", a, "--desk", "desk-a", "--now", "2025-07-24T09:40", b)
		if !strings.Contains(out, "checked in") {
			t.Fatalf("checkin %s: %q", b, out)
		}
	}
	s, err := store.Open(a, store.Options{ReadOnly: true, Desk: "desk-a"})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range badges {
		p, err := s.PersonByBadge(b)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := s.Arrival("2025-07-24", p.ID); !ok {
			t.Errorf("%s was reported checked in but no arrival is saved", b)
		}
	}
	if _, ok := s.Entry("ffffffffffffffff-desk-x"); ok {
		t.Error("the entry at the end of the clock was applied")
	}
	outbox, err := s.Outbox(0)
	if err != nil || len(outbox) < len(badges) {
		t.Errorf("the check-ins are not all in the outbox: %d, %v", len(outbox), err)
	}
	s.Close()
	code, out = syncRunIn(t, "check", "--db", a)
	if code != 0 || !strings.Contains(out, "1 entry from elsewhere is held") || !strings.Contains(out, "ffffffffffffffff-desk-x") {
		t.Errorf("check: exit %d\n%s", code, out)
	}
}

// Issue 12 §3: merge skipped the import rules, so a capacity of 2^63-1
// got in and status printed "Arrivals: 0 of 9223372036853777297". Now the
// entry is held, and export --held writes it out, 0600, as JSON lines.
func TestMergeHoldsOutOfRangeNumbersAndExportsThem(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.db")
	syncRun(t, "demo", "--db", a, "--desk", "desk-a")
	when, _ := time.Parse(time.RFC3339, "2025-07-24T09:30:00+08:00")
	id := journal.NewID(journal.MakeHLC(when, 0), "desk-x")
	imp := `{"id":"` + string(id) + `","at":"2025-07-24T09:30:00+08:00","day":"2025-07-24","desk":"desk-x","operator":"x","kind":"import","subject":"x",` +
		`"payload":{"delegations":[{"id":"huge","name":"Huge","expected":9223372036854775807}]}}`
	f := filepath.Join(dir, "huge.jsonl")
	os.WriteFile(f, []byte(imp+"\n"), 0o600)
	code, out := syncRunIn(t, "merge", "--db", a, "--desk", "desk-a", f)
	if code != 1 || !strings.Contains(out, "expected size of delegation huge 9223372036854775807 is outside 0..100000") {
		t.Errorf("merge: exit %d\n%s", code, out)
	}
	if out := syncRun(t, "status", "--db", a, "--now", "2025-07-24T10:00"); strings.Contains(out, "922337203685") {
		t.Errorf("status shows the huge number:\n%s", out)
	}
	held := filepath.Join(dir, "held.jsonl")
	syncRun(t, "export", "--held", "--db", a, "-o", held)
	fi, err := os.Stat(held)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("held export: %v %v", fi, err)
	}
	data, _ := os.ReadFile(held)
	var h store.HeldEntry
	if err := json.Unmarshal(data, &h); err != nil || h.Entry.ID != id || h.Source != store.SourceMerge || h.Code != store.HeldInvalid {
		t.Errorf("held export %q: %+v %v", data, h, err)
	}
}
