package screens

import (
	"fmt"
	"regexp"
	"testing"

	"caecw/internal/i18n"
)

// TestListsSayThereIsMore: at 80x24 every tab's list and the panels that
// scroll say how many rows are below, and after going to the end, how
// many are above, in both languages.
func TestListsSayThereIsMore(t *testing.T) {
	flows := map[string][]string{
		"sessions":  {"1", "g"},
		"checkins":  {"2"},
		"members":   {"2", "enter"},
		"venues":    {"3"},
		"desk":      {"2", "i", "B", "u"},
		"move-pick": {"1", "m"},
	}
	below := map[i18n.Lang]*regexp.Regexp{i18n.EN: regexp.MustCompile(`↓ \d+ more`), i18n.ZH: regexp.MustCompile(`↓ 下面还有\d+项`)}
	above := map[i18n.Lang]*regexp.Regexp{i18n.EN: regexp.MustCompile(`↑ \d+ more`), i18n.ZH: regexp.MustCompile(`↑ 上面还有\d+项`)}
	for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
		for name, keys := range flows {
			t.Run(fmt.Sprintf("%s-%s", lang, name), func(t *testing.T) {
				sc := busyMorning(t, lang, 80, 24)
				sc.keys(keys...)
				if !below[lang].MatchString(sc.text()) {
					t.Errorf("no %q on:\n%s", below[lang], sc.text())
				}
				if name == "desk" || name == "move-pick" {
					return // G is a letter there
				}
				sc.keys("G")
				if !above[lang].MatchString(sc.text()) {
					t.Errorf("no %q after G on:\n%s", above[lang], sc.text())
				}
			})
		}
	}
}
