package replication

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"caecw/internal/event"
	"caecw/internal/journal"
	"caecw/store"
)

const settle = 20 * time.Second

// The hub laptop's own desk (in process) and two desks over loopback
// check people in at the same time; every desk ends with the same state
// and the same journal.
func TestThreeDesksConverge(t *testing.T) {
	_, a, b, c := threeDesks(t, 30)
	eventually(t, settle, func() string {
		for _, d := range []*desk{b, c} {
			if p, _ := d.s.People(); len(p) != 30 {
				return fmt.Sprintf("%s has %d people", d.name, len(p))
			}
		}
		return ""
	})

	var wg sync.WaitGroup
	for k, d := range []*desk{a, b, c} {
		wg.Go(func() {
			for i := k; i < 30; i += 3 {
				if _, err := d.s.CheckIn(personID(i)); err != nil {
					t.Errorf("%s: check-in %d: %v", d.name, i, err)
				}
			}
		})
	}
	wg.Wait()
	if _, err := b.s.Delay("s-forum", 15); err != nil {
		t.Fatal(err)
	}
	eventually(t, settle, converged(t, a, b, c))

	if got := len(arrivals(t, c.s)); got != 30 {
		t.Errorf("arrivals: %d, want 30", got)
	}
	ids := journalIDs(t, a.s)
	if len(ids) != 1+30+1 {
		t.Errorf("journal: %d entries, want 32", len(ids))
	}
	for _, d := range []*desk{a, b, c} {
		st := d.c.Status()
		if !st.Online || st.Outbox != 0 || st.LastError != "" {
			t.Errorf("%s status %+v", d.name, st)
		}
		others := len(ids) - countDesk(ids, d.name)
		if st.Applied != others {
			t.Errorf("%s applied %d entries from others, want %d", d.name, st.Applied, others)
		}
	}
	// Presence: every desk hears the other two.
	eventually(t, settle, func() string {
		for _, d := range []*desk{a, b, c} {
			if p := d.c.Status().Peers; len(p) != 2 {
				return fmt.Sprintf("%s peers %v", d.name, p)
			}
		}
		return ""
	})
}

func countDesk(ids []journal.ID, desk string) int {
	n := 0
	for _, id := range ids {
		if id.Desk() == desk {
			n++
		}
	}
	return n
}

// A desk cut off from the hub keeps working; both sides check in (the
// same person too) and change the same session; after healing every desk
// has the same state, no arrival is lost and the double arrival counts
// once, the later one kept in the log.
func TestPartitionHeals(t *testing.T) {
	dir := t.TempDir()
	h := startHub(t, t.TempDir(), "")
	defer h.Shutdown()
	prog := programme(t, 12)
	a := newDesk(t, dir, "desk-a", &prog)
	b := newDesk(t, dir, "desk-b", nil)
	c := newDesk(t, dir, "desk-c", nil)
	for _, d := range []*desk{a, b, c} {
		d.connect(t, h, false)
	}
	eventually(t, settle, converged(t, a, b, c))

	c.disconnect()
	first, err := a.s.CheckIn(personID(1))
	if err != nil {
		t.Fatal(err)
	}
	must(t)(a.s.CheckIn(personID(2)))
	delay, err := a.s.Delay("s-open", 10)
	if err != nil {
		t.Fatal(err)
	}
	must(t)(b.s.CheckIn(personID(4)))
	time.Sleep(5 * time.Millisecond) // C's arrival of person 1 is later by the clock
	second, err := c.s.CheckIn(personID(1))
	if err != nil {
		t.Fatal(err)
	}
	if second.Already {
		t.Fatal("the cut-off desk saw the other side's check-in")
	}
	must(t)(c.s.CheckIn(personID(3)))
	cancel, err := c.s.Cancel("s-open")
	if err != nil {
		t.Fatal(err)
	}
	if got := len(arrivals(t, c.s)); got != 2 {
		t.Fatalf("cut-off desk: %d arrivals, want 2", got)
	}

	c.connect(t, h, false)
	eventually(t, settle, converged(t, a, b, c))

	for _, d := range []*desk{a, b, c} {
		arr := arrivals(t, d.s)
		if len(arr) != 4 {
			t.Errorf("%s: %d arrivals, want 4: %v", d.name, len(arr), arr)
		}
		if got := arr[personID(1)].Entry; got != string(first.Entry.ID) {
			t.Errorf("%s: person 1's arrival is %s, want the earlier %s", d.name, got, first.Entry.ID)
		}
		if _, ok := d.s.Entry(second.Entry.ID); !ok {
			t.Errorf("%s: the later double arrival %s is not in the log", d.name, second.Entry.ID)
		}
		v, _ := d.s.Day(day1)
		total := 0
		for _, n := range v.Counts {
			total += n
		}
		if total != 4 {
			t.Errorf("%s: counts %v add up to %d, want 4", d.name, v.Counts, total)
		}
		var open event.Session
		p, _ := d.s.Programme()
		for _, s := range p.Sessions {
			if s.ID == "s-open" {
				open = s
			}
		}
		winner := delay.ID
		if cancel.ID > delay.ID {
			winner = cancel.ID
		}
		if open.State.Rev != string(winner) || open.State.Cancelled != (winner == cancel.ID) {
			t.Errorf("%s: s-open state %+v, want the change %s", d.name, open.State, winner)
		}
	}
}

func must(t testing.TB) func(store.CheckInResult, error) {
	return func(_ store.CheckInResult, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
}

// The hub is stopped cleanly (TestHubKilledMidStream does SIGKILL) while two desks check people in and restarted on the
// same folder: nothing is lost, nothing applied twice, and the stream
// holds each entry once.
func TestHubRestart(t *testing.T) {
	dir, hubDir := t.TempDir(), t.TempDir()
	h := startHub(t, hubDir, "")
	addr := h.Addr()
	const n = 60
	prog := programme(t, n)
	b := newDesk(t, dir, "desk-b", &prog)
	c := newDesk(t, dir, "desk-c", nil)
	b.connect(t, h, false)
	c.connect(t, h, false)
	eventually(t, settle, converged(t, b, c))

	var wg sync.WaitGroup
	for k, d := range []*desk{b, c} {
		wg.Go(func() {
			for i := k; i < n; i += 2 {
				if _, err := d.s.CheckIn(personID(i)); err != nil {
					t.Errorf("%s: %v", d.name, err)
				}
				time.Sleep(10 * time.Millisecond)
			}
		})
	}
	time.Sleep(100 * time.Millisecond)
	h.Shutdown()
	eventually(t, settle, func() string {
		if b.c.Status().Online || c.c.Status().Online {
			return "a desk still thinks it is online"
		}
		return ""
	})
	time.Sleep(150 * time.Millisecond)
	h = startHub(t, hubDir, addr)
	defer h.Shutdown()
	wg.Wait()
	eventually(t, settle, converged(t, b, c))

	if got := len(arrivals(t, b.s)); got != n {
		t.Errorf("arrivals %d, want %d", got, n)
	}
	ids := journalIDs(t, b.s)
	if len(ids) != 1+n {
		t.Errorf("journal: %d entries, want %d", len(ids), 1+n)
	}
	for _, d := range []*desk{b, c} {
		if got, want := d.c.Status().Applied, len(ids)-countDesk(ids, d.name); got != want {
			t.Errorf("%s applied %d, want %d", d.name, got, want)
		}
	}
	info := streamInfo(t, h)
	if info.State.Msgs != uint64(len(ids)) {
		t.Errorf("stream holds %d messages for %d entries", info.State.Msgs, len(ids))
	}
}

func streamInfo(t testing.TB, h *Hub) *jetstream.StreamInfo {
	t.Helper()
	nc, err := nats.Connect("", h.InProcess()...)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s, err := js.Stream(ctx, StreamName)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return info
}

// A client without a credential, or with a key the hub never enrolled,
// is refused: it can neither publish nor read, and such a desk keeps its
// entries in its outbox. A revoked desk is cut off at once.
func TestCredentialRequired(t *testing.T) {
	h := startHub(t, t.TempDir(), "")
	defer h.Shutdown()
	stranger, err := Enroll(t.TempDir(), "desk-x", h.URL(), "")
	if err != nil {
		t.Fatal(err)
	}
	strangerOpts, err := credential(stranger)
	if err != nil {
		t.Fatal(err)
	}
	for _, opts := range [][]nats.Option{nil, {nats.Token("a-shared-venue-token")}, {nats.UserInfo("desk-x", "desk-x")}, strangerOpts} {
		nc, err := nats.Connect(h.URL(), opts...)
		if err == nil {
			nc.Close()
			t.Fatalf("connected with %d options", len(opts))
		}
		if !errors.Is(err, nats.ErrAuthorization) {
			t.Errorf("refusal: %v", err)
		}
		// A screen words a refusal in its language, by its kind.
		if k := Kind(err); k != ErrKindRefused {
			t.Errorf("refusal %v is of kind %q, want %q", err, k, ErrKindRefused)
		}
	}
	prog := programme(t, 3)
	d := newDesk(t, t.TempDir(), "desk-x", &prog)
	c, err := Start(Config{Store: d.s, Join: stranger, PingInterval: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	must(t)(d.s.CheckIn(personID(0)))
	eventually(t, settle, func() string {
		if st := c.Status(); st.LastError == "" || st.Online || st.Outbox != 2 {
			return fmt.Sprintf("status %+v", st)
		}
		return ""
	})
	if info := streamInfo(t, h); info.State.Msgs != 0 {
		t.Errorf("stream has %d messages", info.State.Msgs)
	}
	if out, _ := d.s.Outbox(0); len(out) != 2 {
		t.Errorf("outbox %d, want 2", len(out))
	}

	// An enrolled desk syncs until it is revoked; then it is cut off and
	// its consumer is gone.
	e := newDesk(t, t.TempDir(), "desk-e", &prog)
	e.connect(t, h, false)
	eventually(t, settle, func() string {
		if st := e.c.Status(); !st.Online || st.Outbox != 0 {
			return fmt.Sprintf("enrolled desk: %+v", st)
		}
		return ""
	})
	if err := h.Revoke("desk-e"); err != nil {
		t.Fatal(err)
	}
	eventually(t, settle, func() string {
		if st := e.c.Status(); st.Online || !strings.Contains(strings.ToLower(st.LastError), "authorization") {
			return fmt.Sprintf("revoked desk: %+v", st)
		}
		return ""
	})
	must(t)(e.s.CheckIn(personID(1)))
	if n := streamInfo(t, h).State.Msgs; n != 1 {
		t.Errorf("stream has %d messages after the revoked desk's check-in, want its import only", n)
	}
	if err := h.Revoke("desk-e"); !errors.Is(err, ErrNotEnrolled) {
		t.Errorf("revoking twice: %v", err)
	}
}

// A desk that cannot reach any hub works as without sync and says so.
func TestOfflineFromStart(t *testing.T) {
	prog := programme(t, 3)
	d := newDesk(t, t.TempDir(), "desk-y", &prog)
	// A port nobody listens on: take one from a hub, then stop it.
	hubDir := t.TempDir()
	h := startHub(t, hubDir, "")
	jf, hubAddr := joinFor(t, h, d.name), h.Addr()
	h.Shutdown()
	c, err := Start(Config{Store: d.s, Join: jf, PingInterval: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	must(t)(d.s.CheckIn(personID(0)))
	if st := c.Status(); st.Online || st.Outbox != 2 {
		t.Errorf("offline status %+v", st)
	}
	h = startHub(t, hubDir, hubAddr)
	defer h.Shutdown()
	eventually(t, settle, func() string {
		if st := c.Status(); !st.Online || st.Outbox != 0 {
			return fmt.Sprintf("status %+v", st)
		}
		return ""
	})
	if info := streamInfo(t, h); info.State.Msgs != 2 {
		t.Errorf("stream has %d messages, want 2", info.State.Msgs)
	}
}
