package common

import "caecw/internal/i18n"

// SyncState is the link to the sync hub as the header shows it: plain
// values copied from internal/replication, so that ui needs no network package.
type SyncState struct {
	// Online is true while the hub is reachable and entries flow.
	Online bool
	// Peers are the other desks heard from recently.
	Peers []string
	// Outbox is how many local entries wait to be sent.
	Outbox int
	// Held is how many entries from elsewhere this file holds instead of
	// applying them (invalid, or failing for good here).
	Held int
	// Unsendable is how many of this desk's entries cannot be sent; they
	// are counted in Outbox too.
	Unsendable int
	// LastError is the latest sync failure (link, sending, an entry
	// held), empty when none.
	LastError string
	// LastErrorText is LastError in the screen's language
	// (replication.Words); nil when there is none.
	LastErrorText i18n.Text
}
