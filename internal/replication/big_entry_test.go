package replication

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"caecw/internal/i18n"
	"caecw/internal/journal"
)

// An import larger than a NATS message may be (1 MB by default) reaches
// the other desks, and so does the check-in made after it: the import
// travels in parts. On 0339cc4 neither ever left desk A ("online, 2 to
// send" for ever).
func TestBigEntrySyncs(t *testing.T) {
	dir := t.TempDir()
	h := startHub(t, t.TempDir(), "")
	defer h.Shutdown()
	const n = 12000
	prog := programme(t, n)
	a := newDesk(t, dir, "desk-a", &prog)
	if size := entrySize(t, a, journal.KindImport); size <= 1<<20 {
		t.Fatalf("the import is %d bytes: not over the 1 MB payload", size)
	}
	ci, err := a.s.CheckIn(personID(n - 1))
	if err != nil {
		t.Fatal(err)
	}
	b := newDesk(t, dir, "desk-b", nil)
	c := newDesk(t, dir, "desk-c", nil)
	start := time.Now()
	a.connect(t, h, true)
	b.connect(t, h, false)
	c.connect(t, h, false)
	eventually(t, settle, func() string {
		for _, d := range []*desk{b, c} {
			if _, ok := d.s.Entry(ci.Entry.ID); !ok {
				return fmt.Sprintf("%s lacks the check-in; desk-a %+v", d.name, a.c.Status())
			}
			if p, _ := d.s.People(); len(p) != n {
				return fmt.Sprintf("%s has %d people", d.name, len(p))
			}
		}
		return ""
	})
	t.Logf("synced after %s", time.Since(start))
	eventually(t, settle, converged(t, a, b, c))
	t.Logf("converged after %s", time.Since(start))
	for _, d := range []*desk{a, b, c} {
		if problems, err := d.s.Check(); err != nil || len(problems) > 0 {
			t.Errorf("%s check: %v %v", d.name, problems, err)
		}
	}
}

// An entry that cannot be sent (here larger than a lowered ceiling) stays
// in the outbox, says why, and the entries after it go.
func TestUnsendableEntryHoldsBackNothing(t *testing.T) {
	dir := t.TempDir()
	h := startHub(t, t.TempDir(), "")
	defer h.Shutdown()
	prog := programme(t, 2000)
	a := newDesk(t, dir, "desk-a", &prog)
	b := newDesk(t, dir, "desk-b", nil)
	imp := entrySize(t, a, journal.KindImport)
	ci, err := a.s.CheckIn(personID(0))
	if err != nil {
		t.Fatal(err)
	}
	a.connectWith(t, h, false, func(c *Config) { c.maxEntryBytes = imp - 1 })
	b.connect(t, h, false)
	eventually(t, settle, func() string {
		if _, ok := b.s.Entry(ci.Entry.ID); !ok {
			return "desk-b lacks the check-in made after the import"
		}
		st := a.c.Status()
		if st.Unsendable != 1 || st.Outbox != 1 || !strings.Contains(st.LastError, "cannot be sent") ||
			st.LastErrorText == nil || !strings.Contains(st.LastErrorText(i18n.New(i18n.ZH)), "无法发送：它有") {
			return fmt.Sprintf("desk-a status %+v", st)
		}
		return ""
	})
	// Later entries go too, and the import stays waiting in the outbox.
	ci2, err := a.s.CheckIn(personID(1))
	if err != nil {
		t.Fatal(err)
	}
	eventually(t, settle, func() string {
		if _, ok := b.s.Entry(ci2.Entry.ID); !ok {
			return "desk-b lacks the second check-in"
		}
		return ""
	})
	if out, _ := a.s.Outbox(0); len(out) != 1 || out[0].Kind != journal.KindImport {
		t.Errorf("outbox %v, want the import alone", out)
	}
}

// entrySize is the JSON size of d's first entry of kind.
func entrySize(t testing.TB, d *desk, kind journal.Kind) int {
	t.Helper()
	size := 0
	d.s.AllEntries(func(e journal.Entry) error {
		if e.Kind == kind && size == 0 {
			b, _ := json.Marshal(e)
			size = len(b)
		}
		return nil
	})
	if size == 0 {
		t.Fatalf("%s has no %s entry", d.name, kind)
	}
	return size
}
