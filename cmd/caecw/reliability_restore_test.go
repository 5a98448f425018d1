package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// keptCopies are the sums of every file beside path but path itself.
func keptCopies(t *testing.T, path string) map[[32]byte]string {
	t.Helper()
	out := map[[32]byte]string{}
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		p := filepath.Join(filepath.Dir(path), e.Name())
		if p != path && e.Type().IsRegular() {
			out[sha(t, p)] = e.Name()
		}
	}
	return out
}

// TestRestoreTwiceLosesNoFile restores the same backup twice with a
// check-in between: each file that was live before a restore is still on
// disk afterwards (the second restore used to overwrite the one kept by
// the first as F.before-restore), and check names the kept copies.
func TestRestoreTwiceLosesNoFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "caecw.db")
	demoCopy(t, path)
	backup := filepath.Join(t.TempDir(), "b.db")
	if r := runBin(t, "backup", "--db", path, backup); r.code != 0 {
		t.Fatalf("backup: %d %s", r.code, r.stderr)
	}
	badges := demoBadges(t)
	var live [][32]byte
	for i := range 2 {
		if r := runBin(t, "checkin", "--db", path, "--now", "2025-07-26T09:30", badges[i]); r.code != 0 {
			t.Fatalf("checkin: %d %s", r.code, r.stderr)
		}
		live = append(live, sha(t, path))
		if r := runBin(t, "restore", "--db", path, backup); r.code != 0 {
			t.Fatalf("restore: %d %s", r.code, r.stderr)
		}
	}
	kept := keptCopies(t, path)
	for i, s := range live {
		if _, ok := kept[s]; !ok {
			t.Errorf("the file live before restore %d is gone; beside it: %v", i+1, kept)
		}
	}
	r := runBin(t, "check", "--db", path)
	if r.code != 0 {
		t.Fatalf("check: %d %s %s", r.code, r.stdout, r.stderr)
	}
	for _, name := range kept {
		if !strings.Contains(r.stdout, name) {
			t.Errorf("check does not name %s:\n%s", name, r.stdout)
		}
	}
}

// TestOnlyDemoInitAndScreensMakeAFile runs every command that reads or
// changes a data file on a path where there is none: each refuses with a
// sentence naming the path and what to run, and none makes a file (status
// used to make a demo file, which hid a lost data file).
func TestOnlyDemoInitAndScreensMakeAFile(t *testing.T) {
	src := filepath.Join(t.TempDir(), "src.db")
	demoCopy(t, src)
	journalFile := filepath.Join(t.TempDir(), "j.jsonl")
	if r := runBin(t, "export", "--db", src, "--journal", "-o", journalFile); r.code != 0 {
		t.Fatalf("export --journal: %d %s", r.code, r.stderr)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "caecw.db")
	for _, args := range [][]string{
		{"status"},
		{"status", "--json"},
		{"checkin", demoBadges(t)[0]},
		{"export", "--day", "2025-07-26", "-o", filepath.Join(t.TempDir(), "x.csv")},
		{"export", "--journal", "-o", filepath.Join(t.TempDir(), "j.jsonl")},
		{"check"},
		{"merge", journalFile},
		{"close-day", "--day", "2025-07-26", "--dir", t.TempDir()},
	} {
		r := runBin(t, append([]string{args[0], "--db", path}, args[1:]...)...)
		if r.code == 0 {
			t.Errorf("%v on a missing file succeeded: %s", args, r.stdout)
		}
		if !strings.Contains(r.stderr, path) || !strings.Contains(r.stderr, "caecw demo --db "+path) {
			t.Errorf("%v: the message does not name the file and what to run: %q", args, r.stderr)
		}
		if _, err := os.Stat(path); err == nil {
			t.Fatalf("%v made a data file", args)
		}
	}
}

// TestScreenMakesNoDemoBesideARestoreLeftover leaves what an interrupted
// restore of older versions left (F moved to F.before-restore, no F): the
// screen must not make a demo file at F (a later restore would then move
// the demo over the only live copy); it says how to bring F back, and the
// other commands and check name the leftover too.
func TestScreenMakesNoDemoBesideARestoreLeftover(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "caecw.db")
	left := path + ".before-restore"
	demoCopy(t, left)
	before := sha(t, left)
	tm := startTerm(t, 80, 24, nil, "desk", "--db", path)
	if !tm.waitExit(30 * time.Second) {
		t.Errorf("the desk started:\n%s", tm.screen())
		tm.kill()
	}
	if _, err := os.Stat(path); err == nil {
		t.Fatal("the desk made a data file beside a restore's leftover")
	}
	if out := string(tm.output()); !strings.Contains(out, "caecw restore --db "+path+" "+left) {
		t.Errorf("the desk does not say how to bring the file back:\n%s", out)
	}
	for _, args := range [][]string{{"status"}, {"check"}} {
		r := runBin(t, append([]string{args[0], "--db", path}, args[1:]...)...)
		if r.code == 0 || !strings.Contains(r.stderr, left) {
			t.Errorf("%v: %d %q", args, r.code, r.stderr)
		}
	}
	if r := runBin(t, "restore", "--db", path, left); r.code != 0 {
		t.Fatalf("restore of the leftover: %d %s", r.code, r.stderr)
	}
	if sha(t, left) != before {
		t.Error("the leftover changed")
	}
	if r := runBin(t, "status", "--db", path); r.code != 0 {
		t.Errorf("status after the restore: %d %s", r.code, r.stderr)
	}
}
