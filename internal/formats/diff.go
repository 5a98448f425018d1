package formats

import (
	"caecw/internal/event"
	"caecw/internal/journal"
)

// Diff counts, per kind (the Kind names: "event", "venues", ...), the
// imported records that are new, that change an existing record with the
// same id, and that are the same as the existing one. Sessions are
// compared on their planned fields only: an import never touches what
// coordinators changed on the day (State). Assignments are keyed by
// session and delegation, travel by the pair of sites. Kinds with nothing
// imported are left out.
func Diff(existing, imported event.Programme) map[string]journal.Counts {
	out := map[string]journal.Counts{}
	if imported.Event != nil {
		var c journal.Counts
		switch {
		case existing.Event == nil:
			c.Created++
		case *existing.Event == *imported.Event:
			c.Unchanged++
		default:
			c.Updated++
		}
		out[string(KindEvent)] = c
	}
	count(out, KindVenues, existing.Venues, imported.Venues, func(v event.Venue) string { return v.ID }, eq[event.Venue])
	count(out, KindDelegations, existing.Delegations, imported.Delegations, func(d event.Delegation) string { return d.ID }, eq[event.Delegation])
	count(out, KindSessions, existing.Sessions, imported.Sessions, func(s event.Session) string { return s.ID }, SamePlan)
	count(out, KindPeople, existing.People, imported.People, func(p event.Person) string { return p.ID }, eq[event.Person])
	count(out, KindAssignments, existing.Assignments, imported.Assignments, assignKey, func(a, b event.Assignment) bool { return a.Headcount == b.Headcount })
	count(out, KindTravel, existing.Travel, imported.Travel, travelKey, eq[event.Travel])
	return out
}

func eq[T comparable](a, b T) bool { return a == b }

func assignKey(a event.Assignment) string { return a.Session + "\x00" + a.Delegation }

func travelKey(t event.Travel) string { return t.FromSite + "\x00" + t.ToSite }

// SamePlan reports whether two sessions are the same as planned, State
// (what the day changed, which an import never touches) aside: the one
// test of "unchanged" for Diff's counts and for what an import carries.
func SamePlan(a, b event.Session) bool {
	a.State, b.State = event.State{}, event.State{}
	return a.ID == b.ID && a.Day == b.Day && a.Start.Equal(b.Start) && a.End.Equal(b.End) &&
		a.Title == b.Title && a.TitleZh == b.TitleZh && a.Kind == b.Kind && a.Venue == b.Venue &&
		a.Host == b.Host && a.HostZh == b.HostZh && a.Expected == b.Expected
}

func count[T any](out map[string]journal.Counts, k Kind, existing, imported []T, key func(T) string, same func(a, b T) bool) {
	if len(imported) == 0 {
		return
	}
	old := make(map[string]int, len(existing))
	for i, e := range existing {
		old[key(e)] = i
	}
	var c journal.Counts
	for _, n := range imported {
		i, ok := old[key(n)]
		switch {
		case !ok:
			c.Created++
		case same(existing[i], n):
			c.Unchanged++
		default:
			c.Updated++
		}
	}
	out[string(k)] = c
}

// Merge lays the imported records over the existing ones by id (key for
// assignments and travel): existing order is kept, changed records are
// replaced in place, new ones are appended. A re-imported session keeps
// its State and an assignment its Rev. Neither input is modified.
func Merge(existing, imported event.Programme) event.Programme {
	out := event.Programme{Event: existing.Event}
	if imported.Event != nil {
		e := *imported.Event
		out.Event = &e
	}
	out.Venues = merge(existing.Venues, imported.Venues, func(v event.Venue) string { return v.ID }, nil)
	out.Delegations = merge(existing.Delegations, imported.Delegations, func(d event.Delegation) string { return d.ID }, nil)
	out.Sessions = merge(existing.Sessions, imported.Sessions, func(s event.Session) string { return s.ID },
		func(old, n event.Session) event.Session { n.State = old.State; return n })
	out.People = merge(existing.People, imported.People, func(p event.Person) string { return p.ID }, nil)
	out.Assignments = merge(existing.Assignments, imported.Assignments, assignKey,
		func(old, n event.Assignment) event.Assignment {
			if n.Headcount == old.Headcount {
				n.Rev = old.Rev
			}
			return n
		})
	out.Travel = merge(existing.Travel, imported.Travel, travelKey, nil)
	return out
}

func merge[T any](existing, imported []T, key func(T) string, keep func(old, n T) T) []T {
	if len(existing) == 0 && len(imported) == 0 {
		return nil
	}
	out := make([]T, len(existing), len(existing)+len(imported))
	copy(out, existing)
	at := make(map[string]int, len(out))
	for i, e := range out {
		at[key(e)] = i
	}
	for _, n := range imported {
		if i, ok := at[key(n)]; ok {
			if keep != nil {
				n = keep(out[i], n)
			}
			out[i] = n
			continue
		}
		at[key(n)] = len(out)
		out = append(out, n)
	}
	return out
}
