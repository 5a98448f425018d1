package formats

import (
	"bytes"
	"caecw/internal/i18n"
	"slices"

	"caecw/internal/event"
)

// MaxFileBytes bounds one imported file. A roster of event.MaxPeople at
// the longest names stays well below it; a file above it is refused
// before it is parsed.
const MaxFileBytes = 256 << 20

// maxRecords is the most records of kind one file may hold: the bounds of
// event/limits.go, and for assignments and travel the roster's.
func maxRecords(k Kind) int {
	switch k {
	case KindEvent:
		return 1
	case KindVenues:
		return event.MaxVenues
	case KindDelegations:
		return event.MaxDelegations
	case KindSessions:
		return event.MaxSessions
	}
	return event.MaxPeople
}

// tooMany reports whether n records of kind k are more than a file may
// hold; if so it says so, once, at line, and stops the reading: a file of
// a million rows is refused before it fills the memory.
func tooMany(c *collector, file string, line int, k Kind, n int) bool {
	limit := maxRecords(k)
	if n <= limit {
		return false
	}
	c.add(file, line, "", i18n.KeyImpTooManyRecords, "n", limit, "kind", i18n.RecordKindText(string(k)))
	c.full = true
	return true
}

// maxFieldLen is the most bytes a column's value may hold: a note is free
// text, ids, codes, numbers, days and times are short, everything else is
// a name a person reads.
func maxFieldLen(field string) int {
	switch field {
	case "note":
		return event.MaxNoteLen
	case "id", "badge", "venue", "delegation", "session", "site", "from_site", "to_site",
		"country", "kind", "role", "timezone", "day", "first_day", "last_day", "start", "end",
		"capacity", "expected", "headcount", "minutes":
		return event.MaxIDLen
	}
	return event.MaxNameLen
}

// checkLengths reports every value of r longer than its column's maximum.
func (r *row) checkLengths() {
	fields := make([]string, 0, len(r.rec.values))
	for f := range r.rec.values {
		fields = append(fields, f)
	}
	slices.Sort(fields)
	for _, f := range fields {
		if n, limit := len(r.rec.values[f]), maxFieldLen(f); n > limit {
			r.bad(f, i18n.KeyImpTooLong, "n", n, "max", limit)
		}
	}
}

// unterminatedQuoteLine is the line where the quoted field that never
// closes begins, reading the CSV data from the record starting at line
// start; 0 if none is found. encoding/csv reports such a field at the
// file's last line.
func unterminatedQuoteLine(data []byte, sep rune, start int) int {
	off := 0
	for l := 1; l < start; l++ {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return 0
		}
		off += i + 1
	}
	line, opened, quoted, fieldStart := start, 0, false, true
	for i := off; i < len(data); i++ {
		b := data[i]
		switch {
		case quoted && b == '"':
			if i+1 < len(data) && data[i+1] == '"' {
				i++
				continue
			}
			quoted = false
		case quoted:
		case b == '"' && fieldStart:
			quoted, opened = true, line
		case rune(b) == sep || b == '\n':
			fieldStart = true
			if b == '\n' {
				line++
			}
			continue
		}
		if b == '\n' {
			line++
		}
		fieldStart = false
	}
	if quoted {
		return opened
	}
	return 0
}

// checkRosterSize refuses an import that would make the roster, the
// people already in the data file and the new ones together, larger than
// event.MaxPeople, though each file alone is within it.
func (b *builder) checkRosterSize(tables []table) {
	if len(b.out.People) == 0 {
		return
	}
	ids := make(map[string]bool, len(b.existing.People)+len(b.out.People))
	for _, p := range b.existing.People {
		ids[p.ID] = true
	}
	for _, p := range b.out.People {
		ids[p.ID] = true
	}
	if len(ids) <= event.MaxPeople {
		return
	}
	for _, t := range tables {
		if t.kind == KindPeople {
			b.c.add(t.file, 0, "", i18n.KeyImpTooManyPeople, "n", len(ids), "max", event.MaxPeople)
			return
		}
	}
}

// maxNumber is the largest value a number column may hold
// (event/limits.go).
func maxNumber(field string) int {
	switch field {
	case "capacity":
		return event.MaxCapacity
	case "minutes":
		return event.MaxTravelMin
	}
	return event.MaxHeadcount // expected, headcount
}
