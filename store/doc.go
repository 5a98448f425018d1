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
//	               desk that the sync hub acknowledged,
//	               "file_id" -> 32 hex digits, random, new for each file
//	               (and for each restored copy), "file_ids_before" -> the
//	               file ids it had before restores, space-separated
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
//	held/          entry key 0x00 8-byte hash of the entry -> HeldEntry JSON:
//	               entries from elsewhere that were never applied, with why
//	conflicts/     person id -> BadgeConflict JSON: a person who lost their
//	               badge code to another person's earlier entry
//
// Entry keys are journal.ID.Key(): 8 bytes big-endian hybrid logical
// clock, then the origin (desk "@" file tag), so the journal iterates in
// time order.
//
// Every entry, whichever door it comes by (a local action, an import, sync,
// merge), is checked by journal.Validate before it is applied. One that
// fails, or whose apply fails for a reason that will not go away (a
// missing session, an undo of an import), is never applied: entries from
// elsewhere go to held/ with their reason, local actions are refused.
//
// Nothing is stored twice: a check-in writes its journal entry and
// nothing else. Who has arrived, each delegation's count and the day log's
// index are a projection of the journal kept in memory (arrivals.go),
// rebuilt on open and updated after every commit. The outbox for sync is this desk's part
// of the journal after "outbox_acked".
package store
