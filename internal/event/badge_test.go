package event

import "testing"

func TestBadgeKey(t *testing.T) {
	for in, want := range map[string]string{
		"Y-CN-0001":     "Y-CN-0001",
		" y-cn-0001\t":  "Y-CN-0001",
		"\u212a1":       "\u212a1", // the Kelvin sign has no upper case of its own
		"k1":            "K1",
		"":              "",
		"   ":           "",
		"nguyễn-01\r\n": "NGUYỄN-01",
	} {
		if got := BadgeKey(in); got != want {
			t.Errorf("BadgeKey(%q) = %q, want %q", in, got, want)
		}
	}
}
