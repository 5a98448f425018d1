package common

import "charm.land/bubbles/v2/textinput"

// NewInput is a one-line text field of at most limit characters with a
// steady cursor: a blinking one would wake the screen twice a second for
// nothing while a prompt waits.
func NewInput(limit int) textinput.Model {
	in := textinput.New()
	in.CharLimit = limit
	st := in.Styles()
	st.Cursor.Blink = false
	in.SetStyles(st)
	return in
}
