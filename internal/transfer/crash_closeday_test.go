package transfer

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"caecw/internal/clock"
	"caecw/internal/failpoint/crashtest"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/store"
)

// crashCloseDayFiles puts a copy of template, the sample day's data
// file, in dir: byte for byte, so that every run writes the same logs
// (entry ids carry the file's id).
func crashCloseDayFiles(t *testing.T, template, dir string) string {
	t.Helper()
	data, err := os.ReadFile(template)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "caecw.db")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func closeDayIn(dir string) (CloseDayResult, error) {
	loc, _ := time.LoadLocation("Asia/Shanghai")
	s, err := store.Open(filepath.Join(dir, "caecw.db"), store.Options{Desk: "test-desk", Clock: clock.NewFixed(day1.At(18, 0, loc))})
	if err != nil {
		return CloseDayResult{}, err
	}
	defer s.Close()
	return CloseDay(s, day1, filepath.Join(dir, "closed"), Labels(i18n.New(i18n.EN)), false)
}

// TestCloseDayCrashAtEachStep kills close-day at each of its steps: the
// data file stays sound and the day is not recorded as closed; every file
// in the folder under its own name is whole (as a finished close-day
// writes it); and close-day run again with --force finishes the job.
func TestCloseDayCrashAtEachStep(t *testing.T) {
	template := filepath.Join(t.TempDir(), "template.db")
	if err := dayStore(t).Backup(template); err != nil {
		t.Fatal(err)
	}
	scratch := t.TempDir()
	crashCloseDayFiles(t, template, scratch)
	var ref CloseDayResult
	steps := crashtest.Steps(func() {
		var err error
		if ref, err = closeDayIn(scratch); err != nil {
			t.Fatal(err)
		}
	})
	if len(steps) < 2*len(ref.Files) {
		t.Fatalf("steps %v", steps)
	}
	for n := 1; n <= len(steps); n++ {
		dir := t.TempDir()
		path := crashCloseDayFiles(t, template, dir)
		crashtest.Run(t, "TestCloseDayCrashChild", n, dir)
		s, err := store.Open(path, store.Options{Desk: "test-desk", ReadOnly: true})
		if err != nil {
			t.Fatalf("crash at %s: the data file does not open: %v", steps[n-1], err)
		}
		if problems, err := s.Check(); err != nil || len(problems) > 0 {
			t.Errorf("crash at %s: check: %v %v", steps[n-1], problems, err)
		}
		s.AllEntries(func(e journal.Entry) error {
			if e.Kind == journal.KindDayClose {
				t.Errorf("crash at %s: the day is recorded as closed", steps[n-1])
			}
			return nil
		})
		s.Close()
		for _, f := range ref.Files {
			got, err := os.ReadFile(filepath.Join(dir, "closed", filepath.Base(f)))
			if err != nil {
				continue // not written yet: fine
			}
			if filepath.Ext(f) == ".db" {
				b, err := store.Open(filepath.Join(dir, "closed", filepath.Base(f)), store.Options{ReadOnly: true})
				if err != nil {
					t.Errorf("crash at %s: the backup is not whole: %v", steps[n-1], err)
					continue
				}
				b.Close()
				continue
			}
			want, _ := os.ReadFile(f)
			if filepath.Ext(f) == ".xlsx" {
				// A zip carries the time it was written: whole is a
				// zip that reads, of the same size.
				_, err := zip.NewReader(bytes.NewReader(got), int64(len(got)))
				if err != nil || len(got) != len(want) {
					t.Errorf("crash at %s: %s is not whole: %v", steps[n-1], filepath.Base(f), err)
				}
				continue
			}
			if !bytes.Equal(got, want) {
				t.Errorf("crash at %s: %s is not whole", steps[n-1], filepath.Base(f))
			}
		}
		s, err = store.Open(path, store.Options{Desk: "test-desk"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := CloseDay(s, day1, filepath.Join(dir, "closed"), Labels(i18n.New(i18n.EN)), true); err != nil {
			t.Errorf("crash at %s: close-day again: %v", steps[n-1], err)
		}
		s.Close()
	}
}

func TestCloseDayCrashChild(t *testing.T) {
	dir, ok := crashtest.Armed()
	if !ok {
		t.Skip("child of TestCloseDayCrashAtEachStep")
	}
	closeDayIn(dir)
	t.Fatal("did not crash")
}
