package common

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
)

// Tab is the contract every tab of the coordinator's screen keeps:
// a Bubble Tea model that renders into the body area it is given, tells
// the help line its keys and its name.
type Tab interface {
	help.KeyMap
	Init() tea.Cmd
	// Update takes every message; data messages arrive even when the tab
	// is hidden, key messages only when it is active.
	Update(msg tea.Msg) (Tab, tea.Cmd)
	// View renders exactly the body area (width x height of SetSize).
	View() string
	SetSize(width, height int)
	TabName() string
	// Capturing reports whether a text field of the tab has the focus,
	// so that plain letters go into it instead of to global keys.
	Capturing() bool
}

// HelpTaker is a tab whose text field has no use for "?": the root opens
// the help on "?" even while that field has the focus. The desk's search
// is one: names have no "?" and a badge scanner never sends one.
type HelpTaker interface {
	HelpWhileCapturing() bool
}

// Answerer is a tab that answers messages sent to one tab (a jump from
// the attention panel or the Venues tab's problems): the root shows the
// first tab that answers and gives it the message.
type Answerer interface {
	Answers(msg tea.Msg) bool
}
