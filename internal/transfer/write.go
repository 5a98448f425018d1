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
	if force {
		return atomicfile.Write(path, atomicfile.Personal, write)
	}
	if _, err := os.Lstat(path); err == nil {
		// Refused before the work; WriteNew refuses again at the end,
		// should another writer make the file meanwhile.
		return &ExistsError{Path: path}
	}
	err := atomicfile.WriteNew(path, atomicfile.Personal, write)
	if errors.Is(err, fs.ErrExist) {
		return &ExistsError{Path: path}
	}
	return err
}
