package i18n

import (
	"sort"
	"strings"
)

// Leftovers lists, sorted, what in rendered text s shows a translation mistake: a
// placeholder left unfilled ("{name}") because the caller did not pass that
// argument, or a raw key ("checkin.done") printed because the key is not in
// the catalogue. UI tests call it on View() output:
//
//	if bad := i18n.Leftovers(m.View().Content); len(bad) > 0 { t.Errorf(...) }
//
// Catalogue placeholders are lower-case words, so braces in user data such
// as "{A}" are not reported unless they look like one.
func Leftovers(s string) []string {
	var out []string
	for name := range placeholders(s) {
		if strings.ToLower(name) == name {
			out = append(out, "{"+name+"}")
		}
	}
	for k := range catalogue {
		if strings.Contains(s, string(k)) {
			out = append(out, string(k))
		}
	}
	sort.Strings(out)
	return out
}
