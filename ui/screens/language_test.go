package screens

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"caecw/internal/i18n"
	"caecw/ui/common"
)

// TestLanguageWhileTyping switches the language with F2 while the desk
// input has the focus: the half-typed search stays, the matches stay, and
// the rest of the name can be typed and checked in. L itself is a letter
// there (names have Ls), which is why F2 exists.
func TestLanguageWhileTyping(t *testing.T) {
	sc := newScreen(t, i18n.EN, 100, 30)
	want := sc.person("Lin Qiang")
	sc.keys("2", "i")
	sc.typeText("Lin Qi")
	before := sc.text()
	if !strings.Contains(before, "Lin Qi") || !strings.Contains(before, want.Name) {
		t.Fatalf("desk search for Lin Qi shows no match:\n%s", before)
	}
	if !strings.Contains(before, "F2") {
		t.Errorf("help line of the desk input does not offer F2:\n%s", before)
	}

	sc.keys("L")
	if sc.c.P.Lang() != i18n.EN || !strings.Contains(sc.text(), "Lin QiL") {
		t.Fatalf("L in the desk input is not typed as a letter:\n%s", sc.text())
	}
	sc.keys("backspace", "f2")
	if sc.c.P.Lang() != i18n.ZH {
		t.Fatalf("F2 in the desk input left the language at %s", sc.c.P.Lang())
	}
	after := sc.text()
	if after == before {
		t.Fatalf("screen unchanged after F2:\n%s", after)
	}
	if !strings.Contains(after, "Lin Qi") || !strings.Contains(after, want.Name) {
		t.Errorf("the half-typed search or its match is gone after F2:\n%s", after)
	}
	if !strings.Contains(after, "[2 签到]") {
		t.Errorf("tab bar not in Chinese or not on Check-ins after F2:\n%s", after)
	}
	sc.fits(100, 30)

	sc.typeText("ang")
	sc.keys("enter")
	if _, ok := sc.s.Arrival(sc.root.Day(), want.ID); !ok {
		t.Errorf("%s not checked in after typing the rest and enter:\n%s", want.NameLatin, sc.text())
	}
	if name := want.Name + "（" + want.NameLatin + "）"; !strings.Contains(sc.text(), name) {
		t.Errorf("the confirmation does not name %s with Chinese brackets:\n%s", name, sc.text())
	}

	if !strings.Contains(sc.text(), "✓ 已保存") {
		t.Errorf("the header does not say saved in Chinese:\n%s", sc.text())
	}
	sc.keys("f2")
	if sc.c.P.Lang() != i18n.EN || !strings.Contains(sc.text(), "[2 Check-ins]") {
		t.Errorf("second F2 did not switch back to English:\n%s", sc.text())
	}
	if !strings.Contains(sc.text(), "✓ saved") {
		t.Errorf("the saved mark kept its old language after F2:\n%s", sc.text())
	}
	// The confirmation box of that check-in is reworded too, its progress
	// line naming the delegation in the new language.
	if text := sc.text(); !strings.Contains(text, "CHECKED IN") || strings.Contains(text, "签到成功") || !strings.Contains(text, " arrived") {
		t.Errorf("the desk's confirmation kept its old language after F2:\n%s", text)
	}
}

// TestLanguageKeepsSelection selects the 5th session, presses L, and
// opens the selection: it is still the 5th.
func TestLanguageKeepsSelection(t *testing.T) {
	open := func(lang i18n.Lang, down int, switchLang bool) string {
		sc := newScreen(t, lang, 100, 30)
		for range down {
			sc.keys("j")
		}
		if switchLang {
			sc.keys("L")
			if sc.c.P.Lang() == lang {
				t.Fatalf("L left the language at %s", lang)
			}
		}
		sc.keys("enter")
		return sc.text()
	}
	fifth := open(i18n.EN, 4, false)
	fourth := open(i18n.EN, 3, false)
	title := detailTitle(t, fifth)
	if title == detailTitle(t, fourth) {
		t.Fatalf("4th and 5th sessions open the same detail %q: the test cannot tell them apart", title)
	}
	// The title is in the screen's language (issue 16): the 5th session
	// opened in Chinese is the one to see after L from English.
	titleZh := detailTitle(t, open(i18n.ZH, 4, false))
	if titleZh == title {
		t.Fatalf("the 5th session's title %q is the same in both languages: the test cannot tell them apart", title)
	}
	if got := detailTitle(t, open(i18n.EN, 4, true)); got != titleZh {
		t.Errorf("after L the 5th session's detail is %q, want %q", got, titleZh)
	}
	if got := detailTitle(t, open(i18n.ZH, 4, true)); got != title {
		t.Errorf("after L from Chinese the 5th session's detail is %q, want %q", got, title)
	}
}

// detailTitle is the title in the top border of a session's detail pane.
func detailTitle(t *testing.T, screen string) string {
	t.Helper()
	for _, l := range strings.Split(screen, "\n") {
		if rest, ok := strings.CutPrefix(l, "┌─ "); ok {
			title, _, _ := strings.Cut(rest, " ─")
			return title
		}
	}
	t.Fatalf("no detail pane on the screen:\n%s", screen)
	return ""
}

// TestFullHelpShowsLanguageKey opens the full help on each tab at 80x24:
// the language keys and quit must be on it in both languages (bubbles'
// help drops the columns that do not fit; the root lays them out in
// bands instead).
func TestFullHelpShowsLanguageKey(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
		p := i18n.New(lang)
		sc := newScreen(t, lang, 80, 24)
		for i := range 4 {
			sc.keys(fmt.Sprint(i+1), "?")
			text := sc.text()
			body := strings.Join(strings.Split(text, "\n")[3:22], "\n")
			for _, want := range []string{"L/F2", p.T(i18n.KeyHelpLanguage), p.T(i18n.KeyHelpPrevDay), p.T(i18n.KeyHelpQuit)} {
				if !strings.Contains(body, want) {
					t.Errorf("%s tab %d: full help lacks %q:\n%s", lang, i+1, want, text)
				}
			}
			sc.fits(80, 24)
			sc.keys("esc")
		}
	}
}

// TestErrorLineFollowsLanguage shows a failed save, then switches the
// language: the frame rewords the whole error line, the action that
// failed included, instead of keeping the old language's words.
func TestErrorLineFollowsLanguage(t *testing.T) {
	sc := newScreen(t, i18n.EN, 80, 24)
	sc.send(common.ErrMsg{Action: i18n.Say(i18n.KeyActionCheckin), Err: errors.New("disk full")})
	if !strings.Contains(sc.text(), "save failed: check-in: disk full") {
		t.Fatalf("error line:\n%s", sc.text())
	}
	sc.keys("L")
	if !strings.Contains(sc.text(), "保存失败：签到：disk full") {
		t.Errorf("error line after L:\n%s", sc.text())
	}
	sc.fits(80, 24)
}

// TestStatusLineFollowsLanguage makes a change that leaves a sentence on
// the status line, then presses L: the sentence is said again in the
// other language, names included, and back again on a second L.
func TestStatusLineFollowsLanguage(t *testing.T) {
	sc := newScreen(t, i18n.EN, 100, 30)
	sc.keys("1", "d")
	sc.typeText("15")
	sc.keys("enter")
	en := statusLine(sc.text())
	if !strings.Contains(en, "delayed by 15 minutes") {
		t.Fatalf("status line after a delay: %q\n%s", en, sc.text())
	}
	sc.keys("L")
	zh := statusLine(sc.text())
	// The demo's session titles are data with no Chinese form here.
	if !strings.Contains(zh, "已推迟15分钟") || strings.Contains(zh, "delayed") || strings.Contains(zh, "undo") {
		t.Errorf("status line after L: %q, want it in Chinese", zh)
	}
	sc.keys("L")
	if got := statusLine(sc.text()); got != en {
		t.Errorf("status line after a second L: %q, want %q", got, en)
	}

	// A refusal (not a save) follows too.
	sc.keys("d")
	sc.typeText("soon")
	sc.keys("enter")
	if got := statusLine(sc.text()); !strings.Contains(got, "soon") || !strings.Contains(got, "not a number") {
		t.Fatalf("status line after a bad delay: %q", got)
	}
	sc.keys("L")
	if got := statusLine(sc.text()); !strings.Contains(got, "soon") || strings.Contains(got, "not a number") {
		t.Errorf("refusal after L: %q, want it in Chinese", got)
	}
}

// statusLine is the line above the help line: the status line.
func statusLine(screen string) string {
	lines := strings.Split(screen, "\n")
	if len(lines) < 2 {
		return ""
	}
	return strings.TrimSpace(lines[len(lines)-2])
}

// TestOpenQuestionFollowsLanguage opens the cancel question on a session
// and presses F2 (the question takes letters, so L is not the switch
// there): the question is asked again in Chinese.
func TestOpenQuestionFollowsLanguage(t *testing.T) {
	sc := newScreen(t, i18n.EN, 100, 30)
	sc.keys("1", "c")
	if !strings.Contains(sc.text(), "Cancel ") || !strings.Contains(sc.text(), "y = yes") {
		t.Fatalf("no cancel question:\n%s", sc.text())
	}
	sc.keys("f2")
	text := sc.text()
	if strings.Contains(text, "Cancel ") || !strings.Contains(text, "确定取消") {
		t.Errorf("the open question kept its English after F2:\n%s", text)
	}
	sc.fits(100, 30)
}
