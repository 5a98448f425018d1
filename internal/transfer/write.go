package transfer

import (
	"errors"
	"io"
	"io/fs"
	"os"

	"caecw/internal/atomicfile"
)

// WriteFile writes path through write as an atomic write (package
// atomicfile), readable by its owner only: every file written here names
// people. Without force it refuses to replace an existing file (the error
// is an *ExistsError).
func WriteFile(path string, force bool, write func(io.Writer) error) error {
	return WriteFileMode(path, force, atomicfile.Personal, write)
}

// WriteFileMode is WriteFile with the new file's permissions, which hold
// from the first byte: a file that holds a secret (a desk's join file, the
// hub's key) is never readable by others, not even for a moment.
func WriteFileMode(path string, force bool, mode os.FileMode, write func(io.Writer) error) error {
	if force {
		return atomicfile.Write(path, mode, write)
	}
	if _, err := os.Lstat(path); err == nil {
		// Refused before the work; WriteNew refuses again at the end,
		// should another writer make the file meanwhile.
		return &ExistsError{Path: path}
	}
	err := atomicfile.WriteNew(path, mode, write)
	if errors.Is(err, fs.ErrExist) {
		return &ExistsError{Path: path}
	}
	return err
}
