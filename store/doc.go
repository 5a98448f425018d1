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
//	               "event" -> event.Event JSON, "created" -> RFC 3339
//	venues/        venue id -> event.Venue JSON
//	sessions/      session id -> event.Session JSON (plan and State)
//	delegations/   delegation id -> event.Delegation JSON
//	people/        person id -> event.Person JSON
//	badges/        folded badge code -> person id
//	assignments/   session id 0x00 delegation id -> event.Assignment JSON
//	travel/        from site 0x00 to site -> event.Travel JSON
//	outages/       outage id -> event.Outage JSON
//	arrivals/      day 0x00 person id -> event.CheckIn JSON (the arrival that stands)
//	checkins/      day 0x00 person id 0x00 entry key -> nil (every check-in entry,
//	               so the arrival can be recomputed after an undo or a merge)
//	journal/       entry key -> journal.Entry JSON
//	journal_day/   day (10 bytes) entry key -> nil (the day log index)
//	undone/        entry key of an undone entry -> entry key of the undo
//	outbox/        entry key -> nil (entries not yet acknowledged by the sync hub)
//	arrival_counts/ day 0x00 delegation id -> uint64 BE (arrivals standing, kept
//	               with arrivals/ so a desk reads its count without a scan)
//
// Entry keys are journal.ID.Key(): 8 bytes big-endian hybrid logical clock,
// then the desk, so the journal iterates in time order.
package store
