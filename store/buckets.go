package store

// The buckets of the data file; see the package doc for their contents.
var (
	bucketMeta        = []byte("meta")
	bucketVenues      = []byte("venues")
	bucketSessions    = []byte("sessions")
	bucketDelegations = []byte("delegations")
	bucketPeople      = []byte("people")
	bucketBadges      = []byte("badges")
	bucketAssignments = []byte("assignments")
	bucketTravel      = []byte("travel")
	bucketOutages     = []byte("outages")
	bucketJournal     = []byte("journal")
	bucketUndone      = []byte("undone")
	bucketHeld        = []byte("held")
	bucketConflicts   = []byte("conflicts")
)

var allBuckets = [][]byte{
	bucketMeta, bucketVenues, bucketSessions, bucketDelegations, bucketPeople,
	bucketBadges, bucketAssignments, bucketTravel, bucketOutages,
	bucketJournal, bucketUndone, bucketHeld, bucketConflicts,
}

// Buckets of schema 1, dropped by the migration to 2: arrivals, counts
// and the day index became a projection of the journal and keys in it.
var (
	bucketV1JournalDay = []byte("journal_day")
	bucketV1Checkins   = []byte("checkins")
	bucketV1Arrivals   = []byte("arrivals")
	bucketV1Counts     = []byte("arrival_counts")
	bucketV1Outbox     = []byte("outbox")
)

// Keys of the meta bucket.
var (
	metaMagic   = []byte("magic")
	metaSchema  = []byte("schema")
	metaEvent   = []byte("event")
	metaCreated = []byte("created")
	// metaOutboxAcked is the journal key of this desk's newest entry that
	// the sync hub acknowledged: the outbox is this desk's entries after it.
	metaOutboxAcked = []byte("outbox_acked")
	// metaFileID is the file's random identity (FileID); metaFileIDsBefore
	// the identities it had before a restore renewed it, space-separated.
	metaFileID        = []byte("file_id")
	metaFileIDsBefore = []byte("file_ids_before")
)

// magic marks a bbolt file as a caecw data file.
const magic = "caecw-data-file"

// Journal keys. A check-in writes one key, its entry, appended at the end
// of the journal; the day log's index is kept in memory (arrivals.go).
const (
	prefixEntry = 'e' // 'e' entry key -> journal.Entry JSON
	prefixDay   = 'd' // schema 2 only: 'd' day (10 bytes) entry key -> nil
)

func entryKey(id []byte) []byte {
	return append([]byte{prefixEntry}, id...)
}

func dayKey(day string, id []byte) []byte {
	k := make([]byte, 0, 1+len(day)+len(id))
	k = append(k, prefixDay)
	k = append(k, day...)
	return append(k, id...)
}
