package store

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// dataFile writes a closed caecw file with some check-ins in dir and
// returns its path and bytes; with backup, a rolling backup is made first.
func dataFile(t *testing.T, dir string, backup bool) (string, []byte, string) {
	t.Helper()
	path := filepath.Join(dir, "caecw.db")
	f := createAt(t, path, "desk-a")
	for _, p := range []string{"p-th1", "p-th2", "p-kh1", "p-kh2", "p-vn1"} {
		f.clock.Advance(time.Second)
		must[CheckInResult](t)(f.s.CheckIn(p))
	}
	var b string
	if backup {
		var err error
		if b, err = f.s.RollingBackup("test", 3); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.s.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, data, b
}

func TestOpenDamagedOrForeignFiles(t *testing.T) {
	pageSize := os.Getpagesize()
	cases := []struct {
		name   string
		damage func(t *testing.T, path string, data []byte)
		want   []error // any of
		backup bool
	}{
		{"zero length", func(t *testing.T, path string, data []byte) { write(t, path, nil) }, []error{ErrDamaged}, true},
		// Half of the pages in use (a file may be longer than its pages in
		// use: cutting only unused space damages nothing).
		{"truncated to half", func(t *testing.T, path string, data []byte) {
			m, ok := readBoltMeta(bytes.NewReader(data), 0)
			if !ok {
				t.Fatal("no meta page")
			}
			write(t, path, data[:m.pgid*m.pageSize/2])
		}, []error{ErrDamaged, ErrNotCaecw}, true},
		{"truncated inside the first page", func(t *testing.T, path string, data []byte) { write(t, path, data[:1000]) }, []error{ErrDamaged, ErrNotCaecw}, true},
		{"second page zeroed", func(t *testing.T, path string, data []byte) { zero(t, path, data, 4096, 8192) }, []error{ErrDamaged, ErrNotCaecw}, true},
		{"first page zeroed", func(t *testing.T, path string, data []byte) { zero(t, path, data, 0, pageSize) }, []error{ErrDamaged, ErrNotCaecw}, true},
		{"both meta pages zeroed", func(t *testing.T, path string, data []byte) { zero(t, path, data, 0, 2*pageSize) }, []error{ErrDamaged, ErrNotCaecw}, true},
		{"random bytes", func(t *testing.T, path string, data []byte) {
			junk := make([]byte, 64*1024)
			rand.New(rand.NewSource(1)).Read(junk)
			write(t, path, junk)
		}, []error{ErrNotCaecw, ErrDamaged}, false},
		{"text file", func(t *testing.T, path string, data []byte) {
			write(t, path, []byte(strings.Repeat("id,name,delegation\np1,Somchai,th\n", 400)))
		}, []error{ErrNotCaecw}, false},
		{"another program's bbolt file", func(t *testing.T, path string, data []byte) {
			os.Remove(path)
			db, err := bolt.Open(path, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			db.Update(func(tx *bolt.Tx) error {
				b, _ := tx.CreateBucket([]byte("widgets"))
				return b.Put([]byte("k"), []byte("v"))
			})
			db.Close()
		}, []error{ErrNotCaecw}, false},
	}
	// Every page of the file zeroed in turn, with no backup.
	_, probe, _ := dataFile(t, t.TempDir(), false)
	for pg := 2; pg*pageSize < len(probe); pg++ {
		from := pg * pageSize
		cases = append(cases, struct {
			name   string
			damage func(t *testing.T, path string, data []byte)
			want   []error
			backup bool
		}{fmt.Sprintf("page %d zeroed", pg), func(t *testing.T, path string, data []byte) {
			zero(t, path, data, from, from+pageSize)
		}, nil, false})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path, data, backup := dataFile(t, t.TempDir(), c.backup)
			c.damage(t, path, data)
			before := sum(t, path)
			s, err := Open(path, Options{Desk: "desk-a"})
			if c.want == nil && err == nil {
				// A zeroed page the file does not use (a free page)
				// is no damage; the data must still check clean.
				problems, cerr := s.Check()
				s.Close()
				if cerr != nil || len(problems) > 0 {
					t.Errorf("opened, but check finds %v %v", problems, cerr)
				}
				if sum(t, path) != before {
					t.Error("file changed")
				}
				return
			}
			if err == nil {
				s.Close()
				t.Fatalf("Open succeeded")
			}
			t.Logf("Open: %v", err)
			var fe *FileError
			if !errors.As(err, &fe) || fe.Path != path || !strings.Contains(err.Error(), path) {
				t.Fatalf("error %v (%T) does not name the file", err, err)
			}
			ok := false
			for _, w := range append(c.want, ErrDamaged, ErrNotCaecw)[:max(len(c.want), 2)] {
				ok = ok || errors.Is(err, w)
			}
			if !ok {
				t.Errorf("error %v, want one of %v", err, c.want)
			}
			if backup != "" && !strings.Contains(err.Error(), backup) {
				t.Errorf("error %q does not name the backup %s", err, backup)
			}
			if after := sum(t, path); after != before {
				t.Error("Open changed the file's bytes")
			}
			// Read-only opening (check, export) refuses it the same way.
			// Neither leaves the lock held behind it (a panic inside
			// bbolt's Open would): the second attempt is refused for the
			// damage, not as in use.
			for _, ro := range []bool{true, false} {
				s, err := Open(path, Options{Desk: "desk-a", ReadOnly: ro, LockTimeout: 200 * time.Millisecond})
				if err == nil {
					s.Close()
					t.Fatalf("Open (read-only %v) succeeded the second time", ro)
				}
				if errors.Is(err, ErrInUse) {
					t.Errorf("second Open (read-only %v): %v: the first left the file locked", ro, err)
				}
			}
			if after := sum(t, path); after != before {
				t.Error("read-only Open changed the file's bytes")
			}
		})
	}
}

func TestOpenDirectory(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(dir, Options{Desk: "d"}); !errors.Is(err, ErrNotCaecw) {
		t.Errorf("Open of a directory: %v", err)
	}
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

func zero(t *testing.T, path string, data []byte, from, to int) {
	t.Helper()
	if to > len(data) {
		t.Fatalf("file has %d bytes, cannot zero %d..%d", len(data), from, to)
	}
	d := bytes.Clone(data)
	clear(d[from:to])
	write(t, path, d)
}

func sum(t *testing.T, path string) [32]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(data)
}
