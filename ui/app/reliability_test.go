package app_test

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"caecw/internal/clock"
	"caecw/internal/demo"
	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/store"
	"caecw/ui/app"
	"caecw/ui/common"
	"caecw/ui/logtab"
	"caecw/ui/uitest"
)

// demoPeople is the demo's people with a badge, for real check-ins.
func demoPeople(t *testing.T, s *store.Store) []event.Person {
	t.Helper()
	people, err := s.People()
	if err != nil {
		t.Fatal(err)
	}
	return people
}

// TestRollingBackupThroughTheModel runs the app's clock past the backup
// interval: a backup is made only when something changed, the newest
// BackupKeep are kept, and the latest restores with every check-in saved
// before it.
func TestRollingBackupThroughTheModel(t *testing.T) {
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	c := uitest.Common(t, s, clk, i18n.EN, common.ModeCoordinator, 100, 30)
	m := app.New(c, logtab.New(c))
	uitest.Drive(m, tea.WindowSizeMsg{Width: 100, Height: 30}, wait)
	uitest.Drive(m, tea.BatchMsg{m.Init()}, wait)
	tick := func(d time.Duration) {
		clk.Advance(d)
		uitest.Drive(m, common.TickMsg{Now: clk.Now()}, wait)
	}
	people := demoPeople(t, s)
	checkIn := func(i int) {
		res, err := s.CheckIn(people[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		uitest.Drive(m, common.SavedMsg{Entry: res.Entry, Text: i18n.Verbatim("checked in")}, wait)
	}
	tick(time.Second) // the first tick starts the interval
	if n := len(store.Backups(s.Path())); n != 0 {
		t.Fatalf("%d backups before any change", n)
	}
	// No change for an hour: no backup.
	for range 4 {
		tick(app.BackupEvery)
	}
	if n := len(store.Backups(s.Path())); n != 0 {
		t.Fatalf("idle app made %d backups", n)
	}
	// A change after the idle hour: the last backup (none) is older than
	// the interval, so the next tick makes one.
	checkIn(0)
	tick(time.Second)
	if n := len(store.Backups(s.Path())); n != 1 {
		t.Fatalf("%d backups after the first change", n)
	}
	// Another change within the interval waits for it.
	checkIn(1)
	tick(time.Minute)
	if n := len(store.Backups(s.Path())); n != 1 {
		t.Fatalf("%d backups: a second backup within %v", n, app.BackupEvery)
	}
	tick(app.BackupEvery)
	if n := len(store.Backups(s.Path())); n != 2 {
		t.Fatalf("%d backups after a change and %v", n, app.BackupEvery)
	}
	tick(app.BackupEvery + time.Minute) // nothing changed since
	if n := len(store.Backups(s.Path())); n != 2 {
		t.Fatalf("%d backups: a backup without a change", n)
	}
	for i := 2; i <= app.BackupKeep+2; i++ {
		checkIn(i)
		tick(app.BackupEvery)
		time.Sleep(2 * time.Millisecond) // backup names carry milliseconds
	}
	list := store.Backups(s.Path())
	if len(list) != app.BackupKeep {
		t.Fatalf("%d backups kept, want %d", len(list), app.BackupKeep)
	}
	if strings.Contains(screen(m), "backup:") {
		t.Errorf("backup error on screen:\n%s", screen(m))
	}
	// Restore the latest into a new place: every check-in is there.
	dst := filepath.Join(t.TempDir(), "restored.db")
	if _, err := store.Restore(list[len(list)-1], dst); err != nil {
		t.Fatal(err)
	}
	r, err := store.Open(dst, store.Options{ReadOnly: true, Desk: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	day := app.Today(c.Event, clk.Now())
	for i := 0; i <= app.BackupKeep+2; i++ {
		if _, ok := r.Arrival(day, people[i].ID); !ok {
			t.Errorf("check-in %d missing from the latest backup", i)
		}
	}
	t.Logf("rolling backup: %d changes over %v of app time, %d backups kept", app.BackupKeep+3, clk.Now().Sub(uitest.OpeningDay()).Round(time.Minute), len(list))
}

// panicTab is a tab whose View panics, as a bug in a tab would.
type panicTab struct{ common.Tab }

func (panicTab) View() string { panic("index out of range [7] with length 3") }

func (p panicTab) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	t, cmd := p.Tab.Update(msg)
	return panicTab{t}, cmd
}

func (panicTab) ShortHelp() []key.Binding  { return nil }
func (panicTab) FullHelp() [][]key.Binding { return nil }

// TestPanickingViewIsRecovered draws a tab whose View panics: the screen
// shows a message instead of crashing, the other tab still draws, and a
// check-in saved before and after is in the file.
func TestPanickingViewIsRecovered(t *testing.T) {
	s, clk := uitest.DemoStore(t, uitest.OpeningDay())
	c := uitest.Common(t, s, clk, i18n.EN, common.ModeCoordinator, 100, 30)
	m := app.New(c, panicTab{logtab.New(c)}, logtab.New(c))
	uitest.Drive(m, tea.WindowSizeMsg{Width: 100, Height: 30}, wait)
	uitest.Drive(m, tea.BatchMsg{m.Init()}, wait)
	people := demoPeople(t, s)
	if _, err := s.CheckIn(people[0].ID); err != nil {
		t.Fatal(err)
	}
	var out string
	func() {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("Render panicked: %v", r)
			}
		}()
		out = screen(m)
	}()
	if !strings.Contains(out, "display error in this tab") || !strings.Contains(out, "your data is safe") {
		t.Fatalf("no recovery message:\n%s", out)
	}
	if lines := strings.Split(m.Render(), "\n"); len(lines) != 30 {
		t.Errorf("screen has %d lines, want 30", len(lines))
	}
	uitest.Drive(m, uitest.Key("2"), wait)
	if out := screen(m); strings.Contains(out, "display error") || !strings.Contains(out, "[2 Log]") {
		t.Errorf("the other tab does not draw after the panic:\n%s", out)
	}
	res, err := s.CheckIn(people[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	uitest.Drive(m, common.SavedMsg{Entry: res.Entry, Text: i18n.Verbatim("ok")}, wait)
	for i := range 2 {
		if _, ok := s.Arrival(app.Today(c.Event, clk.Now()), people[i].ID); !ok {
			t.Errorf("check-in %d lost", i)
		}
	}
}

// TestFullDiskThroughTheModel puts the data file on a small tmpfs, fills
// it and saves through Common.Save as a tab does: the error line says the
// disk is full, nothing is shown as saved, the app keeps running, and
// once space is back the next save shows as saved and is in the file.
func TestFullDiskThroughTheModel(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("skipped: mounting a small tmpfs needs root (run as root to test a full disk)")
	}
	dir := filepath.Join(t.TempDir(), "mnt")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("skipped: mount -t tmpfs failed: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	prog, err := demo.Programme()
	if err != nil {
		t.Fatal(err)
	}
	clk := clock.NewFixed(uitest.OpeningDay())
	s, err := store.Create(filepath.Join(dir, "caecw.db"), *prog.Event, store.Options{Desk: "test-desk", Operator: "tester", Clock: clk})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Import(journal.Import{Files: []string{"demo"}, Programme: prog}); err != nil {
		t.Fatal(err)
	}
	c := uitest.Common(t, s, clk, i18n.EN, common.ModeCoordinator, 120, 30)
	m := app.New(c, logtab.New(c))
	uitest.Drive(m, tea.WindowSizeMsg{Width: 120, Height: 30}, wait)
	uitest.Drive(m, tea.BatchMsg{m.Init()}, wait)
	people := demoPeople(t, s)
	day := app.Today(c.Event, clk.Now())

	// Fill the disk.
	filler := filepath.Join(dir, "filler")
	fh, err := os.Create(filler)
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := fh.Write(make([]byte, 4096)); err != nil {
			break
		}
	}
	fh.Close()

	// Save until one fails (a commit may fit in pages bbolt owns).
	var failedAt = -1
	for i := 0; i < 50 && failedAt < 0; i++ {
		id := people[i].ID
		msg := c.Save(i18n.Verbatim("check-in"), func() (common.SavedMsg, error) {
			res, err := s.CheckIn(id)
			return common.SavedMsg{Entry: res.Entry, Text: i18n.Verbatim("checked in " + id)}, err
		})()
		uitest.Drive(m, msg, wait)
		if em, ok := msg.(common.ErrMsg); ok {
			if !errors.Is(em.Err, syscall.ENOSPC) {
				t.Fatalf("save failed with %v, want ENOSPC", em.Err)
			}
			failedAt = i
		}
	}
	if failedAt < 0 {
		t.Fatal("no save failed on a full disk")
	}
	out := screen(m)
	if !strings.Contains(out, "save failed: check-in:") || !strings.Contains(out, "no space left on device") {
		t.Fatalf("no clear error line:\n%s", out)
	}
	if strings.Contains(strings.SplitN(out, "\n", 3)[0]+strings.SplitN(out, "\n", 3)[1], "✓ saved") {
		t.Errorf("header still says saved after a failed save:\n%s", out)
	}
	if _, ok := s.Arrival(day, people[failedAt].ID); ok {
		t.Errorf("the failed check-in is in the file")
	}
	// The app keeps running: keys and ticks still work.
	uitest.Drive(m, uitest.Key("t"), wait)
	uitest.Drive(m, common.TickMsg{Now: clk.Now()}, wait)

	// Space is back: the same check-in now saves.
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	id := people[failedAt].ID
	msg := c.Save(i18n.Verbatim("check-in"), func() (common.SavedMsg, error) {
		res, err := s.CheckIn(id)
		return common.SavedMsg{Entry: res.Entry, Text: i18n.Verbatim("checked in again " + id)}, err
	})()
	if em, ok := msg.(common.ErrMsg); ok {
		t.Fatalf("save after space came back: %v", em.Err)
	}
	uitest.Drive(m, msg, wait)
	out = screen(m)
	if strings.Contains(out, "save failed") || !strings.Contains(out, "checked in again") {
		t.Errorf("after space came back the screen does not show the save:\n%s", out)
	}
	if _, ok := s.Arrival(day, id); !ok {
		t.Errorf("the check-in after space came back is not in the file")
	}
	t.Logf("full disk through the model: save %d failed with ENOSPC and showed the error line; after freeing space it saved", failedAt+1)
}
