package event

import (
	"testing"
	"time"
)

// testDay is the first day of the 2025 week; times are wall-clock Guiyang.
const testDay Day = "2025-07-24"

func shanghai(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatalf("load zone: %v", err)
	}
	return loc
}

// at is hh:mm on the test day in Asia/Shanghai.
func at(t testing.TB, hh, mm int) time.Time {
	t.Helper()
	return testDay.At(hh, mm, shanghai(t))
}

// sess is a session in venue v from h1:m1 to h2:m2 on the test day.
func sess(t testing.TB, id, v string, h1, m1, h2, m2 int) Session {
	t.Helper()
	return Session{ID: id, Day: testDay, Title: "T" + id, Venue: v, Kind: KindForum,
		Start: at(t, h1, m1), End: at(t, h2, m2)}
}
