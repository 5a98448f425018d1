package common

import (
	"charm.land/bubbles/v2/key"

	"caecw/internal/i18n"
)

// KeyMap holds the keys the whole screen shares. Tabs keep their own
// maps for their own actions.
type KeyMap struct {
	Quit      key.Binding
	ForceQuit key.Binding
	NextTab   key.Binding
	PrevTab   key.Binding
	Tab1      key.Binding
	Tab2      key.Binding
	Tab3      key.Binding
	Tab4      key.Binding
	NextDay   key.Binding
	PrevDay   key.Binding
	Today     key.Binding
	Help      key.Binding
	Language  key.Binding
	// LanguageAnywhere switches the language even while a text field has
	// the focus (the desk input takes L as a letter); the root honours it
	// before asking the tab whether it captures keys.
	LanguageAnywhere key.Binding
	Filter           key.Binding
	Back             key.Binding
	Up               key.Binding
	Down             key.Binding
	PageUp           key.Binding
	PageDown         key.Binding
	Home             key.Binding
	End              key.Binding
	Open             key.Binding
	// FieldUp and FieldDown move a list under a text field that has the
	// focus: only the arrows, since k and j are letters of what is typed.
	FieldUp   key.Binding
	FieldDown key.Binding
}

// WithHelp is b with its help text replaced by desc: the same keys,
// worded for the mode (enter "apply" at a prompt, "open" in a list), so
// the help line names what the key does there.
func WithHelp(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

// DefaultKeyMap builds the shared keys, with help in p's language.
func DefaultKeyMap(p i18n.Printer) *KeyMap {
	k := &KeyMap{
		Quit:             key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit:        key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		NextTab:          key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next tab")),
		PrevTab:          key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous tab")),
		Tab1:             key.NewBinding(key.WithKeys("1"), key.WithHelp("1-4", "go to tab")),
		Tab2:             key.NewBinding(key.WithKeys("2")),
		Tab3:             key.NewBinding(key.WithKeys("3")),
		Tab4:             key.NewBinding(key.WithKeys("4")),
		NextDay:          key.NewBinding(key.WithKeys("]"), key.WithHelp("[ ]", "day")),
		PrevDay:          key.NewBinding(key.WithKeys("[")),
		Today:            key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "today")),
		Help:             key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Language:         key.NewBinding(key.WithKeys("L", "f2"), key.WithHelp("L", "language")),
		LanguageAnywhere: key.NewBinding(key.WithKeys("f2"), key.WithHelp("F2", "language")),
		Filter:           key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		Back:             key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Up:               key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:             key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:           key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown:         key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down")),
		Home:             key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "first")),
		End:              key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "last")),
		Open:             key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		FieldUp:          key.NewBinding(key.WithKeys("up"), key.WithHelp("↑↓", "select")),
		FieldDown:        key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", "select")),
	}
	k.SetLanguage(p)
	return k
}

// SetLanguage rewrites the help texts in p's language.
func (k *KeyMap) SetLanguage(p i18n.Printer) {
	k.Quit.SetHelp("q", p.T(i18n.KeyHelpQuit))
	k.ForceQuit.SetHelp("ctrl+c", p.T(i18n.KeyHelpQuit))
	k.NextTab.SetHelp("tab", p.T(i18n.KeyHelpSwitchTab))
	k.PrevTab.SetHelp("shift+tab", p.T(i18n.KeyHelpSwitchTab))
	k.Tab1.SetHelp("1-4", p.T(i18n.KeyHelpSwitchTab))
	k.NextDay.SetHelp("]", p.T(i18n.KeyHelpNextDay))
	k.PrevDay.SetHelp("[", p.T(i18n.KeyHelpPrevDay))
	k.Today.SetHelp("t", p.T(i18n.KeyHelpToday))
	k.Help.SetHelp("?", p.T(i18n.KeyHelpHelp))
	k.Language.SetHelp("L/F2", p.T(i18n.KeyHelpLanguage))
	k.LanguageAnywhere.SetHelp("F2", p.T(i18n.KeyHelpLanguage))
	k.Filter.SetHelp("/", p.T(i18n.KeyHelpFilter))
	k.Back.SetHelp("esc", p.T(i18n.KeyHelpBack))
	k.Open.SetHelp("enter", p.T(i18n.KeyHelpOpen))
	k.Up.SetHelp("↑/k", p.T(i18n.KeyHelpUp))
	k.Down.SetHelp("↓/j", p.T(i18n.KeyHelpDown))
	k.PageUp.SetHelp("pgup", p.T(i18n.KeyHelpPageUp))
	k.PageDown.SetHelp("pgdn", p.T(i18n.KeyHelpPageDown))
	k.Home.SetHelp("g", p.T(i18n.KeyHelpFirst))
	k.End.SetHelp("G", p.T(i18n.KeyHelpLast))
	k.FieldUp.SetHelp("↑↓", p.T(i18n.KeyHelpFieldSelect))
	k.FieldDown.SetHelp("↓", p.T(i18n.KeyHelpFieldSelect))
}
