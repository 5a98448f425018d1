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
	bucketArrivals    = []byte("arrivals")
	bucketCheckins    = []byte("checkins")
	bucketJournal     = []byte("journal")
	bucketJournalDay  = []byte("journal_day")
	bucketUndone      = []byte("undone")
	bucketOutbox      = []byte("outbox")
	bucketCounts      = []byte("arrival_counts")
)

var allBuckets = [][]byte{
	bucketMeta, bucketVenues, bucketSessions, bucketDelegations, bucketPeople,
	bucketBadges, bucketAssignments, bucketTravel, bucketOutages, bucketArrivals,
	bucketCheckins, bucketJournal, bucketJournalDay, bucketUndone, bucketOutbox, bucketCounts,
}

// Keys of the meta bucket.
var (
	metaMagic   = []byte("magic")
	metaSchema  = []byte("schema")
	metaEvent   = []byte("event")
	metaCreated = []byte("created")
)

// magic marks a bbolt file as a caecw data file.
const magic = "caecw-data-file"
