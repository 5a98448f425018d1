package screens

import (
	"strings"
	"testing"

	"caecw/internal/i18n"
)

// TestHintsTellWhatKeysDoInEachMode walks the prompts, pickers and panels
// where enter does not open anything and where letters are typed: the
// help line names enter for what it does there, and never offers k or j
// where they go into a field.
func TestHintsTellWhatKeysDoInEachMode(t *testing.T) {
	modes := []struct {
		name string
		keys []string
		want string // what enter does here, in English
	}{
		{"delay prompt", []string{"d"}, "enter apply"},
		{"note prompt", []string{"n"}, "enter apply"},
		{"sessions filter", []string{"/"}, "enter keep filter"},
		{"move picker", []string{"m"}, "enter choose"},
		{"close-day panel", []string{"C"}, "enter run"},
		{"import panel", []string{"I"}, "enter run"},
		{"venues filter", []string{"3", "/"}, "enter keep filter"},
	}
	for _, md := range modes {
		sc := busyMorning(t, i18n.EN, 100, 30)
		sc.keys(md.keys...)
		lines := strings.Split(sc.text(), "\n")
		help := lines[len(lines)-1]
		if !strings.Contains(help, md.want) {
			t.Errorf("%s: help line %q does not say %q", md.name, help, md.want)
		}
		if strings.Contains(help, "enter open") {
			t.Errorf("%s: help line %q says enter opens", md.name, help)
		}
		if strings.Contains(help, "/k") || strings.Contains(help, "/j") {
			t.Errorf("%s: help line %q offers k or j, which are typed here", md.name, help)
		}
	}
}
