// Package store is caecw's only door to its bbolt data file.
//
// Every change is a journal entry, and the entry and the state it changes
// are written in ONE bbolt transaction, with fsync on commit. Applying an
// entry is idempotent by its id, so an entry that comes back from another
// desk, or from a merged journal file, changes nothing the second time.
//
// The bucket tree (every bucket is declared once, in buckets.go):
//
//	meta/          "magic" -> "caecw-data-file", "schema" -> uint64 BE,
//	               "event" -> event.Event JSON, "created" -> RFC 3339,
//	               "outbox_acked" -> journal key of the newest entry of this
//	               desk that the sync hub acknowledged
//	venues/        venue id -> event.Venue JSON
//	sessions/      session id -> event.Session JSON (plan and State)
//	delegations/   delegation id -> event.Delegation JSON
//	people/        person id -> event.Person JSON
//	badges/        folded badge code -> person id
//	assignments/   session id 0x00 delegation id -> event.Assignment JSON
//	travel/        from site 0x00 to site -> event.Travel JSON
//	outages/       outage id -> event.Outage JSON
//	journal/       'e' entry key -> journal.Entry JSON
//	undone/        entry key of an undone entry -> entry key of the undo
//
// Entry keys are journal.ID.Key(): 8 bytes big-endian hybrid logical
// clock, then the desk, so the journal iterates in time order.
//
// Nothing is stored twice: a check-in writes its journal entry and
// nothing else. Who has arrived, each delegation's count and the day log's
// index are a projection of the journal kept in memory (arrivals.go),
// rebuilt on open and updated after every commit. The outbox for sync is this desk's part
// of the journal after "outbox_acked".
package store
