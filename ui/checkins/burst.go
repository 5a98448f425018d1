package checkins

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// A badge scanner types a whole code within a few milliseconds and ends
// it with Enter; people type a key every 100 ms or more. In the walk-in
// and roll-call forms such a burst is taken for a scan: the form goes back
// to how it was before the burst and the code is checked in, so a scan
// never lands in a name field or toggles the roll-call.
const (
	burstGap     = 40 * time.Millisecond
	burstMinRune = 4
)

// burst is the run of fast keys typed into a form so far.
type burst struct {
	text string
	last time.Time
	snap *formSnapshot
}

// formSnapshot is the forms' state before a burst began.
type formSnapshot struct {
	wi walkInState
	rc rollCallState
}

func (m *Model) snapshot() *formSnapshot {
	s := &formSnapshot{wi: m.wi, rc: m.rc}
	s.wi.dels = slices.Clone(m.wi.dels)
	s.rc.cand = slices.Clone(m.rc.cand)
	s.rc.sel = slices.Clone(m.rc.sel)
	return s
}

func (m *Model) restore(s *formSnapshot) {
	if s != nil {
		m.wi, m.rc = s.wi, s.rc
	}
}

// guarded passes a form's key to handle, unless it ends a scanner burst.
func (m *Model) guarded(msg tea.KeyPressMsg, handle func(tea.KeyPressMsg) tea.Cmd) tea.Cmd {
	now := m.now()
	if msg.Text != "" && cleanText(msg.Text) != "" {
		if m.bst.text == "" || now.Sub(m.bst.last) > burstGap {
			m.bst = burst{snap: m.snapshot()}
		}
		m.bst.text += cleanText(msg.Text)
		m.bst.last = now
		return handle(msg)
	}
	b := m.bst
	m.bst = burst{}
	if (key.Matches(msg, m.keys.CheckIn) || msg.String() == "ctrl+j") &&
		utf8.RuneCountInString(b.text) >= burstMinRune && now.Sub(b.last) <= burstGap {
		m.restore(b.snap)
		return m.scan(strings.TrimSpace(b.text), "")
	}
	return handle(msg)
}
