package screens

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"caecw/internal/i18n"
	"caecw/ui/uitest"
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

// TestEveryHintedKeyDoesSomething walks the modes of the screen (each
// tab, prompts, filters, pickers, panels, the desk) and presses every key
// the help line offers there, each on a fresh screen in that mode: the
// screen must change or a command must follow. A hint for a key that
// does nothing in that mode (enter "open" at a prompt, k in a picker
// whose filter takes it) is a lie.
func TestEveryHintedKeyDoesSomething(t *testing.T) {
	modes := map[string][]string{
		"sessions":        {"1"},
		"session detail":  {"1", "enter"},
		"delay prompt":    {"1", "d"},
		"sessions filter": {"1", "/"},
		"move picker":     {"1", "m"},
		"check-ins":       {"2"},
		"members":         {"2", "enter"},
		"check-in desk":   {"2", "i", "B", "u"},
		"walk-in":         {"2", "w"},
		"walk-in del":     {"2", "w", "tab"},
		"walk-in role":    {"2", "w", "tab", "tab"},
		"venues":          {"3", "down"},
		"venue problems":  {"3", "p"},
		"venues filter":   {"3", "/"},
		"log":             {"4"},
		"log filter":      {"4", "/"},
		"attention panel": {"!"},
		"close-day panel": {"C"},
		"import panel":    {"I"},
	}
	for name, keys := range modes {
		sc := busyMorning(t, i18n.EN, 100, 30)
		sc.keys(keys...)
		for _, b := range sc.root.HelpKeys() {
			if !b.Enabled() || len(b.Keys()) == 0 {
				continue
			}
			k := b.Keys()[0]
			if k == "1" && sc.root.Active() == 0 {
				continue // the tab the screen is on
			}
			try := busyMorning(t, i18n.EN, 100, 30)
			try.keys(keys...)
			switch k {
			case "up", "k":
				try.keys("down") // somewhere to go back from
			case "pgup":
				try.send(tea.KeyPressMsg{Code: tea.KeyPgDown})
			}
			// With the styles: a selection that moves is reverse video.
			before := try.root.Render()
			beforeText := try.text()
			_, cmd := try.root.Update(press(k))
			if cmd == nil && try.root.Render() == before {
				t.Errorf("%s: the help line offers %q (%s) and it does nothing:\n%s", name, k, b.Help().Desc, beforeText)
			}
		}
	}
}

// press is the key press a binding's key names.
func press(k string) tea.KeyPressMsg {
	switch k {
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "f2":
		return tea.KeyPressMsg{Code: tea.KeyF2}
	}
	return uitest.Key(k)
}
