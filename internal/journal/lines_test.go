package journal

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestLinesRoundTrip(t *testing.T) {
	var entries []Entry
	for name, e := range validEntries(t) {
		e.Subject = name + " <&> 名"
		entries = append(entries, e)
	}
	var buf bytes.Buffer
	w := NewWriter(&buf)
	for _, e := range entries {
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
	}
	if w.Count() != len(entries) || strings.Count(buf.String(), "\n") != len(entries) {
		t.Fatalf("%d lines counted, %d written, want %d", w.Count(), strings.Count(buf.String(), "\n"), len(entries))
	}
	got, bad, err := ReadLines(&buf)
	if err != nil || len(bad) > 0 || len(got) != len(entries) {
		t.Fatalf("read %d entries, bad %v, %v", len(got), bad, err)
	}
	for i := range got {
		if !got[i].At.Equal(entries[i].At) || got[i].ID != entries[i].ID || !bytes.Equal(got[i].Payload, entries[i].Payload) || got[i].Subject != entries[i].Subject {
			t.Errorf("entry %d changed: %+v, want %+v", i, got[i], entries[i])
		}
	}
}

// A damaged line costs that line only: the others are read, and the bad
// ones are named by line number (blank lines count as lines).
func TestReadLinesSkipsWhatIsNotAnEntry(t *testing.T) {
	e := validEntries(t)["checkin"]
	var buf bytes.Buffer
	NewWriter(&buf).Write(e)
	good := buf.String()
	in := good + "{not json\n\n" + `{"id": 1}` + "\n" + `{"desk":"x"}` + "\n" + good + strings.TrimSuffix(good, "\n")
	got, bad, err := ReadLines(strings.NewReader(in))
	if err != nil || len(got) != 3 {
		t.Fatalf("%d entries, %v", len(got), err)
	}
	var lines []int
	for _, b := range bad {
		if !errors.Is(b, ErrNotEntry) {
			t.Errorf("line %d: %v is not ErrNotEntry", b.Line, b.Err)
		}
		lines = append(lines, b.Line)
	}
	if len(lines) != 3 || lines[0] != 2 || lines[1] != 4 || lines[2] != 5 {
		t.Errorf("bad lines %v, want [2 4 5]", lines)
	}
	if !got[2].At.Equal(e.At.In(time.UTC)) {
		t.Errorf("a last line without a newline: %+v", got[2])
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk gone") }

func TestReadLinesReportsReadErrors(t *testing.T) {
	if _, _, err := ReadLines(failingReader{}); err == nil {
		t.Error("a failing reader gave no error")
	}
}
