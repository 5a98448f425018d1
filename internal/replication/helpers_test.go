package replication

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"caecw/internal/clock"
	"caecw/internal/event"
	"caecw/internal/journal"
	"caecw/store"
)

const day1 = event.Day("2025-07-24")

func testEvent() event.Event {
	return event.Event{Name: "China-ASEAN Education Cooperation Week", City: "Guiyang",
		TimeZone: "Asia/Shanghai", FirstDay: "2025-07-24", LastDay: "2025-07-27"}
}

func guiyang(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// programme is a small week with n people spread over three delegations.
func programme(t testing.TB, n int) event.Programme {
	t.Helper()
	ev := testEvent()
	loc := guiyang(t)
	p := event.Programme{
		Event:  &ev,
		Venues: []event.Venue{{ID: "hall-a", Name: "Hall A", Site: "expo", Capacity: 3000}, {ID: "room-2", Name: "Room 2", Site: "expo", Capacity: 40}},
		Sessions: []event.Session{
			{ID: "s-open", Day: day1, Start: day1.At(9, 0, loc), End: day1.At(11, 0, loc), Title: "Opening", Kind: event.KindForum, Venue: "hall-a", Expected: 100},
			{ID: "s-forum", Day: day1, Start: day1.At(14, 0, loc), End: day1.At(16, 0, loc), Title: "Forum", Kind: event.KindForum, Venue: "room-2", Expected: 30},
		},
		Delegations: []event.Delegation{
			{ID: "th", Name: "Thailand", Country: "TH"}, {ID: "kh", Name: "Cambodia", Country: "KH"}, {ID: "vn", Name: "Viet Nam", Country: "VN"},
		},
	}
	for i := range n {
		d := &p.Delegations[i%3]
		d.Expected++
		p.People = append(p.People, event.Person{ID: personID(i), Badge: fmt.Sprintf("B%05d", i),
			Name: fmt.Sprintf("Person %d", i), Delegation: d.ID, Role: event.RoleDelegate})
	}
	p.Assignments = []event.Assignment{{Session: "s-open", Delegation: "th"}, {Session: "s-forum", Delegation: "vn"}}
	return p
}

var (
	clocksMu sync.Mutex
	clocks   = map[string]*clock.Offset{}
)

// clockOf is the clock the desks in dir share (see newDesk).
func clockOf(dir string) *clock.Offset {
	clocksMu.Lock()
	defer clocksMu.Unlock()
	return clocks[dir]
}

func personID(i int) string { return fmt.Sprintf("p%05d", i) }

// desk is one laptop: its own data file and, while connected, a client.
type desk struct {
	name string
	s    *store.Store
	c    *Client
	// applied is signalled when the client applied remote entries.
	applied chan struct{}
}

// newDesk creates a data file for name in dir; with prog, the desk
// imports it. Desks in one dir share one clock, as laptops synchronised
// by NTP would, starting at 09:00 on day 1 and running on.
func newDesk(t testing.TB, dir, name string, prog *event.Programme) *desk {
	t.Helper()
	clocksMu.Lock()
	clk, ok := clocks[dir]
	if !ok {
		clk = clock.NewOffset(day1.At(9, 0, guiyang(t)))
		clocks[dir] = clk
	}
	clocksMu.Unlock()
	s, err := store.Create(filepath.Join(dir, name+".db"), testEvent(), store.Options{Desk: name, Operator: "op-" + name, Clock: clk})
	if err != nil {
		t.Fatal(err)
	}
	d := &desk{name: name, s: s, applied: make(chan struct{}, 1)}
	t.Cleanup(func() {
		d.disconnect()
		s.Close()
	})
	if prog != nil {
		if _, err := s.Import(journal.Import{Files: []string{"test"}, Programme: *prog}); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// connect starts syncing through hub h (in process when inProcess).
func (d *desk) connect(t testing.TB, h *Hub, inProcess bool) {
	t.Helper()
	d.connectWith(t, h, inProcess, nil)
}

// connectWith is connect with the configuration changed by edit.
func (d *desk) connectWith(t testing.TB, h *Hub, inProcess bool, edit func(*Config)) {
	t.Helper()
	cfg := Config{Hub: h}
	if !inProcess {
		cfg = Config{Join: joinFor(t, h, d.name)}
	}
	d.startWith(t, cfg, edit)
}

// start starts syncing d with cfg, completed with the desk's store and
// the test's timings.
func (d *desk) start(t testing.TB, cfg Config) {
	t.Helper()
	d.startWith(t, cfg, nil)
}

// startWith is start with the configuration changed by edit.
func (d *desk) startWith(t testing.TB, cfg Config, edit func(*Config)) {
	t.Helper()
	cfg.Store, cfg.PingInterval = d.s, 500*time.Millisecond
	cfg.OnApplied = func(int) {
		select {
		case d.applied <- struct{}{}:
		default:
		}
	}
	if edit != nil {
		edit(&cfg)
	}
	c, err := Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	d.c = c
}

// joins are the join files issued in this test binary, by hub folder and
// desk, so that a desk reconnecting keeps its credential.
var joins sync.Map

// joinFor enrols desk on h (once per hub folder) and returns its join
// file, pointing at h's current address.
func joinFor(t testing.TB, h *Hub, desk string) JoinFile {
	t.Helper()
	key := h.Dir() + "\x00" + desk
	if jf, ok := joins.Load(key); ok {
		j := jf.(JoinFile)
		j.Hub = h.URL()
		return j
	}
	jf, err := h.Enroll(desk)
	if err != nil {
		t.Fatal(err)
	}
	joins.Store(key, jf)
	return jf
}

func (d *desk) disconnect() {
	if d.c != nil {
		d.c.Close()
		d.c = nil
	}
}

func startHub(t testing.TB, dir, listen string) *Hub {
	t.Helper()
	if listen == "" {
		listen = "127.0.0.1:-1"
	}
	h, err := StartHub(HubOptions{Listen: listen, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// dump is the whole state of a desk as text: the programme (with session
// states and assignments), every day's arrivals and counts, and every
// journal entry id with the undo that reversed it.
func dump(t testing.TB, s *store.Store) string {
	t.Helper()
	var b strings.Builder
	p, err := s.Programme()
	if err != nil {
		t.Fatal(err)
	}
	j, _ := json.Marshal(p)
	b.Write(j)
	b.WriteByte('\n')
	for _, day := range testEvent().Days() {
		v, err := s.Day(day)
		if err != nil {
			t.Fatal(err)
		}
		j, _ := json.Marshal(struct {
			A []event.CheckIn
			C map[string]int
			O []event.Outage
		}{v.Arrivals, v.Counts, v.Outages})
		fmt.Fprintf(&b, "%s %s\n", day, j)
		err = s.Entries(day, func(e journal.Entry, by journal.ID) error {
			fmt.Fprintf(&b, "  %s %s %s undone-by=%s\n", e.ID, e.Kind, e.Subject, by)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return b.String()
}

// journalIDs lists every entry id of the store, oldest first.
func journalIDs(t testing.TB, s *store.Store) []journal.ID {
	t.Helper()
	var ids []journal.ID
	if err := s.AllEntries(func(e journal.Entry) error { ids = append(ids, e.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	return ids
}

// eventually polls cond until it holds or the time is up; cond says why
// it does not hold yet.
func eventually(t testing.TB, within time.Duration, cond func() string) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		why := cond()
		if why == "" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("not reached within %s: %s", within, why)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// converged holds when every desk has sent everything and all dumps are
// the same.
func converged(t testing.TB, desks ...*desk) func() string {
	return func() string {
		first := dump(t, desks[0].s)
		for _, d := range desks {
			if d.c != nil && d.c.Status().Outbox > 0 {
				return fmt.Sprintf("desk %s has %d to send (%+v)", d.name, d.c.Status().Outbox, d.c.Status())
			}
			if got := dump(t, d.s); got != first {
				return fmt.Sprintf("desk %s differs from desk %s:\n%s\n---\n%s", d.name, desks[0].name, got, first)
			}
		}
		return ""
	}
}

func arrivals(t testing.TB, s *store.Store) map[string]event.CheckIn {
	t.Helper()
	v, err := s.Day(day1)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]event.CheckIn{}
	for _, a := range v.Arrivals {
		out[a.Person] = a
	}
	return out
}

// rawConn is a bare NATS connection with desk's credential, as whoever
// holds that desk's join file could make outside caecw; errs gets the
// server's asynchronous refusals (permissions violations).
func rawConn(t testing.TB, h *Hub, desk string, errs chan<- error) *nats.Conn {
	t.Helper()
	jf := joinFor(t, h, desk)
	opts, err := credential(jf)
	if err != nil {
		t.Fatal(err)
	}
	opts = append(opts, nats.CustomInboxPrefix(inboxPrefix(desk)), nats.ErrorHandler(func(_ *nats.Conn, _ *nats.Subscription, err error) {
		select {
		case errs <- err:
		default:
		}
	}))
	nc, err := nats.Connect(jf.Hub, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	return nc
}

// admin is a connection with every right, in the hub's process: what the
// hub itself (or its operator) can do.
func admin(t testing.TB, h *Hub) jetstream.JetStream {
	t.Helper()
	nc, err := nats.Connect("", h.InProcess()...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	return js
}

// threeDesks is a hub with desk-a on it (the hub laptop's own desk, with
// a programme of people persons) and desk-b and desk-c over loopback, all
// connected; the hub stops when the test ends, after the desks.
func threeDesks(t *testing.T, people int) (h *Hub, a, b, c *desk) {
	t.Helper()
	dir := t.TempDir()
	h = startHub(t, t.TempDir(), "")
	t.Cleanup(h.Shutdown)
	prog := programme(t, people)
	a = newDesk(t, dir, "desk-a", &prog)
	b = newDesk(t, dir, "desk-b", nil)
	c = newDesk(t, dir, "desk-c", nil)
	a.connect(t, h, true)
	b.connect(t, h, false)
	c.connect(t, h, false)
	return h, a, b, c
}
