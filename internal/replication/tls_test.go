package replication

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
)

// writeCerts makes a CA and a certificate for 127.0.0.1 signed by it, as
// PEM files in dir: ca.pem, hub.pem, hub-key.pem.
func writeCerts(t *testing.T, dir string) (ca, cert, key string) {
	t.Helper()
	caKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	caTmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "caecw test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	caCert, _ := x509.ParseCertificate(caDER)
	hubKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	hubTmpl := &x509.Certificate{SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "caecw hub"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	hubDER, err := x509.CreateCertificate(rand.Reader, hubTmpl, caCert, &hubKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, _ := x509.MarshalECPrivateKey(hubKey)
	write := func(name, typ string, der []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	return write("ca.pem", "CERTIFICATE", caDER), write("hub.pem", "CERTIFICATE", hubDER), write("hub-key.pem", "EC PRIVATE KEY", keyDER)
}

// With certificate files the hub speaks TLS only: a desk that trusts the
// CA syncs (and the hub's own desk, in process, too); a plain connection
// and one that does not trust the certificate are refused.
func TestTLS(t *testing.T) {
	dir := t.TempDir()
	ca, cert, key := writeCerts(t, dir)
	h, err := StartHub(HubOptions{Listen: "127.0.0.1:-1", Dir: t.TempDir(), Token: testToken, TLSCert: cert, TLSKey: key})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Shutdown()

	if nc, err := nats.Connect("nats://"+h.Addr(), nats.Token(testToken)); err == nil {
		nc.Close()
		t.Error("a plain connection was accepted by a TLS hub")
	}
	if nc, err := nats.Connect("tls://"+h.Addr(), nats.Token(testToken)); err == nil {
		nc.Close()
		t.Error("a connection that does not trust the hub's certificate was accepted")
	}

	prog := programme(t, 6)
	a := newDesk(t, dir, "desk-a", &prog)
	b := newDesk(t, dir, "desk-b", nil)
	a.connect(t, h, true)
	c, err := Start(Config{Store: b.s, URL: "tls://" + h.Addr(), Token: testToken, CAFile: ca, PingInterval: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	b.c = c
	eventually(t, settle, func() string {
		if p, _ := b.s.People(); len(p) != 6 {
			return fmt.Sprintf("desk B has %d people (%+v)", len(p), c.Status())
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
