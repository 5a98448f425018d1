package replication

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"caecw/internal/journal"
)

// Environment that turns this test binary into a hub (TestHelperHub).
const (
	hubDirEnv    = "CAECW_SYNC_HELPER_HUB_DIR"
	hubListenEnv = "CAECW_SYNC_HELPER_HUB_LISTEN"
)

// TestHelperHub is not a test: it is the hub process that
// TestHubKilledMidStream starts by running this test binary again, so
// that the hub can be killed with SIGKILL like a laptop losing power or
// a crashed process, with no shutdown code running. It prints the
// address it listens on and serves until its stdin closes (the test
// process went away) or a minute passes.
func TestHelperHub(t *testing.T) {
	dir := os.Getenv(hubDirEnv)
	if dir == "" {
		t.Skip("run by TestHubKilledMidStream only")
	}
	h, err := StartHub(HubOptions{Listen: os.Getenv(hubListenEnv), Dir: dir})
	if err != nil {
		fmt.Printf("HUB-FAILED %v\n", err)
		os.Exit(2)
	}
	fmt.Printf("HUB-READY %s\n", h.Addr())
	gone := make(chan struct{})
	go func() {
		io.Copy(io.Discard, os.Stdin)
		close(gone)
	}()
	select {
	case <-gone:
	case <-time.After(time.Minute):
	}
	h.Shutdown()
}

// hubProcess is a hub running as a child process.
type hubProcess struct {
	cmd  *exec.Cmd
	addr string
	// stderr collects what the child said, for failure messages.
	stderr *strings.Builder
}

// startHubProcess runs the hub in a child process on dir, listening on
// listen, and waits (bounded) until it accepts connections.
func startHubProcess(t *testing.T, dir, listen string) *hubProcess {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHub$", "-test.count=1")
	cmd.Env = append(os.Environ(), hubDirEnv+"="+dir, hubListenEnv+"="+listen)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	hp := &hubProcess{cmd: cmd, stderr: &strings.Builder{}}
	cmd.Stderr = &lockedWriter{w: hp.stderr}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stdin.Close()
		hp.kill()
	})
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "HUB-") {
				lines <- sc.Text()
				break
			}
		}
		close(lines)
		io.Copy(io.Discard, stdout)
	}()
	select {
	case line := <-lines:
		addr, ok := strings.CutPrefix(line, "HUB-READY ")
		if !ok {
			t.Fatalf("hub process: %s\n%s", line, hp.stderr)
		}
		hp.addr = addr
	case <-time.After(15 * time.Second):
		t.Fatalf("hub process did not start within 15 s\n%s", hp.stderr)
	}
	return hp
}

// kill sends SIGKILL and reaps the process; killing a dead one is fine.
func (hp *hubProcess) kill() {
	if hp.cmd.ProcessState != nil {
		return
	}
	hp.cmd.Process.Signal(syscall.SIGKILL)
	hp.cmd.Wait()
}

// lockedWriter lets exec's copying goroutine and a failure message
// share a builder.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// connectURL starts syncing d through the hub at url over loopback, with
// the credential enrolled in the hub's folder hubDir before the hub
// started (see enrolIn).
func (d *desk) connectURL(t testing.TB, hubDir, url string) {
	t.Helper()
	jf := enrolIn(t, hubDir, d.name)
	jf.Hub = url
	d.start(t, Config{Join: jf})
}

// enrolIn enrols desk in the hub folder dir once, as caecw hub enroll
// does from another process.
func enrolIn(t testing.TB, dir, desk string) JoinFile {
	t.Helper()
	key := dir + "\x00" + desk
	if jf, ok := joins.Load(key); ok {
		return jf.(JoinFile)
	}
	jf, err := Enroll(dir, desk, "", "")
	if err != nil {
		t.Fatal(err)
	}
	joins.Store(key, jf)
	return jf
}

// Issue 8: the hub process is killed (SIGKILL, no shutdown at all) while
// two desks check people in; the desks keep working offline; the hub is
// restarted on the same JetStream folder and address. Every check-in
// made on either desk ends on both, each journal entry once, the same
// arrivals and journal on both desks, and both data files check clean.
func TestHubKilledMidStream(t *testing.T) {
	if testing.Short() {
		t.Skip("starts hub processes")
	}
	dir, hubDir := t.TempDir(), t.TempDir()
	enrolIn(t, hubDir, "desk-b")
	enrolIn(t, hubDir, "desk-c")
	hub := startHubProcess(t, hubDir, "127.0.0.1:0")
	addr := hub.addr
	url := "nats://" + addr

	const n = 900
	prog := programme(t, n)
	b := newDesk(t, dir, "desk-b", &prog)
	c := newDesk(t, dir, "desk-c", nil)
	b.connectURL(t, hubDir, url)
	c.connectURL(t, hubDir, url)
	eventually(t, settle, converged(t, b, c))
	before := journalIDs(t, b.s)

	// Desk b checks in the even people, desk c the odd ones and every
	// tenth even one as well, so some people arrive at both desks.
	var lists [2][]string
	for i := range n {
		if i%2 == 0 {
			lists[0] = append(lists[0], personID(i))
		}
		if i%2 == 1 || i%10 == 0 {
			lists[1] = append(lists[1], personID(i))
		}
	}

	var (
		mu      sync.Mutex
		made    = map[journal.ID]string{} // entry id -> person
		people  = map[string]bool{}
		offline int // check-ins written while the hub was dead
		down    bool
	)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for k, d := range []*desk{b, c} {
		wg.Go(func() {
			for _, p := range lists[k] {
				select {
				case <-stop:
					return
				default:
				}
				res, err := d.s.CheckIn(p)
				if err != nil {
					t.Errorf("%s: check in %s: %v", d.name, p, err)
					return
				}
				mu.Lock()
				if !res.Already {
					made[res.Entry.ID] = p
					if down {
						offline++
					}
				}
				people[p] = true
				mu.Unlock()
				time.Sleep(3 * time.Millisecond)
			}
		})
	}
	defer func() {
		select {
		case <-stop:
		default:
			close(stop)
		}
		wg.Wait()
	}()
	count := func() int {
		mu.Lock()
		defer mu.Unlock()
		return len(made)
	}

	// Some entries go through the live hub first.
	eventually(t, settle, func() string {
		if count() < 60 {
			return "fewer than 60 check-ins before the kill"
		}
		return ""
	})
	atKill := count()
	hub.kill()
	mu.Lock()
	down = true
	mu.Unlock()
	eventually(t, settle, func() string {
		if b.c.Status().Online || c.c.Status().Online {
			return "a desk still thinks it is online after the hub was killed"
		}
		return ""
	})
	// The desks keep working while the hub is gone.
	eventually(t, settle, func() string {
		mu.Lock()
		defer mu.Unlock()
		if offline < 60 {
			return fmt.Sprintf("only %d check-ins while the hub is down", offline)
		}
		return ""
	})
	mu.Lock()
	down = false
	offlineMade := offline
	mu.Unlock()

	startHubProcess(t, hubDir, addr) // stopped by its cleanup
	restarted := time.Now()
	// Check-ins go on across the reconnection, then stop.
	eventually(t, settle, func() string {
		if b.c.Status().Online && c.c.Status().Online {
			return ""
		}
		return "desks not back online after the restart"
	})
	time.Sleep(200 * time.Millisecond)
	close(stop)
	wg.Wait()
	eventually(t, settle, converged(t, b, c))
	took := time.Since(restarted)

	want := slices.Clone(before)
	for id := range made {
		want = append(want, id)
	}
	slices.Sort(want)
	total := 0
	for _, d := range []*desk{b, c} {
		ids := journalIDs(t, d.s)
		sorted := slices.Clone(ids)
		slices.Sort(sorted)
		if !slices.Equal(sorted, want) {
			t.Errorf("%s: journal has %d entries, want exactly the %d made (each once)", d.name, len(ids), len(want))
			for i := 1; i < len(sorted); i++ {
				if sorted[i] == sorted[i-1] {
					t.Errorf("%s: entry %s twice in the journal", d.name, sorted[i])
				}
			}
			for _, id := range want {
				if _, ok := slices.BinarySearch(sorted, id); !ok {
					t.Errorf("%s: entry %s (%s) missing", d.name, id, made[id])
				}
			}
		}
		arr := arrivals(t, d.s)
		if len(arr) != len(people) {
			t.Errorf("%s: %d arrivals, want %d people", d.name, len(arr), len(people))
		}
		for p := range people {
			if _, ok := arr[p]; !ok {
				t.Errorf("%s: %s checked in but not arrived", d.name, p)
			}
		}
		v, err := d.s.Day(day1)
		if err != nil {
			t.Fatal(err)
		}
		sum := 0
		for _, k := range v.Counts {
			sum += k
		}
		if sum != len(people) {
			t.Errorf("%s: counts %v add up to %d, want %d", d.name, v.Counts, sum, len(people))
		}
		if got, want := d.c.Status().Applied, len(ids)-countDesk(ids, d.name); got != want {
			t.Errorf("%s: applied %d remote entries, want %d (none twice)", d.name, got, want)
		}
		problems, err := d.s.Check()
		if err != nil || len(problems) > 0 {
			t.Errorf("%s: check: %v %v", d.name, problems, err)
		}
		total = len(ids)
	}
	hub.kill()
	if msgs := streamMsgs(t, hubDir); msgs != uint64(len(want)) {
		t.Errorf("the restarted hub's stream holds %d messages for %d entries", msgs, len(want))
	}
	t.Logf("entries %d (%d check-ins: %d before the kill, %d while the hub was down), %d people arrived, converged %s after the restart",
		total, len(made), atKill, offlineMade, len(people), took.Round(time.Millisecond))
}

// streamMsgs is how many messages the entry stream in the hub folder
// dir holds, read by a hub started on it in this process (no desk has
// the right to read the stream's state; the killed hub's own key died
// with it).
func streamMsgs(t *testing.T, dir string) uint64 {
	t.Helper()
	h := startHub(t, dir, "")
	defer h.Shutdown()
	return streamInfo(t, h).State.Msgs
}
