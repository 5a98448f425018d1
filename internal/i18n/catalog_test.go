package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var keyShape = regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$`)

func TestEveryKeyInBothLanguages(t *testing.T) {
	seen := map[Key]bool{}
	for _, m := range all() {
		if seen[m.Key] {
			t.Errorf("key %q declared twice", m.Key)
		}
		seen[m.Key] = true
		if !keyShape.MatchString(string(m.Key)) {
			t.Errorf("key %q: want dotted lower-case words like area.what", m.Key)
		}
		if strings.TrimSpace(m.EN) == "" {
			t.Errorf("%s: English text is empty", m.Key)
		}
		if strings.TrimSpace(m.ZH) == "" {
			t.Errorf("%s: Chinese text is empty", m.Key)
		}
	}
}

// sameInBothLanguages are the messages whose Chinese text is rightly the
// same as the English one; anything else identical is an untranslated copy.
var sameInBothLanguages = map[Key]bool{}

func TestChineseIsTranslated(t *testing.T) {
	for _, m := range all() {
		if m.ZH == m.EN && !sameInBothLanguages[m.Key] {
			t.Errorf("%s: Chinese text %q is the English text", m.Key, m.ZH)
		}
		// Chinese sentences take full-width punctuation; an ASCII comma,
		// colon-space, question mark or parenthesis is a slip from English.
		for _, bad := range []string{",", ": ", "?", "!", "(", ")", ";"} {
			if strings.Contains(m.ZH, bad) {
				t.Errorf("%s: Chinese text %q has ASCII %q; use full-width punctuation", m.Key, m.ZH, bad)
			}
		}
	}
}

func TestPlaceholdersMatchBetweenLanguages(t *testing.T) {
	for _, m := range all() {
		en, zh := placeholders(m.EN), placeholders(m.ZH)
		if !maps.Equal(en, zh) {
			t.Errorf("%s: placeholders differ: EN %v, ZH %v", m.Key, slices.Sorted(maps.Keys(en)), slices.Sorted(maps.Keys(zh)))
		}
		if m.EN1 == "" {
			continue
		}
		// The singular may say "one" instead of {n}, but it must not need
		// a value the other forms do not get.
		for name := range placeholders(m.EN1) {
			if !en[name] {
				t.Errorf("%s: singular uses {%s}, which the plural form lacks", m.Key, name)
			}
		}
		if !en["n"] || !zh["n"] {
			t.Errorf("%s: a plural message must show its count as {n}", m.Key)
		}
	}
}

// declaredKeys parses the package's non-test files and returns every
// constant of type Key, by identifier, with its value.
func declaredKeys(t *testing.T) map[string]Key {
	t.Helper()
	fset := token.NewFileSet()
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]Key{}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, e.Name(), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, spec := range g.Specs {
				vs := spec.(*ast.ValueSpec)
				if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Key" {
					continue
				}
				for i, name := range vs.Names {
					lit, ok := vs.Values[i].(*ast.BasicLit)
					if !ok {
						t.Fatalf("%s: want a string literal", name.Name)
					}
					v, err := strconv.Unquote(lit.Value)
					if err != nil {
						t.Fatal(err)
					}
					out[name.Name] = Key(v)
				}
			}
		}
	}
	return out
}

func TestDeclaredKeysAreCatalogued(t *testing.T) {
	decl := declaredKeys(t)
	if len(decl) == 0 {
		t.Fatal("found no Key constants")
	}
	inCatalogue := map[Key]bool{}
	for _, k := range Keys() {
		inCatalogue[k] = true
	}
	byValue := map[Key]string{}
	for name, k := range decl {
		if other, dup := byValue[k]; dup {
			t.Errorf("%s and %s both have the value %q", name, other, k)
		}
		byValue[k] = name
		if !inCatalogue[k] {
			t.Errorf("%s (%q) has no message: add it to its area's slice", name, k)
		}
	}
	for _, k := range Keys() {
		if _, ok := byValue[k]; !ok {
			t.Errorf("message %q has no Key constant", k)
		}
	}
}

func TestKeysAndLookup(t *testing.T) {
	keys := Keys()
	if len(keys) != len(all()) {
		t.Fatalf("Keys() has %d keys, catalogue %d messages", len(keys), len(all()))
	}
	for _, k := range keys {
		if m, ok := Lookup(k); !ok || m.Key != k {
			t.Errorf("Lookup(%q) = %v, %v", k, m, ok)
		}
	}
	if _, ok := Lookup("no.such.key"); ok {
		t.Error("Lookup found a key that does not exist")
	}
}
