package textcell

import "testing"

func TestSanitize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nguyễn Thị Hương", "Nguyễn Thị Hương"},
		{"Nguye\u0302\u0303n", "Nguye\u0302\u0303n"},
		{"สมชาย ใจดี", "สมชาย ใจดี"},
		{"សុខ ចាន់ថា", "សុខ ចាន់ថា"},
		{"အောင်ကျော်", "အောင်ကျော်"},
		{"👨‍👩‍👧‍👦", "👨‍👩‍👧‍👦"},
		{"❤️", "❤️"},
		{"🏴󠁧󠁢󠁳󠁣󠁴󠁿", "🏴󠁧󠁢󠁳󠁣󠁴󠁿"},
		{"red\x1b[31mtext\x1b[0m", "redtext"},
		{"title\x1b]0;pwned\x07x", "titlex"},
		{"link\x1b]8;;http://x\x1b\\y", "linky"},
		{"dcs\x1bPq#0\x1b\\z", "dcsz"},
		{"esc\x1b7save", "escsave"},
		{"cut\x1b[12", "cut"},
		{"\x1b", ""},
		{"a\tb\nc\r\n", "a b c  "},
		{"bell\x07\x00\x7f", "bell"},
		{"c1\u009b31m\u0085", "c131m"},
		{"\u202Eabc\u202C", "abc"},
		{"\u2066x\u2069\u200e\u200f\u061c", "x"},
		{"bad\xff\xfeend", "bad\ufffd\ufffdend"},
		{"\xe4\xbd", "\ufffd\ufffd"},
		{"zw\u200cnj", "zw\u200cnj"},
	}
	for _, tt := range tests {
		if got := Sanitize(tt.in); got != tt.want {
			t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
