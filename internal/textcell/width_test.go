package textcell

import "testing"

// The widths tmux 3.3a gives these strings (where its cursor lands after
// printing them), from FINDINGS.md. Wc must match them; a dependency upgrade
// that changes one fails here.
func TestWidthMatchesTmux(t *testing.T) {
	tests := []struct {
		s  string
		wc int
	}{
		{"张伟", 4},
		{"สมชาย ใจดี", 9},
		{"សុខ ចាន់ថា", 8},
		{"សុខ ចាន់", 6},
		{"အောင်ကျော်", 8},
		{"ສົມພອນ ວົງສາ", 10},
		{"Nguyễn Thị Hương", 16},
		{"Nguye\u0302\u0303n Thi\u0323 Hu\u031bo\u031bng", 16},
		{"👍🏽", 4},
		{"❤️", 1},
		{"", 0},
		{"abc", 3},
	}
	for _, tt := range tests {
		if got := Width(Wc, tt.s); got != tt.wc {
			t.Errorf("Width(Wc, %q) = %d, want %d", tt.s, got, tt.wc)
		}
	}
}

// Grapheme follows lipgloss; these are the figures FINDINGS.md measured for
// lipgloss v2's Width, which differ from tmux exactly where it says.
func TestWidthGrapheme(t *testing.T) {
	tests := []struct {
		s string
		w int
	}{
		{"张伟", 4},
		{"សុខ ចាន់ថា", 6},
		{"សុខ ចាន់", 5},
		{"အောင်ကျော်", 5},
		{"Nguyễn Thị Hương", 16},
		{"👍🏽", 2},
		{"❤️", 2},
	}
	for _, tt := range tests {
		if got := Width(Grapheme, tt.s); got != tt.w {
			t.Errorf("Width(Grapheme, %q) = %d, want %d", tt.s, got, tt.w)
		}
	}
}
