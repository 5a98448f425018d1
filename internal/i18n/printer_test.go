package i18n

import (
	"errors"
	"testing"
	"time"
)

func TestTFillsNamedPlaceholdersInEachLanguagesOrder(t *testing.T) {
	args := []any{"name", "Souphanh", "delegation", "Lao PDR", "time", "09:30"}
	if got, want := New(EN).T(KeyCheckinDone, args...), "Checked in Souphanh (Lao PDR) at 09:30"; got != want {
		t.Errorf("EN = %q, want %q", got, want)
	}
	// Chinese puts the time after the name: the arguments are the same.
	if got, want := New(ZH).T(KeyCheckinDone, args...), "Souphanh（Lao PDR）已于09:30签到"; got != want {
		t.Errorf("ZH = %q, want %q", got, want)
	}
}

func TestTValueKinds(t *testing.T) {
	p := New(EN)
	if got, want := p.T(KeyHeaderSaveFailed, "err", errors.New("disk full")), "save failed: disk full"; got != want {
		t.Errorf("error arg: %q, want %q", got, want)
	}
	if got, want := p.T(KeyDurationMin, "min", 15), "15 min"; got != want {
		t.Errorf("int arg: %q, want %q", got, want)
	}
	if got, want := p.T(KeyHeaderDesk, "desk", time.Duration(90)*time.Second), "desk 1m30s"; got != want {
		t.Errorf("Stringer arg: %q, want %q", got, want)
	}
}

func TestTMistakesStayVisible(t *testing.T) {
	p := New(ZH)
	if got, want := p.T(KeyCheckinDone, "name", "张伟"), "张伟（{delegation}）已于{time}签到"; got != want {
		t.Errorf("missing args: %q, want %q", got, want)
	}
	if got := p.T("no.such.key"); got != "no.such.key" {
		t.Errorf("unknown key renders %q, want the key itself", got)
	}
	if got := p.T(KeyHeaderDesk, "desk"); got != "签到台 {desk}" {
		t.Errorf("odd args: %q", got)
	}
}

func TestFillLeavesNonPlaceholderBracesAlone(t *testing.T) {
	for in, want := range map[string]string{
		"{}":            "{}",
		"{ x }":         "{ x }",
		"a{b":           "a{b",
		"{1}":           "{1}",
		"{x}{x}":        "vv",
		"{{x}}":         "{v}",
		"{x_2} and {y}": "{x_2} and {y}",
	} {
		if got := (Printer{}).fill(in, []any{"x", "v"}); got != want {
			t.Errorf("fill(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNPlurals(t *testing.T) {
	en, zh := New(EN), New(ZH)
	for _, tt := range []struct {
		n      int
		en, zh string
	}{
		{0, "0 entries", "共0条"},
		{1, "1 entry", "共1条"},
		{2, "2 entries", "共2条"},
		{21, "21 entries", "共21条"},
	} {
		if got := en.N(KeyLogCount, tt.n); got != tt.en {
			t.Errorf("EN n=%d: %q, want %q", tt.n, got, tt.en)
		}
		if got := zh.N(KeyLogCount, tt.n); got != tt.zh {
			t.Errorf("ZH n=%d: %q, want %q", tt.n, got, tt.zh)
		}
	}
	if got, want := en.N(KeyCLICheckSummary, 1, "path", "day.db"), "day.db: 1 problem found."; got != want {
		t.Errorf("N with extra args: %q, want %q", got, want)
	}
	// A message without a singular uses its one English form for 1 too.
	if got, want := en.N(KeyHeaderOutbox, 1), "1 to send"; got != want {
		t.Errorf("no EN1: %q, want %q", got, want)
	}
	if got := en.N("no.such.key", 3); got != "no.such.key" {
		t.Errorf("unknown plural key renders %q", got)
	}
}

func TestZeroPrinterSpeaksEnglish(t *testing.T) {
	var p Printer
	if p.Lang() != EN || p.T(KeyTabSessions) != "Sessions" {
		t.Errorf("zero Printer: lang %q, %q", p.Lang(), p.T(KeyTabSessions))
	}
	if New("fr").Lang() != EN {
		t.Error("New with an unknown language should speak English")
	}
}

func TestLeftovers(t *testing.T) {
	p := New(ZH)
	if bad := Leftovers(p.T(KeyCheckinDone, "name", "张伟", "delegation", "老挝", "time", "09:30")); len(bad) != 0 {
		t.Errorf("complete message reported: %v", bad)
	}
	if bad := Leftovers(p.T(KeyCheckinDone, "name", "张伟")); len(bad) != 2 {
		t.Errorf("two unfilled placeholders, got %v", bad)
	}
	if bad := Leftovers("tab: " + p.T("tab.sessionz")); len(bad) != 0 {
		t.Errorf("a misspelt key is not a catalogue key: %v", bad)
	}
	if bad := Leftovers("header " + string(KeyHeaderSaved)); len(bad) != 1 || bad[0] != "header.saved" {
		t.Errorf("raw key not reported: %v", bad)
	}
	if bad := Leftovers("Room {A} and {B2}"); len(bad) != 0 {
		t.Errorf("upper-case braces in data reported: %v", bad)
	}
}

func BenchmarkT(b *testing.B) {
	p := New(ZH)
	for b.Loop() {
		_ = p.T(KeyCheckinDone, "name", "Souphanh", "delegation", "Lao PDR", "time", "09:30")
	}
}

func BenchmarkDate(b *testing.B) {
	p := New(ZH)
	t := time.Date(2025, 7, 26, 9, 30, 0, 0, time.UTC)
	for b.Loop() {
		_ = p.Date(t)
	}
}
