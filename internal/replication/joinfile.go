package replication

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/nats-io/nkeys"

	"caecw/internal/transfer"
)

// JoinFile is everything a desk needs to sync, in one file the hub
// writes for it (caecw hub enroll DESK): where the hub is, the desk's own
// credential, and the hub's certificate, pinned. A volunteer carries only
// this file; it must stay readable by its owner alone.
type JoinFile struct {
	// Hub is the hub's address, tls://host:port (nats:// for a hub on
	// loopback or one started with the explicit insecure flag).
	Hub string `json:"hub"`
	// Desk is the desk name this credential may write and read as.
	Desk string `json:"desk"`
	// Seed is the desk's NATS nkey seed: its secret. The hub keeps only
	// the public key.
	Seed string `json:"seed"`
	// Cert is the hub's TLS certificate (PEM) as it was when the desk was
	// enrolled: the desk trusts this certificate and no other (trust on
	// first use, as SSH does). Empty for a plain hub.
	Cert string `json:"cert,omitempty"`
}

// ErrReadableByOthers is returned for a credential file that other users
// of the laptop could read.
var ErrReadableByOthers = errors.New("readable by other users")

// ErrNotJoinFile is returned for a file that is not a usable join file:
// not one at all, or one with a part missing or wrong.
var ErrNotJoinFile = errors.New("not a caecw join file")

// checkPrivate refuses a secret file whose mode lets anyone but its
// owner read it. Windows has no such mode bits (its ACLs decide), so
// there the check is left to the folder's ACL.
func checkPrivate(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if runtime.GOOS == "windows" {
		return nil
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		return fmt.Errorf("%s is %w (mode %04o): it holds a secret; run chmod 600 %s", path, ErrReadableByOthers, perm, path)
	}
	return nil
}

// ReadJoinFile reads and checks a join file. A file others could read is
// refused: whoever copies it can sync as that desk.
func ReadJoinFile(path string) (JoinFile, error) {
	var jf JoinFile
	if err := checkPrivate(path); err != nil {
		return jf, fmt.Errorf("join file: %w", err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return jf, fmt.Errorf("join file: %w", err)
	}
	if err := json.Unmarshal(b, &jf); err != nil {
		return jf, fmt.Errorf("join file %s: %w: %w", path, ErrNotJoinFile, err)
	}
	if err := jf.check(); err != nil {
		return jf, fmt.Errorf("join file %s: %w: %w", path, ErrNotJoinFile, err)
	}
	return jf, nil
}

// check says what is missing or wrong in jf.
func (jf JoinFile) check() error {
	if jf.Hub == "" {
		return errors.New("no hub address")
	}
	if err := checkDeskName(jf.Desk); err != nil {
		return err
	}
	kp, err := nkeys.FromSeed([]byte(jf.Seed))
	if err != nil {
		return fmt.Errorf("no valid desk credential: %w", err)
	}
	if pub, err := kp.PublicKey(); err != nil || !nkeys.IsValidPublicUserKey(pub) {
		return errors.New("the credential is not a user key")
	}
	if jf.Cert != "" {
		if _, err := parseCertPEM([]byte(jf.Cert)); err != nil {
			return err
		}
	}
	return nil
}

// WriteJoinFile writes jf to path, readable by its owner only; it
// refuses to replace an existing file.
func WriteJoinFile(path string, jf JoinFile) error {
	b, err := json.MarshalIndent(jf, "", "  ")
	if err != nil {
		return err
	}
	return writeSecret(path, append(b, '\n'), false)
}

// writeSecret writes data to path readable by its owner only, whole or
// not at all; without replace an existing path is an error.
func writeSecret(path string, data []byte, replace bool) error {
	return transfer.WriteFileMode(path, replace, 0o600, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
