package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hostile are what an imported or synced name may carry to take over
// the operator's terminal: a title change (OSC 0), a clipboard write (OSC
// 52), a colour (CSI), a bell and a right-to-left override.
const hostile = "\x1b]0;pwned\x07\x1b]52;c;aGVsbG8=\x07\x1b[31m\u202e"

func hasControls(s string) bool {
	return strings.ContainsAny(s, "\x1b\x07\u202e\u009b")
}

// hostileSamples copies the sample import set with hostile text in the
// event's name, a delegation's name and id-free fields, and a person's
// name.
func hostileSamples(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	var out []string
	for _, f := range sampleFiles(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		switch filepath.Base(f) {
		case "event.csv":
			s = strings.Replace(s, "China-ASEAN Education Cooperation Week 2025", "Week"+hostile, 1)
		case "delegations.csv":
			s = strings.Replace(s, "KH;Cambodia;", "KH;\"Cambodia"+hostile+"\";", 1)
		case "people.csv":
			s = strings.Replace(s, "B0001,សុខ ចាន់ថា,", "B0001,Sok"+hostile+"Chantha,", 1)
		}
		out = append(out, writeTestFile(t, dir, filepath.Base(f), s))
	}
	return out
}

// TestCLIPrintsNothingHostileFromData imports names that carry terminal
// controls, then runs the commands that print them (status, checkin,
// import itself, and import's problem lines for a file whose own name is
// hostile): not one control reaches the terminal; the names are still
// there, cleaned as the screens clean them.
func TestCLIPrintsNothingHostileFromData(t *testing.T) {
	db := filepath.Join(t.TempDir(), "caecw.db")
	files := hostileSamples(t)
	r := mustRun(t, append([]string{"import", "--db", db}, files...)...)
	if hasControls(r.stdout + r.stderr) {
		t.Errorf("import printed controls: %q", r.stdout+r.stderr)
	}
	for _, args := range [][]string{
		{"status", "--db", db, "--now", "2025-07-24T09:30"},
		{"checkin", "--db", db, "--now", "2025-07-24T09:30", "B0001"},
		{"checkin", "--db", db, "--now", "2025-07-24T09:31", "B0001"},
	} {
		r := mustRun(t, args...)
		if hasControls(r.stdout + r.stderr) {
			t.Errorf("%v printed controls: %q", args, r.stdout+r.stderr)
		}
		if !strings.Contains(r.stdout, "Week") && !strings.Contains(r.stdout, "SokChantha") {
			t.Errorf("%v lost the names: %q", args, r.stdout)
		}
	}
	// The attention list prints session and delegation names too.
	r = mustRun(t, "status", "--db", db, "--now", "2025-07-24T08:30", "--attention")
	if hasControls(r.stdout+r.stderr) || !strings.Contains(r.stdout, "not arrived") {
		t.Errorf("status --attention printed controls: %q", r.stdout+r.stderr)
	}
	// A file whose name is hostile, with a bad row: its problem line.
	bad := writeTestFile(t, t.TempDir(), "venues"+hostile+".csv", "id,name,site,capacity\nx,X,gicc,lots\n")
	r = runBin(t, "import", "--db", db, "--dry-run", bad)
	if r.code == 0 || !strings.Contains(r.stdout+r.stderr, "capacity") {
		t.Fatalf("import of a bad file: %d %q %q", r.code, r.stdout, r.stderr)
	}
	if hasControls(r.stdout + r.stderr) {
		t.Errorf("import problem lines printed controls: %q", r.stdout+r.stderr)
	}
}

// TestDayLogsAndExportsAreOwnerOnly: every file that names arrivals is
// written 0600, as the data file is.
func TestDayLogsAndExportsAreOwnerOnly(t *testing.T) {
	db := filepath.Join(t.TempDir(), "caecw.db")
	initWithSamples(t, db)
	mustRun(t, "checkin", "--db", db, "--now", "2025-07-24T09:30", "B0001")
	dir := t.TempDir()
	mustRun(t, "export", "--db", db, "--day", "2025-07-24", "-o", filepath.Join(dir, "log.csv"))
	mustRun(t, "export", "--db", db, "--journal", "-o", filepath.Join(dir, "journal.jsonl"))
	mustRun(t, "export", "--db", db, "--programme", "--format", "csv", "--dir", filepath.Join(dir, "programme"))
	mustRun(t, "close-day", "--db", db, "--day", "2025-07-24", "--dir", filepath.Join(dir, "closed"))
	n := 0
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return err
		}
		n++
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v, want 0600", p, fi.Mode().Perm())
		}
		return nil
	})
	if n < 8 {
		t.Errorf("only %d files written", n)
	}
}
