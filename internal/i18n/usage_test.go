package i18n

import (
	"go/scanner"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// repoRoot is the directory holding go.mod, above this package.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the package")
		}
		dir = parent
	}
}

// codeSources reads every non-test .go file of the repository except the
// catalogue files, where each key is declared and so always "appears".
func codeSources(t *testing.T, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case ".git", "vendor", "testdata", "node_modules":
				return filepath.SkipDir
			}
			return nil
		}
		name := d.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		if strings.HasPrefix(name, "catalog_") && filepath.Base(filepath.Dir(path)) == "i18n" {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		out[path] = string(b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// unusedKeys returns the identifiers of the Key constants that no source
// names, neither by identifier (i18n.KeyStatusNow) nor by its string
// literal ("status.now"). Each source is read once by the Go scanner into
// its identifiers and string values, so the check costs one pass over the
// code however many keys there are, and a key named only in a comment does
// not count as used.
func unusedKeys(decl map[string]Key, sources map[string]string) []string {
	idents, literals := map[string]bool{}, map[string]bool{}
	fset := token.NewFileSet()
	for path, src := range sources {
		var sc scanner.Scanner
		// A file another developer is halfway through may not scan
		// cleanly; its tokens still count.
		sc.Init(fset.AddFile(path, -1, len(src)), []byte(src), nil, 0)
		for {
			_, tok, lit := sc.Scan()
			if tok == token.EOF {
				break
			}
			switch tok {
			case token.IDENT:
				idents[lit] = true
			case token.STRING:
				if v, err := strconv.Unquote(lit); err == nil {
					literals[v] = true
				}
			}
		}
	}
	var unused []string
	for name, k := range decl {
		if !idents[name] && !literals[string(k)] {
			unused = append(unused, name)
		}
	}
	sort.Strings(unused)
	return unused
}

// TestUnusedKeys fails on catalogue keys no code uses: delete a key when
// the last code that shows it goes.
func TestUnusedKeys(t *testing.T) {
	decl := declaredKeys(t)
	if unused := unusedKeys(decl, codeSources(t, repoRoot(t))); len(unused) > 0 {
		t.Errorf("%d keys are used by no code outside the catalogue (use them or delete them):\n%s",
			len(unused), strings.Join(unused, "\n"))
	}
}

// TestUnusedKeysScanner checks the scanner itself, which TestUnusedKeys
// relies on: keys this package's own code uses count as used, a key named
// only by its string literal (quoted or raw) counts as used, and a key
// whose identifier appears only as the prefix of a longer one, or only in
// a comment, is reported.
func TestUnusedKeysScanner(t *testing.T) {
	sources := codeSources(t, repoRoot(t))
	for path := range sources {
		if strings.HasSuffix(path, "_test.go") || (strings.Contains(path, "catalog_") && strings.Contains(path, "i18n")) {
			t.Errorf("scanner read %s, which it must skip", path)
		}
	}
	decl := map[string]Key{
		"KeyMonthJul":  KeyMonthJul,  // used in datetime.go
		"KeyStatusNow": KeyStatusNow, // used in labels.go
		"KeyFake":      "fake.used_by_literal",
		"KeyNobody":    "nobody.uses_this",
		"KeyNob":       "nob.prefix_of_another", // only KeyNobodyElse is named
		"KeyRaw":       "raw.used_by_raw_literal",
		"KeyComment":   "comment.named_in_a_comment",
	}
	sources["fake.go"] = "x := p.T(\"fake.used_by_literal\") + KeyNobodyElse // KeyComment\ny := p.T(`raw.used_by_raw_literal`)\n"
	got := unusedKeys(decl, sources)
	want := []string{"KeyComment", "KeyNob", "KeyNobody"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("unused = %v, want %v", got, want)
	}
}
