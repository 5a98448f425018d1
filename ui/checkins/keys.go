package checkins

import (
	"charm.land/bubbles/v2/key"

	"caecw/internal/i18n"
)

// KeyMap is the Check-ins tab's own keys. At the desk input every plain
// letter is text, so the desk's actions sit on control keys; the
// coordinator's overview uses letters.
type KeyMap struct {
	// Desk input.
	CheckIn   key.Binding
	Clear     key.Binding
	SelUp     key.Binding
	SelDown   key.Binding
	Undo      key.Binding
	WalkIn    key.Binding
	RollCall  key.Binding
	Backspace key.Binding

	// Overview. Filter is the shared `/` (common.KeyMap); while the
	// filter is typed, enter opens the first match's members and esc
	// shows every delegation again.
	Focus     key.Binding
	Members   key.Binding
	WalkInKey key.Binding
	RollKey   key.Binding
	Sort      key.Binding
	Chart     key.Binding
	ChartDesk key.Binding

	// Roll-call and walk-in forms.
	Toggle    key.Binding
	All       key.Binding
	NextField key.Binding
	PrevField key.Binding
	Left      key.Binding
	Right     key.Binding
}

func newKeyMap(p i18n.Printer) KeyMap {
	k := KeyMap{
		CheckIn:   key.NewBinding(key.WithKeys("enter")),
		Clear:     key.NewBinding(key.WithKeys("ctrl+u", "esc")),
		SelUp:     key.NewBinding(key.WithKeys("up")),
		SelDown:   key.NewBinding(key.WithKeys("down")),
		Undo:      key.NewBinding(key.WithKeys("ctrl+z")),
		WalkIn:    key.NewBinding(key.WithKeys("ctrl+n")),
		RollCall:  key.NewBinding(key.WithKeys("ctrl+r")),
		Backspace: key.NewBinding(key.WithKeys("backspace", "ctrl+h")),
		Focus:     key.NewBinding(key.WithKeys("i")),
		Members:   key.NewBinding(key.WithKeys("enter")),
		WalkInKey: key.NewBinding(key.WithKeys("w")),
		RollKey:   key.NewBinding(key.WithKeys("r")),
		Sort:      key.NewBinding(key.WithKeys("o")),
		Chart:     key.NewBinding(key.WithKeys("c")),
		ChartDesk: key.NewBinding(key.WithKeys("d")),
		Toggle:    key.NewBinding(key.WithKeys("space")),
		All:       key.NewBinding(key.WithKeys("a", "ctrl+a")),
		NextField: key.NewBinding(key.WithKeys("tab")),
		PrevField: key.NewBinding(key.WithKeys("shift+tab")),
		Left:      key.NewBinding(key.WithKeys("left")),
		Right:     key.NewBinding(key.WithKeys("right")),
	}
	k.setLanguage(p)
	return k
}

func (k *KeyMap) setLanguage(p i18n.Printer) {
	k.CheckIn.SetHelp("enter", p.T(i18n.KeyHelpCheckin))
	k.Clear.SetHelp("ctrl+u/esc", p.T(i18n.KeyHelpClear))
	k.SelUp.SetHelp("↑↓", p.T(i18n.KeyHelpSelect))
	k.SelDown.SetHelp("↓", p.T(i18n.KeyHelpSelect))
	k.Undo.SetHelp("ctrl+z", p.T(i18n.KeyHelpUndoCheckin))
	k.WalkIn.SetHelp("ctrl+n", p.T(i18n.KeyHelpWalkin))
	k.RollCall.SetHelp("ctrl+r", p.T(i18n.KeyHelpRollcall))
	k.Focus.SetHelp("i", p.T(i18n.KeyHelpFocusDesk))
	k.Sort.SetHelp("o", p.T(i18n.KeyHelpSort))
	k.Chart.SetHelp("c", p.T(i18n.KeyHelpChart))
	k.ChartDesk.SetHelp("d", p.T(i18n.KeyHelpChartDesk))
	k.Members.SetHelp("enter", p.T(i18n.KeyHelpMembers))
	k.WalkInKey.SetHelp("w", p.T(i18n.KeyHelpWalkin))
	k.RollKey.SetHelp("r", p.T(i18n.KeyHelpRollcall))
	k.Toggle.SetHelp("space", p.T(i18n.KeyHelpToggle))
	k.All.SetHelp("a", p.T(i18n.KeyHelpSelectAll))
	k.NextField.SetHelp("tab", p.T(i18n.KeyHelpNextField))
	k.Left.SetHelp("←→", p.T(i18n.KeyHelpSelect))
}
