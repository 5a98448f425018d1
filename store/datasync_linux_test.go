package store

import (
	"os"
	"syscall"
)

// datasync is what bbolt does on Linux after writing its pages.
func datasync(f *os.File) error { return syscall.Fdatasync(int(f.Fd())) }
