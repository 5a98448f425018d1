package textcell

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

func TestTruncate(t *testing.T) {
	tests := []struct {
		m    Method
		s    string
		w    int
		want string
	}{
		{Wc, "Nguyễn Thị Hương", 16, "Nguyễn Thị Hương"},
		{Wc, "Nguyễn Thị Hương", 8, "Nguyễn …"},
		// NFD: the cut keeps each base letter with its marks.
		{Wc, "Nguye\u0302\u0303n Thi\u0323", 6, "Nguye\u0302\u0303…"},
		{Wc, "张伟张伟", 4, "张…"},
		{Wc, "张伟张伟", 5, "张伟…"},
		{Wc, "张伟张伟", 1, "…"},
		{Wc, "张伟", 1, "…"},
		{Wc, "abc", 0, ""},
		// Burmese: the clusters are "အေ" (2 cells), "ာ", "င်", "ကျေ" (3
		// cells), "ာ်"; each goes whole or not at all.
		{Wc, "အောင်ကျော်", 4, "အော…"},
		{Wc, "အောင်ကျော်", 3, "အေ…"},
		{Wc, "အောင်ကျော်", 2, "…"},
		{Wc, "အောင်ကျော်", 7, "အောင်…"},
		{Wc, "အောင်ကျော်", 8, "အောင်ကျော်"},
		{Wc, "សុខ ចាន់ថា", 5, "សុខ …"},
		{Wc, "👍🏽👍🏽", 5, "👍🏽…"},
		{Wc, "👍🏽👍🏽", 4, "…"},
		{Grapheme, "👍🏽👍🏽", 3, "👍🏽…"},
		{Wc, "a\x1b[31mred", 3, "ar…"},
	}
	for _, tt := range tests {
		got := Truncate(tt.m, tt.s, tt.w)
		if got != tt.want {
			t.Errorf("Truncate(%v, %q, %d) = %q, want %q", tt.m, tt.s, tt.w, got, tt.want)
		}
		if gw := Width(tt.m, got); gw > tt.w {
			t.Errorf("Truncate(%v, %q, %d) is %d cells", tt.m, tt.s, tt.w, gw)
		}
	}
}

func TestPad(t *testing.T) {
	if got := Pad(Wc, "အောင်", 5); got != "အောင် " {
		t.Errorf("Pad = %q", got)
	}
	if got := PadLeft(Wc, "42", 5); got != "   42" {
		t.Errorf("PadLeft = %q", got)
	}
	if got := Pad(Wc, "张伟张伟", 3); got != "张伟张伟" {
		t.Errorf("Pad shortened: %q", got)
	}
	if got := FitLeft(Wc, "12345", 3); got != "12…" {
		t.Errorf("FitLeft = %q", got)
	}
	if got := FitLeft(Wc, "7", 3); got != "  7" {
		t.Errorf("FitLeft = %q", got)
	}
	// The same Khmer name needs different padding by method.
	if got := Fit(Wc, "សុខ ចាន់ថា", 10); got != "សុខ ចាន់ថា  " {
		t.Errorf("Fit Wc = %q", got)
	}
	if got := Fit(Grapheme, "សុខ ចាន់ថា", 10); got != "សុខ ចាន់ថា    " {
		t.Errorf("Fit Grapheme = %q", got)
	}
}

// sampleNames covers the scripts a delegation list holds, plus the awkward
// cases for cutting: wide letters, clusters of several code points, emoji
// sequences, regional-indicator flags, and text that needs sanitizing.
var sampleNames = []string{
	"", "A", "Ali bin Abu Bakar", "Maria Clara dela Cruz", "Đặng Văn Đức",
	"Nguyễn Thị Hương", "Nguye\u0302\u0303n Thi\u0323 Hu\u031bo\u031bng",
	"张伟", "欧阳娜娜", "王小明 Wang Xiaoming",
	"สมชาย ใจดี", "ประยุทธ์ จันทร์โอชา", "សុខ ចាន់ថា", "ហ៊ុន ម៉ាណែត",
	"အောင်ကျော်", "ဒေါ်အောင်ဆန်းစုကြည်", "ສົມພອນ ວົງສາ", "ທອງລຸນ ສີສຸລິດ",
	"김민준", "さくら", "Ωμέγα", "Мария", "नमस्ते", "स्ते", "مرحبا",
	"👍🏽", "❤️", "👨‍👩‍👧‍👦", "🇹🇭🇻🇳🇨🇳", "🏴󠁧󠁢󠁳󠁣󠁴󠁿",
	"a\x1b[31mred\x1b[0m", "tab\there", "\u202Eevil\u202C", "bad\xffutf8",
	"\u0600x", "x\u0600", "\u0e31\u0e34", "e\u0301\u0301\u0301",
}

// TestFitExactWidth is the property a table relies on: every cell is
// exactly w cells by the method in use.
func TestFitExactWidth(t *testing.T) {
	for _, m := range []Method{Wc, Grapheme} {
		for _, s := range sampleNames {
			for w := 0; w <= 40; w++ {
				checkFit(t, m, s, w)
			}
		}
	}
}

func checkFit(t *testing.T, m Method, s string, w int) {
	t.Helper()
	got := Fit(m, s, w)
	if gw := Width(m, got); gw != w {
		t.Fatalf("Fit(%v, %q, %d) = %q is %d cells", m, s, w, got, gw)
	}
	if gw := Width(m, FitLeft(m, s, w)); gw != w {
		t.Fatalf("FitLeft(%v, %q, %d) is %d cells", m, s, w, gw)
	}
	if !utf8.ValidString(got) {
		t.Fatalf("Fit(%v, %q, %d) = %q is not UTF-8", m, s, w, got)
	}
	if strings.ContainsRune(got, 0x1b) {
		t.Fatalf("Fit(%v, %q, %d) = %q keeps an escape", m, s, w, got)
	}
	// Whatever text is kept is a prefix of whole clusters of the input.
	body := strings.TrimSuffix(strings.TrimRight(got, " "), Ellipsis)
	clean := Sanitize(s)
	if !strings.HasPrefix(clean, body) {
		t.Fatalf("Fit(%v, %q, %d) = %q is not a prefix of the input", m, s, w, got)
	}
	if rest := clean[len(body):]; rest != "" && len(body) > 0 {
		if c, _ := ansi.FirstGraphemeCluster(clean[len(body)-lastClusterLen(body):], ansi.GraphemeWidth); len(c) > lastClusterLen(body) {
			t.Fatalf("Fit(%v, %q, %d) = %q cuts inside a cluster", m, s, w, got)
		}
	}
}

// lastClusterLen returns the byte length of the last grapheme cluster of s.
func lastClusterLen(s string) int {
	last := 0
	for off := 0; off < len(s); {
		c, _ := ansi.FirstGraphemeCluster(s[off:], ansi.GraphemeWidth)
		last = len(c)
		off += len(c)
	}
	return last
}

func FuzzFit(f *testing.F) {
	for _, s := range sampleNames {
		f.Add(s, 7, false)
		f.Add(s, 1, true)
	}
	f.Fuzz(func(t *testing.T, s string, w int, grapheme bool) {
		w %= 64
		if w < 0 {
			w = -w
		}
		m := Wc
		if grapheme {
			m = Grapheme
		}
		checkFit(t, m, s, w)
		if tw := Width(m, Truncate(m, s, w)); tw > w {
			t.Fatalf("Truncate(%v, %q, %d) is %d cells", m, s, w, tw)
		}
	})
}
