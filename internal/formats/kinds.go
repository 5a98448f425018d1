package formats

import (
	"path/filepath"
	"slices"
	"strings"
)

// Kind names one sort of record in an import: it is the CSV file's kind,
// the XLSX sheet name and the JSON key.
type Kind string

// The kinds of record, in the order they are read (later kinds refer to
// earlier ones).
const (
	KindEvent       Kind = "event"
	KindVenues      Kind = "venues"
	KindDelegations Kind = "delegations"
	KindSessions    Kind = "sessions"
	KindPeople      Kind = "people"
	KindAssignments Kind = "assignments"
	KindTravel      Kind = "travel"
)

// Kinds lists every kind in reading order.
var Kinds = []Kind{KindEvent, KindVenues, KindDelegations, KindSessions, KindPeople, KindAssignments, KindTravel}

// Columns are the header of one kind: Required columns must all be in the
// header (their values may still be empty where the model allows), Optional
// ones may be left out.
type Columns struct {
	Required []string
	Optional []string
}

// All is the required columns followed by the optional ones, the order of
// the templates.
func (c Columns) All() []string { return append(slices.Clone(c.Required), c.Optional...) }

func (c Columns) has(name string) bool {
	return slices.Contains(c.Required, name) || slices.Contains(c.Optional, name)
}

// ColumnsOf gives the header of each kind. The columns ending in _zh are
// the Chinese forms of the names before them (event.Local picks between
// the two); they come last so that a file written before they existed
// still has the same columns in the same places.
var ColumnsOf = map[Kind]Columns{
	KindEvent:       {Required: []string{"name", "city", "timezone", "first_day", "last_day"}, Optional: []string{"arrivals_from", "arrivals_to", "name_zh"}},
	KindVenues:      {Required: []string{"id", "name", "site", "capacity"}, Optional: []string{"name_zh", "note", "site_zh"}},
	KindSessions:    {Required: []string{"id", "day", "start", "end", "title", "kind", "venue", "host", "expected"}, Optional: []string{"title_zh", "host_zh"}},
	KindDelegations: {Required: []string{"id", "name", "country", "head", "liaison", "expected"}, Optional: []string{"name_zh", "head_zh"}},
	KindPeople:      {Required: []string{"id", "badge", "name", "name_latin", "delegation", "role"}},
	KindAssignments: {Required: []string{"session", "delegation", "headcount"}},
	KindTravel:      {Required: []string{"from_site", "to_site", "minutes"}},
}

// parseKind accepts a kind name as written in a sheet name, JSON key or
// file name: case and surrounding space do not matter, and "travel_times"
// is taken for travel.
func parseKind(s string) (Kind, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, " ", "_")
	if s == "travel_times" {
		s = "travel"
	}
	for _, k := range Kinds {
		if string(k) == s {
			return k, true
		}
	}
	return "", false
}

// kindFromFileName takes the kind from a file called after it, such as
// "people.csv" or "travel_times.json"; ok is false when the name says
// nothing.
func kindFromFileName(name string) (Kind, bool) {
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if k, ok := parseKind(base); ok {
		return k, true
	}
	return "", false
}

// detectKind finds the kind whose required columns are all in header,
// preferring the one with the most of them. When none fits, best is the
// kind with the most required columns present (at least two), so that
// the caller can name what is missing.
func detectKind(header []string) (k Kind, best Kind, ok bool) {
	bestScore, fullScore := 1, 0
	for _, kind := range Kinds {
		cols := ColumnsOf[kind]
		n := 0
		for _, c := range cols.Required {
			if slices.Contains(header, c) {
				n++
			}
		}
		if n == len(cols.Required) && n > fullScore {
			k, fullScore, ok = kind, n, true
		}
		if n > bestScore {
			best, bestScore = kind, n
		}
	}
	return k, best, ok
}
