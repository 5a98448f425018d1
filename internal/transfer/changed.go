package transfer

import (
	"caecw/internal/event"
	"caecw/internal/formats"
)

// Changed keeps of imported only the records that are new or differ from
// the existing record with the same key, the way formats.Diff counts them.
// The import entry carries these: an unchanged assignment written again
// would lose the Rev that sync orders concurrent changes by.
func Changed(existing, imported event.Programme) event.Programme {
	var out event.Programme
	if imported.Event != nil && (existing.Event == nil || *existing.Event != *imported.Event) {
		out.Event = imported.Event
	}
	out.Venues = changed(existing.Venues, imported.Venues, func(v event.Venue) string { return v.ID }, same[event.Venue])
	out.Delegations = changed(existing.Delegations, imported.Delegations, func(d event.Delegation) string { return d.ID }, same[event.Delegation])
	out.Sessions = changed(existing.Sessions, imported.Sessions, func(s event.Session) string { return s.ID }, formats.SamePlan)
	out.People = changed(existing.People, imported.People, func(p event.Person) string { return p.ID }, same[event.Person])
	out.Assignments = changed(existing.Assignments, imported.Assignments,
		func(a event.Assignment) string { return a.Session + "\x00" + a.Delegation },
		func(a, b event.Assignment) bool { return a.Headcount == b.Headcount })
	out.Travel = changed(existing.Travel, imported.Travel, func(t event.Travel) string { return t.FromSite + "\x00" + t.ToSite }, same[event.Travel])
	return out
}

func same[T comparable](a, b T) bool { return a == b }

func changed[T any](existing, imported []T, key func(T) string, eq func(a, b T) bool) []T {
	old := make(map[string]int, len(existing))
	for i, e := range existing {
		old[key(e)] = i
	}
	var out []T
	for _, n := range imported {
		if i, ok := old[key(n)]; ok && eq(existing[i], n) {
			continue
		}
		out = append(out, n)
	}
	return out
}
