package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/nats-io/nkeys"

	"caecw/internal/journal"
	"caecw/internal/replication"
	"caecw/store"
)

// runIn runs caecw in-process and returns its exit code and output.
func syncRunIn(t *testing.T, args ...string) (int, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &cliEnv{stdout: &out, stderr: &errb, stdin: strings.NewReader(""), getenv: func(k string) string {
		if k == "CAECW_LANG" {
			return "en"
		}
		return ""
	}}
	code := run(env, args)
	return code, out.String() + errb.String()
}

func syncRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out := syncRunIn(t, args...)
	if code != 0 {
		t.Fatalf("caecw %s: exit %d\n%s", strings.Join(args, " "), code, out)
	}
	return out
}

// syncDump is a data file's whole state: programme, every day's
// arrivals and counts, every journal entry with its undo.
func syncDump(t *testing.T, path string) string {
	t.Helper()
	s, err := store.Open(path, store.Options{ReadOnly: true, Desk: "dump"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var b strings.Builder
	p, err := s.Programme()
	if err != nil {
		t.Fatal(err)
	}
	j, _ := json.Marshal(p)
	b.Write(j)
	for _, day := range p.Event.Days() {
		v, err := s.Day(day)
		if err != nil {
			t.Fatal(err)
		}
		j, _ := json.Marshal([]any{v.Arrivals, v.Counts})
		fmt.Fprintf(&b, "\n%s %s", day, j)
	}
	err = s.AllEntries(func(e journal.Entry) error {
		fmt.Fprintf(&b, "\n%s %s %s", e.ID, e.Kind, e.Subject)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func syncBadges(t *testing.T, path string, n int) []string {
	t.Helper()
	s, err := store.Open(path, store.Options{ReadOnly: true, Desk: "read"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	people, err := s.People()
	if err != nil || len(people) < n {
		t.Fatalf("people: %d, %v", len(people), err)
	}
	var out []string
	for _, p := range people[:n] {
		out = append(out, p.Badge)
	}
	return out
}

// Two laptops that never met exchange journal files: merging a file
// twice gives the state of merging it once, and after merging both ways
// the two files hold the same state and the same journal, the double
// arrival counted once with the later one kept in the log.
func TestMergeJournalFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	fa, fb := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	syncRun(t, "demo", "--db", a, "--desk", "desk-a")
	syncRun(t, "demo", "--db", b, "--desk", "desk-b")
	bs := syncBadges(t, a, 3)
	syncRun(t, "checkin", "--db", a, "--desk", "desk-a", "--now", "2025-07-24T09:30", bs[0], bs[1])
	syncRun(t, "checkin", "--db", b, "--desk", "desk-b", "--now", "2025-07-24T09:40", bs[1], bs[2])

	out := syncRun(t, "export", "--journal", "--db", a, "-o", fa)
	if !strings.Contains(out, "wrote 3 journal entries") {
		t.Errorf("export: %q", out)
	}
	if code, _ := syncRunIn(t, "export", "--journal", "--db", a, "-o", fa); code == 0 {
		t.Error("export replaced an existing file without --force")
	}
	syncRun(t, "merge", "--db", b, "--desk", "desk-b", fa)
	once := syncDump(t, b)
	out = syncRun(t, "merge", "--db", b, "--desk", "desk-b", fa)
	if !strings.Contains(out, "merged 0 new entries of 3") {
		t.Errorf("second merge: %q", out)
	}
	if twice := syncDump(t, b); twice != once {
		t.Errorf("merging twice changed the file:\n%s\n---\n%s", once, twice)
	}

	syncRun(t, "export", "--journal", "--db", b, "-o", fb)
	syncRun(t, "merge", "--db", a, "--desk", "desk-a", fb)
	if da, db := syncDump(t, a), syncDump(t, b); da != db {
		t.Errorf("after merging both ways the files differ:\n%s\n---\n%s", da, db)
	}

	s, err := store.Open(a, store.Options{ReadOnly: true, Desk: "read"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, _ := s.PersonByBadge(bs[1])
	arr, ok := s.Arrival("2025-07-24", p.ID)
	if !ok || arr.Desk != "desk-a" {
		t.Errorf("double arrival: %+v, want desk-a's earlier one standing", arr)
	}
	checkins := 0
	s.AllEntries(func(e journal.Entry) error {
		if e.Kind == journal.KindCheckIn && e.Subject == p.ID {
			checkins++
		}
		return nil
	})
	if checkins != 2 {
		t.Errorf("%d check-in entries of the double arrival in the log, want 2", checkins)
	}
	v, _ := s.Day("2025-07-24")
	if len(v.Arrivals) != 3 {
		t.Errorf("%d arrivals, want 3", len(v.Arrivals))
	}
}

// A journal file with a damaged line and an entry that cannot apply: the
// good entries land, the line is named and skipped, the entry is held and
// named with its reason, and the exit code says not everything landed.
// (Before issue 12, one bad line refused the whole file.)
func TestMergeAppliesGoodEntriesAndHoldsTheRest(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	syncRun(t, "demo", "--db", a, "--desk", "desk-a")
	syncRun(t, "demo", "--db", b, "--desk", "desk-b")
	badge := syncBadges(t, b, 1)[0]
	syncRun(t, "checkin", "--db", b, "--desk", "desk-b", "--now", "2025-07-24T09:30", badge)
	fb := filepath.Join(dir, "b.jsonl")
	syncRun(t, "export", "--journal", "--db", b, "-o", fb)
	good, err := os.ReadFile(fb)
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	forged := `{"id":"0198000000000000-desk-b","desk":"desk-b","kind":"checkin","subject":"x"}`
	os.WriteFile(bad, append(good, forged+"\n{not json\n"...), 0o600)
	code, out := syncRunIn(t, "merge", "--db", a, bad)
	if code != 1 || !strings.Contains(out, "line 4 is not a journal entry") || !strings.Contains(out, "1 entry was not applied and is held") ||
		!strings.Contains(out, "merged 2 new entries of 3") {
		t.Errorf("merge of a partly damaged file: exit %d, %q", code, out)
	}
	s, err := store.Open(a, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := s.PersonByBadge(badge)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Arrival("2025-07-24", p.ID); !ok {
		t.Error("the good check-in of the file was not merged")
	}
	held, err := s.Held()
	if err != nil || len(held) != 1 || held[0].Source != store.SourceMerge || held[0].Entry.ID != "0198000000000000-desk-b" {
		t.Errorf("held: %+v, %v", held, err)
	}
}

// `caecw hub enroll` writes a desk's join file; `caecw checkin --join
// FILE` sends its entries to the hub before it exits, as the join file's
// desk. A join file others can read, or one for another desk, is refused
// before anything is written; a revoked desk keeps its entries in the
// outbox and says why.
func TestCheckinJoinsHub(t *testing.T) {
	dir := t.TempDir()
	hubDB := filepath.Join(dir, "hub.db")
	h, err := replication.StartHub(replication.HubOptions{Listen: "127.0.0.1:-1", Dir: replication.StoreDirFor(hubDB)})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Shutdown()
	a := filepath.Join(dir, "a.db")
	syncRun(t, "demo", "--db", a, "--desk", "desk-a")
	bs := syncBadges(t, a, 3)

	join := filepath.Join(dir, "desk-a.join")
	out := syncRun(t, "hub", "enroll", "--db", hubDB, "-o", join, "desk-a")
	if !strings.Contains(out, "desk desk-a enrolled") || !strings.Contains(out, "--join "+join) {
		t.Errorf("enroll: %q", out)
	}
	if code, out := syncRunIn(t, "hub", "enroll", "--db", hubDB, "-o", join, "desk-a"); code == 0 || !strings.Contains(out, "exists") {
		t.Errorf("enroll over an existing join file: exit %d, %q", code, out)
	}
	if code, out := syncRunIn(t, "checkin", "--db", a, "--desk", "desk-b", "--join", join, bs[0]); code == 0 || !strings.Contains(out, "is for desk desk-a") {
		t.Errorf("join file of another desk: exit %d, %q", code, out)
	}
	os.Chmod(join, 0o644)
	if code, out := syncRunIn(t, "checkin", "--db", a, "--join", join, bs[0]); code == 0 || !strings.Contains(out, "chmod 600") {
		t.Errorf("join file readable by others: exit %d, %q", code, out)
	}
	os.Chmod(join, 0o600)
	out = syncRun(t, "checkin", "--db", a, "--join", join, bs[1])
	if !strings.Contains(out, "sync: synced with the hub") {
		t.Errorf("enrolled desk: %q", out)
	}

	out = syncRun(t, "hub", "revoke", "--db", hubDB, "desk-a")
	if !strings.Contains(out, "desk desk-a revoked") {
		t.Errorf("revoke: %q", out)
	}
	// The running hub reads the list of desks again within a second.
	jf, err := replication.ReadJoinFile(join)
	if err != nil {
		t.Fatal(err)
	}
	kp, _ := nkeys.FromSeed([]byte(jf.Seed))
	pub, _ := kp.PublicKey()
	deadline := time.Now().Add(10 * time.Second)
	for {
		nc, err := nats.Connect(h.URL(), nats.Nkey(pub, kp.Sign))
		if err != nil {
			break
		}
		nc.Close()
		if time.Now().After(deadline) {
			t.Fatal("the running hub still accepts the revoked desk")
		}
		time.Sleep(50 * time.Millisecond)
	}
	out = syncRun(t, "checkin", "--db", a, "--join", join, bs[2])
	// The refusal is worded by its kind (replication.ErrKindRefused).
	if !strings.Contains(out, "sync: offline, 1 to send") || !strings.Contains(out, "refused this desk's credential") {
		t.Errorf("revoked desk: %q", out)
	}
	nc, err := nats.Connect("", h.InProcess()...)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	st, err := js.Stream(ctx, replication.StreamName)
	if err != nil {
		t.Fatal(err)
	}
	info, err := st.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != 2 {
		t.Errorf("hub holds %d entries, want 2 (import and the enrolled check-in)", info.State.Msgs)
	}
	if code, out := syncRunIn(t, "checkin", "--db", a, "--join", h.URL(), bs[0]); code == 0 || !strings.Contains(out, "not an address") {
		t.Errorf("join with an address: exit %d, %q", code, out)
	}
}
