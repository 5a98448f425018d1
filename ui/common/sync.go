package common

// SyncState is the link to the sync hub as the header shows it: plain
// values copied from internal/replication, so that ui needs no network package.
type SyncState struct {
	// Online is true while the hub is reachable and entries flow.
	Online bool
	// Peers are the other desks heard from recently.
	Peers []string
	// Outbox is how many local entries wait to be sent.
	Outbox int
	// LastError is the latest link failure, empty when none.
	LastError string
}
