package replication

import (
	"crypto/tls"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nats-io/nats.go"

	"caecw/internal/i18n"
)

// Off loopback a hub speaks TLS unless plain TCP is asked for by name;
// on loopback only when asked.
func TestTLSPolicy(t *testing.T) {
	cases := []struct {
		host string
		o    HubOptions
		want bool
	}{
		{"127.0.0.1", HubOptions{}, false},
		{"::1", HubOptions{}, false},
		{"localhost", HubOptions{}, false},
		{"127.0.0.1", HubOptions{TLS: true}, true},
		{"192.168.1.10", HubOptions{}, true},
		{"0.0.0.0", HubOptions{}, true},
		{"", HubOptions{}, true},
		{"hub.local", HubOptions{}, true},
		{"192.168.1.10", HubOptions{PlainTCP: true}, false},
	}
	for _, tc := range cases {
		if got := wantTLS(tc.host, tc.o); got != tc.want {
			t.Errorf("%q %+v: TLS %v, want %v", tc.host, tc.o, got, tc.want)
		}
	}
}

// A TLS hub makes its own certificate on first start and keeps it; the
// join file pins it: a desk with the join file syncs, a plain connection,
// one that verifies the usual way and one pinned to another certificate
// are refused.
func TestTLSPinnedCertificate(t *testing.T) {
	dir, hubDir := t.TempDir(), t.TempDir()
	h, err := StartHub(HubOptions{Listen: "127.0.0.1:-1", Dir: hubDir, TLS: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h.URL(), "tls://") || h.Cert() == "" {
		t.Fatalf("TLS hub at %s with certificate %q", h.URL(), h.Cert())
	}
	if fi, err := os.Stat(filepath.Join(hubDir, keyFileName)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("hub key file: %v %v", fi.Mode(), err)
	}
	first := h.Cert()
	h.Shutdown()
	h, err = StartHub(HubOptions{Listen: "127.0.0.1:-1", Dir: hubDir, TLS: true})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Shutdown()
	if h.Cert() != first {
		t.Fatal("the hub made a new certificate on its second start: every join file would break")
	}
	prog := programme(t, 6)
	a := newDesk(t, dir, "desk-a", &prog)
	b := newDesk(t, dir, "desk-b", nil)
	jf := joinFor(t, h, b.name)
	if jf.Cert != first {
		t.Fatal("the join file does not pin the hub's certificate")
	}
	cred, _ := credential(jf)
	if nc, err := nats.Connect("nats://"+h.Addr(), cred[0]); err == nil {
		nc.Close()
		t.Error("a plain connection was accepted by a TLS hub")
	}
	if nc, err := nats.Connect("tls://"+h.Addr(), cred[0], nats.Secure(&tls.Config{MinVersion: tls.VersionTLS12})); err == nil {
		nc.Close()
		t.Error("a connection checking the certificate against the system's authorities was accepted")
	}
	// A join file pinned to another hub's certificate: a server in the
	// middle with its own certificate looks like this.
	other, err := StartHub(HubOptions{Listen: "127.0.0.1:-1", Dir: t.TempDir(), TLS: true})
	if err != nil {
		t.Fatal(err)
	}
	wrong := jf
	wrong.Cert = other.Cert()
	other.Shutdown()
	wrongOpts, _ := credential(wrong)
	if nc, err := nats.Connect(jf.Hub, wrongOpts...); err == nil {
		nc.Close()
		t.Error("a desk pinned to another certificate connected")
	} else if !errors.Is(err, ErrNotPinned) && !strings.Contains(err.Error(), ErrNotPinned.Error()) {
		t.Errorf("pinned to another certificate: %v", err)
	}

	a.connect(t, h, true)
	b.start(t, Config{Join: jf})
	eventually(t, settle, func() string {
		if p, _ := b.s.People(); len(p) != 6 {
			return fmt.Sprintf("desk B has %d people (%+v)", len(p), b.c.Status())
		}
		return ""
	})
	must(t)(b.s.CheckIn(personID(5)))
	eventually(t, settle, func() string {
		if why := converged(t, a, b)(); why != "" {
			return why
		}
		if n := len(arrivals(t, a.s)); n != 1 {
			return fmt.Sprintf("%d arrivals on desk A", n)
		}
		return ""
	})
}

// Secret files readable by other users of the laptop are refused with a
// message that says what to do: a join file, the hub's key.
func TestCredentialFilesMustBePrivate(t *testing.T) {
	dir := t.TempDir()
	jf, err := Enroll(dir, "gate-2", "nats://127.0.0.1:4222", "")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "gate-2.join")
	if err := WriteJoinFile(path, jf); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("join file written with mode %v", fi.Mode())
	}
	if got, err := ReadJoinFile(path); err != nil || got != jf {
		t.Fatalf("read back: %+v %v", got, err)
	}
	if err := WriteJoinFile(path, jf); err == nil {
		t.Error("a join file was replaced without asking")
	}
	os.Chmod(path, 0o644)
	_, err = ReadJoinFile(path)
	if !errors.Is(err, ErrReadableByOthers) || !strings.Contains(err.Error(), "chmod 600 "+path) {
		t.Errorf("a join file readable by others: %v", err)
	}

	hubDir := t.TempDir()
	h, err := StartHub(HubOptions{Listen: "127.0.0.1:-1", Dir: hubDir, TLS: true})
	if err != nil {
		t.Fatal(err)
	}
	h.Shutdown()
	key := filepath.Join(hubDir, keyFileName)
	os.Chmod(key, 0o640)
	if h, err := StartHub(HubOptions{Listen: "127.0.0.1:-1", Dir: hubDir, TLS: true}); err == nil {
		h.Shutdown()
		t.Error("a hub started with a key file others can read")
	} else if !errors.Is(err, ErrReadableByOthers) || !strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("hub key readable by others: %v", err)
	} else if zh := Words(err)(i18n.New(i18n.ZH)); zh != "同步中心的密钥"+key+"其他用户也能读取，而它是机密：请运行 chmod 600 "+key {
		t.Errorf("hub key readable by others, in Chinese: %q", zh)
	}
}
