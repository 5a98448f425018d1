package i18n

import (
	"regexp"
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

// notProse is what EnglishWords skips as not prose: entry ids (whose hex
// may spell "becbf"), flags, $VARS, paths, dates and times.
var notProse = regexp.MustCompile(`[0-9a-f]{16}-\S+|--?[a-z][a-z-]*|\$[A-Z_]+[A-Za-z_/.]*|/[^\s，。）]*|\d{4}-\d\d-\d\d(T\d\d:\d\d)?`)

var latinWord = regexp.MustCompile(`[A-Za-z]{4,}`)

// EnglishWords lists the words of four or more Latin letters in s that
// are not in allow (compared case-insensitively): on a Chinese screen or
// in a Chinese export these are English leftovers. Tests call it with
// the proper nouns, codes and data of their fixture in allow.
func EnglishWords(s string, allow ...string) []string {
	ok := map[string]bool{}
	for _, a := range allow {
		ok[strings.ToLower(a)] = true
	}
	var out []string
	for _, w := range latinWord.FindAllString(notProse.ReplaceAllString(s, " "), -1) {
		if !ok[strings.ToLower(w)] {
			out = append(out, w)
		}
	}
	return out
}
