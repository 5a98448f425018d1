package screens

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"caecw/internal/i18n"
)

// TestRowsToldApartAt80 filters the Sessions tab to the three signing
// ceremonies at 80x24 and reads its Session column, then the Venue column
// of the
// Sessions tab in Chinese: no two different titles or halls may show
// the same text ("Signing ceremony II…" was both II and III, and every hall of
// the conference centre was "生态会议中…").
func TestRowsToldApartAt80(t *testing.T) {
	sc := busyMorning(t, i18n.EN, 80, 24)
	sc.keys("/")
	// The list follows the filter as it is typed (enter would open the
	// first match).
	sc.typeText("Signing ceremony")
	var titles []string
	for _, l := range strings.Split(sc.text(), "\n") {
		if len(l) > 14 && strings.Contains(l, "signing") {
			titles = append(titles, ansi.Cut(l, 14, 34))
		}
	}
	distinct(t, "signing ceremonies", titles, 3)

	// The Sessions tab's Venue column, from its header to the next one.
	sc = busyMorning(t, i18n.ZH, 80, 24)
	lines := strings.Split(sc.text(), "\n")
	var from, to int
	for _, l := range lines {
		if i := strings.Index(l, "场地"); i >= 0 && strings.Contains(l, "类型") {
			from = ansi.StringWidthWc(l[:i])
			to = ansi.StringWidthWc(l[:strings.Index(l, "类型")])
		}
	}
	if to == 0 {
		t.Fatalf("no column header:\n%s", sc.text())
	}
	halls := map[string]bool{}
	for _, l := range lines {
		if strings.Contains(l, "-") && strings.Contains(l, "/") {
			cell := strings.TrimSpace(ansi.Cut(l, from, to))
			if strings.HasPrefix(cell, "生") {
				halls[cell] = true
			}
		}
	}
	// Rows in the same hall show the same text; the day uses six halls of
	// the conference centre before the list scrolls.
	if len(halls) < 5 {
		t.Errorf("the conference centre's halls show as %d texts, want 5 or more: %v", len(halls), halls)
	}
}

func distinct(t *testing.T, what string, cells []string, least int) {
	t.Helper()
	if len(cells) < least {
		t.Fatalf("%s: %d rows, want at least %d: %q", what, len(cells), least, cells)
	}
	seen := map[string]bool{}
	for _, c := range cells {
		if seen[c] {
			t.Errorf("%s: two rows show %q: %q", what, c, cells)
		}
		seen[c] = true
	}
}
