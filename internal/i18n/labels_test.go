package i18n

import (
	"testing"

	"caecw/internal/event"
)

func TestStatus(t *testing.T) {
	en, zh := New(EN), New(ZH)
	for _, tt := range []struct {
		st     event.Status
		en, zh string
	}{
		{event.Status{Phase: event.PhaseUpcoming}, "upcoming", "未开始"},
		{event.Status{Phase: event.PhaseNext}, "next", "下一场"},
		{event.Status{Phase: event.PhaseNow}, "now", "进行中"},
		{event.Status{Phase: event.PhaseOverrunning, DelayMin: 10}, "overrunning", "已超时"},
		{event.Status{Phase: event.PhaseDone}, "done", "已结束"},
		{event.Status{Phase: event.PhaseDelayed, DelayMin: 15}, "delayed +15 min", "推迟15分钟"},
		{event.Status{Phase: event.PhaseCancelled}, "cancelled", "已取消"},
		{event.Status{Phase: event.PhaseCancelled, Moved: true}, "cancelled", "已取消"},
		{event.Status{Phase: event.PhaseNow, Moved: true}, "now · moved", "进行中 · 已换场地"},
		{event.Status{Phase: event.PhaseDelayed, DelayMin: 5, Moved: true}, "delayed +5 min · moved", "推迟5分钟 · 已换场地"},
	} {
		if got := en.Status(tt.st); got != tt.en {
			t.Errorf("EN %+v: %q, want %q", tt.st, got, tt.en)
		}
		if got := zh.Status(tt.st); got != tt.zh {
			t.Errorf("ZH %+v: %q, want %q", tt.st, got, tt.zh)
		}
	}
}

// TestEveryDomainValueHasALabel catches a phase, kind, role or problem
// added to internal/event without a catalogue entry: the label would fall
// back to the stored English word on a Chinese screen.
func TestEveryDomainValueHasALabel(t *testing.T) {
	zh := New(ZH)
	phases := []event.Phase{event.PhaseUpcoming, event.PhaseNext, event.PhaseNow, event.PhaseOverrunning,
		event.PhaseDone, event.PhaseCancelled}
	for _, ph := range phases {
		if got := zh.Status(event.Status{Phase: ph}); got == string(ph) {
			t.Errorf("phase %q has no Chinese label", ph)
		}
	}
	for _, k := range event.Kinds {
		if got := zh.Kind(k); got == string(k) {
			t.Errorf("kind %q has no Chinese label", k)
		}
	}
	for _, r := range event.Roles {
		if got := zh.Role(r); got == string(r) {
			t.Errorf("role %q has no Chinese label", r)
		}
	}
	for _, k := range []event.ProblemKind{event.ProblemVenueClash, event.ProblemDelegationClash,
		event.ProblemOverCapacity, event.ProblemTooTight, event.ProblemOutOfService} {
		if got := zh.ProblemKind(k); got == string(k) {
			t.Errorf("problem %q has no Chinese label", k)
		}
	}
	if got := zh.Kind("karaoke"); got != "karaoke" {
		t.Errorf("unknown kind should print as stored, got %q", got)
	}
}

func TestSyncErrorWording(t *testing.T) {
	zh := New(ZH)
	if got := zh.SyncError("refused", "nats: Authorization Violation"); got != zh.T(KeySyncErrRefused) {
		t.Errorf("refused in Chinese: %q", got)
	}
	if got := zh.SyncError("", "disk full"); got != "disk full" {
		t.Errorf("an unknown kind is shown as the system said it: %q", got)
	}
}
