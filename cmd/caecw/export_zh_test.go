package main

import (
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
