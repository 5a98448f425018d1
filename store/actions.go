package store

import (
	"errors"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"caecw/internal/event"
	"caecw/internal/journal"
)

// write makes one entry of kind about subject with payload, checks it with
// validate inside the same transaction and applies it, all in one durable
// commit; being this desk's newest entry, it is then in the outbox for
// sync (nothing else is written for that). Nothing is reported as saved unless the
// commit succeeded.
func (s *Store) write(kind journal.Kind, subject string, payload any, validate func(tx *bolt.Tx, e *journal.Entry) error) (journal.Entry, error) {
	return s.writeAt(s.Clock().Now(), kind, subject, payload, validate, nil)
}

// writeAt is write at instant now, with after called once the entry is
// committed and the arrivals projection updated, to read what the caller
// reports.
//
// Writes are serialised by s.wmu (bbolt serialises them anyway), so that
// a check that reads the projection ("already arrived?") and the commit
// that changes it cannot interleave with another write.
func (s *Store) writeAt(now time.Time, kind journal.Kind, subject string, payload any,
	validate func(tx *bolt.Tx, e *journal.Entry) error, after func()) (journal.Entry, error) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	h, err := s.ids.Next(now)
	if err != nil {
		return journal.Entry{}, err
	}
	e, err := journal.New(journal.NewID(h, s.origin), now, event.DayOf(now, s.Location()), s.desk, s.operator, kind, subject, payload)
	if err != nil {
		return e, err
	}
	fx := &effects{}
	err = s.db.Update(func(tx *bolt.Tx) error {
		if validate != nil {
			if err := validate(tx, &e); err != nil {
				return err
			}
		}
		if err := journal.Validate(e, s.Location()); err != nil {
			return err
		}
		applied, err := applyEntry(tx, e, fx)
		if err == nil && !applied {
			// Nothing was written: reporting success would show a
			// check-in that is not saved (issue 12).
			err = fmt.Errorf("entry %s: %w", e.ID, ErrIDCollision)
		}
		return err
	})
	if err != nil {
		return journal.Entry{}, err
	}
	s.arrivals.apply(fx)
	if after != nil {
		after()
	}
	if kind == journal.KindImport || kind == journal.KindWalkIn {
		s.retryHeldLocked()
	}
	s.committed(e)
	return e, nil
}

// CheckInResult says what a check-in did.
type CheckInResult struct {
	Person     event.Person
	Delegation event.Delegation
	// Entry is the new journal entry; zero when Already is true.
	Entry journal.Entry
	// Arrival is the arrival that stands: the new one, or the earlier one
	// when the person had already arrived today.
	Arrival event.CheckIn
	Already bool
	// Arrived and Expected are the delegation's counts for the day after
	// the check-in.
	Arrived, Expected int
	// ClosedAt is when the day was closed, zero if it was not: the
	// check-in stands all the same, as a late addition to the day.
	ClosedAt time.Time
}

// CheckInBadge checks in the person holding badge, today by the store's
// clock. An unknown badge is ErrNotFound.
func (s *Store) CheckInBadge(badge string) (CheckInResult, error) {
	var id string
	err := s.db.View(func(tx *bolt.Tx) error {
		p, err := personByBadge(tx, badge)
		id = p.ID
		return err
	})
	if err != nil {
		return CheckInResult{}, err
	}
	return s.CheckIn(id)
}

// CheckIn records the arrival of person today. If the person has already
// arrived today nothing is written and the result says Already.
//
// This is the desk's hot path (one badge scan, one durable commit): the
// transaction reads the person and writes the entry, at the end of the
// journal, and nothing else; who has arrived, the counts and the day
// log's index follow from it in memory (arrivals.go).
func (s *Store) CheckIn(person string) (CheckInResult, error) {
	var res CheckInResult
	now := s.Clock().Now()
	day := event.DayOf(now, s.Location())
	counts := func() {
		res.Arrived = s.arrivals.count(day, res.Person.Delegation)
		res.Expected = event.ExpectedSize(res.Delegation.Expected, s.arrivals.registeredIn(res.Person.Delegation))
	}
	validate := func(tx *bolt.Tx, e *journal.Entry) error {
		p, err := getPerson(tx, person)
		if err != nil {
			return err
		}
		res.Person = p
		res.Delegation, _ = getDelegation(tx, p.Delegation)
		if c, ok := s.arrivals.arrival(day, person); ok {
			res.Already, res.Arrival = true, c
			counts()
			return errAlready
		}
		return nil
	}
	after := func() {
		res.Arrival, _ = s.arrivals.arrival(day, person)
		counts()
		res.ClosedAt, _ = s.Closed(day)
	}
	e, err := s.writeAt(now, journal.KindCheckIn, person, journal.CheckIn{Person: person, Day: day}, validate, after)
	switch {
	case errors.Is(err, errAlready):
		return res, nil
	case err != nil:
		return res, err
	}
	res.Entry = e
	return res, nil
}

// errAlready aborts the check-in transaction without writing.
var errAlready = errors.New("already arrived")

// Undo reverses entry target with a new entry. Undoing an undo, an
// import, a day close, or an entry already undone is refused.
func (s *Store) Undo(target journal.ID, reason string) (journal.Entry, error) {
	return s.undo(journal.Undo{Target: target, Reason: reason})
}

// UndoCode is Undo with a reason the program gives (journal.UndoAtDesk,
// journal.UndoFromSession), which every reader words in its own language.
func (s *Store) UndoCode(target journal.ID, code string) (journal.Entry, error) {
	return s.undo(journal.Undo{Target: target, Code: code})
}

func (s *Store) undo(u journal.Undo) (journal.Entry, error) {
	target := u.Target
	return s.write(journal.KindUndo, string(target), u, func(tx *bolt.Tx, e *journal.Entry) error {
		t, ok := getEntry(tx, target)
		if !ok {
			return fmt.Errorf("entry %s: %w", target, ErrNotFound)
		}
		if !t.Kind.Undoable() {
			return fmt.Errorf("%s entry %s: %w", t.Kind, target, ErrNotUndoable)
		}
		if isUndone(tx, target) {
			return fmt.Errorf("entry %s was undone already: %w", target, ErrNotUndoable)
		}
		if t.Kind == journal.KindWalkIn {
			var w journal.WalkIn
			if err := t.Decode(&w); err != nil {
				return err
			}
			if s.arrivals.hasArrivals(w.Person.ID) {
				return fmt.Errorf("%s has arrivals on record; undo those first: %w", w.Person.Name, ErrNotUndoable)
			}
		}
		e.Subject = t.Subject
		e.Day = s.dayOf(e.At)
		return nil
	})
}

func (s *Store) dayOf(t time.Time) event.Day { return event.DayOf(t, s.Location()) }

// LastUndoable is this desk's latest check-in that is not undone, for
// ctrl+z at a desk. ErrNotFound when there is none.
func (s *Store) LastUndoable(kind journal.Kind) (journal.Entry, error) {
	var out journal.Entry
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketJournal).Cursor()
		k, _ := c.Seek([]byte{prefixEntry + 1})
		if k == nil {
			k, _ = c.Last()
		} else {
			k, _ = c.Prev()
		}
		for ; k != nil && k[0] == prefixEntry; k, _ = c.Prev() {
			id := journal.IDFromKey(k[1:])
			if !s.mine(k[1:]) || isUndone(tx, id) {
				continue
			}
			e, ok := getEntry(tx, id)
			if ok && e.Kind == kind {
				out = e
				return nil
			}
		}
		return fmt.Errorf("no %s by desk %s to undo: %w", kind, s.desk, ErrNotFound)
	})
	return out, err
}

// ChangeSession applies edit to session id's state as one entry of kind.
func (s *Store) ChangeSession(id string, kind journal.Kind, edit func(*event.State) error) (journal.Entry, error) {
	var before event.Session
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		before, err = getSession(tx, id)
		return err
	})
	if err != nil {
		return journal.Entry{}, err
	}
	after := before.State
	if err := edit(&after); err != nil {
		return journal.Entry{}, err
	}
	change := journal.SessionChange{Session: id, Before: before.State, After: after}
	return s.write(kind, id, change, func(tx *bolt.Tx, e *journal.Entry) error {
		cur, err := getSession(tx, id)
		if err != nil {
			return err
		}
		if cur.State.Rev != before.State.Rev {
			return fmt.Errorf("session %s was changed meanwhile; look again", id)
		}
		if after.MovedTo != "" {
			if _, err := getVenue(tx, after.MovedTo); err != nil {
				return err
			}
		}
		return nil
	})
}

// Delay delays a session by minutes more (negative brings it forward).
func (s *Store) Delay(id string, minutes int) (journal.Entry, error) {
	return s.ChangeSession(id, journal.KindSessionDelay, func(st *event.State) error {
		st.DelayMin += minutes
		return nil
	})
}

// Move moves a session to venue (empty keeps it) and, when start is not
// zero, to a new time of the same length.
func (s *Store) Move(id, venue string, start, end time.Time) (journal.Entry, error) {
	return s.ChangeSession(id, journal.KindSessionMove, func(st *event.State) error {
		if venue != "" {
			st.MovedTo = venue
		}
		if !start.IsZero() {
			if !end.IsZero() && !end.After(start) {
				return errors.New("the end must be after the start")
			}
			st.NewStart, st.NewEnd, st.DelayMin = start, end, 0
		}
		return nil
	})
}

// Cancel cancels a session.
func (s *Store) Cancel(id string) (journal.Entry, error) {
	return s.ChangeSession(id, journal.KindSessionCancel, func(st *event.State) error {
		if st.Cancelled {
			return errors.New("the session is cancelled already")
		}
		st.Cancelled = true
		return nil
	})
}

// Restore puts a session back to its plan: no delay, move or cancellation
// (its note stays).
func (s *Store) Restore(id string) (journal.Entry, error) {
	return s.ChangeSession(id, journal.KindSessionRestore, func(st *event.State) error {
		*st = event.State{Note: st.Note, Rev: st.Rev, Started: st.Started}
		return nil
	})
}

// MarkStarted records that a session has started, at the store's clock;
// the attention list stops asking for it.
func (s *Store) MarkStarted(id string) (journal.Entry, error) {
	now := s.Clock().Now()
	return s.ChangeSession(id, journal.KindSessionStart, func(st *event.State) error {
		if !st.Started.IsZero() {
			return errors.New("the session is marked started already")
		}
		st.Started = now
		return nil
	})
}

// Note sets a session's note.
func (s *Store) Note(id, note string) (journal.Entry, error) {
	return s.ChangeSession(id, journal.KindSessionNote, func(st *event.State) error {
		st.Note = strings.TrimSpace(note)
		return nil
	})
}

// ChangeAssignments removes and puts assignments as one entry: assign is
// a put, unassign a remove, moving a delegation one of each.
func (s *Store) ChangeAssignments(c journal.AssignChange) (journal.Entry, error) {
	if len(c.Remove)+len(c.Put) == 0 {
		return journal.Entry{}, errors.New("nothing to change")
	}
	subject := ""
	if len(c.Put) > 0 {
		subject = c.Put[0].Session
	} else {
		subject = c.Remove[0].Session
	}
	return s.write(journal.KindAssign, subject, c, func(tx *bolt.Tx, e *journal.Entry) error {
		for i, a := range c.Put {
			if _, err := getSession(tx, a.Session); err != nil {
				return err
			}
			if _, err := getDelegation(tx, a.Delegation); err != nil {
				return err
			}
			if a.Headcount < 0 {
				return fmt.Errorf("headcount %d: must be 0 (whole delegation) or more", a.Headcount)
			}
			c.Put[i].Rev = ""
		}
		for _, a := range c.Remove {
			if _, ok := getAssignment(tx, a.Session, a.Delegation); !ok {
				return fmt.Errorf("delegation %s is not assigned to session %s: %w", a.Delegation, a.Session, ErrNotFound)
			}
		}
		return nil
	})
}

// SetOutage takes a venue out of service for a window, or lifts an outage.
func (s *Store) SetOutage(o event.Outage, lift bool) (journal.Entry, error) {
	if !lift {
		if !o.To.After(o.From) {
			return journal.Entry{}, errors.New("the window must end after it starts")
		}
		if o.ID == "" {
			o.ID = fmt.Sprintf("%s-%d", o.Venue, o.From.Unix())
		}
	}
	return s.write(journal.KindOutage, o.Venue, journal.OutageChange{Outage: o, Lift: lift}, func(tx *bolt.Tx, e *journal.Entry) error {
		_, err := getVenue(tx, o.Venue)
		return err
	})
}

// WalkIn registers a person who was not on the lists. The id is made from
// the desk when empty; the badge must be new.
func (s *Store) WalkIn(p event.Person) (journal.Entry, error) {
	p.Name = strings.TrimSpace(p.Name)
	p.Badge = strings.TrimSpace(p.Badge)
	if p.Name == "" {
		return journal.Entry{}, errors.New("a walk-in needs a name")
	}
	if p.Role == "" {
		p.Role = event.RoleGuest
	}
	if _, err := event.ParseRole(string(p.Role)); err != nil {
		return journal.Entry{}, err
	}
	if p.ID == "" {
		p.ID = s.walkInID(s.Clock().Now())
	}
	if p.Badge == "" {
		p.Badge = strings.ToUpper(p.ID)
	}
	return s.write(journal.KindWalkIn, p.ID, journal.WalkIn{Person: p}, func(tx *bolt.Tx, e *journal.Entry) error {
		if _, err := getPerson(tx, p.ID); err == nil {
			return fmt.Errorf("person id %q exists already", p.ID)
		}
		if owner := tx.Bucket(bucketBadges).Get(badgeKey(p.Badge)); owner != nil {
			return fmt.Errorf("badge %q already belongs to person %s", p.Badge, owner)
		}
		return nil
	})
}

// walkInID makes a person id for a walk-in registered at now: the desk,
// the file's tag (two files under one desk name never make one id) and the
// instant, within event.MaxIDLen (a long desk name is left out).
func (s *Store) walkInID(now time.Time) string {
	_, tag := journal.SplitOrigin(s.origin)
	id := fmt.Sprintf("w-%s-%s-%d", s.desk, tag, now.UnixMilli())
	if len(id) > event.MaxIDLen {
		id = fmt.Sprintf("w-%s-%d", tag, now.UnixMilli())
	}
	return id
}

// Import writes a whole import as one entry, in one transaction: either
// all of it lands or none. The caller validated it (internal/formats).
func (s *Store) Import(imp journal.Import) (journal.Entry, error) {
	return s.write(journal.KindImport, strings.Join(imp.Files, ","), imp, nil)
}

// CloseDay records that day was closed, where its records went and how
// many of the day's entries they hold (closes not counted): entries
// beyond those are the day's late additions (DayView.LateSinceClose).
func (s *Store) CloseDay(day event.Day, dir string, entries int) (journal.Entry, error) {
	return s.write(journal.KindDayClose, string(day), journal.DayClose{Day: day, Dir: dir, Entries: entries}, nil)
}

// Closed reports whether day was closed, and when last.
func (s *Store) Closed(day event.Day) (time.Time, bool) {
	c, _, ok := s.arrivals.closed(day)
	return c.at, ok
}
