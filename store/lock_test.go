package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"caecw/internal/event"
)

// helperEnv carries the data file path to TestHelperProcess.
const helperEnv = "CAECW_STORE_HELPER_PATH"

// TestHelperProcess is not a test: it is the second caecw process that
// TestLockAcrossProcesses starts by running this test binary again.
// It opens the file and prints what happened.
func TestHelperProcess(t *testing.T) {
	path := os.Getenv(helperEnv)
	if path == "" {
		t.Skip("run by TestLockAcrossProcesses only")
	}
	start := time.Now()
	s, err := Open(path, Options{Desk: "desk-2"})
	took := time.Since(start)
	var fe *FileError
	switch {
	case err == nil:
		_, cerr := s.CheckIn("p-vn2")
		s.Close()
		fmt.Printf("OPENED checkin=%v\n", cerr)
	case errors.Is(err, ErrInUse) && errors.As(err, &fe) && fe.Path == path:
		fmt.Printf("IN-USE after=%s: %v\n", took.Round(time.Millisecond), err)
		if took > 2*time.Second {
			fmt.Println("TOO-SLOW")
		}
	default:
		fmt.Printf("OTHER: %v\n", err)
	}
}

func runHelper(t *testing.T, path string) string {
	t.Helper()
	// The deadline only keeps a hung child from hanging the test run.
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestHelperProcess$", "-test.v")
	cmd.Env = append(os.Environ(), helperEnv+"="+path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("helper process: %v\n%s", err, out)
	}
	return string(out)
}

func TestLockAcrossProcesses(t *testing.T) {
	f := newFixture(t, "desk-1")
	out := runHelper(t, f.path)
	if !strings.Contains(out, "IN-USE") {
		t.Fatalf("second process while the first holds the file:\n%s", out)
	}
	if strings.Contains(out, "TOO-SLOW") {
		t.Errorf("second process took more than 2 s to give up:\n%s", out)
	}
	if !strings.Contains(out, "close the other caecw first") {
		t.Errorf("message does not say what to do:\n%s", out)
	}
	// The first process is unaffected.
	r, err := f.s.CheckIn("p-th1")
	if err != nil || r.Arrived != 1 {
		t.Fatalf("first process after the second tried: %+v %v", r, err)
	}
	// Once the first lets go, the second gets in and can write.
	if err := f.s.Close(); err != nil {
		t.Fatal(err)
	}
	out = runHelper(t, f.path)
	if !strings.Contains(out, "OPENED checkin=<nil>") {
		t.Fatalf("second process after the first closed:\n%s", out)
	}
	s, err := Open(f.path, Options{Desk: "desk-1"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// The helper runs on the machine's clock.
	if _, ok := s.Arrival(event.DayOf(time.Now(), s.Location()), "p-vn2"); !ok {
		t.Error("the second process's check-in is not in the file")
	}
}

func TestLockInProcess(t *testing.T) {
	f := newFixture(t, "desk-1")
	_, err := Open(f.path, Options{Desk: "desk-2", LockTimeout: 100 * time.Millisecond})
	if !errors.Is(err, ErrInUse) {
		t.Fatalf("second Open in the same process: %v", err)
	}
	if _, err := Restore(f.path, f.path+".other"); !errors.Is(err, ErrInUse) {
		t.Errorf("Restore from a file in use: %v", err)
	}
}
