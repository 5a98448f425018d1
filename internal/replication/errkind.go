package replication

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"strings"
	"syscall"

	"github.com/nats-io/nats.go"
)

// ErrorKind names the common causes of a sync failure, so that a screen
// or the CLI says them in its own language (i18n: KeySyncErr...); a
// failure of no known kind is shown as the system words it.
type ErrorKind string

// The kinds of sync failure a person can act on.
const (
	// ErrKindRefused: the hub refused this desk's credential (revoked,
	// or enrolled again since this join file was made).
	ErrKindRefused ErrorKind = "refused"
	// ErrKindUnreachable: the hub could not be reached (network, hub
	// laptop off, wrong address).
	ErrKindUnreachable ErrorKind = "unreachable"
	// ErrKindCert: the hub's certificate is not the one the join file
	// trusts, or TLS failed.
	ErrKindCert ErrorKind = "cert"
)

// Kind classifies err; "" when it is none of the known kinds.
func Kind(err error) ErrorKind {
	if err == nil {
		return ""
	}
	var ce *tls.CertificateVerificationError
	var ue x509.UnknownAuthorityError
	var ne net.Error
	switch {
	case errors.Is(err, ErrNotPinned) || errors.As(err, &ce) || errors.As(err, &ue):
		return ErrKindCert
	case errors.Is(err, nats.ErrAuthorization) || errors.Is(err, nats.ErrAuthExpired) || errors.Is(err, nats.ErrAuthRevoked) ||
		strings.Contains(strings.ToLower(err.Error()), "authorization violation"):
		return ErrKindRefused
	case errors.Is(err, nats.ErrNoServers) || errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, nats.ErrTimeout) ||
		errors.Is(err, nats.ErrConnectionClosed) || (errors.As(err, &ne) && !isErrno(ne)):
		return ErrKindUnreachable
	}
	return ""
}

// isErrno reports whether err is a bare system error number: it has the
// methods of a net.Error, but a disk's "no space left" is no network
// failure (a network's comes inside a *net.OpError).
func isErrno(err error) bool {
	_, ok := err.(syscall.Errno)
	return ok
}
