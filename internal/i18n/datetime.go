package i18n

import (
	"time"

	"caecw/internal/event"
)

var monthKeys = [12]Key{KeyMonthJan, KeyMonthFeb, KeyMonthMar, KeyMonthApr, KeyMonthMay, KeyMonthJun,
	KeyMonthJul, KeyMonthAug, KeyMonthSep, KeyMonthOct, KeyMonthNov, KeyMonthDec}

var weekdayKeys = [7]Key{KeyWeekdaySun, KeyWeekdayMon, KeyWeekdayTue, KeyWeekdayWed, KeyWeekdayThu,
	KeyWeekdayFri, KeyWeekdaySat}

// Date is t's calendar day with its weekday, in t's own location:
// "26 Jul 2025, Sat" / "2025年7月26日 周六". Convert t to the event's
// location first.
func (p Printer) Date(t time.Time) string {
	return p.T(KeyDateFull, "day", t.Day(), "month", p.T(monthKeys[t.Month()-1]), "year", t.Year(),
		"weekday", p.Weekday(t.Weekday()))
}

// ShortDate is t's day and month with its weekday, for day tabs and
// headers where the year is known: "26 Jul, Sat" / "7月26日 周六".
func (p Printer) ShortDate(t time.Time) string {
	return p.T(KeyDateShort, "day", t.Day(), "month", p.T(monthKeys[t.Month()-1]), "weekday", p.Weekday(t.Weekday()))
}

// Day is the event day d in the Date form.
func (p Printer) Day(d event.Day) string { return p.Date(d.Date()) }

// Weekday is the short weekday name: "Sat" / "周六".
func (p Printer) Weekday(w time.Weekday) string { return p.T(weekdayKeys[w%7]) }

// Clock is t's wall-clock time on the 24-hour clock, "09:30", the form both
// languages use at the event. Convert t to the event's location first.
func (p Printer) Clock(t time.Time) string { return t.Format("15:04") }

// Duration is d rounded to the minute: "15 min", "2 h", "1 h 30 min" /
// "15分钟", "2小时", "1小时30分钟". A negative d gets a leading minus.
func (p Printer) Duration(d time.Duration) string {
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	mins := int(d.Round(time.Minute) / time.Minute)
	h, m := mins/60, mins%60
	switch {
	case h == 0:
		return sign + p.T(KeyDurationMin, "min", m)
	case m == 0:
		return sign + p.T(KeyDurationHours, "h", h)
	}
	return sign + p.T(KeyDurationHoursMin, "h", h, "min", m)
}
