package main

import (
	"regexp"
	"strings"
	"testing"
)

// Every flag a command's usage line names is one the command takes, in
// both languages: the synopses are catalogue text written by hand, and
// they outlived flags that were removed (--token-file after issue 13).
func TestSynopsisNamesOnlyRealFlags(t *testing.T) {
	flagRe := regexp.MustCompile(`(?:^|[\s\[|(])(--?[a-z][a-z-]*)`)
	groups := [][]string{{"hub", "enroll"}, {"hub", "revoke"}}
	for _, c := range commands() {
		groups = append(groups, []string{c.name})
	}
	for _, lang := range []string{"en", "zh"} {
		for _, g := range groups {
			args := append(append([]string{}, g...), "--lang", lang, "--help")
			_, stdout, stderr := runLang(t, noLocale, args...)
			help := stdout + stderr
			first, flags, ok := strings.Cut(help, "\n")
			if !ok {
				continue // a command without a flag list (version)
			}
			usage := first
			// Further forms of the same command follow on their own lines;
			// forms of other subcommands (hub enroll under hub) do not count.
			self := "caecw " + strings.Join(g, " ") + " "
			for _, l := range strings.Split(flags, "\n") {
				if i := strings.Index(l, self); i >= 0 && strings.ContainsAny(l[i+len(self):][:1], "-[") {
					usage += "\n" + l
				}
			}
			// A parenthesis names another command's flags ("files written by
			// caecw export --journal").
			usage = regexp.MustCompile(`[(（][^)）]*[)）]`).ReplaceAllString(usage, "")
			for _, m := range flagRe.FindAllStringSubmatch(usage, -1) {
				name := strings.TrimLeft(m[1], "-")
				if name == "" || name == "h" || name == "help" {
					continue
				}
				if !strings.Contains(flags, "  -"+name+" ") && !strings.Contains(flags, "  --"+name+" ") &&
					!strings.Contains(flags, "  -"+name+"\n") && !strings.Contains(flags, "  --"+name+"\n") {
					t.Errorf("caecw %s (%s): usage names %s, which the command does not take:\n%s",
						strings.Join(g, " "), lang, m[1], help)
				}
			}
		}
	}
}
