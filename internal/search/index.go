package search

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"caecw/internal/event"
)

// Index finds people by badge, name, initials and delegation. Build it with
// [NewIndex]; [Index.Add] and [Index.Update] take walk-ins. It is safe for
// concurrent use, so the UI may search from a command's goroutine.
type Index struct {
	mu sync.Mutex
	// people is the slice NewIndex was given until Add or Update first
	// change it (owned): then it is a copy of the index's own.
	people  []event.Person
	owned   bool
	entries []entry
	ids     []int32 // the entries' part and initial ids
	byID    map[string]int
	// byBadge is the first person indexed with each badge code, and
	// moreBadge the others with it, in index order: codes are almost
	// always held once, and a slice a code was 4 MB at 100,000 people.
	byBadge   map[string]int32
	moreBadge map[string][]int

	// parts and inits are the distinct parts of names and the distinct
	// initials strings, with who has them.
	parts dict
	inits dict
	// order lists people by Latin name then ID, the order of ties;
	// rank[p] is p's place in it, so ranking compares two ints.
	order []int32
	rank  []int32

	dels      []event.Delegation
	delByCode map[string][]string // folded id or country code -> delegation ids
	delByName map[string][]string // folded English or Chinese name -> delegation ids

	fold folder
	// kinds is scratch for Search: the best kind found per person, reset
	// after each query by walking the people it touched.
	kinds []Kind
	// kindBufs are scratch slices of part kinds for multi-word queries.
	kindBufs [][]Kind
	// touched is scratch for the people a query marked.
	touched []int
	// mapped caches names folded for highlighting.
	mapped map[string]mapped
	// Scratch for makeEntry.
	partBuf, initBuf []int32
	wordBuf          []string
	initials         []byte
}

// entry is what matching needs of one person, computed once. It is kept
// small: there is one a person.
type entry struct {
	// ix.ids[off:] holds the distinct parts of both names (in ix.parts),
	// nParts of them, then the initials of each name of two or more
	// parts (in ix.inits), nInits of them. One array for everyone: a
	// slice a person was 4 MB more at 100,000 people.
	off            uint32
	nParts, nInits uint16
}

// partIDs are person p's parts of names.
func (ix *Index) partIDs(p int) []int32 {
	e := ix.entries[p]
	end := e.off + uint32(e.nParts)
	return ix.ids[e.off:end:end]
}

// initIDs are person p's initials.
func (ix *Index) initIDs(p int) []int32 {
	e := ix.entries[p]
	from := e.off + uint32(e.nParts)
	end := from + uint32(e.nInits)
	return ix.ids[from:end:end]
}

// NewIndex indexes people and the delegations they belong to. It holds
// people itself, not a copy (100,000 people are 10 MB a copy), and never
// writes into it: Add and Update change a copy of the index's own.
func NewIndex(people []event.Person, delegations []event.Delegation) *Index {
	ix := &Index{
		byID:      make(map[string]int, len(people)),
		byBadge:   make(map[string]int32, len(people)),
		moreBadge: map[string][]int{},
		delByCode: map[string][]string{},
		delByName: map[string][]string{},
		parts:     newDict(),
		inits:     newDict(),
	}
	for _, d := range delegations {
		ix.addDelegation(d)
	}
	ix.people = people
	ix.entries = make([]entry, 0, len(people))
	ix.ids = make([]int32, 0, 3*len(people))
	ix.kinds = make([]Kind, 0, len(people))
	ix.rank = make([]int32, 0, len(people))
	keys := make([]string, len(people))
	for i, p := range people {
		keys[i] = ix.index(i, p)
	}
	ix.sortAll(keys)
	return ix
}

func (ix *Index) addDelegation(d event.Delegation) {
	ix.dels = append(ix.dels, d)
	for _, code := range []string{d.ID, d.Country} {
		if k := strings.ToLower(strings.TrimSpace(code)); k != "" {
			ix.delByCode[k] = appendOnce(ix.delByCode[k], d.ID)
		}
	}
	for _, name := range []string{d.Name, d.NameZh} {
		if k := strings.TrimSpace(Fold(name)); k != "" {
			ix.delByName[k] = appendOnce(ix.delByName[k], d.ID)
		}
	}
}

func appendOnce(ids []string, id string) []string {
	for _, x := range ids {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}

// Len returns how many people the index holds.
func (ix *Index) Len() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return len(ix.people)
}

// Person returns the person at position i, as given in a [Result].
func (ix *Index) Person(i int) event.Person {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.people[i]
}

// Find is the position of the person with id, for [Index.Person].
func (ix *Index) Find(id string) (int, bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	i, ok := ix.byID[id]
	return i, ok
}

// WithBadge is the positions of the people with badge's code
// (event.BadgeKey), in the order they were indexed.
func (ix *Index) WithBadge(badge string) []int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.withBadge(event.BadgeKey(badge))
}

// Add indexes a walk-in. A person whose ID is already indexed is updated
// instead, so adding twice never shows one person twice.
func (ix *Index) Add(p event.Person) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if i, ok := ix.byID[p.ID]; ok {
		ix.update(i, p)
		return
	}
	ix.addOne(p)
}

// Update replaces the person with p's ID (a corrected name or badge) and
// reports whether it was indexed; if not, it changes nothing.
func (ix *Index) Update(p event.Person) bool {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	i, ok := ix.byID[p.ID]
	if ok {
		ix.update(i, p)
	}
	return ok
}

// own makes the people the index's own before it changes them.
func (ix *Index) own() {
	if !ix.owned {
		ix.people = slices.Clone(ix.people)
		ix.owned = true
	}
}

// index indexes people[i], p, and returns its sort key.
func (ix *Index) index(i int, p event.Person) string {
	e, key := ix.makeEntry(i, p)
	ix.entries = append(ix.entries, e)
	ix.kinds = append(ix.kinds, kindNone)
	ix.rank = append(ix.rank, -1)
	ix.byID[p.ID] = i
	ix.indexBadge(i, p.Badge)
	return key
}

func (ix *Index) update(i int, p event.Person) {
	old := ix.people[i]
	if k := event.BadgeKey(old.Badge); k != "" {
		ix.unindexBadge(i, k)
	}
	for _, id := range ix.partIDs(i) {
		ix.parts.remove(i, id)
	}
	for _, id := range ix.initIDs(i) {
		ix.inits.remove(i, id)
	}
	ix.unplace(i)
	ix.own()
	ix.people[i] = p
	ix.entries[i], _ = ix.makeEntry(i, p)
	ix.indexBadge(i, p.Badge)
	ix.place(i)
}

// addOne is add for a walk-in: it also finds the person's place in the
// order, which NewIndex does for everyone at once.
func (ix *Index) addOne(p event.Person) {
	ix.own()
	ix.people = append(ix.people, p)
	ix.index(len(ix.people)-1, p)
	ix.place(len(ix.people) - 1)
}

func (ix *Index) indexBadge(i int, badge string) {
	if k := event.BadgeKey(badge); k != "" {
		if _, held := ix.byBadge[k]; held {
			ix.moreBadge[k] = append(ix.moreBadge[k], i)
		} else {
			ix.byBadge[k] = int32(i)
		}
	}
}

// unindexBadge forgets that person i has the badge code k.
func (ix *Index) unindexBadge(i int, k string) {
	more := ix.moreBadge[k]
	if first, ok := ix.byBadge[k]; ok && int(first) == i {
		if len(more) == 0 {
			delete(ix.byBadge, k)
			return
		}
		ix.byBadge[k], more = int32(more[0]), more[1:]
	} else {
		more = slices.DeleteFunc(more, func(j int) bool { return j == i })
	}
	if len(more) == 0 {
		delete(ix.moreBadge, k)
	} else {
		ix.moreBadge[k] = more
	}
}

// withBadge is the people with badge code k, in index order.
func (ix *Index) withBadge(k string) []int {
	first, ok := ix.byBadge[k]
	if !ok {
		return nil
	}
	return append([]int{int(first)}, ix.moreBadge[k]...)
}

// before is the order of ties: Latin name (folded; the name when there
// is no Latin spelling), then ID, then position; ka and kb are the sort
// keys of a and b.
func (ix *Index) before(ka, kb string, a, b int) int {
	if c := strings.Compare(ka, kb); c != 0 {
		return c
	}
	if c := strings.Compare(ix.people[a].ID, ix.people[b].ID); c != 0 {
		return c
	}
	return a - b
}

// sortKey is person i's sort key, folded again: only a walk-in or a
// correction needs it after NewIndex, which keeps none.
func (ix *Index) sortKey(i int) string {
	if key, _ := ix.fold.fold(ix.people[i].NameLatin, false); key != "" {
		return key
	}
	key, _ := ix.fold.fold(ix.people[i].Name, false)
	return key
}

func (ix *Index) sortAll(keys []string) {
	ix.order = make([]int32, len(ix.people))
	for i := range ix.order {
		ix.order[i] = int32(i)
	}
	slices.SortFunc(ix.order, func(a, b int32) int { return ix.before(keys[a], keys[b], int(a), int(b)) })
	ix.renumber(0)
}

func (ix *Index) renumber(from int) {
	for r := from; r < len(ix.order); r++ {
		ix.rank[ix.order[r]] = int32(r)
	}
}

// place inserts person i into the order: O(n) moves, fine for one walk-in.
func (ix *Index) place(i int) {
	key := ix.sortKey(i)
	r, _ := slices.BinarySearchFunc(ix.order, int32(i), func(a, b int32) int { return ix.before(ix.sortKey(int(a)), key, int(a), int(b)) })
	ix.order = slices.Insert(ix.order, r, int32(i))
	ix.renumber(r)
}

func (ix *Index) unplace(i int) {
	r := int(ix.rank[i])
	ix.order = slices.Delete(ix.order, r, r+1)
	ix.renumber(r)
}

// makeEntry indexes the names of people[i], p, and returns its entry
// and sort key.
func (ix *Index) makeEntry(i int, p event.Person) (entry, string) {
	native, _ := ix.fold.fold(p.Name, false)
	latin, _ := ix.fold.fold(p.NameLatin, false)
	key := latin
	if key == "" {
		key = native
	}
	parts, inits := ix.partBuf[:0], ix.initBuf[:0]
	for _, key := range []string{native, latin} {
		words := ix.wordBuf[:0]
		for w := range strings.FieldsFuncSeq(key, isWordBreak) {
			words = append(words, w)
		}
		ix.wordBuf = words
		for _, w := range words {
			// A part in both names (Malay names have no separate Latin
			// spelling; "Li Li") is one posting.
			if id, ok := ix.parts.ids[w]; ok && slices.Contains(parts, id) {
				continue
			}
			parts = append(parts, ix.parts.add(i, w))
		}
		if len(words) >= 2 {
			b := ix.initials[:0]
			for _, w := range words {
				r, _ := utf8.DecodeRuneInString(w)
				b = utf8.AppendRune(b, r)
			}
			ix.initials = b
			if id, ok := ix.inits.ids[string(b)]; ok && slices.Contains(inits, id) {
				continue
			}
			inits = append(inits, ix.inits.add(i, string(b)))
		}
	}
	ix.partBuf, ix.initBuf = parts, inits
	// Names are at most event.MaxNameLen long, so the counts fit.
	e := entry{off: uint32(len(ix.ids)), nParts: uint16(len(parts)), nInits: uint16(len(inits))}
	ix.ids = append(append(ix.ids, parts...), inits...)
	return e, key
}
