package app

import (
	"strings"

	"caecw/internal/i18n"
)

// syncState is the header's note on sending entries to other desks:
// nothing without sync; with sync, the link ("offline, 3 to send", "all
// sent"), entries that cannot be sent or are held, and the desks heard
// from recently. The Log tab says why.
// It reads c.Sync, which never blocks.
func (m *Model) syncState() string {
	p, c := m.p(), m.c
	if c.Sync == nil {
		// No sync set up: nothing is ever sent, so a count of entries
		// "to send" would only grow all day and worry nobody usefully.
		return ""
	}
	st := c.Sync()
	var out string
	switch {
	case !st.Online && st.Outbox > 0:
		out = "  " + p.T(i18n.KeyHeaderOfflineOutbox, "n", st.Outbox)
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
		out += " · " + p.N(i18n.KeyLogHeldCount, st.Held)
	}
	if st.Online && len(st.Peers) > 0 {
		// Desk names are the same in every language.
		out += " ⇄ " + strings.Join(st.Peers, ", ")
	}
	return out
}
