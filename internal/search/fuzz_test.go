package search

import (
	"testing"
	"unicode/utf8"
)

// FuzzSearch: no query panics, every highlight lies inside the name it
// points into, ranges are ordered and apart, nobody appears twice, and the
// limit holds. Seeds are in testdata/fuzz/FuzzSearch.
func FuzzSearch(f *testing.F) {
	ix := testIndex()
	f.Add("nguyen thi h")
	f.Fuzz(func(t *testing.T, q string) {
		for _, limit := range []int{0, 3} {
			rs := ix.Search(q, limit)
			if limit > 0 && len(rs) > limit {
				t.Fatalf("Search(%q, %d) returned %d", q, limit, len(rs))
			}
			seen := map[string]bool{}
			for _, r := range rs {
				if seen[r.ID] {
					t.Fatalf("Search(%q): %s twice", q, r.ID)
				}
				seen[r.ID] = true
				p := ix.Person(r.Index)
				checkRanges(t, q, p.Name, r.Name)
				checkRanges(t, q, p.NameLatin, r.Latin)
			}
		}
	})
}

func checkRanges(t *testing.T, q, name string, rs []Range) {
	t.Helper()
	n := utf8.RuneCountInString(name)
	end := -1
	for _, r := range rs {
		if r.Start < 0 || r.End > n || r.Start >= r.End || r.Start <= end {
			t.Fatalf("Search(%q): range %v in %q (%d runes) after %d", q, r, name, n, end)
		}
		end = r.End
	}
}
