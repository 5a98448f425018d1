// Package transfer is the work the command line and the screen share for
// moving data in and out of a data file: importing programme files (read,
// validate against what the file holds, count, commit in one
// transaction), building the day log for the exports, writing export
// files safely (temp file then rename, never overwriting unasked) and
// closing a day (every format plus a backup, then the journal entry).
//
// It sits between internal/formats, which knows the file formats and
// nothing of the database, and store, the only door to bbolt: it works
// over the store (imports store, never bbolt) and reads and writes files.
// It does no terminal I/O: callers print or render its results.
package transfer
