// Package datadir says where caecw keeps its data file when no --db names
// one, for each operating system: Windows %LocalAppData%\caecw\caecw.db,
// macOS ~/Library/Application Support/caecw/caecw.db, elsewhere the XDG
// data folder ($XDG_DATA_HOME, else ~/.local/share). CAECW_DB, and
// XDG_DATA_HOME where it is set, win on every system.
//
// The rules are pure functions of the target system's name (GOOS) and
// its environment, joined with that system's separator, so that each
// system's rules are tested on any machine; the caller passes
// runtime.GOOS, os.Getenv and a test of whether a file exists.
package datadir
