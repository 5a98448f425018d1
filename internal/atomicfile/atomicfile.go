// Package atomicfile writes a file so that a crash at any instant leaves
// either the old file (or none) or the whole new one under its name, never
// a part: the data goes to a temp file beside the target, is synced,
// renamed over the target, and the folder is synced so the rename itself
// survives a power cut. It is the one way caecw writes a file whole:
// backups, restores, exports, day logs, journal files.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"caecw/internal/failpoint"
	"caecw/internal/fsutil"
)

// Personal is the permission of every file that holds personal data (the
// data file, its backups, exports, day logs): its owner only.
const Personal os.FileMode = 0o600

// tempMark sits between a target's name and the random part of its temp
// file's name: ".caecw.db.tmp-123456".
const tempMark = ".tmp-"

// File is the temp file of one atomic write. Write to it, then Commit (or
// CommitNew); Abort, deferred, removes it if neither ran.
type File struct {
	f      *os.File
	target string
	tmp    string
	synced bool
	done   bool
}

// Create starts an atomic write of path: a temp file in path's folder
// with permission perm.
func Create(path string, perm os.FileMode) (*File, error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+tempMark+"*")
	if err != nil {
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Chmod(perm); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	return &File{f: f, target: path, tmp: f.Name()}, nil
}

// Name is the temp file's path, for a step that must open the new copy
// before it takes the target's name.
func (t *File) Name() string { return t.tmp }

// Write implements io.Writer.
func (t *File) Write(p []byte) (int, error) { return t.f.Write(p) }

// Sync flushes the temp file to disk and closes it. Commit calls it; call
// it first only to work on the whole new copy by its Name.
func (t *File) Sync() error {
	if t.synced {
		return nil
	}
	err := t.f.Sync()
	if cerr := t.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", t.target, err)
	}
	t.synced = true
	failpoint.Hit("atomicfile: synced")
	return nil
}

// Commit gives the synced temp file the target's name, replacing any file
// there, and syncs the folder.
func (t *File) Commit() error {
	if err := t.Sync(); err != nil {
		return err
	}
	if err := os.Rename(t.tmp, t.target); err != nil {
		return fmt.Errorf("write %s: %w", t.target, err)
	}
	t.done = true
	failpoint.Hit("atomicfile: renamed")
	return SyncDir(filepath.Dir(t.target))
}

// CommitNew is Commit that never replaces a file: if one has the target's
// name, it returns an error that wraps fs.ErrExist and the target is left
// as it was.
func (t *File) CommitNew() error {
	if err := t.Sync(); err != nil {
		return err
	}
	// Link fails if the name exists, where Rename would replace it.
	err := os.Link(t.tmp, t.target)
	switch {
	case errors.Is(err, fs.ErrExist):
		return fmt.Errorf("write %s: %w", t.target, fs.ErrExist)
	case err != nil:
		// A folder without hard links (some USB sticks): check, then
		// rename, which leaves a small window to another writer.
		if _, serr := os.Lstat(t.target); serr == nil {
			return fmt.Errorf("write %s: %w", t.target, fs.ErrExist)
		}
		if err := os.Rename(t.tmp, t.target); err != nil {
			return fmt.Errorf("write %s: %w", t.target, err)
		}
	default:
		os.Remove(t.tmp)
	}
	t.done = true
	failpoint.Hit("atomicfile: renamed")
	return SyncDir(filepath.Dir(t.target))
}

// Abort removes the temp file unless Commit or CommitNew gave it the
// target's name. It is safe to defer.
func (t *File) Abort() {
	if t.done {
		return
	}
	if !t.synced {
		t.f.Close()
	}
	os.Remove(t.tmp)
	t.done = true
}

// Write writes path whole through write, replacing any file there.
func Write(path string, perm os.FileMode, write func(io.Writer) error) error {
	return writeWith(path, perm, write, (*File).Commit)
}

// WriteNew writes path whole through write, but never over an existing
// file: then its error wraps fs.ErrExist.
func WriteNew(path string, perm os.FileMode, write func(io.Writer) error) error {
	return writeWith(path, perm, write, (*File).CommitNew)
}

func writeWith(path string, perm os.FileMode, write func(io.Writer) error, commit func(*File) error) error {
	t, err := Create(path, perm)
	if err != nil {
		return err
	}
	defer t.Abort()
	if err := write(t); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return commit(t)
}

// SyncDir syncs a folder, so that a rename or a new name in it survives a
// power cut (fsutil.SyncDir: a no-op where a system cannot).
func SyncDir(dir string) error { return fsutil.SyncDir(dir) }

// Leftovers lists the temp files of atomic writes of path that never
// finished (a crash, a pulled plug): they are not path and may be removed.
func Leftovers(path string) []string {
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "."+globEscape(filepath.Base(path))+tempMark+"*"))
	return matches
}

func globEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `*`, `\*`, `?`, `\?`, `[`, `\[`)
	return r.Replace(s)
}
