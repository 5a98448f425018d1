package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"caecw/internal/event"
	"caecw/store"
)

// statusProblems runs `caecw status --json` on the 26th at 09:30 and
// returns its problems.
func statusProblems(t *testing.T, db string) []event.Problem {
	t.Helper()
	r := runBin(t, "status", "--db", db, "--day", "2025-07-26", "--now", "2025-07-26T09:30", "--json")
	if r.code != 0 {
		t.Fatalf("status exited %d: %s", r.code, r.stderr)
	}
	var out struct {
		Problems []event.Problem `json:"problems"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("status --json is not JSON: %v\n%s", err, r.stdout)
	}
	return out.Problems
}

func TestStatusJSONListsTheDemosProblems(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	if r := runBin(t, "demo", "--db", db); r.code != 0 {
		t.Fatalf("demo exited %d: %s", r.code, r.stderr)
	}
	ps := statusProblems(t, db)
	if len(ps) != 2 {
		t.Fatalf("%d problems, want the demo's 2: %+v", len(ps), ps)
	}
	clash, over := ps[0], ps[1]
	if clash.Kind != event.ProblemVenueClash || !slices.Equal(clash.Sessions, []string{"s034", "s037"}) ||
		clash.Venue != "v-giecc-c" || len(clash.Delegations) != 0 || clash.Delegations == nil {
		t.Errorf("first problem: %+v, want the venue clash of s034 and s037 in v-giecc-c with delegations []", clash)
	}
	if over.Kind != event.ProblemOverCapacity || !slices.Equal(over.Sessions, []string{"s035"}) ||
		!slices.Equal(over.Delegations, []string{"d-cn-univ", "d-kh", "d-la"}) ||
		over.Venue != "v-giecc-m1" || over.Need != 100 || over.Have != 80 {
		t.Errorf("second problem: %+v, want s035 over capacity in v-giecc-m1, 100 for 80, three delegations", over)
	}

	// A change made since is in the next status: Hall C out of service
	// over the briefing.
	s, err := store.Open(db, store.Options{Desk: "test", Operator: "tester", LockTimeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	loc := s.Location()
	_, err = s.SetOutage(event.Outage{Venue: "v-giecc-c", From: time.Date(2025, 7, 26, 12, 30, 0, 0, loc), To: time.Date(2025, 7, 26, 13, 0, 0, 0, loc), Reason: "leak"}, false)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	ps = statusProblems(t, db)
	i := slices.IndexFunc(ps, func(p event.Problem) bool { return p.Kind == event.ProblemOutOfService })
	if len(ps) != 3 || i < 0 || !slices.Equal(ps[i].Sessions, []string{"s037"}) || ps[i].Venue != "v-giecc-c" {
		t.Errorf("after the outage: %+v, want the two and s037 out of service", ps)
	}
}

// TestStatusJSONHasTheAttentionList: status --json carries the attention
// list at its now with the documented keys, and --attention prints the
// same items as lines in both languages.
func TestStatusJSONHasTheAttentionList(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	if r := runBin(t, "demo", "--db", db); r.code != 0 {
		t.Fatalf("demo exited %d: %s", r.code, r.stderr)
	}
	r := runBin(t, "status", "--db", db, "--now", "2025-07-26T10:35", "--json")
	if r.code != 0 {
		t.Fatalf("status exited %d: %s", r.code, r.stderr)
	}
	var raw struct {
		Attention []map[string]any `json:"attention"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &raw); err != nil {
		t.Fatalf("status --json is not JSON: %v\n%s", err, r.stdout)
	}
	if len(raw.Attention) == 0 {
		t.Fatalf("no attention items at 10:35:\n%s", r.stdout)
	}
	first := raw.Attention[0]
	for _, k := range []string{"kind", "severity", "at", "in_min", "sessions", "action", "message"} {
		if _, ok := first[k]; !ok {
			t.Errorf("first item has no %q: %v", k, first)
		}
	}
	var out struct {
		Attention []event.AttentionItem `json:"attention"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatal(err)
	}
	var short *event.AttentionItem
	for i, it := range out.Attention {
		if it.Kind == event.AttentionNotArrived && short == nil {
			short = &out.Attention[i]
		}
		// in_min is whole minutes to at, rounded down; the status's
		// clock may have run a few seconds past --now.
		if d := int(it.At.Sub(time.Date(2025, 7, 26, 10, 35, 0, 0, time.FixedZone("CST", 8*3600))).Minutes()) - it.InMin; d != 0 && d != 1 {
			t.Errorf("item %+v: in_min %d for at %v", it, it.InMin, it.At)
		}
	}
	if short == nil || len(short.Shortfalls) == 0 || short.Shortfalls[0].Liaison == "" || short.Need <= short.Have ||
		short.Action != event.ActionOpenDelegation {
		t.Fatalf("no not_arrived item with shortfalls and a liaison: %+v", out.Attention)
	}

	en := runBin(t, "status", "--db", db, "--now", "2025-07-26T10:35", "--attention")
	zh := runBin(t, "status", "--db", db, "--now", "2025-07-26T10:35", "--attention", "--lang", "zh")
	if en.code != 0 || zh.code != 0 {
		t.Fatalf("status --attention exited %d/%d: %s%s", en.code, zh.code, en.stderr, zh.stderr)
	}
	lines := 0
	for _, it := range out.Attention {
		lines += 1 + len(it.Shortfalls)
	}
	for _, got := range []cliResult{en, zh} {
		if n := strings.Count(got.stdout, "\n"); n != lines {
			t.Errorf("%d lines, want %d:\n%s", n, lines, got.stdout)
		}
	}
	if !strings.Contains(en.stdout, "not arrived") || !strings.Contains(en.stdout, short.Shortfalls[0].Liaison) ||
		!strings.Contains(zh.stdout, "未到齐") || !strings.Contains(zh.stdout, "联络员") {
		t.Errorf("--attention:\n%s\n%s", en.stdout, zh.stdout)
	}
}
