//go:build !windows

package fsutil

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// SyncDir syncs a folder, so that a rename or a new name in it survives a
// power cut. A file system that cannot sync a folder is not an error.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !ignorable(err) {
		return fmt.Errorf("sync folder %s: %w", dir, err)
	}
	return nil
}

// ignorable: file systems that have no folder sync say so with EINVAL
// (some network and FUSE mounts) or ENOTSUP.
func ignorable(err error) bool {
	return errors.Is(err, syscall.EINVAL) || errors.Is(err, syscall.ENOTSUP) || errors.Is(err, errors.ErrUnsupported)
}
