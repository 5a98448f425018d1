package common

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// FilterOutcome says what a key did to a focused filter field.
type FilterOutcome int

// The outcomes of a key in a filter field.
const (
	// FilterTyped: the text changed (or the cursor moved in it).
	FilterTyped FilterOutcome = iota
	// FilterCleared: esc emptied the field and left it.
	FilterCleared
	// FilterKept: enter left the field, keeping the filter.
	FilterKept
	// FilterUp and FilterDown: the arrow keys move the list under it.
	FilterUp
	FilterDown
)

// FilterKey handles a key while a tab's filter field has the focus, the
// same way on every tab. Only the arrow keys move the list: j and k are
// letters of names and must go into the field.
func (c *Common) FilterKey(in *textinput.Model, msg tea.KeyPressMsg) (FilterOutcome, tea.Cmd) {
	switch {
	case key.Matches(msg, c.Keys.Back):
		in.Reset()
		in.Blur()
		return FilterCleared, nil
	case key.Matches(msg, c.Keys.Open):
		in.Blur()
		return FilterKept, nil
	case key.Matches(msg, c.Keys.FieldUp):
		return FilterUp, nil
	case key.Matches(msg, c.Keys.FieldDown):
		return FilterDown, nil
	}
	var cmd tea.Cmd
	*in, cmd = in.Update(msg)
	return FilterTyped, cmd
}
