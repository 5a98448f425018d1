package screens

import (
	"fmt"
	"strings"
	"testing"

	"caecw/internal/i18n"
	"caecw/ui/common"
)

// englishForms are the English forms of every name of the demo that has
// a Chinese form: on a Chinese screen none of them may show (issue 16),
// except where a screen shows both forms on purpose (the session
// detail's title). Long forms are matched by their first 16 bytes, so
// that a form cut with "…" is caught too.
func (sc *screen) englishForms() []string {
	sc.t.Helper()
	p, err := sc.s.Programme()
	if err != nil {
		sc.t.Fatal(err)
	}
	var out []string
	add := func(en, zh string) {
		if en != "" && zh != "" && en != zh {
			out = append(out, en[:min(len(en), 16)])
		}
	}
	add(p.Event.Name, p.Event.NameZh)
	for _, v := range p.Venues {
		add(v.Name, v.NameZh)
		add(v.Site, v.SiteZh)
	}
	for _, s := range p.Sessions {
		add(s.Title, s.TitleZh)
		add(s.Host, s.HostZh)
	}
	for _, d := range p.Delegations {
		add(d.Name, d.NameZh)
		add(d.Head, d.HeadZh)
	}
	return out
}

// noEnglishNames fails on a line of the Chinese screen that shows the
// English form of a name that has a Chinese one; allowed are names the
// screen may show in English on purpose.
func noEnglishNames(t *testing.T, sc *screen, what string, allowed ...string) {
	t.Helper()
	forms := sc.englishForms()
	for n, line := range strings.Split(sc.text(), "\n") {
		for _, a := range allowed {
			line = strings.ReplaceAll(line, a, "")
		}
		for _, f := range forms {
			if strings.Contains(line, f) {
				t.Errorf("%s line %d in Chinese shows the English name %q: %q", what, n, f, line)
				break
			}
		}
	}
}

// Issue 16: with the screen in Chinese every tab, the header, the
// attention panel and the session detail show the Chinese form of every
// name the demo gives one, at 80x24 and 200x50; the detail shows the
// title in both forms and the venue's site and the host in Chinese.
func TestChineseNamesOnEveryTab(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		w, h := size[0], size[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			sc := busyMorning(t, i18n.ZH, w, h)
			if !strings.Contains(sc.text(), "2025中国—东盟教育交流周") {
				t.Errorf("the header lacks the event's Chinese name:\n%s", sc.text())
			}
			for i := range 4 {
				sc.keys(fmt.Sprint(i + 1))
				noEnglishNames(t, sc, fmt.Sprintf("tab %d", i+1))
			}
			sc.keys("1", "!")
			noEnglishNames(t, sc, "attention panel")
			sc.keys("esc")

			sc.send(common.ShowSessionMsg{ID: "s033"})
			noEnglishNames(t, sc, "detail of s033", "China-ASEAN Vocational Education Forum")
			text := sc.text()
			for _, want := range []string{
				"┌─ 中国—东盟职业教育论坛 ",
				"China-ASEAN Vocational Education Forum",
				"场地：生态会议中心B厅，贵阳国际生态会议中心，可容纳600人",
				"主办：贵州省教育厅",
			} {
				if !strings.Contains(text, want) {
					t.Errorf("the detail of s033 lacks %q:\n%s", want, text)
				}
			}
			sc.send(common.ShowSessionMsg{ID: "s032"})
			if !strings.Contains(sc.text(), "主办：教育部、贵州省人民政府") {
				t.Errorf("the detail of s032 lacks its Chinese host:\n%s", sc.text())
			}
		})
	}
}
