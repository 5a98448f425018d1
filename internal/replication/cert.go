package replication

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"caecw/internal/i18n"
	"caecw/internal/transfer"
)

// The hub's own certificate and key, in its folder (see StoreDirFor).
const (
	certFileName = "hub-cert.pem"
	keyFileName  = "hub-key.pem"
)

// certValidity is how long the hub's self-made certificate lasts: desks
// pin it rather than check names or dates against an authority, so a
// long life only spares a re-enrolment.
const certValidity = 10 * 365 * 24 * time.Hour

// ensureCert returns the hub's certificate (PEM) and the paths of the
// certificate and key files in dir, making a self-signed pair on the
// hub's first start. The key file must be readable by its owner only.
// Its errors are worded (*Error).
func ensureCert(dir string) (certPEM []byte, certFile, keyFile string, err error) {
	certFile, keyFile = filepath.Join(dir, certFileName), filepath.Join(dir, keyFileName)
	certPEM, err = os.ReadFile(certFile)
	if errors.Is(err, os.ErrNotExist) {
		if err := makeCert(certFile, keyFile); err != nil {
			return nil, "", "", fault(i18n.KeySyncHubTLS, err, "dir", dir)
		}
		certPEM, err = os.ReadFile(certFile)
	}
	if err != nil {
		return nil, "", "", fault(i18n.KeySyncHubTLS, err, "dir", dir)
	}
	if err := checkPrivate(keyFile); errors.Is(err, ErrReadableByOthers) {
		return nil, "", "", fault(i18n.KeySyncHubKeyReadable, ErrReadableByOthers, "path", keyFile)
	} else if err != nil {
		return nil, "", "", fault(i18n.KeySyncHubTLS, err, "dir", dir)
	}
	if _, err := parseCertPEM(certPEM); err != nil {
		return nil, "", "", fault(i18n.KeySyncHubTLS, err, "dir", dir)
	}
	return certPEM, certFile, keyFile, nil
}

// makeCert writes a new self-signed ECDSA P-256 certificate and its key.
// Its names do not matter (desks pin the certificate itself, so the hub
// may change address); the key is written first so a crash leaves no
// certificate without a key.
func makeCert(certFile, keyFile string) error {
	if err := os.MkdirAll(filepath.Dir(certFile), 0o700); err != nil {
		return err
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return err
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 120))
	if err != nil {
		return err
	}
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber: serial, Subject: pkix.Name{CommonName: "caecw hub"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(certValidity),
		KeyUsage:    x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IsCA:        true, BasicConstraintsValid: true,
		DNSNames: []string{"caecw-hub"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return err
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return err
	}
	if err := writeSecret(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), true); err != nil {
		return err
	}
	return transfer.WriteFileMode(certFile, true, 0o644, func(w io.Writer) error {
		return pem.Encode(w, &pem.Block{Type: "CERTIFICATE", Bytes: der})
	})
}

// parseCertPEM reads the one certificate of a PEM text.
func parseCertPEM(b []byte) (*x509.Certificate, error) {
	block, _ := pem.Decode(b)
	if block == nil || block.Type != "CERTIFICATE" {
		return nil, errors.New("no hub certificate in PEM form")
	}
	c, err := x509.ParseCertificate(block.Bytes)
	if err != nil {
		return nil, fmt.Errorf("hub certificate: %w", err)
	}
	return c, nil
}

// ErrNotPinned is the refusal of a hub whose certificate is not the one
// in the join file.
var ErrNotPinned = errors.New("the hub's certificate is not the one this join file trusts (another server, or a new hub certificate: enrol the desk again)")

// pinnedTLS is the TLS configuration of a desk: the hub must show
// exactly the certificate of the join file. Names and authorities are not
// checked (the hub's address may change at the venue and it signs its
// own certificate); the pin is stricter than both.
func pinnedTLS(certPEM string) (*tls.Config, error) {
	want, err := parseCertPEM([]byte(certPEM))
	if err != nil {
		return nil, err
	}
	return &tls.Config{
		MinVersion: tls.VersionTLS12,
		// The standard verification is replaced, not skipped: the
		// certificate must be byte for byte the pinned one.
		InsecureSkipVerify: true,
		VerifyPeerCertificate: func(raw [][]byte, _ [][]*x509.Certificate) error {
			if len(raw) == 0 || !bytes.Equal(raw[0], want.Raw) {
				return ErrNotPinned
			}
			return nil
		},
	}, nil
}
