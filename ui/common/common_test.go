package common_test

import (
	"testing"

	"caecw/internal/event"
	"caecw/ui/common"
)

func TestLocationFollowsTheEvent(t *testing.T) {
	var c common.Common
	if got := c.Location().String(); got != event.DefaultTimeZone {
		t.Errorf("no event yet: zone %q, want %q", got, event.DefaultTimeZone)
	}
	c.SetEvent(event.Event{TimeZone: "Asia/Bangkok"})
	if got := c.Location().String(); got != "Asia/Bangkok" {
		t.Errorf("after SetEvent: zone %q", got)
	}
	if first, again := c.Location(), c.Location(); first != again {
		t.Error("the zone is loaded again on each call")
	}
	// An event set without SetEvent is still the one whose zone is used.
	c.Event = event.Event{TimeZone: "Asia/Jakarta"}
	if got := c.Location().String(); got != "Asia/Jakarta" {
		t.Errorf("after a new event: zone %q", got)
	}
}
