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

// TestLogAndAttentionSayThereIsMore fills the log past the screen and
// looks at a busy hour in the attention panel: both say what is below.
func TestLogAndAttentionSayThereIsMore(t *testing.T) {
	sc := busyMorning(t, i18n.EN, 80, 24)
	people, err := sc.s.People()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range people[10:40] {
		if _, err := sc.s.CheckIn(p.ID); err != nil {
			t.Fatal(err)
		}
	}
	sc.reload()
	sc.keys("4")
	if !regexp.MustCompile(`↓ \d+ more`).MatchString(sc.text()) {
		t.Errorf("the log does not say there is more:\n%s", sc.text())
	}
	sc.keys("!", "w", "w")
	if n := len(sc.root.Attention()); n > 5 && !regexp.MustCompile(`↓ \d+ more`).MatchString(sc.text()) {
		t.Errorf("the attention panel lists %d items and does not say there is more:\n%s", n, sc.text())
	}
}
