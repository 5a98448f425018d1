package search

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nguyễn Thị Hương", "nguyen thi huong"},
		{norm.NFD.String("Nguyễn Thị Hương"), "nguyen thi huong"},
		{"Đặng Văn Đức", "dang van duc"},
		{"ĐẶNG VĂN ĐỨC", "dang van duc"},
		{"Søren Łukasz", "soren lukasz"},
		{"José Niño", "jose nino"},
		{"张伟", "张伟"},
		{"สมชาย ใจดี", "สมชาย ใจดี"},
		{"ใจดี", "ใจดี"},
		{"សុខ ចាន់ថា", "សុខ ចាន់ថា"},
		{"အောင်ကျော်", "အောင်ကျော်"},
		{"ສົມພອນ ວົງສາ", "ສົມພອນ ວົງສາ"},
		{"ZHANG Wei", "zhang wei"},
		{"Straße", "strasse"},
		{"bad\xffbyte", "bad\ufffdbyte"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// The segment map must send every folded byte back to the runes it came
// from, for NFC and NFD input alike.
func TestFoldMap(t *testing.T) {
	var f folder
	for _, s := range []string{"Nguyễn Thị Hương", norm.NFD.String("Nguyễn Thị Hương"), "Đặng", "ใจดี", "Straße"} {
		key, segs := f.fold(s, true)
		if key != Fold(s) {
			t.Errorf("fold with map %q = %q, Fold = %q", s, key, Fold(s))
		}
		runes := []rune(s)
		last := segs[len(segs)-1]
		if last.rune1 != len(runes) || last.byte1 != len(key) {
			t.Errorf("%q: segments end at rune %d byte %d, want %d %d", s, last.rune1, last.byte1, len(runes), len(key))
		}
	}
}
