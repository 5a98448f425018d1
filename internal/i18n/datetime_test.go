package i18n

import (
	"testing"
	"time"

	"caecw/internal/event"
)

func TestDates(t *testing.T) {
	shanghai := time.FixedZone("CST", 8*3600)
	// 23:30 UTC on the 25th is already the 26th in Guiyang: the printer
	// uses the location it is given.
	sat := time.Date(2025, 7, 25, 23, 30, 0, 0, time.UTC).In(shanghai)
	en, zh := New(EN), New(ZH)
	for _, tt := range []struct{ got, want string }{
		{en.Date(sat), "26 Jul 2025, Sat"},
		{zh.Date(sat), "2025年7月26日 周六"},
		{en.ShortDate(sat), "26 Jul, Sat"},
		{zh.ShortDate(sat), "7月26日 周六"},
		{en.Clock(sat), "07:30"},
		{zh.Clock(sat), "07:30"},
		{en.Day(event.Day("2025-07-24")), "24 Jul 2025, Thu"},
		{zh.Day(event.Day("2025-07-27")), "2025年7月27日 周日"},
		{en.Date(time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)), "1 Dec 2025, Mon"},
		{zh.Date(time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)), "2025年12月1日 周一"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestEveryMonthAndWeekdayHasAName(t *testing.T) {
	for _, p := range []Printer{New(EN), New(ZH)} {
		seen := map[string]bool{}
		for m := time.January; m <= time.December; m++ {
			d := p.Date(time.Date(2025, m, 15, 0, 0, 0, 0, time.UTC))
			if seen[d] || Leftovers(d) != nil {
				t.Errorf("%s: month %d renders %q", p.Lang(), m, d)
			}
			seen[d] = true
		}
		names := map[string]bool{}
		for w := time.Sunday; w <= time.Saturday; w++ {
			names[p.Weekday(w)] = true
		}
		if len(names) != 7 {
			t.Errorf("%s: weekday names not distinct: %v", p.Lang(), names)
		}
	}
}

func TestDuration(t *testing.T) {
	en, zh := New(EN), New(ZH)
	for _, tt := range []struct {
		d      time.Duration
		en, zh string
	}{
		{0, "0 min", "0分钟"},
		{15 * time.Minute, "15 min", "15分钟"},
		{59*time.Minute + 31*time.Second, "1 h", "1小时"},
		{2 * time.Hour, "2 h", "2小时"},
		{90 * time.Minute, "1 h 30 min", "1小时30分钟"},
		{-15 * time.Minute, "-15 min", "-15分钟"},
	} {
		if got := en.Duration(tt.d); got != tt.en {
			t.Errorf("EN %v: %q, want %q", tt.d, got, tt.en)
		}
		if got := zh.Duration(tt.d); got != tt.zh {
			t.Errorf("ZH %v: %q, want %q", tt.d, got, tt.zh)
		}
	}
}
