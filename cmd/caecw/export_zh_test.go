package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 16: `caecw export --programme --format ics --lang zh` names the
// demo's sessions, venues and event in Chinese, with the English title in
// DESCRIPTION; without --lang the calendar stays English.
func TestExportICSInChinese(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	syncRun(t, "demo", "--db", db, "--desk", "desk-a")
	unfold := func(s string) string { return strings.ReplaceAll(s, "\r\n ", "") }
	zh := unfold(syncRun(t, "export", "--db", db, "--programme", "--format", "ics", "--day", "2025-07-26", "--lang", "zh", "-o", "-"))
	for _, want := range []string{
		"X-WR-CALNAME:2025中国—东盟教育交流周（示例数据） 2025-07-26\r\n",
		"SUMMARY:中国—东盟教育交流周开幕式\r\nLOCATION:生态会议中心A厅\r\n" +
			"DESCRIPTION:Opening ceremony of the China-ASEAN Education Cooperation Week\\n典礼\\n教育部、贵州省人民政府\r\n",
	} {
		if !strings.Contains(zh, want) {
			t.Errorf("--lang zh calendar lacks %q:\n%s", want, zh[:min(len(zh), 1500)])
		}
	}
	en := unfold(syncRun(t, "export", "--db", db, "--programme", "--format", "ics", "--day", "2025-07-26", "-o", "-"))
	if want := "SUMMARY:Opening ceremony of the China-ASEAN Education Cooperation Week\r\nLOCATION:GIECC Hall A (plenary)\r\n" +
		"DESCRIPTION:中国—东盟教育交流周开幕式\\nceremony\\nMinistry of Education of China\\; People's Government of Guizhou Province\r\n"; !strings.Contains(en, want) {
		t.Errorf("English calendar lacks %q:\n%s", want, en[:min(len(en), 1500)])
	}
}

// Issue 16: `caecw status --lang zh` names the demo's event, sessions and
// venues in Chinese; `status --json` keeps the English forms under their
// keys and adds the Chinese ones under *_zh keys, whatever the language.
func TestStatusInChinese(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	syncRun(t, "demo", "--db", db, "--desk", "desk-a")
	args := []string{"status", "--db", db, "--day", "2025-07-26", "--now", "2025-07-26T09:30"}
	zh := syncRun(t, append(args, "--lang", "zh")...)
	for _, want := range []string{"2025中国—东盟教育交流周（示例数据）", "中国—东盟教育交流周开幕式", "生态会议中心A厅", "泰国代表团"} {
		if !strings.Contains(zh, want) {
			t.Errorf("status --lang zh lacks %q:\n%s", want, zh)
		}
	}
	for _, english := range []string{"China-ASEAN Education", "Opening ceremony", "GIECC Hall"} {
		if strings.Contains(zh, english) {
			t.Errorf("status --lang zh shows %q:\n%s", english, zh)
		}
	}
	for _, lang := range []string{"en", "zh"} {
		var out struct {
			Event    string `json:"event"`
			EventZh  string `json:"event_zh"`
			Sessions []struct {
				Title       string `json:"title"`
				TitleZh     string `json:"title_zh"`
				VenueName   string `json:"venue_name"`
				VenueNameZh string `json:"venue_name_zh"`
			} `json:"sessions"`
			Delegations []struct {
				Name   string `json:"name"`
				NameZh string `json:"name_zh"`
			} `json:"delegations"`
		}
		js := syncRun(t, append(args, "--json", "--lang", lang)...)
		if err := json.Unmarshal([]byte(js), &out); err != nil {
			t.Fatalf("%s: %v\n%s", lang, err, js)
		}
		s := out.Sessions[1]
		if out.Event != "China-ASEAN Education Cooperation Week 2025 (sample data)" || out.EventZh != "2025中国—东盟教育交流周（示例数据）" ||
			s.Title != "Opening ceremony of the China-ASEAN Education Cooperation Week" || s.TitleZh != "中国—东盟教育交流周开幕式" ||
			s.VenueName != "GIECC Hall A (plenary)" || s.VenueNameZh != "生态会议中心A厅" || out.Delegations[0].NameZh == "" {
			t.Errorf("%s: status --json names %q %q %+v %+v", lang, out.Event, out.EventZh, s, out.Delegations[0])
		}
	}
}
