package app_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"caecw/internal/i18n"
	"caecw/ui/app"
	"caecw/ui/common"
	"caecw/ui/logtab"
	"caecw/ui/uitest"
)

// The header's second line shows the sync link as Common.Sync reports
// it, read afresh at each render.
func TestHeaderShowsSyncLink(t *testing.T) {
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	c := uitest.Common(t, s, clk, i18n.EN, common.ModeCoordinator, 120, 30)
	state := common.SyncState{Online: false, Outbox: 3}
	c.Sync = func() common.SyncState { return state }
	m := app.New(c, logtab.New(c))
	uitest.Drive(m, tea.WindowSizeMsg{Width: 120, Height: 30}, wait)
	uitest.Drive(m, tea.BatchMsg{m.Init()}, wait)
	line2 := func() string { return strings.Split(screen(m), "\n")[1] }

	if got := line2(); !strings.Contains(got, "offline, 3 to send") {
		t.Errorf("offline: %q", got)
	}
	uitest.Drive(m, uitest.Key("L"), wait)
	if got := line2(); !strings.Contains(got, "离线，3条待发送") {
		t.Errorf("offline in Chinese: %q", got)
	}
	uitest.Drive(m, uitest.Key("L"), wait)
	state = common.SyncState{Online: true, Outbox: 0, Peers: []string{"gate-1", "gate-2"}}
	if got := line2(); !strings.Contains(got, "all sent ⇄ gate-1, gate-2") || strings.Contains(got, "offline") {
		t.Errorf("online: %q", got)
	}
	state = common.SyncState{Online: true, Outbox: 2}
	if got := line2(); !strings.Contains(got, "2 to send") || strings.Contains(got, "⇄") {
		t.Errorf("sending: %q", got)
	}
	// Entries held or that cannot be sent are counted in the header; the
	// Log tab says the latest failure.
	state = common.SyncState{Online: true, Outbox: 1, Unsendable: 1, Held: 3, Peers: []string{"gate-1"},
		LastError: "entry 0198-gate-2 cannot be sent: it is 1100 MB"}
	if got := line2(); !strings.Contains(got, "1 to send · 1 cannot be sent · 3 held ⇄ gate-1") {
		t.Errorf("held: %q", got)
	}
	if got := strings.Split(screen(m), "\n"); !strings.Contains(strings.Join(got, "\n"), "sync: entry 0198-gate-2 cannot be sent") {
		t.Errorf("the Log tab does not say the last sync error:\n%s", strings.Join(got, "\n"))
	}
	// At 80 columns the header still fits.
	uitest.Drive(m, tea.WindowSizeMsg{Width: 80, Height: 24}, wait)
	state.Peers = []string{"gate-1", "gate-2", "gate-3", "gate-4", "registration-north", "registration-south"}
	for i, l := range strings.Split(screen(m), "\n") {
		if w := ansi.StringWidth(l); w > 80 {
			t.Errorf("line %d is %d cells wide: %q", i, w, l)
		}
	}
}

// A laptop that never syncs says nothing of entries to send, however many
// it made.
func TestNoOutboxCountWithoutSync(t *testing.T) {
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	c := uitest.Common(t, s, clk, i18n.EN, common.ModeCoordinator, 120, 30)
	m := app.New(c, logtab.New(c))
	uitest.Drive(m, tea.WindowSizeMsg{Width: 120, Height: 30}, wait)
	people, _ := s.People()
	for _, p := range people[:3] {
		if _, err := s.CheckIn(p.ID); err != nil {
			t.Fatal(err)
		}
	}
	uitest.Drive(m, tea.BatchMsg{m.Init()}, wait)
	if got := strings.Split(screen(m), "\n")[1]; strings.Contains(got, "to send") {
		t.Errorf("no sync, yet: %q", got)
	}
}
