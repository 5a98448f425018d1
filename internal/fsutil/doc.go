// Package fsutil holds the file-system steps whose rules differ between
// operating systems, each in build-tagged files, so that callers (the one
// atomic write, backups, restores) stay the same on every system.
package fsutil
