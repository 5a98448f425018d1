package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"caecw/internal/event"
	"caecw/internal/journal"
)

// arrivalIndex is who has arrived on which day, derived from the journal.
//
// A check-in writes only its journal entry: one leaf at the end of the
// journal, which keeps a durable check-in close to the cost of the fsyncs
// themselves. The arrivals and counts that the screens read are this
// projection of the journal, rebuilt when the file is opened and kept up to
// date after every commit, so they can never disagree with the journal.
// The merge rules live here: the earliest live check-in of a person on a
// day stands; later ones stay in the log as duplicates; undone ones do not
// count.
type arrivalIndex struct {
	mu     sync.RWMutex
	people map[string]string // person id -> delegation id
	// registered counts the people of each delegation (walk-ins too).
	registered map[string]int
	days       map[event.Day]*dayArrivals
	undone     map[journal.ID]bool
	// log is every entry's key by day, in key order: the day log's index,
	// kept here so that a check-in writes one key, its entry.
	log map[event.Day][]string
	// changes is every entry since the file was opened, in the order the
	// commits took them (which is not key order when another desk's
	// entry comes in late), so that a screen reads only what changed since
	// its last read: a reader's mark is a length of this list.
	changes []change
	// closes is the latest close of each closed day; closeEntries counts
	// the close entries in each day's log (they are not additions).
	closes       map[event.Day]closeRef
	closeEntries map[event.Day]int
}

// closeRef is one close-day: when, into which folder, how many of the
// day's entries its records hold, and how many closes the day had.
type closeRef struct {
	key     string
	at      time.Time
	dir     string
	entries int
	times   int
}

// change is one entry as the projection took it, or a change beyond
// arrivals (the programme, the people) that calls for a whole new read.
type change struct {
	day    event.Day
	key    string
	full   bool
	people bool // a full change that changed the people
}

type dayArrivals struct {
	persons map[string]*personArrivals
	counts  map[string]int // delegation id -> standing arrivals
	// dups is the check-ins of the day that do not stand, kept up to
	// date by recompute.
	dups int
}

// personArrivals holds every check-in entry of one person on one day and
// the one that stands (nil if none).
type personArrivals struct {
	refs     []checkRef
	standing *checkRef
	// countedIn is the delegation the standing arrival is counted in.
	countedIn string
	// dups is how many of refs are live and do not stand.
	dups int
}

type checkRef struct {
	id       journal.ID
	at       time.Time
	desk     string
	operator string
}

func newArrivalIndex() *arrivalIndex {
	return &arrivalIndex{people: map[string]string{}, registered: map[string]int{}, closes: map[event.Day]closeRef{}, closeEntries: map[event.Day]int{}, days: map[event.Day]*dayArrivals{}, undone: map[journal.ID]bool{}, log: map[event.Day][]string{}}
}

// effects are what one transaction changes in the projection. They are
// applied only after the transaction committed, so a failed write leaves
// no trace in memory either.
type effects struct {
	checkins []checkinEffect
	// dropped are check-ins whose entry another with the same id replaced
	// (conflict.go); they go before the checkins are added.
	dropped []journal.ID
	undone  []journal.ID
	people  []personEffect
	logged  []loggedEffect
	// full says the transaction changed more than arrivals and the log
	// (the programme or the people): a screen reads the whole day again.
	full   bool
	closes []closeEffect
}

type closeEffect struct {
	entryDay event.Day
	day      event.Day
	ref      closeRef
}

func (fx *effects) close(e journal.Entry, c journal.DayClose) {
	fx.closes = append(fx.closes, closeEffect{entryDay: e.Day, day: c.Day, ref: closeRef{key: string(e.ID.Key()), at: e.At, dir: c.Dir, entries: c.Entries}})
}

type loggedEffect struct {
	day event.Day
	key string // entry key (journal.ID.Key())
}

func (fx *effects) log(day event.Day, key []byte) {
	fx.logged = append(fx.logged, loggedEffect{day: day, key: string(key)})
}

type checkinEffect struct {
	day    event.Day
	person string
	ref    checkRef
}

type personEffect struct {
	id, delegation string
	deleted        bool
}

func (fx *effects) checkin(e journal.Entry, p journal.CheckIn) {
	fx.checkins = append(fx.checkins, checkinEffect{day: p.Day, person: p.Person, ref: checkRef{id: e.ID, at: e.At, desk: e.Desk, operator: e.Operator}})
}

func (fx *effects) undo(target journal.ID) { fx.undone = append(fx.undone, target) }

func (fx *effects) person(id, delegation string) {
	fx.people = append(fx.people, personEffect{id: id, delegation: delegation})
}

func (fx *effects) deletePerson(id string) {
	fx.people = append(fx.people, personEffect{id: id, deleted: true})
}

// apply folds committed effects into the index.
func (ix *arrivalIndex) apply(fx *effects) {
	if fx == nil {
		return
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	type pd struct {
		day    event.Day
		person string
	}
	touched := make(map[pd]bool, len(fx.checkins))
	// A person added, moved to another delegation or removed (a walk-in
	// undone) changes where, and whether, their arrivals count.
	for _, p := range fx.people {
		if old, ok := ix.people[p.id]; ok {
			ix.registered[old]--
		}
		if p.deleted {
			delete(ix.people, p.id)
		} else {
			ix.people[p.id] = p.delegation
			ix.registered[p.delegation]++
		}
		for day, da := range ix.days {
			if da.persons[p.id] != nil {
				touched[pd{day, p.id}] = true
			}
		}
	}
	for _, l := range fx.logged {
		ix.addLog(l.day, l.key)
		ix.changes = append(ix.changes, change{day: l.day, key: l.key})
	}
	if fx.full || len(fx.people) > 0 {
		ix.changes = append(ix.changes, change{full: true, people: len(fx.people) > 0})
	}
	for _, c := range fx.closes {
		ix.closeEntries[c.entryDay]++
		old := ix.closes[c.day]
		c.ref.times = old.times + 1
		if old.key > c.ref.key {
			c.ref.key, c.ref.at, c.ref.dir, c.ref.entries = old.key, old.at, old.dir, old.entries
		}
		ix.closes[c.day] = c.ref
	}
	for _, id := range fx.undone {
		ix.undone[id] = true
	}
	for _, id := range fx.dropped {
		for day, da := range ix.days {
			for person, pa := range da.persons {
				kept := pa.refs[:0]
				for _, r := range pa.refs {
					if r.id != id {
						kept = append(kept, r)
					}
				}
				if len(kept) != len(pa.refs) {
					pa.refs = kept
					touched[pd{day, person}] = true
				}
			}
		}
	}
	for _, c := range fx.checkins {
		pa := ix.person(c.day, c.person)
		pa.refs = append(pa.refs, c.ref)
		touched[pd{c.day, c.person}] = true
	}
	if len(fx.undone) > 0 {
		// An undo can only touch the person-days that hold its target.
		undone := map[journal.ID]bool{}
		for _, id := range fx.undone {
			undone[id] = true
		}
		for day, da := range ix.days {
			for person, pa := range da.persons {
				for _, r := range pa.refs {
					if undone[r.id] {
						touched[pd{day, person}] = true
					}
				}
			}
		}
	}
	for k := range touched {
		ix.recompute(k.day, k.person)
	}
}

// addLog puts an entry key into its day's list, in key order: usually
// at the end, earlier when another desk's entry comes in late.
func (ix *arrivalIndex) addLog(day event.Day, key string) {
	list := ix.log[day]
	i := len(list)
	for i > 0 && list[i-1] > key {
		i--
	}
	if i > 0 && list[i-1] == key {
		return
	}
	list = append(list, "")
	copy(list[i+1:], list[i:])
	list[i] = key
	ix.log[day] = list
}

// dayLog is a copy of the entry keys of day, oldest first.
func (ix *arrivalIndex) dayLog(day event.Day) []string {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return append([]string(nil), ix.log[day]...)
}

// logLen is the number of entries of day.
func (ix *arrivalIndex) logLen(day event.Day) int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.log[day])
}

func (ix *arrivalIndex) person(day event.Day, person string) *personArrivals {
	da := ix.days[day]
	if da == nil {
		da = &dayArrivals{persons: map[string]*personArrivals{}, counts: map[string]int{}}
		ix.days[day] = da
	}
	pa := da.persons[person]
	if pa == nil {
		pa = &personArrivals{}
		da.persons[person] = pa
	}
	return pa
}

// recompute makes the earliest live check-in stand, whatever order the
// entries came in, and keeps the delegation's count in step. A check-in
// of a person who is not (or no longer) registered, such as a walk-in
// undone at another desk, stays in the log and counts for no one.
func (ix *arrivalIndex) recompute(day event.Day, person string) {
	da := ix.days[day]
	pa := da.persons[person]
	var best *checkRef
	delegation, known := ix.people[person]
	if known {
		for i := range pa.refs {
			r := &pa.refs[i]
			if ix.undone[r.id] {
				continue
			}
			if best == nil || r.at.Before(best.at) || (r.at.Equal(best.at) && r.id < best.id) {
				best = r
			}
		}
	}
	if pa.standing != nil {
		da.counts[pa.countedIn]--
	}
	pa.standing = best
	if best != nil {
		da.counts[delegation]++
		pa.countedIn = delegation
	}
	live := 0
	for _, r := range pa.refs {
		if !ix.undone[r.id] {
			live++
		}
	}
	if best != nil {
		live--
	}
	da.dups += live - pa.dups
	pa.dups = live
}

// arrival is the standing arrival of person on day.
func (ix *arrivalIndex) arrival(day event.Day, person string) (event.CheckIn, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	da := ix.days[day]
	if da == nil {
		return event.CheckIn{}, false
	}
	pa := da.persons[person]
	if pa == nil || pa.standing == nil {
		return event.CheckIn{}, false
	}
	return toCheckIn(day, person, pa.standing), true
}

func toCheckIn(day event.Day, person string, r *checkRef) event.CheckIn {
	return event.CheckIn{Person: person, Day: day, At: r.at, Desk: r.desk, Operator: r.operator, Entry: string(r.id)}
}

// registeredIn is the number of people of delegation.
func (ix *arrivalIndex) registeredIn(delegation string) int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.registered[delegation]
}

// peopleLen is the number of people.
func (ix *arrivalIndex) peopleLen() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.people)
}

// registeredAll is a copy of the people per delegation.
func (ix *arrivalIndex) registeredAll() map[string]int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	out := make(map[string]int, len(ix.registered))
	for d, n := range ix.registered {
		if n != 0 {
			out[d] = n
		}
	}
	return out
}

// closed is the latest close of day and the entries of the day added
// since (closes not counted); ok is false when the day was never closed.
func (ix *arrivalIndex) closed(day event.Day) (c closeRef, late int, ok bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	c, ok = ix.closes[day]
	if !ok {
		return c, 0, false
	}
	n := len(ix.log[day]) - ix.closeEntries[day]
	if c.entries > 0 {
		return c, max(0, n-c.entries), true
	}
	// A close recorded before it counted its entries: what came after it.
	for _, k := range ix.log[day] {
		if k > c.key {
			late++
		}
	}
	return c, late, true
}

// count is the standing arrivals of delegation on day.
func (ix *arrivalIndex) count(day event.Day, delegation string) int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if da := ix.days[day]; da != nil {
		return da.counts[delegation]
	}
	return 0
}

// dayArrivals lists the standing arrivals of day in time order, and the
// counts per delegation.
func (ix *arrivalIndex) day(day event.Day) ([]event.CheckIn, map[string]int) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	counts := map[string]int{}
	da := ix.days[day]
	if da == nil {
		return nil, counts
	}
	out := make([]event.CheckIn, 0, len(da.persons))
	for person, pa := range da.persons {
		if pa.standing != nil {
			out = append(out, toCheckIn(day, person, pa.standing))
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].At.Equal(out[j].At) {
			return out[i].At.Before(out[j].At)
		}
		return out[i].Person < out[j].Person
	})
	for d, n := range da.counts {
		if n != 0 {
			counts[d] = n
		}
	}
	return out, counts
}

// hasArrivals reports whether person has a standing arrival on any day.
func (ix *arrivalIndex) hasArrivals(person string) bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for _, da := range ix.days {
		if pa := da.persons[person]; pa != nil && pa.standing != nil {
			return true
		}
	}
	return false
}

// duplicates counts the check-in entries of day that do not stand
// (second scans at another desk, or merged from elsewhere).
func (ix *arrivalIndex) duplicates(day event.Day) int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if da := ix.days[day]; da != nil {
		return da.dups
	}
	return 0
}

// load builds a new index from the file: every person's delegation, every
// undone entry, every check-in entry of the journal.
func (ix *arrivalIndex) load(tx *bolt.Tx) error {
	fx := &effects{}
	// Only each person's delegation matters here: the screen reads the
	// people whole once, and decoding every record twice was most of
	// opening a file of 100,000 people. The people go straight into the
	// new index (there are no arrivals yet for them to move), each
	// delegation's name held once.
	dels := map[string]string{}
	// Sized at once (bbolt counts keys from the page headers): growing a
	// map of 100,000 was a third of the load.
	people := tx.Bucket(bucketPeople)
	ix.people = make(map[string]string, people.Stats().KeyN)
	pc := people.Cursor()
	for k, v := pc.First(); k != nil; k, v = pc.Next() {
		d, err := delegationOf(v)
		if err != nil {
			return fmt.Errorf("person %s: %w", k, err)
		}
		if shared, ok := dels[d]; ok {
			d = shared
		} else {
			dels[d] = d
		}
		ix.people[string(k)] = d
		ix.registered[d]++
	}
	u := tx.Bucket(bucketUndone).Cursor()
	for k, _ := u.First(); k != nil; k, _ = u.Next() {
		fx.undo(journal.IDFromKey(k))
	}
	j := tx.Bucket(bucketJournal)
	c := j.Cursor()
	checkins := newCheckinDecoder()
	for k, v := c.Seek([]byte{prefixEntry}); k != nil && k[0] == prefixEntry; k, v = c.Next() {
		day, ok := entryDay(v)
		if !ok {
			return fmt.Errorf("journal entry %s: no day", journal.IDFromKey(k[1:]))
		}
		fx.log(day, k[1:])
		// Only check-ins and closes matter beyond the day; skip the
		// others without decoding, or even reading, their (sometimes
		// large: an import holds every person) payloads.
		switch entryKind(v) {
		case journal.KindDayClose:
			var e journal.Entry
			if err := json.Unmarshal(v, &e); err != nil {
				return fmt.Errorf("journal entry %s: %w", journal.IDFromKey(k[1:]), err)
			}
			var c journal.DayClose
			if e.Decode(&c) == nil {
				fx.close(e, c)
			}
			continue
		case journal.KindCheckIn:
		default:
			continue
		}
		// The entry and its payload in one decoding.
		e, err := checkins.decode(v)
		if err != nil {
			return fmt.Errorf("journal entry %s: %w", journal.IDFromKey(k[1:]), err)
		}
		if e.Kind != journal.KindCheckIn {
			continue
		}
		fx.checkin(journal.Entry{ID: e.ID, At: e.At, Desk: e.Desk, Operator: e.Operator}, e.Payload)
	}
	ix.apply(fx)
	// A reader's mark counts from the open: what was on file then is read
	// whole (Day) before any changes are asked for.
	ix.changes = nil
	return nil
}

var kindJSON = []byte(`"kind":"`)

// entryKind reads an encoded entry's kind without decoding it, as
// entryDay reads its day: the first "kind" key is the entry's own, ahead
// of its payload (a key's quotes inside an earlier string value would be
// escaped). Kinds need no escapes.
func entryKind(v []byte) journal.Kind {
	i := bytes.Index(v, kindJSON)
	if i < 0 {
		return ""
	}
	rest := v[i+len(kindJSON):]
	if j := bytes.IndexByte(rest, '"'); j >= 0 {
		return journal.Kind(rest[:j])
	}
	return ""
}

// checkinEntry is the part of a check-in entry the projection keeps.
type checkinEntry struct {
	ID       journal.ID      `json:"id"`
	At       time.Time       `json:"at"`
	Desk     string          `json:"desk"`
	Operator string          `json:"operator"`
	Kind     journal.Kind    `json:"kind"`
	Payload  journal.CheckIn `json:"payload"`
}

var delegationJSON = []byte(`"delegation":"`)

// delegationOf reads an encoded person's delegation without decoding the
// whole record. The key cannot occur inside a string value (its quotes
// would be escaped there); a value with an escape in it is decoded
// properly.
func delegationOf(v []byte) (string, error) {
	if i := bytes.Index(v, delegationJSON); i >= 0 {
		rest := v[i+len(delegationJSON):]
		if j := bytes.IndexAny(rest, `"\`); j >= 0 && rest[j] == '"' {
			return string(rest[:j]), nil
		}
	}
	var p struct {
		Delegation string `json:"delegation"`
	}
	err := json.Unmarshal(v, &p)
	return p.Delegation, err
}

var dayJSON = []byte(`"day":"`)

// entryDay reads an encoded entry's day without decoding it: Entry's
// fields are encoded in their order (id, at, day, ...), so the first
// "day" key is the entry's own, before any payload.
func entryDay(v []byte) (event.Day, bool) {
	i := bytes.Index(v, dayJSON)
	if i < 0 || len(v) < i+len(dayJSON)+10 {
		return "", false
	}
	d := v[i+len(dayJSON) : i+len(dayJSON)+10]
	return event.Day(d), true
}
