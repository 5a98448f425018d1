package transfer

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"caecw/internal/atomicfile"
	"caecw/internal/event"
	"caecw/internal/formats"
	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/store"
)

// dayStore is the sample set imported, then a morning's work on day 1:
// two of Cambodia's three people in, the forum delayed, the opening
// moved, two assignment changes of which one is undone.
func dayStore(t *testing.T) *store.Store {
	t.Helper()
	s, _ := emptyStore(t)
	if _, err := Import(s, validFiles(t), false, nil); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"p-kh-1", "p-kh-2"} {
		if _, err := s.CheckIn(p); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Delay("forum1", 20); err != nil {
		t.Fatal(err)
	}
	prog, _ := s.Programme()
	var open event.Session
	for _, x := range prog.Sessions {
		if x.ID == "open" {
			open = x
		}
	}
	if _, err := s.Move("open", "room-201", open.Start, open.End); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ChangeAssignments(journal.AssignChange{Put: []event.Assignment{{Session: "forum1", Delegation: "TH", Headcount: 1}}}); err != nil {
		t.Fatal(err)
	}
	e, err := s.ChangeAssignments(journal.AssignChange{Put: []event.Assignment{{Session: "forum1", Delegation: "KH", Headcount: 1}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Undo(e.ID, "wrong delegation"); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestBuildDayLogSummary(t *testing.T) {
	s := dayStore(t)
	d, err := BuildDayLog(s, day1, Labels(i18n.New(i18n.EN)))
	if err != nil {
		t.Fatal(err)
	}
	sum := d.Summary
	var kh *formats.DelegationArrivals
	for i := range sum.Arrivals {
		if sum.Arrivals[i].Delegation == "KH" {
			kh = &sum.Arrivals[i]
		}
	}
	if kh == nil || kh.Expected != 3 || kh.Arrived != 2 || !slices.Equal(kh.Missing, []string{"ស្រី មុំ"}) {
		t.Errorf("Cambodia arrivals: %+v", kh)
	}
	if got := sum.Sessions; got != (formats.SessionCounts{Held: 2, Delayed: 1, Moved: 1}) {
		t.Errorf("sessions %+v, want 2 held, 1 delayed, 1 moved", got)
	}
	if sum.AssignmentChanges != 1 {
		t.Errorf("assignment changes %d, want 1 (the undone one does not count)", sum.AssignmentChanges)
	}
	if len(d.Undone) != 1 {
		t.Errorf("undone %v, want the one undone assignment", d.Undone)
	}
	// The entries stream from the store, and can be read more than once
	// (close-day writes four files from one DayLog).
	for range 2 {
		var buf bytes.Buffer
		if err := WriteDayLog(&buf, d, "json"); err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Entries []struct {
				Action   string `json:"action"`
				UndoneBy string `json:"undone_by"`
			} `json:"entries"`
			Summary struct {
				OpenProblems []json.RawMessage `json:"open_problems"`
			} `json:"summary"`
		}
		if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		undone := 0
		for _, e := range doc.Entries {
			if e.UndoneBy != "" {
				undone++
			}
		}
		if len(doc.Entries) < 8 || undone != 1 {
			t.Errorf("%d entries in the JSON log, %d undone; want at least 8, 1 undone", len(doc.Entries), undone)
		}
	}
}

func TestLabelsFollowLanguage(t *testing.T) {
	s := dayStore(t)
	for lang, header := range map[i18n.Lang]string{i18n.EN: "instant,desk,operator", i18n.ZH: "时间,签到台,操作员"} {
		d, err := BuildDayLog(s, day1, Labels(i18n.New(lang)))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := WriteDayLog(&buf, d, "csv"); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(strings.TrimPrefix(buf.String(), "\ufeff"), header) {
			t.Errorf("%s: CSV starts %q, want %q", lang, buf.String()[:40], header)
		}
	}
}

func TestWriteFileRefusesToOverwrite(t *testing.T) {
	p := filepath.Join(t.TempDir(), "out.csv")
	write := func(s string) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
	}
	if err := WriteFile(p, false, write("one")); err != nil {
		t.Fatal(err)
	}
	err := WriteFile(p, false, write("two"))
	if !errors.Is(err, ErrExists) {
		t.Fatalf("second write without force: %v, want ErrExists", err)
	}
	if ee := (*ExistsError)(nil); !errors.As(err, &ee) || ee.Path != p {
		t.Errorf("refusal %v does not name %s", err, p)
	}
	if data, _ := os.ReadFile(p); string(data) != "one" {
		t.Errorf("file is %q after a refused write", data)
	}
	if err := WriteFile(p, true, write("two")); err != nil {
		t.Fatal(err)
	}
	// A failing writer leaves the old file and no temp files behind.
	if err := WriteFile(p, true, func(io.Writer) error { return errors.New("disk gone") }); err == nil {
		t.Fatal("failed write reported success")
	}
	data, _ := os.ReadFile(p)
	left := atomicfile.Leftovers(p)
	if string(data) != "two" || len(left) != 0 {
		t.Errorf("after a failed write: %q, temp files %v", data, left)
	}
}

func TestCloseDayWritesEverythingThenJournals(t *testing.T) {
	s := dayStore(t)
	dir := filepath.Join(t.TempDir(), "closed")
	res, err := CloseDay(s, day1, dir, Labels(i18n.New(i18n.ZH)), false)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Files) != 5 {
		t.Fatalf("files %v", res.Files)
	}
	for _, f := range res.Files {
		if st, err := os.Stat(f); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}
	var dc journal.DayClose
	if res.Entry.Kind != journal.KindDayClose || res.Entry.Decode(&dc) != nil || dc.Day != day1 || !filepath.IsAbs(dc.Dir) {
		t.Errorf("close entry %+v %+v", res.Entry, dc)
	}
	b, err := store.Open(res.Files[4], store.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("backup does not open: %v", err)
	}
	p, _ := b.People()
	b.Close()
	if len(p) != 9 {
		t.Errorf("backup holds %d people", len(p))
	}
	if v, _ := s.Day(day1); v.Closed == nil || v.Closed.Times != 1 || v.LateSinceClose != 0 {
		t.Errorf("after the close: closed %+v, %d late", v.Closed, v.LateSinceClose)
	}
}

func TestCloseDayAgainKeepsTheFirstSetAndAddsTheLate(t *testing.T) {
	s := dayStore(t)
	dir := filepath.Join(t.TempDir(), "closed")
	first, err := CloseDay(s, day1, dir, Labels(i18n.New(i18n.EN)), false)
	if err != nil {
		t.Fatal(err)
	}
	before := map[string][]byte{}
	for _, f := range first.Files {
		before[f], _ = os.ReadFile(f)
	}
	// A late arrival after the close is accepted, and says the day was
	// closed; the day counts it as a late addition.
	res, err := s.CheckIn("p-th-1")
	if err != nil || res.Already {
		t.Fatalf("late check-in: %v %+v", err, res)
	}
	if res.ClosedAt.IsZero() {
		t.Error("the late check-in does not say the day was closed")
	}
	if _, err := s.Delay("forum1", 30); err != nil {
		t.Fatal(err)
	}
	if v, _ := s.Day(day1); v.LateSinceClose != 2 {
		t.Errorf("%d late additions since close, want 2", v.LateSinceClose)
	}
	second, err := CloseDay(s, day1, dir, Labels(i18n.New(i18n.EN)), false)
	if err != nil {
		t.Fatalf("closing again: %v", err)
	}
	for f, b := range before {
		if now, _ := os.ReadFile(f); string(now) != string(b) {
			t.Errorf("%s was overwritten by the second close", f)
		}
	}
	want := []string{"caecw-daylog-2025-07-24-2.csv", "caecw-daylog-2025-07-24-2.json", "caecw-daylog-2025-07-24-2.md",
		"caecw-daylog-2025-07-24-2.xlsx", "caecw-backup-2025-07-24-2.db"}
	for i, f := range second.Files {
		if filepath.Base(f) != want[i] {
			t.Errorf("second set file %d: %s, want %s", i, filepath.Base(f), want[i])
		}
	}
	data, _ := os.ReadFile(second.Files[1])
	if !strings.Contains(string(data), "p-th-1") {
		t.Errorf("the second set lacks the late check-in")
	}
	v, _ := s.Day(day1)
	if v.Closed.Times != 2 || v.LateSinceClose != 0 {
		t.Errorf("after closing again: %d closes, %d late", v.Closed.Times, v.LateSinceClose)
	}
	// Reopening the file rebuilds the same count from the journal.
	path := s.Path()
	s.Close()
	s2, err := store.Open(path, store.Options{Desk: "test-desk", Operator: "tester"})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if v, _ := s2.Day(day1); v.Closed == nil || v.Closed.Times != 2 || v.LateSinceClose != 0 {
		t.Errorf("reopened: %+v, %d late", v.Closed, v.LateSinceClose)
	}
}

func TestDayLogUndoRowsSayWhenAndWhat(t *testing.T) {
	s, _ := emptyStore(t)
	if _, err := Import(s, validFiles(t), false, nil); err != nil {
		t.Fatal(err)
	}
	loc := s.Location()
	res, err := s.CheckIn("p-kh-1")
	if err != nil {
		t.Fatal(err)
	}
	// A desk with a clock running 2.5 hours fast syncs: this desk's ids
	// now carry its clock reading, ahead of the wall clock.
	fast := day1.At(12, 0, loc)
	far, err := journal.New(journal.NewID(journal.MakeHLC(fast, 0), "far"), fast, day1, "far", "op", journal.KindCheckIn, "p-kh-2", journal.CheckIn{Person: "p-kh-2", Day: day1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Apply(far); err != nil {
		t.Fatal(err)
	}
	undo, err := s.Undo(res.Entry.ID, "wrong badge")
	if err != nil {
		t.Fatal(err)
	}
	if undo.ID.HLC().Time().Before(fast) {
		t.Fatalf("the undo's id %s is not ahead of its time; the test tests nothing", undo.ID)
	}
	d, err := BuildDayLog(s, day1, Labels(i18n.New(i18n.EN)))
	if err != nil {
		t.Fatal(err)
	}
	var md bytes.Buffer
	if err := WriteDayLog(&md, d, "md"); err != nil {
		t.Fatal(err)
	}
	want := "undone at " + undo.At.In(loc).Format("15:04:05") + " (test-desk)"
	if !strings.Contains(md.String(), want) {
		t.Errorf("markdown lacks %q (the undo's own time):\n%s", want, md.String())
	}
	var csvOut bytes.Buffer
	if err := WriteDayLog(&csvOut, d, "csv"); err != nil {
		t.Fatal(err)
	}
	// The undo's row names the person, and carries its own id, which the
	// undone row's undone_by gives.
	var undoRow, undoneRow string
	for _, line := range strings.Split(csvOut.String(), "\r\n") {
		if strings.Contains(line, ","+string(undo.ID)) && strings.Contains(line, ",undo,") {
			undoRow = line
		}
		if strings.HasSuffix(line, string(undo.ID)+","+string(res.Entry.ID)) {
			undoneRow = line
		}
	}
	if !strings.Contains(undoRow, "Sok Chantha") && !strings.Contains(undoRow, "សុខ ចាន់ថា (p-kh-1)") {
		t.Errorf("undo row does not name the person: %q\n%s", undoRow, csvOut.String())
	}
	if undoneRow == "" {
		t.Errorf("no row undone_by %s with its own entry_id:\n%s", undo.ID, csvOut.String())
	}
}
