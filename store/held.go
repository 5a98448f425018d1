package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"caecw/internal/journal"
)

// Where a held entry came from.
const (
	SourceSync  = "sync"
	SourceMerge = "merge"
	// SourceLocal is an entry of this file that lost its place to another
	// entry with the same id (see HeldConflict).
	SourceLocal = "local"
)

// Why an entry is held (HeldEntry.Code).
const (
	// HeldInvalid: the entry fails journal.Validate.
	HeldInvalid = "invalid"
	// HeldClock: its id clock is more than journal.MaxClockSkew ahead of
	// this desk's clock. Tried again when the clock has caught up.
	HeldClock = "clock"
	// HeldReferent: it names a session, delegation, venue or person that
	// is not here (yet). Tried again whenever an import or a walk-in lands.
	HeldReferent = "referent"
	// HeldRefused: the rules refuse it here (an undo of an import, ...).
	HeldRefused = "refused"
	// HeldConflict: another entry with the same id and other content is
	// applied; the rule chose it (see resolveConflict).
	HeldConflict = "conflict"
)

// HeldEntry is an entry that was never applied, with why.
type HeldEntry struct {
	Entry  journal.Entry `json:"entry"`
	Reason string        `json:"reason"`
	Source string        `json:"source"`
	HeldAt time.Time     `json:"held_at"`
	Code   string        `json:"code"`
}

// ApplyResult says what Apply did with a batch.
type ApplyResult struct {
	// Applied is the number of entries applied.
	Applied int
	// Held are the entries not applied, with why; they are kept in held/.
	Held []HeldEntry
	// Here is the number of entries that were here already.
	Here int
}

// errRedo aborts an apply transaction so that it runs again without the
// entry that failed.
var errRedo = errors.New("redo without the failed entry")

// Apply applies entries from other desks in one transaction, as sync
// does: see ApplyFrom.
func (s *Store) Apply(entries ...journal.Entry) (ApplyResult, error) {
	return s.ApplyFrom(SourceSync, entries...)
}

// ApplyFrom applies entries from elsewhere (source SourceSync or
// SourceMerge) in one transaction, in the order given. An entry already
// here changes nothing. An entry that fails journal.Validate or
// journal.CheckClock, or whose apply fails for a reason that will not go
// away by trying again at once, is not applied: it is kept in held/ with
// its reason, and the rest goes on. The error is only for faults of the
// file or disk: then nothing of the batch is committed, and the caller
// may try again later. Entries from elsewhere are not queued in the
// outbox, and only those applied move this desk's id clock.
func (s *Store) ApplyFrom(source string, entries ...journal.Entry) (ApplyResult, error) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	res, err := s.applyLocked(source, entries, false)
	if err != nil {
		return ApplyResult{}, err
	}
	if res.makesReferents {
		// Best effort: a fault here leaves the held entries held, to be
		// tried again after the next landing.
		s.retryHeldLocked()
	}
	return res.ApplyResult, nil
}

type applyOutcome struct {
	ApplyResult
	makesReferents bool
}

// applyLocked is ApplyFrom under s.wmu. With retry, entries come from
// held/: those that apply (or are found here) leave it, the others stay
// as they were.
func (s *Store) applyLocked(source string, entries []journal.Entry, retry bool) (applyOutcome, error) {
	now := s.Clock().Now()
	loc := s.Location()
	fate := make([]*HeldEntry, len(entries))
	for i, e := range entries {
		if err := journal.Validate(e, loc); err != nil {
			fate[i] = newHeld(e, HeldInvalid, err, source, now)
		} else if err := journal.CheckClock(e, now); err != nil {
			fate[i] = newHeld(e, HeldClock, err, source, now)
		}
	}
	for {
		var out applyOutcome
		var applied []journal.HLC
		fx := &effects{}
		failed := -1
		err := s.db.Update(func(tx *bolt.Tx) error {
			for i, e := range entries {
				if old, ok := getEntry(tx, e.ID); ok {
					if sameEntry(old, e) {
						out.Here++
						if retry {
							if err := tx.Bucket(bucketHeld).Delete(heldKey(e)); err != nil {
								return err
							}
						}
						continue
					}
					if fate[i] == nil {
						h, err := s.resolveConflict(tx, old, e, source, now, fx)
						if err != nil {
							code := faultCode(err)
							if code == "" {
								return fmt.Errorf("entry %s: %w", e.ID, err)
							}
							failed, fate[i] = i, newHeld(e, code, err, source, now)
							return errRedo
						}
						if err := s.hold(tx, h, &out); err != nil {
							return err
						}
						continue
					}
				}
				if fate[i] != nil {
					if err := s.hold(tx, fate[i], &out); err != nil {
						return err
					}
					continue
				}
				ok, err := applyEntry(tx, e, fx)
				if err != nil {
					code := faultCode(err)
					if code == "" {
						return fmt.Errorf("entry %s: %w", e.ID, err)
					}
					failed, fate[i] = i, newHeld(e, code, err, source, now)
					return errRedo
				}
				if retry {
					if err := tx.Bucket(bucketHeld).Delete(heldKey(e)); err != nil {
						return err
					}
				}
				if ok {
					out.Applied++
					applied = append(applied, e.ID.HLC())
					if e.Kind == journal.KindImport || e.Kind == journal.KindWalkIn {
						out.makesReferents = true
					}
				}
			}
			return nil
		})
		if errors.Is(err, errRedo) && failed >= 0 {
			continue // bbolt has no savepoints: run the batch again without it
		}
		if err != nil {
			return applyOutcome{}, err
		}
		s.arrivals.apply(fx)
		// This desk's own entries coming back (a merged journal) may sort
		// before the outbox's count mark: count it afresh next time.
		s.outboxN.invalidate()
		for _, h := range applied {
			s.ids.Observe(h)
		}
		return out, nil
	}
}

// hold keeps h in held/ and reports it in out. An entry held already (a
// redelivery, or a retry that failed again) keeps its first record; an
// entry a retry displaced (a conflict it lost) gets one.
func (s *Store) hold(tx *bolt.Tx, h *HeldEntry, out *applyOutcome) error {
	out.Held = append(out.Held, *h)
	b := tx.Bucket(bucketHeld)
	k := heldKey(h.Entry)
	if b.Get(k) != nil {
		return nil
	}
	return putJSON(b, k, h)
}

func newHeld(e journal.Entry, code string, err error, source string, now time.Time) *HeldEntry {
	reason := err.Error()
	var ie *journal.InvalidError
	if errors.As(err, &ie) {
		reason = ie.Reason
	}
	return &HeldEntry{Entry: e, Reason: reason, Source: source, HeldAt: now, Code: code}
}

// faultCode says whether an apply error is the entry's fault, and which,
// or a fault of the file or disk ("").
func faultCode(err error) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case journal.IsInvalid(err), errors.As(err, &syntax), errors.As(err, &typ):
		return HeldInvalid
	case errors.Is(err, ErrNotFound):
		return HeldReferent
	case errors.Is(err, ErrNotUndoable), errors.Is(err, errRefused):
		return HeldRefused
	}
	return ""
}

// errRefused is wrapped by apply rules that refuse an entry for good.
var errRefused = errors.New("refused by the rules")

// maxHeldIDKey bounds the part of a held key taken from the entry's id: a
// malformed id may be of any length, and bbolt keys may not.
const maxHeldIDKey = 256

// heldKey is the entry's key, then 0x00 and 8 bytes of a hash of the
// whole entry, so that two entries with one id and different content are
// held side by side.
func heldKey(e journal.Entry) []byte {
	id := e.ID.Key()
	if len(id) > maxHeldIDKey {
		id = id[:maxHeldIDKey]
	}
	b, _ := json.Marshal(e)
	sum := sha256.Sum256(b)
	k := make([]byte, 0, len(id)+9)
	k = append(k, id...)
	k = append(k, 0)
	return append(k, sum[:8]...)
}

// sameEntry reports whether a and b are one entry: the same id and the
// same content.
func sameEntry(a, b journal.Entry) bool {
	return bytes.Equal(canonical(a), canonical(b))
}

// canonical is an entry's encoding with its time in UTC, so that one
// entry encoded in two zones compares equal.
func canonical(e journal.Entry) []byte {
	e.At = e.At.UTC()
	b, _ := json.Marshal(e)
	return b
}

// Held reads the held entries, oldest entry id first.
func (s *Store) Held() ([]HeldEntry, error) {
	var out []HeldEntry
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketHeld)
		if b == nil {
			return nil
		}
		return forEachJSON(b, nil, func(h HeldEntry) error { out = append(out, h); return nil })
	})
	return out, err
}

// HeldCount is the number of held entries.
func (s *Store) HeldCount() int {
	n := 0
	s.db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketHeld); b != nil {
			n = b.Stats().KeyN
		}
		return nil
	})
	return n
}

// retryHeldLocked tries again the held entries that may apply now: those
// waiting for a referent, and those whose clock this desk's clock has
// caught up with.
func (s *Store) retryHeldLocked() {
	held, err := s.Held()
	if err != nil {
		return
	}
	bySource := map[string][]journal.Entry{}
	var order []string
	for _, h := range held {
		if h.Code != HeldReferent && h.Code != HeldClock {
			continue
		}
		if bySource[h.Source] == nil {
			order = append(order, h.Source)
		}
		bySource[h.Source] = append(bySource[h.Source], h.Entry)
	}
	for _, src := range order {
		s.applyLocked(src, bySource[src], true)
	}
}
