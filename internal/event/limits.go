package event

// The documented bounds of the data. Every door by which data arrives
// (import, a local action, an entry from another desk, a merged journal
// file) refuses what lies outside them, so that no screen, count or export
// ever meets a 10 MB name or a capacity of 2^63-1. docs/import.md lists
// them for the people who prepare the files.
const (
	// MaxNameLen bounds a name a person reads: person, delegation, venue,
	// site, session title, host, head, liaison, event name, and the
	// Chinese form of each (name_zh, site_zh, title_zh, host_zh, head_zh).
	// In bytes of UTF-8: 200 bytes is 66 CJK characters or 200 Latin
	// letters.
	MaxNameLen = 200
	// MaxIDLen bounds an id or badge code.
	MaxIDLen = 64
	// MaxNoteLen bounds free text: a session note, an outage reason, an
	// undo reason.
	MaxNoteLen = 2000

	// MaxPeople bounds a roster: the people of one data file.
	MaxPeople = 100_000
	// MaxSessions, MaxVenues and MaxDelegations bound the programme.
	MaxSessions    = 5_000
	MaxVenues      = 1_000
	MaxDelegations = 2_000

	// MaxCapacity bounds a venue's seats; MaxHeadcount a delegation's
	// expected size, a session's expected audience or an assignment's
	// headcount.
	MaxCapacity  = 100_000
	MaxHeadcount = 100_000
	// MaxDelayMin bounds a delay: one day.
	MaxDelayMin = 24 * 60
	// MaxTravelMin bounds a travel time between two sites.
	MaxTravelMin = 24 * 60
)
