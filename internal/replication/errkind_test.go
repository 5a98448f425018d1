package replication

import (
	"fmt"
	"net"
	"os"
	"syscall"
	"testing"

	"github.com/nats-io/nats.go"

	"caecw/internal/i18n"
)

// TestKind sorts the failures a desk meets into the kinds a screen words
// in its own language; anything else keeps the system's words.
func TestKind(t *testing.T) {
	for err, want := range map[error]ErrorKind{
		fmt.Errorf("sync: %w", nats.ErrNoServers):                           ErrKindUnreachable,
		&net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}:     ErrKindUnreachable,
		fmt.Errorf("sync: %w", nats.ErrAuthorization):                       ErrKindRefused,
		fmt.Errorf("nats: Authorization Violation"):                         ErrKindRefused,
		fmt.Errorf("connect: %w", ErrNotPinned):                             ErrKindCert,
		fmt.Errorf("could not write 3 entries to the data file: disk full"): "",
		// A disk's errno is a net.Error too (Timeout, Temporary): it is no
		// network failure.
		fault(i18n.KeySyncErrApply, &os.PathError{Op: "write", Path: "a.db", Err: syscall.ENOSPC}, "n", 3): "",
		&net.OpError{Op: "dial", Net: "tcp", Err: syscall.EHOSTUNREACH}:                                    ErrKindUnreachable,
		nil: "",
	} {
		if got := Kind(err); got != want {
			t.Errorf("Kind(%v) = %q, want %q", err, got, want)
		}
	}
}
