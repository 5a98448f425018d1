package store

import (
	"bytes"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"caecw/internal/event"
	"caecw/internal/journal"
)

// applyEntry records e in the journal and changes the state it describes,
// inside tx. It is the one path for local actions, merged journal files
// and entries from other desks, and it is idempotent: an entry already in
// the journal changes nothing and reports false.
//
// The merge rules (the same on every desk, whatever the order entries
// arrive in): arrivals are a set in which the earliest check-in of a
// person on a day stands and later ones stay in the log as duplicates; an
// undo wins over the entry it reverses, even when it arrives first; session
// and assignment edits carry the id of the change that made them and the
// greatest id wins.
//
// What the entry changes in the arrivals projection is collected in fx and
// applied by the caller once the transaction committed.
func applyEntry(tx *bolt.Tx, e journal.Entry, fx *effects) (bool, error) {
	key := e.ID.Key()
	j := tx.Bucket(bucketJournal)
	if j.Get(entryKey(key)) != nil {
		return false, nil
	}
	if err := putJSON(j, entryKey(key), e); err != nil {
		return false, err
	}
	fx.log(e.Day, key)
	if e.Kind != journal.KindUndo {
		if undo := tx.Bucket(bucketUndone).Get(key); undo != nil {
			// Its undo came first (from another desk): the entry stays in
			// the log, and only the undo's reversal is applied, so that
			// the state is the same as if they had come in order (a
			// session edit made meanwhile by another desk must still lose
			// to the undo when the undo's id is greater).
			if e.Kind == journal.KindCheckIn {
				if err := applyCheckIn(tx, e, fx); err != nil {
					return true, err
				}
			}
			return true, reverse(tx, e, journal.IDFromKey(undo), fx)
		}
	}
	return true, applyEffect(tx, e, fx)
}

// applyEffect changes the state as e describes, its journal record aside.
func applyEffect(tx *bolt.Tx, e journal.Entry, fx *effects) error {
	switch e.Kind {
	case journal.KindCheckIn, journal.KindUndo, journal.KindDayClose:
	default:
		fx.full = true
	}
	switch e.Kind {
	case journal.KindCheckIn:
		return applyCheckIn(tx, e, fx)
	case journal.KindUndo:
		return applyUndo(tx, e, fx)
	case journal.KindSessionDelay, journal.KindSessionMove, journal.KindSessionCancel,
		journal.KindSessionRestore, journal.KindSessionNote, journal.KindSessionStart:
		return applySessionChange(tx, e, false)
	case journal.KindAssign:
		return applyAssign(tx, e, false)
	case journal.KindOutage:
		return applyOutage(tx, e, false)
	case journal.KindWalkIn:
		return applyWalkIn(tx, e, fx)
	case journal.KindImport:
		return applyImport(tx, e, fx)
	case journal.KindDayClose:
		// The log entry is the record; the projection notes the close.
		var c journal.DayClose
		if err := e.Decode(&c); err != nil {
			return err
		}
		fx.close(e, c)
		return nil
	}
	return fmt.Errorf("entry %s: unknown kind %q: %w", e.ID, e.Kind, errRefused)
}

func applyCheckIn(tx *bolt.Tx, e journal.Entry, fx *effects) error {
	var p journal.CheckIn
	if err := e.Decode(&p); err != nil {
		return err
	}
	// A check-in from elsewhere of a person not registered here (a walk-in
	// not arrived yet, or undone meanwhile) is kept: the projection counts
	// it once, and only while, the person exists. Refusing it would stop
	// sync on this entry for ever. Local check-ins check the person first.
	fx.checkin(e, p)
	return nil
}

func applyUndo(tx *bolt.Tx, e journal.Entry, fx *effects) error {
	var u journal.Undo
	if err := e.Decode(&u); err != nil {
		return err
	}
	undone := tx.Bucket(bucketUndone)
	if prev := undone.Get(u.Target.Key()); prev != nil && string(journal.IDFromKey(prev)) >= string(e.ID) {
		// Undone already by another desk's undo with a greater id: two
		// desks undid the same entry, and the greatest undo stands on
		// every desk whatever the order they arrive in.
		return nil
	}
	if err := undone.Put(u.Target.Key(), e.ID.Key()); err != nil {
		return err
	}
	fx.undo(u.Target)
	target, ok := getEntry(tx, u.Target)
	if !ok {
		return nil // reversed by applyEntry when the target arrives
	}
	return reverse(tx, target, e.ID, fx)
}

// reverse takes back the effect of target for the undo with id undo.
func reverse(tx *bolt.Tx, target journal.Entry, undo journal.ID, fx *effects) error {
	if target.Kind == journal.KindCheckIn {
		// The projection drops undone check-ins when it recomputes.
		fx.undo(target.ID)
		return nil
	}
	fx.full = true
	switch target.Kind {
	case journal.KindSessionDelay, journal.KindSessionMove, journal.KindSessionCancel,
		journal.KindSessionRestore, journal.KindSessionNote, journal.KindSessionStart:
		return applySessionChange(tx, withID(target, undo), true)
	case journal.KindAssign:
		return applyAssign(tx, withID(target, undo), true)
	case journal.KindOutage:
		return applyOutage(tx, withID(target, undo), true)
	case journal.KindWalkIn:
		var w journal.WalkIn
		if err := target.Decode(&w); err != nil {
			return err
		}
		fx.deletePerson(w.Person.ID)
		return deletePerson(tx, w.Person.ID)
	}
	return fmt.Errorf("entry %s (%s): %w", target.ID, target.Kind, ErrNotUndoable)
}

// withID is target as re-applied in reverse by the undo with id undo: the
// reversal takes the undo's id, so that it outranks the change it reverts.
func withID(target journal.Entry, undo journal.ID) journal.Entry {
	target.ID = undo
	return target
}

func applySessionChange(tx *bolt.Tx, e journal.Entry, reverse bool) error {
	var c journal.SessionChange
	if err := e.Decode(&c); err != nil {
		return err
	}
	s, err := getSession(tx, c.Session)
	if err != nil {
		return err
	}
	next := c.After
	if reverse {
		next = c.Before
	}
	// Last writer wins by id; an older edit arriving late changes nothing.
	if s.State.Rev > string(e.ID) {
		return nil
	}
	next.Rev = string(e.ID)
	s.State = next
	return putSession(tx, s)
}

func applyAssign(tx *bolt.Tx, e journal.Entry, reverse bool) error {
	var c journal.AssignChange
	if err := e.Decode(&c); err != nil {
		return err
	}
	remove, put := c.Remove, c.Put
	if reverse {
		remove, put = put, remove
	}
	for _, a := range remove {
		if old, ok := getAssignment(tx, a.Session, a.Delegation); ok && old.Rev <= string(e.ID) {
			if err := deleteAssignment(tx, a.Session, a.Delegation); err != nil {
				return err
			}
		}
	}
	for _, a := range put {
		if old, ok := getAssignment(tx, a.Session, a.Delegation); ok && old.Rev > string(e.ID) {
			continue
		}
		later, err := removedLater(tx, e.ID, a.Session, a.Delegation)
		if err != nil {
			return err
		}
		if later {
			continue
		}
		a.Rev = string(e.ID)
		if err := putAssignment(tx, a); err != nil {
			return err
		}
	}
	return nil
}

// removedLater reports whether an entry after id in the journal removes
// the assignment of delegation to session: an assign entry that removes
// it, or an undo of an assign entry that put it. A removal leaves no
// record with its id behind, so without this a put that arrives after a
// later removal would bring the assignment back on one desk and not on
// another (found by internal/replication's merge-order test). Puts arrive
// mostly in order, so the scan is short; assignment changes are rare.
func removedLater(tx *bolt.Tx, id journal.ID, session, delegation string) (bool, error) {
	return anyLater(tx, id, assignKindJSON, func(e journal.Entry, undoing bool) (bool, error) {
		if e.Kind != journal.KindAssign {
			return false, nil
		}
		var lists journal.AssignChange
		if err := e.Decode(&lists); err != nil {
			return false, err
		}
		// Undoing a put removes it; a remove removes it.
		if undoing {
			return hasAssignment(lists.Put, session, delegation), nil
		}
		return hasAssignment(lists.Remove, session, delegation), nil
	})
}

// outageChangedLater reports whether an entry after id in the journal
// sets or lifts the outage with outageID, or undoes a change of it.
func outageChangedLater(tx *bolt.Tx, id journal.ID, outageID string) (bool, error) {
	return anyLater(tx, id, outageKindJSON, func(e journal.Entry, undoing bool) (bool, error) {
		if e.Kind != journal.KindOutage {
			return false, nil
		}
		var oc journal.OutageChange
		if err := e.Decode(&oc); err != nil {
			return false, err
		}
		return oc.Outage.ID == outageID, nil
	})
}

// anyLater calls match for each entry after id of the kind marked by
// kindJSON, and for the target of each later undo (with undoing true),
// until match says true. Only entries that may match are decoded.
func anyLater(tx *bolt.Tx, id journal.ID, kindJSON []byte, match func(e journal.Entry, undoing bool) (bool, error)) (bool, error) {
	c := tx.Bucket(bucketJournal).Cursor()
	from := entryKey(id.Key())
	k, v := c.Seek(from)
	if bytes.Equal(k, from) {
		k, v = c.Next()
	}
	for ; k != nil && k[0] == prefixEntry; k, v = c.Next() {
		if !bytes.Contains(v, kindJSON) && !bytes.Contains(v, undoKindJSON) {
			continue
		}
		var e journal.Entry
		if err := json.Unmarshal(v, &e); err != nil {
			return false, err
		}
		undoing := false
		if e.Kind == journal.KindUndo {
			var u journal.Undo
			if err := e.Decode(&u); err != nil {
				return false, err
			}
			t, ok := getEntry(tx, u.Target)
			if !ok {
				continue
			}
			e, undoing = t, true
		}
		if ok, err := match(e, undoing); ok || err != nil {
			return ok, err
		}
	}
	return false, nil
}

var (
	outageKindJSON = []byte(`"kind":"outage"`)
	assignKindJSON = []byte(`"kind":"assign"`)
	undoKindJSON   = []byte(`"kind":"undo"`)
)

func hasAssignment(list []event.Assignment, session, delegation string) bool {
	for _, a := range list {
		if a.Session == session && a.Delegation == delegation {
			return true
		}
	}
	return false
}

func applyOutage(tx *bolt.Tx, e journal.Entry, reverse bool) error {
	var c journal.OutageChange
	if err := e.Decode(&c); err != nil {
		return err
	}
	// An outage has no revision of its own: the latest change by id
	// stands, so a change older than one already here is only logged.
	later, err := outageChangedLater(tx, e.ID, c.Outage.ID)
	if err != nil || later {
		return err
	}
	b := tx.Bucket(bucketOutages)
	if c.Lift != reverse {
		return b.Delete([]byte(c.Outage.ID))
	}
	return putJSON(b, []byte(c.Outage.ID), c.Outage)
}

func applyWalkIn(tx *bolt.Tx, e journal.Entry, fx *effects) error {
	var w journal.WalkIn
	if err := e.Decode(&w); err != nil {
		return err
	}
	if _, err := getDelegation(tx, w.Person.Delegation); err != nil {
		return err
	}
	fx.person(w.Person.ID, w.Person.Delegation)
	return putPerson(tx, w.Person, e.ID)
}

func applyImport(tx *bolt.Tx, e journal.Entry, fx *effects) error {
	var imp journal.Import
	if err := e.Decode(&imp); err != nil {
		return err
	}
	for _, p := range imp.People {
		fx.person(p.ID, p.Delegation)
	}
	return putProgramme(tx, imp.Programme)
}

// importFill is how full an import packs the pages of people and badges.
const importFill = 0.9

// putProgramme upserts records by id. A session keeps the state the day
// gave it, and no check-in is touched.
func putProgramme(tx *bolt.Tx, p event.Programme) error {
	// An import writes the people and their badges all at once; pages
	// split at bbolt's default half would leave them half empty, and the
	// whole file is read into memory on open (mmap_linux.go): 100,000
	// people took 36 MB of pages instead of 18. A later walk-in still
	// splits a page in halves.
	tx.Bucket(bucketPeople).FillPercent = importFill
	tx.Bucket(bucketBadges).FillPercent = importFill
	if p.Event != nil {
		old, _ := getEvent(tx)
		ev := *p.Event
		ev.Demo = old.Demo
		if err := putEvent(tx, ev); err != nil {
			return err
		}
	}
	for _, v := range p.Venues {
		if err := putJSON(tx.Bucket(bucketVenues), []byte(v.ID), v); err != nil {
			return err
		}
	}
	for _, s := range p.Sessions {
		if old, err := getSession(tx, s.ID); err == nil {
			s.State = old.State
		}
		if err := putSession(tx, s); err != nil {
			return err
		}
	}
	for _, d := range p.Delegations {
		if err := putJSON(tx.Bucket(bucketDelegations), []byte(d.ID), d); err != nil {
			return err
		}
	}
	for _, person := range p.People {
		if err := putPerson(tx, person, ""); err != nil {
			return err
		}
	}
	for _, a := range p.Assignments {
		if err := putAssignment(tx, a); err != nil {
			return err
		}
	}
	for _, t := range p.Travel {
		if err := putJSON(tx.Bucket(bucketTravel), key2(t.FromSite, t.ToSite), t); err != nil {
			return err
		}
	}
	return nil
}
