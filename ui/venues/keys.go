package venues

import (
	"charm.land/bubbles/v2/key"

	"caecw/internal/i18n"
	"caecw/ui/common"
)

// KeyMap is the Venues tab's own keys.
type KeyMap struct {
	Assign   key.Binding
	MoveDel  key.Binding
	Remove   key.Binding
	Outage   key.Binding
	Lift     key.Binding
	Problems key.Binding
	Confirm  key.Binding
}

func newKeyMap(p i18n.Printer) KeyMap {
	k := KeyMap{
		Assign:   key.NewBinding(key.WithKeys("a")),
		MoveDel:  key.NewBinding(key.WithKeys("m")),
		Remove:   key.NewBinding(key.WithKeys("x")),
		Outage:   key.NewBinding(key.WithKeys("o")),
		Lift:     key.NewBinding(key.WithKeys("O")),
		Problems: key.NewBinding(key.WithKeys("p")),
		// Only a lower-case y goes ahead: enter, space or a held key must
		// never commit a change that breaks something.
		Confirm: key.NewBinding(key.WithKeys("y")),
	}
	k.setLanguage(p)
	return k
}

func (k *KeyMap) setLanguage(p i18n.Printer) {
	k.Assign.SetHelp("a", p.T(i18n.KeyVenuesHelpAssign))
	k.MoveDel.SetHelp("m", p.T(i18n.KeyVenuesHelpMoveDel))
	k.Remove.SetHelp("x", p.T(i18n.KeyVenuesHelpRemove))
	k.Outage.SetHelp("o", p.T(i18n.KeyVenuesHelpOutage))
	k.Lift.SetHelp("O", p.T(i18n.KeyVenuesHelpLift))
	k.Problems.SetHelp("p", p.T(i18n.KeyVenuesHelpProblems))
	k.Confirm.SetHelp("y", p.T(i18n.KeyVenuesHelpConfirm))
}

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	switch m.mode {
	case confirming:
		// The root adds esc while the tab captures keys.
		return []key.Binding{m.keys.Confirm}
	case filtering:
		return []key.Binding{k.FieldUp, withHelp(k.Open, m.c.P.T(i18n.KeyHelpKeepFilter))}
	case picking:
		return []key.Binding{k.FieldUp, withHelp(k.Open, m.c.P.T(i18n.KeyHelpChoose))}
	case prompting:
		return []key.Binding{withHelp(k.Open, m.c.P.T(i18n.KeyHelpApply))}
	}
	if m.focus == onProblems {
		return []key.Binding{k.Up, k.Down, withHelp(k.Open, m.c.P.T(i18n.KeyVenuesHelpJump)), m.keys.Problems, k.Back}
	}
	// Arrows need no telling on a narrow screen; the tab's own keys do.
	var out []key.Binding
	if m.w >= 120 {
		out = append(out, k.Up, k.Down)
	}
	out = append(out, k.Filter, m.keys.Problems)
	switch m.focus {
	case onVenues:
		out = append(out, withHelp(k.Open, m.c.P.T(i18n.KeyVenuesHelpSessions)))
	case onSessions:
		out = append(out, withHelp(k.Open, m.c.P.T(i18n.KeyVenuesHelpJump)))
	}
	if m.c.CanEditProgramme() {
		out = append(out, m.keys.Assign, m.keys.MoveDel, m.keys.Remove, m.keys.Outage, m.keys.Lift)
	}
	return out
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.c.Keys
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Home, k.End},
		{k.Filter, withHelp(k.Open, m.c.P.T(i18n.KeyVenuesHelpSessions)), m.keys.Problems, k.Back},
		{m.keys.Assign, m.keys.MoveDel, m.keys.Remove, m.keys.Outage, m.keys.Lift, m.keys.Confirm},
	}
}

// withHelp is b with another help text, for a shared key that means
// something particular here.
func withHelp(b key.Binding, text string) key.Binding { return common.WithHelp(b, text) }
