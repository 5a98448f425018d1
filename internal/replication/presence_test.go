package replication

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"caecw/internal/textcell"
)

// Issue 13, fault 6: presence is not trusted. A desk floods presence with
// 20,000 names in 0.1 s, escape sequences and bidi controls among them,
// and names of other desks: no name that is not the sender's own valid,
// printable name reaches any desk's peers (so neither the header nor the
// hub's log), the peers stay few, and the link state changes a handful
// of times, not once per name.
func TestPresenceFloodIsContained(t *testing.T) {
	dir := t.TempDir()
	h := startHub(t, t.TempDir(), "")
	defer h.Shutdown()
	prog := programme(t, 3)
	a := newDesk(t, dir, "desk-a", &prog)
	b := newDesk(t, dir, "desk-b", nil)
	a.connect(t, h, true)
	b.connect(t, h, false)
	eventually(t, settle, func() string {
		if p := a.c.Status().Peers; len(p) != 1 {
			return fmt.Sprintf("desk A's peers %v", p)
		}
		return ""
	})
	var changes atomic.Int64
	done := make(chan struct{})
	var closeOnce sync.Once
	stop := func() { closeOnce.Do(func() { close(done) }) }
	defer stop()
	changed := a.c.Changes()
	go func() {
		for {
			select {
			case <-changed:
				changes.Add(1)
			case <-done:
				return
			}
		}
	}()

	errs := make(chan error, 16)
	nc := rawConn(t, h, "mallory", errs)
	nasty := []string{"\x1b]52;c;ZXZpbA==\x07", "\x1b]0;owned\x07", "\x1b[2J", "gate\u202e2", "desk-b", "desk-a", "\x9b31m"}
	for i := range 20000 {
		name := fmt.Sprintf("fake-%05d", i)
		if i < len(nasty) {
			name = nasty[i]
		}
		p, _ := json.Marshal(presence{Desk: name, Instance: "x"})
		// Its own subject with other names, and other desks' subjects.
		nc.Publish(presenceSubject+"mallory", p)
		nc.Publish(presenceSubject+token(name), p)
	}
	real, _ := json.Marshal(presence{Desk: "mallory", Instance: "m1"})
	nc.Publish(presenceSubject+"mallory", real)
	if err := nc.Flush(); err != nil {
		t.Fatal(err)
	}
	eventually(t, settle, func() string {
		if p := a.c.Status().Peers; len(p) != 2 {
			return fmt.Sprintf("desk A's peers %q", p)
		}
		return ""
	})
	stop()
	for _, d := range []*desk{a, b} {
		peers := d.c.Status().Peers
		if len(peers) > maxPeers {
			t.Errorf("%s keeps %d peers", d.name, len(peers))
		}
		for _, p := range peers {
			if textcell.Sanitize(p) != p || strings.HasPrefix(p, "fake-") {
				t.Errorf("%s shows the forged peer %q", d.name, p)
			}
		}
	}
	if n := changes.Load(); n > 10 {
		t.Errorf("the flood changed desk A's link state %d times", n)
	}
	t.Logf("link state changes during the flood: %d; peers %v", changes.Load(), a.c.Status().Peers)
	select {
	case err := <-errs:
		if !strings.Contains(err.Error(), "Permissions Violation") {
			t.Errorf("refusal: %v", err)
		}
	case <-time.After(settle):
		t.Error("publishing presence as other desks was not refused by the server")
	}
}
