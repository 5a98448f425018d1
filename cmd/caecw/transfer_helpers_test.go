package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"caecw/internal/clock"
	"caecw/internal/event"
	"caecw/store"
)

// sampleFiles are the valid import sample set.
func sampleFiles(t testing.TB) []string {
	t.Helper()
	m, err := filepath.Glob("../../testdata/import/valid/*.csv")
	if err != nil || len(m) != 7 {
		t.Fatalf("sample set: %v %v", m, err)
	}
	return m
}

// initWithSamples is `caecw init` then `caecw import` of the sample set,
// through the binary.
func initWithSamples(t testing.TB, db string) {
	t.Helper()
	if r := runBin(t, "init", "--db", db); r.code != 0 {
		t.Fatalf("init: %d %s", r.code, r.stderr)
	}
	if r := runBin(t, append([]string{"import", "--db", db}, sampleFiles(t)...)...); r.code != 0 {
		t.Fatalf("import: %d %s", r.code, r.stderr)
	}
}

func mustRun(t testing.TB, args ...string) cliResult {
	t.Helper()
	r := runBin(t, args...)
	if r.code != 0 {
		t.Fatalf("caecw %s: exit %d\n%s%s", strings.Join(args, " "), r.code, r.stdout, r.stderr)
	}
	return r
}

// openAt opens the data file in-process with the clock fixed at hh:mm on
// day.
func openAt(t testing.TB, db string, day event.Day, hh, mm int) *store.Store {
	t.Helper()
	loc := event.Event{TimeZone: "Asia/Shanghai"}.Location()
	s, err := store.Open(db, store.Options{Desk: "test-desk", Operator: "tester", Clock: clock.NewFixed(day.At(hh, mm, loc))})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func readOnly(t testing.TB, db string) *store.Store {
	t.Helper()
	s, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// programmeOf reads db's programme and closes the file again, so the
// commands a test runs next find it unlocked.
func programmeOf(t testing.TB, db string) event.Programme {
	t.Helper()
	s, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := s.Programme()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func writeTestFile(t testing.TB, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// runBinIn runs the binary like runBin, in the folder dir.
func runBinIn(t testing.TB, dir string, args ...string) cliResult {
	t.Helper()
	cmd := exec.Command(caecwBin(t), args...)
	cmd.Env = testEnv()
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := cliResult{stdout: stdout.String(), stderr: stderr.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run %v: %v", args, err)
	}
	return r
}
