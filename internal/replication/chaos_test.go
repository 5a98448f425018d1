package replication

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"caecw/internal/journal"
	"caecw/store"
)

// chaosEnv sets how long TestChaos runs (a Go duration, "5m"); the
// default is short so that CI stays fast. CAECW_CHAOS_SEED replays a run.
const (
	chaosEnv     = "CAECW_CHAOS"
	chaosSeedEnv = "CAECW_CHAOS_SEED"
)

// chaosNode is one laptop of the chaos test: the hub's own desk (no
// proxy) or a desk joining through its own loopback proxy.
type chaosNode struct {
	d    *desk
	path string
	px   *proxy
	up   bool
	// back is when a stopped node starts again; healed when a cut link
	// is restored.
	back, healed time.Time
}

// Hub plus three desks, for a bounded time: desks check people in (the
// same person on several desks too) and delay a session while their links
// are cut (dropped or silently blocked by a proxy), desks and the hub are
// stopped and started again, and one desk's file is restored from a
// backup. At the end, with every link back, every entry any desk
// confirmed is on every desk, the journals are identical, every file
// passes its check and each person's arrival counts once.
func TestChaos(t *testing.T) {
	run := 12 * time.Second
	if v := os.Getenv(chaosEnv); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatalf("%s=%q: %v", chaosEnv, v, err)
		}
		run = d
	}
	seed := uint64(time.Now().UnixNano())
	if v := os.Getenv(chaosSeedEnv); v != "" {
		seed, _ = strconv.ParseUint(v, 10, 64)
	}
	t.Logf("chaos for %s, %s=%d", run, chaosSeedEnv, seed)
	rng := rand.New(rand.NewPCG(seed, 0))

	dir, hubDir := t.TempDir(), t.TempDir()
	const people = 200
	prog := programme(t, people)
	h := startHub(t, hubDir, "")
	addr := h.Addr()
	hubUp := true
	defer func() {
		if hubUp {
			h.Shutdown()
		}
	}()
	var hubBack time.Time

	nodes := []*chaosNode{{d: newDesk(t, dir, "hub", &prog), up: true}}
	for _, name := range []string{"desk-b", "desk-c", "desk-d"} {
		nodes = append(nodes, &chaosNode{d: newDesk(t, dir, name, nil), px: startProxy(t, addr), up: true})
	}
	for _, n := range nodes {
		n.path = n.d.s.Path()
	}
	connect := func(n *chaosNode) {
		if n.px == nil {
			n.d.connect(t, h, true)
			return
		}
		n.d.connectWith(t, h, false, func(c *Config) { c.Join.Hub = n.px.URL() })
	}
	stop := func(n *chaosNode) {
		n.d.disconnect()
		n.d.s.Close()
		n.up = false
	}
	start := func(n *chaosNode) {
		clocksMu.Lock()
		clk := clocks[dir]
		clocksMu.Unlock()
		s, err := store.Open(n.path, store.Options{Desk: n.d.name, Operator: "op-" + n.d.name, Clock: clk})
		if err != nil {
			t.Fatalf("reopen %s: %v", n.d.name, err)
		}
		n.d.s = s
		connect(n)
		n.up = true
	}
	defer func() {
		for _, n := range nodes {
			if n.up {
				stop(n)
			}
		}
	}()
	hubDown := func() {
		stop(nodes[0])
		h.Shutdown()
		hubUp = false
	}
	hubStart := func() {
		var err error
		for range 50 {
			if h, err = StartHub(HubOptions{Listen: addr, Dir: hubDir}); err == nil {
				break
			}
			time.Sleep(100 * time.Millisecond) // the port is not free yet
		}
		if err != nil {
			t.Fatalf("restart the hub: %v", err)
		}
		hubUp = true
		start(nodes[0])
	}
	for _, n := range nodes {
		connect(n)
	}
	all := func() []*desk {
		out := make([]*desk, len(nodes))
		for i, n := range nodes {
			out[i] = n.d
		}
		return out
	}
	eventually(t, settle, converged(t, all()...))
	backup := filepath.Join(t.TempDir(), "desk-b.backup")
	if err := nodes[1].d.s.Backup(backup); err != nil {
		t.Fatal(err)
	}

	var stats struct{ partitions, deskKills, hubKills, restores int }
	confirmed := map[journal.ID]string{}
	checkedIn := map[string]bool{}
	restored := false
	end := time.Now().Add(run)
	for now := time.Now(); now.Before(end); now = time.Now() {
		// What is due to come back, comes back.
		if !hubUp && now.After(hubBack) {
			hubStart()
		}
		for _, n := range nodes[1:] {
			if !n.up && now.After(n.back) {
				start(n)
			}
			if n.px != nil && proxyMode(n.px.mode.Load()) != pass && now.After(n.healed) {
				n.px.set(pass)
			}
		}
		pause := func() time.Duration { return time.Duration(200+rng.IntN(1800)) * time.Millisecond }
		n := nodes[rng.IntN(len(nodes))]
		switch r := rng.IntN(100); {
		case !restored && now.After(end.Add(-run/2)):
			restored = restore(t, nodes[1], backup, hubUp, stop, start)
			if restored {
				stats.restores++
			}
		case r < 70 && n.up:
			p := personID(rng.IntN(people))
			res, err := n.d.s.CheckIn(p)
			if err != nil {
				t.Fatalf("%s: check-in: %v", n.d.name, err)
			}
			if !res.Already {
				confirmed[res.Entry.ID] = n.d.name
				checkedIn[p] = true
			}
		case r < 75 && n.up:
			e, err := n.d.s.Delay("s-forum", 1+rng.IntN(30))
			if err != nil {
				t.Fatalf("%s: delay: %v", n.d.name, err)
			}
			confirmed[e.ID] = n.d.name
		case r < 85 && n.px != nil:
			n.px.set([]proxyMode{drop, block}[rng.IntN(2)])
			n.healed = now.Add(pause())
			stats.partitions++
		case r < 90 && n.px != nil && n.up:
			stop(n)
			n.back = now.Add(pause())
			stats.deskKills++
		case r < 93 && hubUp:
			hubDown()
			hubBack = now.Add(pause())
			stats.hubKills++
		}
		time.Sleep(time.Duration(5+rng.IntN(40)) * time.Millisecond)
	}
	// Every link back.
	if !hubUp {
		hubStart()
	}
	if !restored {
		restore(t, nodes[1], backup, hubUp, stop, start)
		stats.restores++
	}
	for _, n := range nodes[1:] {
		n.px.set(pass)
		if !n.up {
			start(n)
		}
	}
	t.Logf("%d entries confirmed, %d people checked in; %d links cut, %d desks and %d hub stopped, %d restore",
		len(confirmed), len(checkedIn), stats.partitions, stats.deskKills, stats.hubKills, stats.restores)
	eventually(t, time.Minute+run/2, func() string {
		for _, n := range nodes {
			for id, from := range confirmed {
				if _, ok := n.d.s.Entry(id); !ok {
					return fmt.Sprintf("%s lacks %s confirmed by %s (status %+v)", n.d.name, id, from, n.d.c.Status())
				}
			}
		}
		return converged(t, all()...)()
	})
	ids := journalIDs(t, nodes[0].d.s)
	for _, n := range nodes {
		if got := journalIDs(t, n.d.s); !slices.Equal(got, ids) {
			t.Errorf("%s: journal of %d entries differs from the hub desk's %d", n.d.name, len(got), len(ids))
		}
		if problems, err := n.d.s.Check(); err != nil || len(problems) > 0 {
			t.Errorf("%s check: %v %v", n.d.name, problems, err)
		}
		v, err := n.d.s.Day(day1)
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		for _, c := range v.Counts {
			total += c
		}
		if len(v.Arrivals) != len(checkedIn) || total != len(checkedIn) {
			t.Errorf("%s: %d arrivals counted %d times, want %d people once each", n.d.name, len(v.Arrivals), total, len(checkedIn))
		}
		for _, a := range v.Arrivals {
			if !checkedIn[a.Person] {
				t.Errorf("%s: %s arrived without a confirmed check-in", n.d.name, a.Person)
			}
		}
	}
}

// restore puts the backup taken at the start back in place of n's file,
// as `caecw restore` does, once everything n confirmed has reached the
// hub (what never left a desk is lost with the file by definition), and
// starts n again on it: n must get back from the hub all it had.
func restore(t *testing.T, n *chaosNode, backup string, hubUp bool, stop, start func(*chaosNode)) bool {
	t.Helper()
	if !n.up {
		start(n)
	}
	n.px.set(pass)
	if !hubUp {
		// Nothing can be flushed with the hub down: restore later.
		return false
	}
	eventually(t, settle, func() string {
		if st := n.d.c.Status(); !st.Online || st.Outbox > 0 {
			return fmt.Sprintf("%s before the restore: %+v", n.d.name, st)
		}
		return ""
	})
	stop(n)
	// As caecw restore does; the restored copy gets a new file identity.
	if _, err := store.Restore(backup, n.path); err != nil {
		t.Fatalf("restore %s: %v", n.d.name, err)
	}
	start(n)
	return true
}
