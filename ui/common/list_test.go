package common_test

import (
	"testing"

	"caecw/internal/i18n"
	"caecw/ui/common"
	"caecw/ui/uitest"
)

func TestListCursor(t *testing.T) {
	type want struct{ cursor, offset, from, to int }
	check := func(name string, l *common.ListCursor, w want) {
		t.Helper()
		from, to := l.Visible()
		if got := (want{l.Cursor, l.Offset, from, to}); got != w {
			t.Errorf("%s: cursor %d offset %d visible [%d,%d), want %+v", name, got.cursor, got.offset, got.from, got.to, w)
		}
	}
	var l common.ListCursor
	check("zero", &l, want{0, 0, 0, 0})
	l.Move(3)
	check("move over nothing", &l, want{0, 0, 0, 0})

	l.SetHeight(5)
	l.SetLen(20)
	check("20 rows, 5 shown", &l, want{0, 0, 0, 5})
	l.Move(-1)
	check("up at the top", &l, want{0, 0, 0, 5})
	l.Move(4)
	check("to the last visible row", &l, want{4, 0, 0, 5})
	l.Move(1)
	check("one past scrolls one", &l, want{5, 1, 1, 6})
	l.Move(100)
	check("past the end stops at the last row", &l, want{19, 15, 15, 20})
	l.Move(-7)
	check("up within view keeps the offset", &l, want{12, 12, 12, 17})

	l.Select(2)
	check("select out of view centres", &l, want{2, 0, 0, 5})
	l.Select(10)
	check("select out of view centres it", &l, want{10, 8, 8, 13})
	l.Select(11)
	check("select in view does not scroll", &l, want{11, 8, 8, 13})
	l.Select(19)
	check("select near the end shows a full page", &l, want{19, 15, 15, 20})
	l.Select(-4)
	check("select before the start", &l, want{0, 0, 0, 5})
	l.Select(99)
	check("select past the end", &l, want{19, 15, 15, 20})

	l.SetLen(8)
	check("the list shrinks under the cursor", &l, want{7, 3, 3, 8})
	l.SetHeight(20)
	check("taller than the list", &l, want{7, 0, 0, 8})
	l.SetHeight(0)
	check("no height still shows one row", &l, want{7, 7, 7, 8})
	l.SetHeight(-3)
	check("a negative height too", &l, want{7, 7, 7, 8})
	l.SetLen(0)
	check("emptied", &l, want{0, 0, 0, 0})

	// A list cursor set up by hand (fields, then Move) clamps too.
	m := common.ListCursor{Cursor: 30, N: 10, H: 0}
	m.Move(0)
	check("fields set by hand", &m, want{9, 9, 9, 10})
}

func TestListKeyMovesByTheSharedKeys(t *testing.T) {
	c := &common.Common{Keys: common.DefaultKeyMap(i18n.New(i18n.EN))}
	l := common.ListCursor{}
	l.SetHeight(4)
	l.SetLen(10)
	for _, step := range []struct {
		key    string
		cursor int
	}{
		{"down", 1}, {"pgdown", 5}, {"pgup", 1}, {"up", 0}, {"up", 0},
		{"end", 9}, {"home", 0}, {"G", 9}, {"g", 0}, {"j", 1}, {"k", 0},
	} {
		if !c.ListKey(uitest.Key(step.key), &l) {
			t.Errorf("%s is not a list key", step.key)
		}
		if l.Cursor != step.cursor {
			t.Errorf("after %s: cursor %d, want %d", step.key, l.Cursor, step.cursor)
		}
	}
	if c.ListKey(uitest.Key("enter"), &l) || c.ListKey(uitest.Key("x"), &l) {
		t.Error("enter or x taken as a list key")
	}
	// A list never sized still pages by one row.
	var z common.ListCursor
	z.SetLen(3)
	z.H = 0
	c.ListKey(uitest.Key("pgdown"), &z)
	if z.Cursor != 1 {
		t.Errorf("page down on an unsized list: cursor %d", z.Cursor)
	}
}
