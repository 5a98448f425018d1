package transfer

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"caecw/internal/atomicfile"
)

// ErrExists is returned when an export would overwrite a file and force
// was not given.
var ErrExists = errors.New("exists")

// WriteFile writes path through write as an atomic write (package
// atomicfile), readable by its owner only: every file written here names
// people. Without force it refuses to replace an existing file (the error
// wraps ErrExists).
func WriteFile(path string, force bool, write func(io.Writer) error) error {
	if force {
		return atomicfile.Write(path, atomicfile.Personal, write)
	}
	if _, err := os.Lstat(path); err == nil {
		// Refused before the work; WriteNew refuses again at the end,
		// should another writer make the file meanwhile.
		return fmt.Errorf("%s %w; use --force to replace it", path, ErrExists)
	}
	err := atomicfile.WriteNew(path, atomicfile.Personal, write)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s %w; use --force to replace it", path, ErrExists)
	}
	return err
}
