package store

import (
	"bytes"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"caecw/internal/journal"
)

// Two entries with one id and different content: a forged entry, or two
// files that wrote under one desk name before files had an identity (C4).
// Every desk must keep the same one whatever order they come in, so the
// choice is by content, not arrival: the entry whose canonical encoding
// (canonical) sorts first stands; the other is held with HeldConflict, so
// a coordinator sees both.
//
// Where the one in place loses, its effect is taken back and the winner's
// applied, so that the state is the winner's:
//   - a check-in: the projection drops the loser's arrival;
//   - a walk-in, session change, assignment or outage: reversed as an undo
//     would, then the winner applied;
//   - a day close: only its record changes.
//
// An import and an undo cannot be taken back; for them both are applied,
// the loser first, on every desk: an import's records are laid down by
// the loser and then by the winner, and both undos' targets are undone.

// resolveConflict decides between old, the entry in the journal, and e, a
// valid entry from elsewhere with the same id and other content, and says
// which is held.
func (s *Store) resolveConflict(tx *bolt.Tx, old, e journal.Entry, source string, now time.Time, fx *effects) (*HeldEntry, error) {
	why := func(kept journal.Entry) error {
		return fmt.Errorf("another entry with the same id and other content stands (%s %s by %s at %s); the one whose encoding sorts first is kept on every desk",
			kept.Kind, kept.Subject, kept.Operator, kept.At.UTC().Format(time.RFC3339))
	}
	if bytes.Compare(canonical(old), canonical(e)) <= 0 {
		// The one in place stands.
		if e.Kind == journal.KindImport || e.Kind == journal.KindUndo {
			if err := applyEffect(tx, e, fx); err != nil {
				return nil, err
			}
			if old.Kind == journal.KindImport {
				// Laid down again over the loser's records.
				if err := applyEffect(tx, old, fx); err != nil {
					return nil, err
				}
			}
		}
		return newHeld(e, HeldConflict, why(old), source, now), nil
	}
	// The newcomer stands: it takes the loser's place in the journal.
	if err := putJSON(tx.Bucket(bucketJournal), entryKey(e.ID.Key()), e); err != nil {
		return nil, err
	}
	if old.Day != e.Day {
		// The day log's index moves with it: the entry is logged on its
		// new day; the old day's list keeps a key that now reads the new
		// entry, which Entries shows under its own day.
		fx.log(e.Day, e.ID.Key())
	}
	if !isUndone(tx, old.ID) {
		switch old.Kind {
		case journal.KindCheckIn:
			fx.dropped = append(fx.dropped, old.ID)
		case journal.KindWalkIn, journal.KindSessionDelay, journal.KindSessionMove, journal.KindSessionCancel,
			journal.KindSessionRestore, journal.KindSessionNote, journal.KindSessionStart, journal.KindAssign, journal.KindOutage:
			if err := reverse(tx, old, old.ID, fx); err != nil {
				return nil, err
			}
		}
		if err := applyEffect(tx, e, fx); err != nil {
			return nil, err
		}
	}
	src := source
	if s.mine(old.ID.Key()) {
		src = SourceLocal
	}
	return newHeld(old, HeldConflict, why(e), src, now), nil
}
