package sessions

import (
	"charm.land/bubbles/v2/key"

	"caecw/internal/i18n"
)

// KeyMap is the Sessions tab's own keys: the programme changes and the
// answers to a confirmation.
type KeyMap struct {
	Delay   key.Binding
	Move    key.Binding
	Cancel  key.Binding
	Restore key.Binding
	Note    key.Binding
	// Start marks the session started (the attention list stops asking).
	Start key.Binding
	// Undo undoes the session's last change made at this desk.
	Undo key.Binding
	Yes  key.Binding
	No   key.Binding
	// Scroll is only a help entry: pgup/pgdn scroll the detail pane.
	Scroll key.Binding
}

func newKeyMap(p i18n.Printer, canEdit bool) KeyMap {
	k := KeyMap{
		Delay:   key.NewBinding(key.WithKeys("d")),
		Move:    key.NewBinding(key.WithKeys("m")),
		Cancel:  key.NewBinding(key.WithKeys("c")),
		Restore: key.NewBinding(key.WithKeys("r")),
		Note:    key.NewBinding(key.WithKeys("n")),
		Start:   key.NewBinding(key.WithKeys("s")),
		Undo:    key.NewBinding(key.WithKeys("u")),
		Yes:     key.NewBinding(key.WithKeys("y", "Y")),
		No:      key.NewBinding(key.WithKeys("n", "N", "esc")),
		Scroll:  key.NewBinding(key.WithKeys("pgup", "pgdown")),
	}
	k.setLanguage(p, canEdit)
	return k
}

// setLanguage writes the help texts. At a desk the action keys stay bound
// (pressing one explains the refusal) but their help says they are for
// coordinators only, so nobody hunts for a key that will not work.
func (k *KeyMap) setLanguage(p i18n.Printer, canEdit bool) {
	help := func(b *key.Binding, keys string, what i18n.Key) {
		text := p.T(what)
		if !canEdit {
			text = p.T(i18n.KeySessionsHelpDisabled, "action", text)
		}
		b.SetHelp(keys, text)
	}
	help(&k.Delay, "d", i18n.KeyHelpDelay)
	help(&k.Move, "m", i18n.KeyHelpMove)
	help(&k.Cancel, "c", i18n.KeyHelpCancel)
	help(&k.Restore, "r", i18n.KeyHelpRestore)
	help(&k.Note, "n", i18n.KeyHelpNote)
	help(&k.Start, "s", i18n.KeyHelpMarkStarted)
	help(&k.Undo, "u", i18n.KeyHelpUndoChange)
	k.Yes.SetHelp("y", p.T(i18n.KeySessionsHelpYes))
	k.No.SetHelp("n/esc", p.T(i18n.KeySessionsHelpNo))
	k.Scroll.SetHelp("pgup/pgdn", p.T(i18n.KeySessionsHelpScroll))
}

func (k *KeyMap) actions() []key.Binding {
	return []key.Binding{k.Delay, k.Move, k.Start, k.Cancel, k.Restore, k.Note, k.Undo}
}
