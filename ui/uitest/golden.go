package uitest

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// update is -update on any test binary that compares golden files.
var update = flag.Bool("update", false, "rewrite the golden files")

// Golden compares got with testdata/name.golden of the package under
// test, or rewrites that file when the tests run with -update.
func Golden(t testing.TB, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run this package's tests with -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (run with -update to accept); got:\n%s\nwant:\n%s", name, got, want)
	}
}
