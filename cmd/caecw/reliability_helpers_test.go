package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
)

// The reliability tests run the real caecw binary, built once per test
// process into a folder named by the process id; folders left by earlier
// processes that are gone are removed first.
var (
	binOnce sync.Once
	binPath string
	binErr  error
)

func caecwBin(t testing.TB) string {
	t.Helper()
	binOnce.Do(func() {
		tmp := os.TempDir()
		old, _ := filepath.Glob(filepath.Join(tmp, "caecw-reliability-*"))
		for _, d := range old {
			pid, err := strconv.Atoi(strings.TrimPrefix(filepath.Base(d), "caecw-reliability-"))
			if err == nil && pid != os.Getpid() && processGone(pid) {
				os.RemoveAll(d)
			}
		}
		dir := filepath.Join(tmp, fmt.Sprintf("caecw-reliability-%d", os.Getpid()))
		if binErr = os.MkdirAll(dir, 0o755); binErr != nil {
			return
		}
		binPath = filepath.Join(dir, "caecw")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// cliResult is what one run of the binary printed and returned.
type cliResult struct {
	stdout, stderr string
	code           int
	took           time.Duration
}

// runBin runs the binary with args, stdin from /dev/null, English texts.
func runBin(t testing.TB, args ...string) cliResult {
	t.Helper()
	cmd := exec.Command(caecwBin(t), args...)
	cmd.Env = testEnv()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	r := cliResult{stdout: stdout.String(), stderr: stderr.String(), took: time.Since(start)}
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run %v: %v", args, err)
	}
	return r
}

func testEnv() []string {
	env := []string{"CAECW_LANG=en", "CAECW_DESK=rel-desk", "CAECW_OPERATOR=tester", "TERM=xterm-256color", "LANG=C.UTF-8", "HOME=" + os.TempDir()}
	if p := os.Getenv("PATH"); p != "" {
		env = append(env, "PATH="+p)
	}
	return env
}

// demoTemplate is a demo data file made once per test process; tests
// copy it.
var (
	demoOnce sync.Once
	demoData []byte
	demoErr  error
)

func demoCopy(t testing.TB, path string) {
	t.Helper()
	demoOnce.Do(func() {
		dir, err := os.MkdirTemp("", "caecw-demo-")
		if err != nil {
			demoErr = err
			return
		}
		defer os.RemoveAll(dir)
		p := filepath.Join(dir, "demo.db")
		r := runBin(t, "demo", "--db", p)
		if r.code != 0 {
			demoErr = fmt.Errorf("caecw demo: %d %s", r.code, r.stderr)
			return
		}
		demoData, demoErr = os.ReadFile(p)
	})
	if demoErr != nil {
		t.Fatal(demoErr)
	}
	if err := os.WriteFile(path, demoData, 0o600); err != nil {
		t.Fatal(err)
	}
}

func sha(t testing.TB, path string) [32]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(data)
}

// term is the binary running in a pseudo-terminal, its output read into a
// terminal emulator so tests can look at the screen as a person would.
type term struct {
	t      testing.TB
	cmd    *exec.Cmd
	pty    *os.File
	mu     sync.Mutex
	emu    *vt.Emulator
	frame  func(screen string) // called with each new screen, under mu
	raw    bytes.Buffer        // everything the program wrote
	exited chan struct{}
	err    error // from Wait, once exited is closed
	read   chan struct{}
}

// startTerm runs the binary with args in a w x h pseudo-terminal.
func startTerm(t testing.TB, w, h int, frame func(string), args ...string) *term {
	t.Helper()
	cmd := exec.Command(caecwBin(t), args...)
	cmd.Env = testEnv()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(w), Rows: uint16(h)})
	if err != nil {
		t.Fatalf("start in a pty: %v", err)
	}
	tm := &term{t: t, cmd: cmd, pty: f, emu: vt.NewEmulator(w, h), frame: frame, exited: make(chan struct{}), read: make(chan struct{})}
	// The emulator answers the program's terminal queries (colours,
	// modes) through its input pipe; pass them on as a terminal would.
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := tm.emu.Read(buf)
			if n > 0 {
				f.Write(buf[:n])
			}
			if err != nil {
				return
			}
		}
	}()
	go func() {
		defer close(tm.read)
		buf := make([]byte, 64*1024)
		for {
			n, err := f.Read(buf)
			if n > 0 {
				tm.mu.Lock()
				tm.emu.Write(buf[:n])
				tm.raw.Write(buf[:n])
				if tm.frame != nil {
					tm.frame(tm.emu.String())
				}
				tm.mu.Unlock()
			}
			if err != nil {
				return
			}
		}
	}()
	go func() {
		tm.err = cmd.Wait()
		close(tm.exited)
	}()
	t.Cleanup(func() {
		select {
		case <-tm.exited:
		default:
			cmd.Process.Signal(syscall.SIGKILL)
			<-tm.exited
		}
		f.Close()
		// End the responder goroutine by closing the emulator's input
		// pipe; Emulator.Close would race with its Read.
		if c, ok := tm.emu.InputPipe().(io.Closer); ok {
			c.Close()
		}
	})
	return tm
}

// screen is the emulator's screen as plain text.
func (tm *term) screen() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.emu.String()
}

// output is everything the program has written so far.
func (tm *term) output() []byte {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return append([]byte(nil), tm.raw.Bytes()...)
}

// waitFor polls the screen until ok or timeout; it reports whether ok.
func (tm *term) waitFor(timeout time.Duration, ok func(string) bool) bool {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if ok(tm.screen()) {
			return true
		}
		select {
		case <-tm.exited:
			return ok(tm.screen())
		case <-time.After(20 * time.Millisecond):
		}
	}
	return false
}

func (tm *term) send(s string) {
	if _, err := io.WriteString(tm.pty, s); err != nil {
		tm.t.Logf("write to pty: %v", err)
	}
}

// resize changes the pseudo-terminal's size (the program gets SIGWINCH)
// and the emulator's with it.
func (tm *term) resize(w, h int) {
	tm.mu.Lock()
	tm.emu.Resize(w, h)
	tm.mu.Unlock()
	if err := pty.Setsize(tm.pty, &pty.Winsize{Cols: uint16(w), Rows: uint16(h)}); err != nil {
		tm.t.Logf("setsize: %v", err)
	}
}

// kill sends SIGKILL and waits until the process is gone and its last
// output has been read.
func (tm *term) kill() {
	tm.cmd.Process.Signal(syscall.SIGKILL)
	<-tm.exited
	select {
	case <-tm.read:
	case <-time.After(2 * time.Second):
	}
}

// waitExit waits for the program to end by itself; it reports whether it
// did within timeout.
func (tm *term) waitExit(timeout time.Duration) bool {
	select {
	case <-tm.exited:
		return true
	case <-time.After(timeout):
		return false
	}
}
