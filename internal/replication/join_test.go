package replication

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"caecw/internal/i18n"
	"caecw/store"
)

// Issue 13, fault 4: two laptops under one desk name (imaged from one
// master, or one join file copied) used to bind one durable consumer,
// which split the deliveries between them in silence. The second is now
// refused at join with a message that says why, the first gets every
// entry, and the second takes the name once the first has left.
func TestSecondDeskUnderOneNameIsRefused(t *testing.T) {
	dir := t.TempDir()
	h := startHub(t, t.TempDir(), "")
	defer h.Shutdown()
	const n = 40
	prog := programme(t, n)
	a := newDesk(t, dir, "desk-a", &prog)
	first := newDesk(t, t.TempDir(), "gate-2", nil)
	second := newDesk(t, t.TempDir(), "gate-2", nil)
	a.connect(t, h, true)
	first.connect(t, h, false)
	eventually(t, settle, func() string {
		if st := first.c.Status(); !st.Online {
			return fmt.Sprintf("first gate-2: %+v", st)
		}
		return ""
	})
	second.connect(t, h, false)
	eventually(t, settle, func() string {
		st := second.c.Status()
		if st.Online || !strings.Contains(st.LastError, `desk name gate-2 is already in use by another laptop`) ||
			st.LastErrorText == nil || !strings.Contains(st.LastErrorText(i18n.New(i18n.ZH)), "签到台名gate-2已被连到同步中心的另一台电脑使用") {
			return fmt.Sprintf("second gate-2: %+v", st)
		}
		return ""
	})
	for i := range n {
		must(t)(a.s.CheckIn(personID(i)))
	}
	eventually(t, settle, func() string {
		if got := len(arrivals(t, first.s)); got != n {
			return fmt.Sprintf("first gate-2 has %d of %d arrivals", got, n)
		}
		return ""
	})
	if got := len(arrivals(t, second.s)); got != 0 {
		t.Errorf("the refused gate-2 got %d arrivals", got)
	}
	if st := first.c.Status(); !st.Online {
		t.Errorf("the first gate-2 lost its link: %+v", st)
	}

	first.disconnect()
	eventually(t, settle, func() string {
		if st := second.c.Status(); !st.Online {
			return fmt.Sprintf("second gate-2 after the first left: %+v", st)
		}
		if got := len(arrivals(t, second.s)); got != n {
			return fmt.Sprintf("second gate-2 has %d of %d arrivals", got, n)
		}
		return ""
	})
}

// Issue 13, fault 5: the stream is deleted on the hub (by its operator,
// or reset) while desks run. Every desk, the hub's own included, gets a
// consumer again and syncs what is made afterwards; before, the hub's own
// desk never re-created its consumer and said "synced" for ever.
func TestStreamDeletedEveryDeskRecovers(t *testing.T) {
	for _, recreate := range []bool{false, true} {
		t.Run(fmt.Sprintf("recreated-at-once=%v", recreate), func(t *testing.T) {
			h, a, b, c := threeDesks(t, 12)
			eventually(t, settle, converged(t, a, b, c))

			js := admin(t, h)
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := js.DeleteStream(ctx, StreamName); err != nil {
				t.Fatal(err)
			}
			if recreate {
				if err := ensureStream(ctx, js); err != nil {
					t.Fatal(err)
				}
			}
			for k, d := range []*desk{a, b, c} {
				must(t)(d.s.CheckIn(personID(k)))
			}
			eventually(t, settle, func() string {
				for _, d := range []*desk{a, b, c} {
					if got := len(arrivals(t, d.s)); got != 3 {
						return fmt.Sprintf("%s has %d of 3 arrivals (%+v)", d.name, got, d.c.Status())
					}
				}
				return ""
			})
		})
	}
}

// Issue 13, fault 3: a desk's data file replaced by a new one, or by a
// restored backup, under the same desk name, used to inherit the old
// file's consumer and its acknowledgements, so it never got back what
// the old file had: its own confirmed scan made after the backup was
// gone for good. The consumer is now made for the file's identity
// (store.FileID, new on create and on restore): the new file reads the
// whole stream again.
func TestReplacedOrRestoredFileCatchesUp(t *testing.T) {
	for _, how := range []string{"replaced", "restored"} {
		t.Run(how, func(t *testing.T) {
			dir := t.TempDir()
			h := startHub(t, t.TempDir(), "")
			defer h.Shutdown()
			prog := programme(t, 6)
			a := newDesk(t, dir, "desk-a", &prog)
			b := newDesk(t, dir, "gate-2", nil)
			a.connect(t, h, true)
			b.connect(t, h, false)
			eventually(t, settle, converged(t, a, b))
			backup := filepath.Join(t.TempDir(), "gate-2.bak")
			if err := b.s.Backup(backup); err != nil {
				t.Fatal(err)
			}
			own, err := b.s.CheckIn(personID(1))
			if err != nil {
				t.Fatal(err)
			}
			must(t)(a.s.CheckIn(personID(2)))
			eventually(t, settle, converged(t, a, b))

			path := b.s.Path()
			b.disconnect()
			b.s.Close()
			var s *store.Store
			switch how {
			case "replaced":
				os.Remove(path)
				s, err = store.Create(path, testEvent(), store.Options{Desk: "gate-2", Operator: "op-gate-2", Clock: clockOf(dir)})
			case "restored":
				// store.Restore gives the copy a new identity before it
				// is swapped in, as caecw restore does.
				if _, err = store.Restore(backup, path); err == nil {
					s, err = store.Open(path, store.Options{Desk: "gate-2", Operator: "op-gate-2", Clock: clockOf(dir)})
				}
			}
			if err != nil {
				t.Fatal(err)
			}
			b2 := &desk{name: "gate-2", s: s, applied: make(chan struct{}, 1)}
			t.Cleanup(func() {
				b2.disconnect()
				s.Close()
			})
			b2.connect(t, h, false)
			eventually(t, settle, func() string {
				if _, ok := s.Entry(own.Entry.ID); !ok {
					return fmt.Sprintf("the %s file lacks its own confirmed scan %s (%+v)", how, own.Entry.ID, b2.c.Status())
				}
				return converged(t, a, b2)()
			})
		})
	}
}
