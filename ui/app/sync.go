package app

import (
	"strings"

	"caecw/internal/i18n"
)

// syncState is the header's note on sending entries to other desks:
// without sync, how many wait in the outbox; with sync, the link
// ("offline, 3 to send", "all sent"), entries that cannot be sent or are
// held, and the desks heard from recently. The Log tab says why.
// It reads c.Sync, which never blocks.
func (m *Model) syncState() string {
	p, c := m.p(), m.c
	if c.Sync == nil {
		if m.view != nil && m.view.outbox > 0 {
			return "  " + p.T(i18n.KeyHeaderOutbox, "n", m.view.outbox)
		}
		return ""
	}
	st := c.Sync()
	var out string
	switch {
	case !st.Online && st.Outbox > 0:
		out = "  " + p.T(i18n.KeyHeaderOffline) + ", " + p.T(i18n.KeyHeaderOutbox, "n", st.Outbox)
	case !st.Online:
		out = "  " + p.T(i18n.KeyHeaderOffline)
	case st.Outbox > 0:
		out = "  " + p.T(i18n.KeyHeaderOutbox, "n", st.Outbox)
	default:
		out = "  " + p.T(i18n.KeyHeaderSynced)
	}
	if st.Unsendable > 0 {
		out += " · " + p.N(i18n.KeyHeaderUnsendable, st.Unsendable)
	}
	if st.Held > 0 {
		out += " · " + p.N(i18n.KeyHeaderHeld, st.Held)
	}
	if st.Online && len(st.Peers) > 0 {
		// Desk names are the same in every language.
		out += " ⇄ " + strings.Join(st.Peers, ", ")
	}
	return out
}
