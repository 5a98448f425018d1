// Package attention is the coordinator's "what needs me now" panel,
// opened with ! over the body: the attention list of the hour ahead
// (internal/event.Attention), most urgent first, each item with when, how
// bad, what, where, the numbers and the fix. Enter jumps to the session,
// f opens the fix, w widens the window. The root computes the list from
// the clock and every reload and hands it in with SetItems; the panel
// does no I/O and never computes on its own.
package attention

import (
	"slices"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/ui/common"
)

// KeyMap is the key that opens the panel (the root matches it) and the
// panel's own keys; up, down, enter and esc are the common ones.
type KeyMap struct {
	Toggle key.Binding
	Fix    key.Binding
	Widen  key.Binding
}

// NewKeyMap builds the keys with help in p's language.
func NewKeyMap(p i18n.Printer) KeyMap {
	k := KeyMap{
		Toggle: key.NewBinding(key.WithKeys("!")),
		Fix:    key.NewBinding(key.WithKeys("f")),
		Widen:  key.NewBinding(key.WithKeys("w")),
	}
	k.SetLanguage(p)
	return k
}

// SetLanguage rebuilds the help texts.
func (k *KeyMap) SetLanguage(p i18n.Printer) {
	k.Toggle.SetHelp("!", p.T(i18n.KeyHelpAttention))
	k.Fix.SetHelp("f", p.T(i18n.KeyHelpAttentionFix))
	k.Widen.SetHelp("w", p.T(i18n.KeyHelpAttentionWiden))
}

// Model is the panel and the list it shows. The zero window is the
// narrowest of event.AttentionWindows.
type Model struct {
	c    *common.Common
	Keys KeyMap
	w, h int

	open bool
	// window indexes event.AttentionWindows.
	window int
	items  []event.AttentionItem
	plan   event.Plan
	ready  bool
	list   common.ListCursor
}

// New builds the panel, closed.
func New(c *common.Common) *Model {
	return &Model{c: c, Keys: NewKeyMap(c.P)}
}

// Open reports whether the panel is shown; while it is, it takes every
// key but ctrl+c and F2.
func (m *Model) Open() bool { return m.open }

// Show opens the panel on the most urgent item.
func (m *Model) Show() {
	m.open = true
	m.list.Select(0)
}

// Close hides the panel; the window chosen stays for the next time.
func (m *Model) Close() { m.open = false }

// SetSize gives the panel the body area.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = max(0, w), max(0, h)
	m.list.SetHeight(m.listRows())
}

// SetLanguage rebuilds the key help after a language switch.
func (m *Model) SetLanguage() { m.Keys.SetLanguage(m.c.P) }

// Window is how far ahead the list looks.
func (m *Model) Window() time.Duration {
	return event.AttentionWindows[m.window%len(event.AttentionWindows)]
}

// Options are the rules' options for the window shown.
func (m *Model) Options() event.AttentionOptions {
	return event.AttentionOptions{Window: m.Window()}
}

// SetItems hands in a fresh list and the plan it was found on (for
// names). The selection stays on the same item when it is still listed.
func (m *Model) SetItems(items []event.AttentionItem, pl event.Plan) {
	var sel *event.AttentionItem
	if it, ok := m.Selected(); ok {
		sel = &it
	}
	m.items, m.plan, m.ready = items, pl, true
	m.list.SetLen(len(items))
	if sel != nil {
		if i := slices.IndexFunc(items, func(x event.AttentionItem) bool { return same(x, *sel) }); i >= 0 {
			m.list.Cursor = i
			m.list.SetLen(len(items))
		}
	}
}

// same reports whether two items are the same thing at two instants.
func same(a, b event.AttentionItem) bool {
	return a.Kind == b.Kind && slices.Equal(a.Sessions, b.Sessions) && slices.Equal(a.Delegations, b.Delegations)
}

// Items is the list as last handed in.
func (m *Model) Items() []event.AttentionItem { return m.items }

// Counts is the number of items and of critical ones, for the header.
func (m *Model) Counts() (all, critical int) {
	for _, it := range m.items {
		if it.Severity == event.SeverityCritical {
			critical++
		}
	}
	return len(m.items), critical
}

// Selected is the item under the cursor.
func (m *Model) Selected() (event.AttentionItem, bool) {
	if m.list.Cursor < 0 || m.list.Cursor >= len(m.items) {
		return event.AttentionItem{}, false
	}
	return m.items[m.list.Cursor], true
}

// Update takes every key while the panel is open. handled is false when
// the panel is closed; widened says the window changed and the root must
// recompute the list.
func (m *Model) Update(msg tea.Msg) (cmd tea.Cmd, handled bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || !m.open {
		return nil, false
	}
	c := m.c.Keys
	if m.c.ListKey(k, &m.list) {
		return nil, true
	}
	switch {
	case key.Matches(k, c.Back), key.Matches(k, m.Keys.Toggle):
		m.Close()
	case key.Matches(k, c.Open):
		return m.jump(), true
	case key.Matches(k, m.Keys.Fix):
		return m.fix(), true
	case key.Matches(k, m.Keys.Widen):
		m.window = (m.window + 1) % len(event.AttentionWindows)
		return func() tea.Msg { return WidenedMsg{} }, true
	}
	return nil, true
}

// WidenedMsg says the panel's window changed: the root recomputes the
// list at once rather than at the next tick.
type WidenedMsg struct{}

// jump shows the item's first session, or its delegation when it has no
// session, and closes the panel.
func (m *Model) jump() tea.Cmd {
	it, ok := m.Selected()
	if !ok {
		return nil
	}
	m.Close()
	if len(it.Sessions) > 0 {
		id := it.Sessions[0]
		return func() tea.Msg { return common.ShowSessionMsg{ID: id} }
	}
	if len(it.Delegations) > 0 {
		id := it.Delegations[0]
		return func() tea.Msg { return common.ShowDelegationMsg{ID: id} }
	}
	return nil
}

// fix opens the item's action: the delegation's members for people not
// arrived, else the change on the session that the action names (the
// later one of a pair: the one pushed into, or the one out of reach).
func (m *Model) fix() tea.Cmd {
	it, ok := m.Selected()
	if !ok {
		return nil
	}
	m.Close()
	if it.Action == event.ActionOpenDelegation && len(it.Delegations) > 0 {
		id := it.Delegations[0]
		return func() tea.Msg { return common.ShowDelegationMsg{ID: id} }
	}
	if len(it.Sessions) == 0 {
		return nil
	}
	id := it.Sessions[len(it.Sessions)-1]
	if it.Action == event.ActionMoveSession && it.Kind == event.AttentionOutOfService {
		id = it.Sessions[0]
	}
	msg := common.SessionActionMsg{ID: id, Action: it.Action, DelayMin: it.DelayMin}
	return func() tea.Msg { return msg }
}
