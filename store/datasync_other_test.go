//go:build !linux

package store

import "os"

// datasync is what bbolt does elsewhere: a full sync.
func datasync(f *os.File) error { return f.Sync() }
