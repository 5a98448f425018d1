package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A data file at the place earlier versions used (macOS here) is used,
// and the user is told where it is and where it would now go.
func TestDataFileAtOlderDefaultIsUsedAndSaid(t *testing.T) {
	home := t.TempDir()
	old := filepath.Join(home, ".local", "share", "caecw", "caecw.db")
	vars := map[string]string{"HOME": home, "CAECW_DESK": "t"}
	env := func() (*cliEnv, *bytes.Buffer, *bytes.Buffer) {
		var out, errb bytes.Buffer
		return &cliEnv{stdout: &out, stderr: &errb, stdin: strings.NewReader(""), getenv: func(k string) string { return vars[k] }, goos: "darwin"}, &out, &errb
	}
	e, _, errb := env()
	if code := run(e, []string{"demo", "--db", old}); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errb)
	}
	e, out, errb := env()
	if code := run(e, []string{"status"}); code != 0 {
		t.Fatalf("status: exit %d: %s", code, errb)
	}
	if !strings.Contains(out.String(), "Opening") && out.Len() == 0 {
		t.Fatalf("status printed nothing")
	}
	cur := filepath.Join(home, "Library", "Application Support", "caecw", "caecw.db")
	if got := errb.String(); strings.Count(got, old) != 1 || !strings.Contains(got, cur) {
		t.Errorf("stderr should name the older file once and the new place:\n%s", got)
	}
	if _, err := os.Stat(cur); err == nil {
		t.Errorf("a file was made at %s", cur)
	}

	// Once a file is at the new place, that one wins, without a word.
	e, _, errb = env()
	if code := run(e, []string{"demo", "--db", cur}); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errb)
	}
	e, _, errb = env()
	if code := run(e, []string{"status"}); code != 0 || strings.Contains(errb.String(), old) {
		t.Errorf("status: exit %d, stderr:\n%s", code, errb)
	}
}

// Linux keeps the XDG rule it always had: no older place to look at.
func TestDataFileDefaultOnLinux(t *testing.T) {
	home := t.TempDir()
	var errb bytes.Buffer
	e := &cliEnv{stderr: &errb, getenv: func(k string) string { return map[string]string{"HOME": home}[k] }, goos: "linux"}
	var c cliFlags
	if got, want := c.path(e), filepath.Join(home, ".local", "share", "caecw", "caecw.db"); got != want || errb.Len() > 0 {
		t.Errorf("path = %q (stderr %q), want %q", got, errb.String(), want)
	}
}
