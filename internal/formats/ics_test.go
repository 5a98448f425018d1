package formats

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
	"time"

	"caecw/internal/event"
	"caecw/internal/i18n"
)

func TestWriteICS(t *testing.T) {
	p := validSet(t)
	p.Sessions[0].Title = "开幕式 Opening; ceremony, with \\ backslash\nand a second line that makes this summary long enough to fold twice over"
	p.Sessions[0].State.DelayMin = 15
	p.Sessions[1].State.Cancelled = true
	stamp := time.Date(2025, 7, 24, 18, 0, 0, 0, time.UTC)
	var buf bytes.Buffer
	if err := WriteICS(&buf, i18n.New(i18n.EN), p, "2025-07-24", stamp); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasSuffix(out, "END:VCALENDAR\r\n") || strings.Contains(strings.ReplaceAll(out, "\r\n", ""), "\n") {
		t.Fatal("lines must end in CRLF and nowhere else")
	}
	for _, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line of %d octets: %q", len(l), l)
		}
		if !isValid(l) {
			t.Errorf("line splits a character: %q", l)
		}
	}
	// Unfold (RFC 5545 3.1) and look at the content lines.
	unfolded := strings.ReplaceAll(out, "\r\n ", "")
	want := []string{
		"SUMMARY:开幕式 Opening\\; ceremony\\, with \\\\ backslash\\nand a second line that makes this summary long enough to fold twice over\r\n",
		"UID:open@caecw\r\n",
		"DTSTAMP:20250724T180000Z\r\n",
		"DTSTART:20250724T011500Z\r\n", // 09:00 +08:00, delayed 15 min
		"DTEND:20250724T024500Z\r\n",
		"LOCATION:Main Hall A\r\n",
		"UID:forum1@caecw\r\nDTSTAMP:20250724T180000Z\r\nDTSTART:20250724T030000Z\r\nDTEND:20250724T043000Z\r\nSUMMARY:Forum: vocational education\\, digital skills\r\nLOCATION:Room 201\r\nDESCRIPTION:forum\r\nSTATUS:CANCELLED\r\n",
	}
	for _, w := range want {
		if !strings.Contains(unfolded, w) {
			t.Errorf("missing %q in\n%s", w, unfolded)
		}
	}
	if strings.Count(out, "BEGIN:VEVENT") != 2 || strings.Contains(out, "visit1") {
		t.Errorf("want the two sessions of 2025-07-24 only:\n%s", out)
	}
	if !strings.Contains(out, "\r\n ") {
		t.Error("long summary was not folded")
	}
}

func isValid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

// TestFoldBoundaries checks folding at exact lengths and with multi-byte
// characters straddling the 75th octet.
func TestFoldBoundaries(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("a", 75), strings.Repeat("a", 76), strings.Repeat("a", 75+74+1),
		strings.Repeat("a", 74) + "张伟", strings.Repeat("ស", 60),
	} {
		var buf bytes.Buffer
		w := bufio.NewWriter(&buf)
		writeFolded(w, s)
		w.Flush()
		lines := strings.Split(strings.TrimSuffix(buf.String(), "\r\n"), "\r\n")
		for i, l := range lines {
			if len(l) > 75 || !isValid(l) || (i > 0 && l[0] != ' ') {
				t.Errorf("%d-octet input: bad line %d %q", len(s), i, l)
			}
		}
		if got := strings.ReplaceAll(strings.TrimSuffix(buf.String(), "\r\n"), "\r\n ", ""); got != s {
			t.Errorf("unfold(fold(x)) != x for %d octets", len(s))
		}
		if len(s) == 75 && len(lines) != 1 {
			t.Errorf("75 octets folded needlessly")
		}
	}
}

// Issue 16: the calendar is in the chosen language: SUMMARY, LOCATION and
// the calendar's name in it where the programme has that form, and the
// title's other form first in DESCRIPTION.
func TestWriteICSInEachLanguage(t *testing.T) {
	p, err := Parse(event.Programme{}, zhJSON(t)...)
	if err != nil {
		t.Fatal(err)
	}
	stamp := time.Date(2025, 7, 24, 18, 0, 0, 0, time.UTC)
	for lang, want := range map[i18n.Lang][]string{
		i18n.ZH: {"X-WR-CALNAME:中国—东盟教育交流周 2025-07-24\r\n", "SUMMARY:开幕式\r\n", "LOCATION:生态会议中心B厅\r\n",
			"DESCRIPTION:Opening Ceremony\\n典礼\\n教育部\r\n"},
		i18n.EN: {"X-WR-CALNAME:China-ASEAN Education Cooperation Week 2025-07-24\r\n", "SUMMARY:Opening Ceremony\r\n",
			"LOCATION:GIECC Hall B\r\n", "DESCRIPTION:开幕式\\nceremony\\nMinistry of Education\r\n"},
	} {
		var buf bytes.Buffer
		if err := WriteICS(&buf, i18n.New(lang), p, "2025-07-24", stamp); err != nil {
			t.Fatal(err)
		}
		unfolded := strings.ReplaceAll(buf.String(), "\r\n ", "")
		for _, w := range want {
			if !strings.Contains(unfolded, w) {
				t.Errorf("%s: missing %q in\n%s", lang, w, unfolded)
			}
		}
	}
}
