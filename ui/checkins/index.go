package checkins

import (
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"caecw/internal/event"
	"caecw/internal/search"
)

// indexBuiltMsg carries the people index and lookups built off the
// Update loop (100,000 people take longer than a frame).
type indexBuiltMsg struct {
	gen       int
	ix        *search.Index
	memberIdx map[string][]int
}

// rebuildIndex builds the index of the people held, once the delegations
// are known (the index matches delegation names too).
func (m *Model) rebuildIndex() tea.Cmd {
	if m.people == nil {
		return nil
	}
	if !m.loaded {
		m.needRebuild = true
		return nil
	}
	m.needRebuild = false
	m.building = true
	// The index holds the people given (no copy) and never writes into
	// them; clipped, a walk-in appended here cannot reach its slice.
	people, dels, gen := slices.Clip(m.people), slices.Clone(m.dels), m.peopleGen
	return func() tea.Msg { return buildIndex(gen, people, dels) }
}

func buildIndex(gen int, people []event.Person, dels []event.Delegation) indexBuiltMsg {
	msg := indexBuiltMsg{
		gen:       gen,
		ix:        search.NewIndex(people, dels),
		memberIdx: map[string][]int{},
	}
	for i, p := range people {
		msg.memberIdx[p.Delegation] = append(msg.memberIdx[p.Delegation], i)
	}
	keys := make([]string, len(people))
	for i, p := range people {
		keys[i] = search.Fold(displayLatin(p))
	}
	for _, idx := range msg.memberIdx {
		slices.SortFunc(idx, func(a, b int) int { return strings.Compare(keys[a], keys[b]) })
	}
	return msg
}

func (m *Model) indexBuilt(msg indexBuiltMsg) tea.Cmd {
	if msg.gen != m.peopleGen {
		return nil // people changed while it was built; a newer build is on its way
	}
	m.building = false
	m.ix = msg.ix
	m.memberIdx = msg.memberIdx
	m.research()
	m.rebuildOverview()
	return nil
}

// addPerson takes a walk-in into the lookups and the index at once, so
// the desk finds them before the people are read again.
func (m *Model) addPerson(p event.Person) {
	if m.ix == nil {
		return
	}
	if _, ok := m.ix.Find(p.ID); ok {
		return
	}
	i := len(m.people)
	m.people = append(m.people, p)
	m.memberIdx[p.Delegation] = append(m.memberIdx[p.Delegation], i)
	m.ix.Add(p)
}

// person finds a person by id, once the index is built.
func (m *Model) person(id string) (event.Person, bool) {
	if m.ix == nil {
		return event.Person{}, false
	}
	if i, ok := m.ix.Find(id); ok {
		return m.ix.Person(i), true
	}
	return event.Person{}, false
}

// withBadge finds the person a scanned code names, once the index is
// built: the last indexed with it, when a code is held twice.
func (m *Model) withBadge(code string) (event.Person, bool) {
	if m.ix == nil {
		return event.Person{}, false
	}
	if at := m.ix.WithBadge(code); len(at) > 0 {
		return m.ix.Person(at[len(at)-1]), true
	}
	return event.Person{}, false
}

// displayLatin is the Latin spelling, or the name when it has none.
func displayLatin(p event.Person) string {
	if p.NameLatin != "" {
		return p.NameLatin
	}
	return p.Name
}
