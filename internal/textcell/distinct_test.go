package textcell

import (
	"testing"

	"caecw/internal/demo"
)

func TestCutMiddle(t *testing.T) {
	tests := []struct {
		s       string
		w, tail int
		want    string
	}{
		{"Signing ceremony III", 17, 5, "Signing cer…y III"},
		{"Signing ceremony III", 20, 5, "Signing ceremony III"},
		{"生态会议中心第一会议室", 17, 8, "生态会议…一会议室"},
		// An odd cell: the start gives up a whole wide letter.
		{"生态会议中心第一会议室", 16, 8, "生态会…一会议室"},
		{"abcdef", 4, 10, "a…ef"},
		{"abcdef", 0, 2, ""},
	}
	for _, tt := range tests {
		if got := CutMiddle(Wc, tt.s, tt.w, tt.tail); got != tt.want {
			t.Errorf("CutMiddle(%q, %d, %d) = %q, want %q", tt.s, tt.w, tt.tail, got, tt.want)
		}
	}
}

// demoNames are the demo's session titles and venue names in English and
// the venue names in Chinese (sessions have no Chinese title), each list
// without repeats: a title used on two days is one name.
func demoNames(t *testing.T) map[string][]string {
	t.Helper()
	p, err := demo.Programme()
	if err != nil {
		t.Fatal(err)
	}
	sets := map[string][]string{}
	add := func(set, s string) {
		for _, x := range sets[set] {
			if x == s {
				return
			}
		}
		sets[set] = append(sets[set], s)
	}
	for _, s := range p.Sessions {
		add("titles", s.Title)
	}
	for _, v := range p.Venues {
		add("venues-en", v.Name)
		add("venues-zh", v.NameZh)
	}
	return sets
}

// TestDistinctDemo: no two of the demo's titles or venue names look the
// same once cut to any width the 80- and 200-column screens give them
// (Truncate alone shows "Signing ceremony II…" for II and III, and
// "生态会议中…" for every hall of the conference centre).
func TestDistinctDemo(t *testing.T) {
	for set, names := range demoNames(t) {
		for w := 12; w <= 40; w++ {
			for _, m := range []Method{Wc, Grapheme} {
				got := Distinct(m, names, w)
				seen := map[string]int{}
				for i, g := range got {
					if Width(m, g) > w {
						t.Errorf("%s at %d: %q is %d cells", set, w, g, Width(m, g))
					}
					if j, ok := seen[g]; ok {
						t.Errorf("%s at %d (%s): %q and %q both show as %q", set, w, m, names[j], names[i], g)
					}
					seen[g] = i
				}
			}
		}
	}
}

func TestDistinctKeepsShortAndEqual(t *testing.T) {
	got := Distinct(Wc, []string{"GIECC Hall A (plenary)", "GIECC Hall A (plenary)", "Signing ceremony II: x", "Signing ceremony III: y", "Lunch"}, 19)
	want := []string{"GIECC Hall A (plen…", "GIECC Hall A (plen…", "Signing cerem…II: x", "Signing cere…III: y", "Lunch"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%d: got %q, want %q", i, got[i], want[i])
		}
	}
}

func TestAllot(t *testing.T) {
	tests := []struct {
		total        int
		need, weight []int
		want         []int
	}{
		// Both need more than there is: shared by weight.
		{30, []int{75, 44}, []int{3, 2}, []int{18, 12}},
		// The venue needs less than its share: the title takes the rest.
		{100, []int{75, 20}, []int{1, 1}, []int{75, 20}},
		{60, []int{75, 20}, []int{1, 1}, []int{40, 20}},
		// Nobody needs the rest: it is left over.
		{200, []int{75, 44, 8}, []int{3, 2, 1}, []int{75, 44, 8}},
		{0, []int{5, 5}, []int{1, 1}, []int{0, 0}},
		{7, []int{10, 10, 10}, []int{1, 1, 1}, []int{3, 2, 2}},
	}
	for _, tt := range tests {
		got := Allot(tt.total, tt.need, tt.weight)
		sum := 0
		for i := range got {
			sum += got[i]
			if got[i] != tt.want[i] {
				t.Errorf("Allot(%d, %v, %v) = %v, want %v", tt.total, tt.need, tt.weight, got, tt.want)
				break
			}
		}
		if sum > tt.total {
			t.Errorf("Allot(%d, ...) gives %d cells", tt.total, sum)
		}
	}
}

// BenchmarkDistinct cuts the demo's session titles to the Session column
// at 80 columns (20 cells): what Sessions does once per width.
func BenchmarkDistinct(b *testing.B) {
	p, err := demo.Programme()
	if err != nil {
		b.Fatal(err)
	}
	titles := make([]string, len(p.Sessions))
	for i, s := range p.Sessions {
		titles[i] = s.Title
	}
	b.ResetTimer()
	for b.Loop() {
		Distinct(Wc, titles, 20)
	}
}
