package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"caecw/internal/demo"
	"caecw/internal/event"
)

// TestMissingMembersInFiveKeys is issue 15's goal, driven as a person
// would in a real 80x24 terminal: from the opening screen of caecw, a
// delegation's missing members in at most five keystrokes (2 for the
// Check-ins tab, / to filter, two characters, enter), in English and in
// Chinese (--lang zh; L switches at run time).
func TestMissingMembersInFiveKeys(t *testing.T) {
	prog, err := demo.Programme()
	if err != nil {
		t.Fatal(err)
	}
	const del = "d-kz"
	var members []event.Person
	for _, p := range prog.People {
		if p.Delegation == del {
			members = append(members, p)
		}
	}
	if len(members) == 0 {
		t.Fatalf("no members of %s in the demo", del)
	}
	for _, c := range []struct {
		lang, opened, query, title, notYet string
	}{
		{"en", "[1 Sessions]", "kz", "Kazakhstan Delegation: 0 of 8 arrived, 8 missing", "not yet"},
		{"zh", "[1 日程]", "哈萨", "哈萨克斯坦代表团：应到8人，已到0人，未到8人", "未到"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "caecw.db")
			demoCopy(t, path)
			tm := startTerm(t, 80, 24, nil, "--db", path, "--now", deskNow, "--lang", c.lang)
			if !tm.waitFor(20*time.Second, func(s string) bool {
				// The tab bar and the day's first sessions: the day is read.
				return strings.Contains(s, c.opened) && strings.Contains(s, "09:00-10:30")
			}) {
				t.Fatalf("the opening screen did not show:\n%s", tm.screen())
			}
			var keys []string
			keys = append(keys, "2", "/")
			for _, r := range c.query {
				keys = append(keys, string(r))
			}
			keys = append(keys, "\r")
			if len(keys) > 5 {
				t.Fatalf("%d keystrokes, want at most 5", len(keys))
			}
			for _, k := range keys {
				tm.send(k) // one write, one keystroke
			}
			shown := func(s string) bool {
				if !strings.Contains(s, c.title) {
					return false
				}
				for _, p := range members {
					if missingLine(s, p, c.notYet) == "" {
						return false
					}
				}
				return true
			}
			if !tm.waitFor(20*time.Second, shown) {
				t.Fatalf("after %d keys %q the missing members of %s are not on the screen:\n%s", len(keys), keys, del, tm.screen())
			}
			t.Logf("%s: %d keystrokes %q\n%s", c.lang, len(keys), keys, tm.screen())
			tm.send("\x03")
			if !tm.waitExit(10 * time.Second) {
				t.Error("ctrl+c did not quit")
			}
		})
	}
}

// missingLine is the screen line that names p (by the start of the Latin
// spelling, which an 80-column table may cut) as not arrived.
func missingLine(screen string, p event.Person, notYet string) string {
	name := []rune(p.NameLatin)
	prefix := string(name[:min(len(name), 12)])
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, prefix) && strings.Contains(l, notYet) {
			return l
		}
	}
	return ""
}
