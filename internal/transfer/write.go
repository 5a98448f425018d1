package transfer

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// WriteFile writes path through write: into a temp file in the same
// folder, synced, then renamed over path, so that path is either the old
// file, absent, or the whole new one. Without force it refuses to replace
// an existing file (the error is an *ExistsError).
func WriteFile(path string, force bool, write func(io.Writer) error) error {
	if !force {
		if _, err := os.Lstat(path); err == nil {
			return &ExistsError{Path: path}
		}
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".caecw-export-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	err = write(tmp)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if !force {
		// A last check narrows the window in which another writer could
		// have made the file meanwhile; Link fails if the name exists.
		if err := os.Link(tmp.Name(), path); err != nil {
			if errors.Is(err, os.ErrExist) {
				return &ExistsError{Path: path}
			}
			// Filesystems without hard links: fall back to rename.
			if err := os.Rename(tmp.Name(), path); err != nil {
				return fmt.Errorf("write %s: %w", path, err)
			}
		}
	} else if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	syncDir(dir)
	return nil
}

func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
