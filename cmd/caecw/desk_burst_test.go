package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"

	"caecw/internal/event"
	"caecw/internal/journal"
	"caecw/store"
)

// TestDeskScannerBurst types badge codes into the real desk in a pseudo-
// terminal at a scanner's speed, without waiting for the screen, quits
// right after the last Enter, and checks that exactly those people are
// checked in: none lost, none doubled.
func TestDeskScannerBurst(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 200
	}
	db := filepath.Join(t.TempDir(), "desk.db")
	if r := runBin(t, "demo", "--db", db); r.code != 0 {
		t.Fatalf("caecw demo: %d %s", r.code, r.stderr)
	}
	s, err := store.Open(db, store.Options{Desk: "setup"})
	if err != nil {
		t.Fatal(err)
	}
	people, err := s.People()
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(people, func(a, b event.Person) int { return strings.Compare(a.Badge, b.Badge) })
	if len(people) < n {
		t.Fatalf("demo has %d people, need %d", len(people), n)
	}
	// Every other person, so codes of one delegation are interleaved
	// with others' and no two scans are the same code.
	var codes []string
	want := map[string]int{}
	for i := 0; len(codes) < n; i++ {
		p := people[(i*7)%len(people)]
		if want[p.ID] > 0 {
			continue
		}
		want[p.ID] = 1
		codes = append(codes, p.Badge)
	}
	wantDel := map[string]int{}
	for _, p := range people {
		if want[p.ID] > 0 {
			wantDel[p.Delegation]++
		}
	}

	cmd := exec.Command(caecwBin(t), "desk", "--db", db, "--now", "2025-07-26T09:30", "--desk", "burst", "--operator", "scanner")
	cmd.Env = testEnv()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 100, Rows: 30})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// Read and discard the screen continuously so the program never
	// blocks on a full pty buffer; note when the desk is up.
	var mu sync.Mutex
	var seen bytes.Buffer
	ready := make(chan struct{})
	go func() {
		buf := make([]byte, 64*1024)
		once := false
		for {
			k, err := f.Read(buf)
			if k > 0 && !once {
				mu.Lock()
				seen.Write(buf[:k])
				if strings.Contains(seen.String(), "Scan a badge") {
					once = true
					close(ready)
					seen.Reset()
				}
				mu.Unlock()
			}
			if err != nil {
				if err != io.EOF {
					return
				}
				return
			}
		}
	}()
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		select {
		case <-exited:
		default:
			cmd.Process.Signal(syscall.SIGKILL)
		}
	}()
	select {
	case <-ready:
	case err := <-exited:
		t.Fatalf("desk exited before it was ready: %v", err)
	case <-time.After(20 * time.Second):
		t.Fatal("desk screen never appeared")
	}

	start := time.Now()
	// The last codes go in one write with ctrl+c right behind them, as if
	// the disk were slower than the scanner: their saves are queued or
	// running when the program quits, and must still land.
	tail := len(codes) / 4
	for _, code := range codes[:len(codes)-tail] {
		for i := 0; i < len(code); i++ {
			if _, err := f.Write([]byte{code[i]}); err != nil {
				t.Fatal(err)
			}
			time.Sleep(5 * time.Millisecond)
		}
		if _, err := f.Write([]byte("\r")); err != nil {
			t.Fatal(err)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if _, err := f.Write([]byte(strings.Join(codes[len(codes)-tail:], "\r") + "\r\x03")); err != nil {
		t.Fatal(err)
	}
	typed := time.Since(start)
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("desk exited with %v", err)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("desk did not quit within 60 s of ctrl+c")
	}
	t.Logf("typed %d codes in %v", n, typed.Round(time.Millisecond))

	r := runBin(t, "status", "--db", db, "--json", "--day", "2025-07-26")
	if r.code != 0 {
		t.Fatalf("caecw status: %d %s", r.code, r.stderr)
	}
	var st struct {
		Arrived     int `json:"arrived"`
		Delegations []struct {
			ID      string `json:"id"`
			Arrived int    `json:"arrived"`
		} `json:"delegations"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &st); err != nil {
		t.Fatalf("status json: %v\n%s", err, r.stdout)
	}
	if st.Arrived != n {
		t.Errorf("arrived %d, want %d", st.Arrived, n)
	}
	for _, d := range st.Delegations {
		if d.Arrived != wantDel[d.ID] {
			t.Errorf("delegation %s: arrived %d, want %d", d.ID, d.Arrived, wantDel[d.ID])
		}
	}

	// Exactly one check-in entry per scanned person, and nobody else.
	s, err = store.Open(db, store.Options{Desk: "verify"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got := map[string]int{}
	err = s.Entries("2025-07-26", func(e journal.Entry, undoneBy journal.ID) error {
		if e.Kind == journal.KindCheckIn {
			got[e.Subject]++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for id, k := range got {
		if k != 1 || want[id] != 1 {
			t.Errorf("person %s: %d check-in entries (scanned: %v)", id, k, want[id] == 1)
		}
	}
	if len(got) != n {
		t.Errorf("%d people have check-in entries, want %d", len(got), n)
	}
}
