package event

import (
	"testing"
	"time"
)

func TestParseDay(t *testing.T) {
	if d, err := ParseDay("2025-07-24"); err != nil || d != "2025-07-24" {
		t.Errorf("ParseDay = %q, %v", d, err)
	}
	for _, bad := range []string{"", "2025-7-24", "2025-07-32", "2025-02-29", "24/07/2025", "2025-07-24T10:00", " 2025-07-24"} {
		if d, err := ParseDay(bad); err == nil {
			t.Errorf("ParseDay(%q) = %q, want error", bad, d)
		}
	}
	if _, err := ParseDay("2024-02-29"); err != nil {
		t.Errorf("leap day: %v", err)
	}
}

func TestDayArithmetic(t *testing.T) {
	d := Day("2025-07-31")
	if d.Next() != "2025-08-01" || d.Prev() != "2025-07-30" {
		t.Errorf("Next %s Prev %s", d.Next(), d.Prev())
	}
	if Day("2025-12-31").Next() != "2026-01-01" || Day("2025-03-01").Prev() != "2025-02-28" {
		t.Error("year or month edge")
	}
	if !Day("2025-07-24").Before("2025-07-25") || Day("2025-07-24").After("2025-07-25") || !Day("2025-07-25").After("2025-07-24") {
		t.Error("Before/After")
	}
	if Day("2025-07-24").Before("2025-07-24") || Day("2025-07-24").After("2025-07-24") {
		t.Error("a day is neither before nor after itself")
	}
}

func TestDayAtShanghai(t *testing.T) {
	loc := shanghai(t)
	got := testDay.At(9, 30, loc)
	want := time.Date(2025, 7, 24, 1, 30, 0, 0, time.UTC) // UTC+8, no DST
	if !got.Equal(want) {
		t.Errorf("At = %v, want %v", got.UTC(), want)
	}
	if got.Location() != loc {
		t.Errorf("At location %v", got.Location())
	}
	// Early morning in Guiyang is the previous day in UTC; DayOf goes back.
	early := testDay.At(2, 0, loc)
	if DayOf(early, loc) != testDay || DayOf(early, time.UTC) != "2025-07-23" {
		t.Errorf("DayOf: %s / %s", DayOf(early, loc), DayOf(early, time.UTC))
	}
	from, to := testDay.Bounds(loc)
	if !from.Equal(testDay.At(0, 0, loc)) || to.Sub(from) != 24*time.Hour || DayOf(to, loc) != testDay.Next() {
		t.Errorf("Bounds %v - %v", from, to)
	}
}

func TestParseClock(t *testing.T) {
	loc := shanghai(t)
	for in, want := range map[string][2]int{"00:00": {0, 0}, "09:05": {9, 5}, "23:59": {23, 59}, "14:30": {14, 30}} {
		got, err := ParseClock(testDay, in, loc)
		if err != nil {
			t.Errorf("ParseClock(%q): %v", in, err)
			continue
		}
		if !got.Equal(testDay.At(want[0], want[1], loc)) {
			t.Errorf("ParseClock(%q) = %v", in, got)
		}
	}
	for _, bad := range []string{"", "9:05", "24:00", "12:60", "12-30", "12:30:00", "1230", "ab:cd", " 9:05", "12:3"} {
		if got, err := ParseClock(testDay, bad, loc); err == nil {
			t.Errorf("ParseClock(%q) = %v, want error", bad, got)
		}
	}
}

func TestDayOfMatchesFormat(t *testing.T) {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		loc = time.FixedZone("CST", 8*3600)
	}
	for _, tt := range []time.Time{
		time.Date(2025, 7, 25, 16, 0, 0, 0, time.UTC), // midnight in Guiyang
		time.Date(2025, 7, 25, 15, 59, 59, 0, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 0, 0, 0, time.UTC),
		time.Date(-5, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Unix(0, 0),
	} {
		if got, want := DayOf(tt, loc), Day(tt.In(loc).Format("2006-01-02")); got != want {
			t.Errorf("DayOf(%v) = %s, want %s", tt, got, want)
		}
	}
}

func TestShownDay(t *testing.T) {
	ev := Event{TimeZone: "Asia/Shanghai", FirstDay: "2025-07-24", LastDay: "2025-07-27"}
	loc := ev.Location()
	for _, tt := range []struct {
		now  time.Time
		want Day
	}{
		{time.Date(2025, 7, 26, 9, 30, 0, 0, loc), "2025-07-26"},
		{time.Date(2025, 7, 1, 9, 0, 0, 0, loc), "2025-07-24"},
		{time.Date(2026, 11, 25, 9, 0, 0, 0, loc), "2025-07-27"},
		{time.Date(2025, 7, 25, 16, 30, 0, 0, time.UTC), "2025-07-26"}, // 00:30 in Guiyang
	} {
		if got := ev.ShownDay(tt.now); got != tt.want {
			t.Errorf("ShownDay(%v) = %s, want %s", tt.now, got, tt.want)
		}
	}
	if got := (Event{}).ShownDay(time.Date(2025, 7, 26, 9, 0, 0, 0, loc)); got != "2025-07-26" {
		t.Errorf("an event without days shows %s", got)
	}
}

func TestArrivalSpan(t *testing.T) {
	ev := Event{TimeZone: "Asia/Shanghai", FirstDay: "2025-07-24", LastDay: "2025-07-27", ArrivalsFrom: "2025-07-23", ArrivalsTo: "2025-07-28"}
	loc := ev.Location()
	if from, to := ev.ArrivalSpan(); from != "2025-07-23" || to != "2025-07-28" {
		t.Errorf("ArrivalSpan = %s, %s", from, to)
	}
	if n := len(ev.SpanDays()); n != 6 {
		t.Errorf("%d span days, want 6", n)
	}
	for _, tt := range []struct {
		now          time.Time
		shown, today Day
		in           bool
	}{
		// The arrival day before the opening is shown as itself.
		{time.Date(2025, 7, 23, 18, 0, 0, 0, loc), "2025-07-23", "2025-07-23", true},
		{time.Date(2025, 7, 28, 8, 0, 0, 0, loc), "2025-07-28", "2025-07-28", true},
		// Outside the span: the nearest span day is shown, today is kept.
		{time.Date(2025, 8, 1, 8, 0, 0, 0, loc), "2025-07-28", "2025-08-01", false},
		{time.Date(2025, 7, 20, 8, 0, 0, 0, loc), "2025-07-23", "2025-07-20", false},
	} {
		if got := ev.ShownDay(tt.now); got != tt.shown {
			t.Errorf("ShownDay(%v) = %s, want %s", tt.now, got, tt.shown)
		}
		if got := ev.Today(tt.now); got != tt.today {
			t.Errorf("Today(%v) = %s, want %s", tt.now, got, tt.today)
		}
		if got := ev.InSpan(ev.Today(tt.now)); got != tt.in {
			t.Errorf("InSpan(%s) = %v", ev.Today(tt.now), got)
		}
	}
}
