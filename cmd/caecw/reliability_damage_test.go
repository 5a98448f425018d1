package main

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"caecw/store"
)

// TestDamagedFilesCLI damages a data file in the ways a laptop does
// (cut short by a crash or a full disk, a page of zeros, random bytes,
// the wrong file picked) and runs every command that opens it: each
// fails with an error naming the file and the latest backup, and the
// file's bytes are never changed. Then `caecw restore` brings the backup
// back, keeping the damaged file beside it.
func TestDamagedFilesCLI(t *testing.T) {
	pageSize := os.Getpagesize()
	cases := []struct {
		name   string
		damage func(t *testing.T, path string, data []byte)
	}{
		{"empty file", func(t *testing.T, path string, data []byte) { writeFile(t, path, nil) }},
		{"truncated to half", func(t *testing.T, path string, data []byte) { writeFile(t, path, data[:len(data)/2]) }},
		{"truncated inside the first page", func(t *testing.T, path string, data []byte) { writeFile(t, path, data[:1000]) }},
		{"meta page 0 zero-filled", func(t *testing.T, path string, data []byte) { zeroFill(t, path, data, 0, pageSize) }},
		{"both meta pages zero-filled", func(t *testing.T, path string, data []byte) { zeroFill(t, path, data, 0, 2*pageSize) }},
		{"root/freelist page zero-filled", func(t *testing.T, path string, data []byte) { zeroFill(t, path, data, 2*pageSize, 4*pageSize) }},
		{"random bytes", func(t *testing.T, path string, data []byte) {
			junk := make([]byte, len(data))
			rand.New(rand.NewSource(7)).Read(junk)
			writeFile(t, path, junk)
		}},
		{"a spreadsheet (CSV) picked by mistake", func(t *testing.T, path string, data []byte) {
			writeFile(t, path, []byte(strings.Repeat("badge,name,delegation\nTH001,Somchai,th\n", 300)))
		}},
		{"an SQLite database", func(t *testing.T, path string, data []byte) {
			b := make([]byte, 8192)
			copy(b, "SQLite format 3\x00")
			writeFile(t, path, b)
		}},
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
		}},
	}
	held := 0
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "caecw.db")
			demoCopy(t, path)
			// A check-in, then a backup holding it, as the app's rolling
			// backup would have made.
			if r := runBin(t, "checkin", "--db", path, "--now", "2025-07-26T09:00", firstBadge(t, path)); r.code != 0 {
				t.Fatalf("checkin: %d %s %s", r.code, r.stdout, r.stderr)
			}
			backup := filepath.Join(store.BackupDir(path), "20250726T010000.000Z-auto.db")
			if r := runBin(t, "backup", "--db", path, backup); r.code != 0 {
				t.Fatalf("backup: %d %s", r.code, r.stderr)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			tc.damage(t, path, data)
			before := sha(t, path)
			for _, args := range [][]string{
				{"--db", path, "--now", "2025-07-26T09:30"},
				{"status", "--db", path},
				{"checkin", "--db", path, "TH-NOPE"},
				{"backup", "--db", path, filepath.Join(dir, "copy.db")},
				{"check", "--db", path},
			} {
				r := runBin(t, args...)
				if r.code == 0 {
					t.Errorf("%v: exit 0 on a damaged file; stdout %q", args, r.stdout)
				}
				msg := r.stderr
				if !strings.Contains(msg, path) {
					t.Errorf("%v: message does not name the file: %q", args, msg)
				}
				if !strings.Contains(msg, "latest backup: "+backup) || !strings.Contains(msg, "caecw restore") {
					t.Errorf("%v: message does not point to the latest backup: %q", args, msg)
				}
				if strings.Contains(msg, "goroutine ") || r.code == 2 {
					t.Errorf("%v: crashed: %d %q", args, r.code, msg)
				}
				if sha(t, path) != before {
					t.Fatalf("%v: the damaged file was changed", args)
				}
				if args[0] == "check" {
					t.Logf("%s: %s", tc.name, strings.TrimSpace(msg))
				}
			}
			// Restore from the latest backup: the check-in is back, the
			// damaged file is kept.
			r := runBin(t, "restore", "--db", path)
			if r.code != 0 {
				t.Fatalf("restore: %d %s", r.code, r.stderr)
			}
			kept, _ := filepath.Glob(path + ".before-restore-*")
			if len(kept) != 1 || sha(t, kept[0]) != before {
				t.Errorf("the damaged file was not kept as .before-restore-TIME: %v", kept)
			}
			if r := runBin(t, "check", "--db", path); r.code != 0 {
				t.Fatalf("check after restore: %d %s %s", r.code, r.stdout, r.stderr)
			}
			if r := runBin(t, "checkin", "--db", path, "--now", "2025-07-26T09:40", firstBadge(t, path)); r.code != 0 || !strings.Contains(r.stdout, "already checked in") {
				t.Errorf("the backed-up check-in is not in the restored file: %d %q %q", r.code, r.stdout, r.stderr)
			}
			if !t.Failed() {
				held++
			}
		})
	}
	t.Logf("damaged files: %d kinds, held %d (named the file and the backup, bytes unchanged, restore worked)", len(cases), held)
}

// firstBadge is the badge of the first person in the demo file at path,
// read once from a pristine copy.
func firstBadge(t *testing.T, path string) string {
	t.Helper()
	return demoBadges(t)[0]
}

var demoBadgeList []string

// demoBadges lists the demo people's badges in file order.
func demoBadges(t testing.TB) []string {
	t.Helper()
	if demoBadgeList != nil {
		return demoBadgeList
	}
	p := filepath.Join(t.TempDir(), "badges.db")
	demoCopy(t, p)
	s, err := store.Open(p, store.Options{ReadOnly: true, Desk: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	people, err := s.People()
	if err != nil {
		t.Fatal(err)
	}
	for _, per := range people {
		if per.Badge != "" {
			demoBadgeList = append(demoBadgeList, per.Badge)
		}
	}
	return demoBadgeList
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

func zeroFill(t *testing.T, path string, data []byte, from, to int) {
	t.Helper()
	b := append([]byte(nil), data...)
	for i := from; i < to && i < len(b); i++ {
		b[i] = 0
	}
	writeFile(t, path, b)
}
