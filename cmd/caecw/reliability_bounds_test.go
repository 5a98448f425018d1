package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestNowOutsideTheDocumentedYears: --now outside 2000-2099 is refused
// with a sentence saying the range (9999-12-31 used to become 2319-03-14
// silently; 1969 gave negative id clocks), and writes nothing.
func TestNowOutsideTheDocumentedYears(t *testing.T) {
	db := filepath.Join(t.TempDir(), "caecw.db")
	demoCopy(t, db)
	before := sha(t, db)
	for _, now := range []string{"9999-12-31T00:00", "1969-12-31T23:59", "2100-01-01T00:00"} {
		for _, args := range [][]string{{"status"}, {"checkin", demoBadges(t)[0]}} {
			r := runBin(t, append([]string{args[0], "--db", db, "--now", now}, args[1:]...)...)
			if r.code != 1 || !strings.Contains(r.stderr, "--now "+now+" is outside the years caecw accepts (2000 to 2099)") {
				t.Errorf("%v --now %s: %d %q %q", args, now, r.code, r.stdout, r.stderr)
			}
		}
	}
	if sha(t, db) != before {
		t.Error("a refused --now changed the data file")
	}
	mustRun(t, "status", "--db", db, "--now", "2099-12-31T23:59")
}

// TestImportCLIRefusesOverlongFields: a 10 MB name (it used to be
// imported and froze the desk) is refused as file:line: field: message,
// and nothing is imported.
func TestImportCLIRefusesOverlongFields(t *testing.T) {
	db := filepath.Join(t.TempDir(), "caecw.db")
	initWithSamples(t, db)
	before := sha(t, db)
	people := writeTestFile(t, t.TempDir(), "people.csv", "id,badge,name,name_latin,delegation,role\n"+
		"p-new,B9999,"+strings.Repeat("x", 10<<20)+",X,KH,delegate\n")
	r := runBin(t, "import", "--db", db, people)
	if r.code != 1 || !strings.Contains(r.stdout+r.stderr, people+":2: name: too long: 10485760 bytes, at most 200") {
		t.Errorf("import of a 10 MB name: %d %.300q %.300q", r.code, r.stdout, r.stderr)
	}
	if sha(t, db) != before {
		t.Error("a refused import changed the data file")
	}
}
