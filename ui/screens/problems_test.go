package screens

import (
	"strings"
	"testing"
	"time"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/ui/uitest"
)

// TestEveryVenueProblemCanBeSeen puts Hall A out of service during the
// opening ceremony, a third problem on the demo's opening day: at 80x24
// the Venues tab's header says 3 problems, and with p the pane shows all
// three (it held two, with no sign of the third).
func TestEveryVenueProblemCanBeSeen(t *testing.T) {
	sc := busyMorning(t, i18n.EN, 80, 24)
	at := uitest.OpeningDay()
	if _, err := sc.s.SetOutage(event.Outage{ID: "o-test", Venue: "v-giecc-a", From: at, To: at.Add(time.Hour), Reason: "power cut"}, false); err != nil {
		t.Fatal(err)
	}
	sc.reload()
	sc.keys("3", "p")
	text := sc.text()
	if !strings.Contains(text, "3 problems") {
		t.Fatalf("the header does not count 3 problems:\n%s", text)
	}
	n := 0
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, "›! [") || strings.HasPrefix(l, " ! [") {
			n++
		}
	}
	if n != 3 {
		t.Errorf("%d problems in sight, want 3:\n%s", n, text)
	}
}
