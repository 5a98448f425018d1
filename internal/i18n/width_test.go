package i18n

import (
	"testing"

	"github.com/charmbracelet/x/ansi"

	"caecw/internal/event"
)

// Widths are measured with ansi.StringWidthWc, the measure that matches
// the cells tmux and the Bubble Tea renderer use (see shared/FINDINGS.md).

// The tab bar must fit an 80-column terminal in both languages with room
// for the header; Chinese tab labels are two characters, four cells.
func TestTabLabelWidths(t *testing.T) {
	tabs := []Key{KeyTabSessions, KeyTabCheckins, KeyTabVenues, KeyTabLog}
	for _, p := range []Printer{New(EN), New(ZH)} {
		total := 0
		for _, k := range tabs {
			w := ansi.StringWidthWc(p.T(k))
			if p.Lang() == ZH && w != 4 {
				t.Errorf("ZH tab %s = %q is %d cells, want 4", k, p.T(k), w)
			}
			total += w + 4 // padding and separator around each tab
		}
		if total > 48 {
			t.Errorf("%s tab bar takes %d cells, want at most 48 of 80", p.Lang(), total)
		}
	}
}

// A status column of statusColumn cells holds every status in both
// languages, so the sessions table never truncates the most urgent word.
const statusColumn = 24

func TestStatusWidths(t *testing.T) {
	var all []event.Status
	for _, ph := range []event.Phase{event.PhaseUpcoming, event.PhaseNext, event.PhaseNow,
		event.PhaseOverrunning, event.PhaseDone, event.PhaseCancelled} {
		all = append(all, event.Status{Phase: ph}, event.Status{Phase: ph, Moved: true})
	}
	all = append(all, event.Status{Phase: event.PhaseDelayed, DelayMin: 120, Moved: true})
	for _, p := range []Printer{New(EN), New(ZH)} {
		for _, st := range all {
			if s := p.Status(st); ansi.StringWidthWc(s) > statusColumn {
				t.Errorf("%s status %q is %d cells, more than %d", p.Lang(), s, ansi.StringWidthWc(s), statusColumn)
			}
		}
	}
	// Bare Chinese status words are short enough for a narrow badge.
	for _, k := range []Key{KeyStatusUpcoming, KeyStatusNext, KeyStatusNow, KeyStatusOverrunning,
		KeyStatusDone, KeyStatusCancelled} {
		if w := ansi.StringWidthWc(New(ZH).T(k)); w > 8 {
			t.Errorf("ZH %s is %d cells, want at most 8", k, w)
		}
	}
}
