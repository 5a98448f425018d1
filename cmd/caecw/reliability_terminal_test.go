package main

import (
	"bytes"
	"fmt"
	"math/rand"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"caecw/internal/clock"
	"caecw/internal/event"
	"caecw/store"
)

// TestTerminalAbuse drives the desk in a pseudo-terminal through resize
// storms (1x1 up to 250x80, via SIGWINCH), pasted text full of escape
// sequences and control characters, and bytes that are not UTF-8. It
// must keep running, draw a whole screen at the end, still check people
// in, and quit cleanly on ctrl+c with the data intact.
func TestTerminalAbuse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "caecw.db")
	demoCopy(t, path)
	people := loadDeskPeople(t, path)
	begin := time.Now()
	tm := startTerm(t, 80, 24, nil, "desk", "--db", path, "--now", deskNow)
	if !tm.waitFor(10*time.Second, func(s string) bool { return strings.Contains(s, "Scan a badge") }) {
		t.Fatalf("desk did not start:\n%s", tm.screen())
	}
	t.Logf("started in %v", time.Since(begin).Round(time.Millisecond))
	rng := rand.New(rand.NewSource(1))
	hostile := []string{
		"\x1b[2J\x1b[H",                        // clear screen, home
		"\x1b]0;PWNED\x07",                     // retitle the window
		"\x1b]52;c;UFdORUQ=\x07",               // write the clipboard
		"\x1bP+q544e\x1b\\",                    // DCS query
		"\x1b[6n",                              // cursor position request
		"\x1b[?1049l\x1b[?25l",                 // leave the alt screen, hide cursor
		"\xff\xfe\xc3\x28\xa0\xa1\xe2\x28",     // invalid UTF-8
		"\x00\x01\x02\x07\x08\x0b\x0c\x1c\x7f", // controls (not ctrl+c, enter, ctrl+n/r/z, which are the desk's keys)
		"\u202e\u2066bidi\u2069\u200d\u200b",
		"\x1b[200~pasted \x1b[31mred\x1b[0m \xff text\x1b[201~",              // bracketed paste with escapes inside
		strings.Repeat("x", 300),                                             // a stuck key
		"\x1b[200~" + strings.Repeat("long paste \x1b[1m", 60) + "\x1b[201~", // 900 bytes in one paste
	}
	sizes := 0
	phase := time.Now()
	for i := 0; i < 300; i++ {
		w, h := 1+rng.Intn(250), 1+rng.Intn(80)
		if i%25 == 0 {
			w, h = 1, 1
		}
		tm.resize(w, h)
		sizes++
		if i%10 == 0 {
			tm.send(hostile[rng.Intn(len(hostile))])
			if rng.Intn(2) == 0 {
				tm.send("\x15") // ctrl+u, as a person clearing the field
			}
		}
		time.Sleep(time.Millisecond)
	}
	t.Logf("storm sent in %v", time.Since(phase).Round(time.Millisecond))
	phase = time.Now()
	for _, h := range hostile {
		tm.send(h)
	}
	t.Logf("hostile inputs sent in %v", time.Since(phase).Round(time.Millisecond))
	// Clear the input (ctrl+u), settle at a normal size, scan a badge.
	tm.send("\x15")
	tm.resize(160, 40)
	badge := people.badges[0]
	time.Sleep(200 * time.Millisecond)
	tm.send("\x15" + badge + "\r")
	start := time.Now()
	if !waitConfirmed(tm, people, badge) {
		t.Fatalf("after the storm the desk does not confirm a scan:\n%s", tm.screen())
	}
	t.Logf("the scan after the storm was confirmed %v after it was sent", time.Since(start).Round(time.Millisecond))
	scr := tm.screen()
	lines := strings.Split(scr, "\n")
	if !strings.HasPrefix(lines[0], "China-ASEAN") || !strings.Contains(scr, "Scan a badge") || !strings.Contains(scr, "ctrl+c quit") {
		t.Errorf("screen not whole after the storm:\n%s", scr)
	}
	for _, bad := range []string{"PWNED", "UFdORUQ", "\u202e"} {
		if strings.Contains(scr, bad) {
			t.Errorf("screen shows %q", bad)
		}
	}
	phase = time.Now()
	tm.send("\x03")
	if !tm.waitExit(30 * time.Second) {
		t.Fatalf("desk did not quit on ctrl+c after the storm")
	}
	t.Logf("quit took %v", time.Since(phase).Round(time.Millisecond))
	if tm.err != nil {
		t.Errorf("desk exit: %v", tm.err)
	}
	if out := tm.output(); bytes.Contains(out, []byte("panic")) || bytes.Contains(out, []byte("goroutine ")) {
		t.Errorf("output mentions a panic:\n%s", out[max(0, len(out)-2000):])
	}
	if r := runBin(t, "check", "--db", path); r.code != 0 {
		t.Errorf("check: %d %s %s", r.code, r.stdout, r.stderr)
	}
	t.Logf("terminal abuse: %d resizes (from 1x1 to 250x80), %d hostile inputs, then a scan confirmed and a clean quit", sizes, 30+len(hostile))
}

// hostileNames are walk-in names a badge printer's export or a typo could
// bring: escape sequences, bidi overrides, zero-width joiners, emoji and
// 200-character names. Each has a search word and the text the screen
// must show once sanitised.
var hostileNames = []struct{ name, query, shows string }{
	{"Evil\x1b[2J\x1b]0;PWNED\x07 Zedd", "zedd", "Evil Zedd"},
	{"Clip\x1b]52;c;UFdORUQ=\x07 Quorra", "quorra", "Clip Quorra"},
	{"Rtl\u202eesrever\u202c Yusuf", "yusuf", "Rtlesrever Yusuf"},
	{"Fam👩\u200d👩\u200d👧 Ñandú", "nandu", "Ñandú"},
	{"Zero\u200bWidth Xiomara", "xiomara", "Xiomara"},
	{"Wolfeschlegel" + strings.Repeat("steinhausen", 17), "wolfeschlegel", "Wolfeschlegelsteinhausen"},
	{"Bell\x07\x08\x7f Vashti", "vashti", "Bell Vashti"},
}

// TestHostileNamesOnScreen walks in people with hostile names and shows
// them on the desk: no escape sequence from a name reaches the terminal
// (the raw output is searched, not only the emulated screen), bidi
// controls are dropped, and each is found by searching for a word of it.
func TestHostileNamesOnScreen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "caecw.db")
	demoCopy(t, path)
	loc, _ := time.LoadLocation("Asia/Shanghai")
	s, err := store.Open(path, store.Options{Desk: "walkin", Clock: clock.NewFixed(time.Date(2025, 7, 26, 9, 0, 0, 0, loc))})
	if err != nil {
		t.Fatal(err)
	}
	people, err := s.People()
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range hostileNames {
		if len([]rune(h.name)) < 5 {
			t.Fatalf("bad fixture %d", i)
		}
		_, err := s.WalkIn(event.Person{ID: fmt.Sprintf("w-hostile-%d", i), Badge: fmt.Sprintf("HOSTILE-%d", i), Name: h.name, Delegation: people[0].Delegation})
		if err != nil {
			t.Fatalf("walk-in %q: %v", h.name, err)
		}
	}
	s.Close()
	if len([]rune(hostileNames[5].name)) < 200 {
		t.Fatalf("long name is %d runes", len([]rune(hostileNames[5].name)))
	}

	tm := startTerm(t, 200, 50, nil, "desk", "--db", path, "--now", deskNow)
	if !tm.waitFor(10*time.Second, func(s string) bool { return strings.Contains(s, "Scan a badge") }) {
		t.Fatalf("desk did not start:\n%s", tm.screen())
	}
	for _, h := range hostileNames {
		tm.send("\x15" + h.query)
		if !tm.waitFor(5*time.Second, func(s string) bool { return strings.Contains(s, h.shows) }) {
			t.Errorf("search %q does not show %q:\n%s", h.query, h.shows, tm.screen())
		}
	}
	// Check one in (the name appears in the confirmation box and the
	// status line), then look at the Log tab, which lists the walk-ins.
	tm.send("\x15HOSTILE-0\r")
	if !tm.waitFor(5*time.Second, func(s string) bool { return strings.Contains(s, "CHECKED IN") }) {
		t.Errorf("hostile walk-in not checked in:\n%s", tm.screen())
	}
	tm.send("\x1b")
	time.Sleep(100 * time.Millisecond)
	tm.send("\x1b")
	time.Sleep(100 * time.Millisecond)
	tm.send("2")
	if !tm.waitFor(5*time.Second, func(s string) bool { return strings.Contains(s, "Zedd") && strings.Contains(s, "[2 Log]") }) {
		t.Logf("log tab does not list the walk-in by name:\n%s", tm.screen())
	}
	tm.send("\x03")
	if !tm.waitExit(10 * time.Second) {
		t.Fatalf("desk did not quit")
	}
	out := tm.output()
	for _, bad := range []string{"\x1b]0;PWNED", "PWNED", "\x1b]52;", "UFdORUQ", "\u202e", "\u202c", "\x07\x08", "\x7f"} {
		if bytes.Contains(out, []byte(bad)) {
			t.Errorf("the terminal received %q from a name", bad)
		}
	}
	// The renderer's own clears must be the only ones: no ESC[2J right
	// after "Evil".
	if bytes.Contains(out, []byte("Evil\x1b[2J")) {
		t.Errorf("a name's clear-screen reached the terminal")
	}
	t.Logf("hostile names: %d names searched and shown, raw output (%d bytes) free of their escapes", len(hostileNames), len(out))
}
