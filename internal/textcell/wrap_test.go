package textcell

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestWrap(t *testing.T) {
	tests := []struct {
		name   string
		m      Method
		s      string
		w      int
		indent string
		want   []string
	}{
		{"fits whole, spaces and all", Wc, "a  b", 4, "", []string{"a  b"}},
		{"empty is one empty line", Wc, "", 3, "", []string{""}},
		{"no width, no lines", Wc, "abc", 0, "", nil},
		{"at spaces", Wc, "Nguyễn Thị Hương Nguyễn Thị Hương", 10, "", []string{"Nguyễn Thị", "Hương", "Nguyễn Thị", "Hương"}},
		// NFD: each letter keeps its marks; "Nguyễn" (6) is wider than
		// the line, so it is cut and the line filled.
		{"Vietnamese NFD", Wc, "Nguye\u0302\u0303n Thi\u0323 Hu\u031bo\u031bng", 5, "",
			[]string{"Nguye\u0302\u0303", "n Thi\u0323", "Hu\u031bo\u031bng"}},
		{"Chinese has no spaces", Wc, "张伟是贵阳会议的协调员负责签到", 10, "", []string{"张伟是贵阳", "会议的协调", "员负责签到"}},
		{"Chinese after a Latin word fills the line", Wc, "Venue: 贵阳国际生态会议中心一号厅", 12, "",
			[]string{"Venue: 贵阳", "国际生态会议", "中心一号厅"}},
		{"Chinese at width 1 has no line to go on", Wc, "张伟", 1, "", nil},
		{"Chinese at odd width", Wc, "张伟张", 3, "", []string{"张", "伟", "张"}},
		{"Thai", Wc, "ประชุมความร่วมมือด้านการศึกษา", 8, "", []string{"ประชุมควา", "มร่วมมือด้า", "นการศึกษา"}},
		{"Thai at spaces", Wc, "สมชาย ใจดี สมชาย", 5, "", []string{"สมชาย", "ใจดี", "สมชาย"}},
		// Khmer coeng: "ក្យោ" is one cluster of 4 cells by wcwidth and
		// never split.
		{"Khmer", Wc, "អោងក្យោអោងក្យោ", 4, "", []string{"អោង", "ក្យោ", "អោង", "ក្យោ"}},
		{"Khmer at spaces", Wc, "សុខ ចាន់ថា សុខ", 6, "", []string{"សុខ", "ចាន់ថា", "សុខ"}},
		{"Burmese", Wc, "အောင်ကျော်အောင်ကျော်", 4, "", []string{"အောင်", "ကျော်", "အောင်", "ကျော်"}},
		{"Burmese at spaces", Wc, "အောင်ကျော် အောင်ကျော်", 8, "", []string{"အောင်ကျော်", "အောင်ကျော်"}},
		{"bidi override is removed before the cut", Wc, "\u202eABCDEFGHIJKL", 6, "", []string{"ABCDEF", "GHIJKL"}},
		{"bidi isolates inside a word", Wc, "AB\u2066CD\u2069EFGH", 3, "", []string{"ABC", "DEF", "GH"}},
		{"escapes and controls", Wc, "a \x1b[31mred\x1b[0m\tb", 3, "", []string{"a", "red", "b"}},
		{"long word", Wc, "supercalifragilistic", 6, "  ", []string{"superc", "  alif", "  ragi", "  list", "  ic"}},
		{"indent", Wc, "Room A is full: move two sessions", 12, "  ", []string{"Room A is", "  full: move", "  two", "  sessions"}},
		{"indent as wide as the line is dropped", Wc, "ab cd", 2, "  ", []string{"ab", "cd"}},
		{"indent that leaves no room for a wide letter is dropped", Wc, "000000贵", 7, "000000", []string{"000000", "贵"}},
		{"width 1", Wc, "a bc", 1, "", []string{"a", "b", "c"}},
		{"leading spaces that leave no room go", Wc, "   lead spaces", 6, "", []string{"lead", "spaces"}},
		{"emoji by wcwidth", Wc, "👍🏽👍🏽", 5, "", []string{"👍🏽", "👍🏽"}},
		{"emoji by grapheme", Grapheme, "👍🏽👍🏽", 3, "", []string{"👍🏽", "👍🏽"}},
		{"Burmese by grapheme", Grapheme, "အောင်ကျော် အောင်ကျော်", 5, "", []string{"အောင်ကျော်", "အောင်ကျော်"}},
	}
	for _, tt := range tests {
		got := Wrap(tt.m, tt.s, tt.w, tt.indent)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: Wrap(%v, %q, %d, %q) = %q, want %q", tt.name, tt.m, tt.s, tt.w, tt.indent, got, tt.want)
		}
		checkWrap(t, tt.m, tt.s, tt.w, tt.indent, got)
	}
}

// checkWrap checks what holds for every wrap: no line wider than w, no
// control left, every cluster kept whole and in order (but those wider
// than w, which fit on no line), nothing but spaces dropped.
func checkWrap(t *testing.T, m Method, s string, w int, indent string, lines []string) {
	t.Helper()
	for _, l := range lines {
		if lw := Width(m, l); lw > w {
			t.Errorf("Wrap(%q, %d): line %q is %d cells", s, w, l, lw)
		}
		if Sanitize(l) != l {
			t.Errorf("Wrap(%q, %d): line %q is not sanitized", s, w, l)
		}
	}
	var want []string
	for _, c := range wordClusters(m, Sanitize(s)) {
		if Width(m, c) <= w {
			want = append(want, c)
		}
	}
	var got []string
	for i, l := range lines {
		if i > 0 && Width(m, Sanitize(indent)) < w {
			l = strings.TrimPrefix(l, Sanitize(indent))
		}
		got = append(got, wordClusters(m, l)...)
	}
	if !slices.Equal(got, want) {
		t.Errorf("Wrap(%q, %d) = %q: clusters %q, want %q", s, w, lines, got, want)
	}
}

// wordClusters is the grapheme clusters of the words of s, in order:
// each word on its own, since a mark after a space joins no letter.
func wordClusters(m Method, s string) []string {
	var out []string
	for _, word := range strings.Split(s, " ") {
		out = append(out, clusters(m, word)...)
	}
	return out
}

func clusters(m Method, s string) []string {
	var out []string
	for s != "" {
		c, _ := ansi.FirstGraphemeCluster(s, m.ansi())
		if c == "" {
			break
		}
		out = append(out, c)
		s = s[len(c):]
	}
	return out
}

func FuzzWrap(f *testing.F) {
	for _, s := range []string{"\u202eABCDEFGHIJKL", "张伟是贵阳会议", "Nguye\u0302\u0303n Thi\u0323", "អោងក្យោ", "အောင်ကျော်", "a\x1b[31mb c", "000000贵", "000000\xe1\x80 ေ"} {
		f.Add(s, 6, uint8(2))
	}
	f.Fuzz(func(t *testing.T, s string, w int, indent uint8) {
		w = w%40 + 1
		if w < 1 {
			w += 40
		}
		// Indents are spaces, as every caller's are: a line that drops
		// its indent then starts with a letter, never with the indent.
		in := strings.Repeat(" ", int(indent%8))
		for _, m := range []Method{Wc, Grapheme} {
			checkWrap(t, m, s, w, in, Wrap(m, s, w, in))
		}
	})
}
