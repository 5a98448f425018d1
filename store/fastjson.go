package store

import (
	"encoding/json"
	"unicode/utf8"

	"caecw/internal/event"
	"caecw/internal/journal"
)

// A hand reader of the flat JSON objects the store writes most (people,
// check-in entries), for the open and the first read of 100,000 people.
// It reads only objects whose strings need no decoding; a caller falls
// back to encoding/json for anything else, so results never differ.

// walkObject reads the object at v[i:], calling field with each key and
// the position of its value; field returns the position after the value.
// end is the position after the object; ok is false when the object is
// not of the plain shape, or field said so.
func walkObject(v []byte, i int, field func(key []byte, j int) (int, bool)) (end int, ok bool) {
	i = skipSpace(v, i)
	if i >= len(v) || v[i] != '{' {
		return i, false
	}
	i = skipSpace(v, i+1)
	if i < len(v) && v[i] == '}' {
		return i + 1, true
	}
	for {
		key, j, ok := plainString(v, i)
		if !ok {
			return j, false
		}
		j = skipSpace(v, j)
		if j >= len(v) || v[j] != ':' {
			return j, false
		}
		if j, ok = field(key, skipSpace(v, j+1)); !ok {
			return j, false
		}
		j = skipSpace(v, j)
		if j >= len(v) {
			return j, false
		}
		if v[j] == '}' {
			return j + 1, true
		}
		if v[j] != ',' {
			return j, false
		}
		i = skipSpace(v, j+1)
	}
}

func skipSpace(v []byte, i int) int {
	for i < len(v) && (v[i] == ' ' || v[i] == '\t' || v[i] == '\n' || v[i] == '\r') {
		i++
	}
	return i
}

// plainString reads the JSON string at v[i:] when it needs no decoding:
// no escape, no control character, valid UTF-8. end is just after it.
func plainString(v []byte, i int) (s []byte, end int, ok bool) {
	if i >= len(v) || v[i] != '"' {
		return nil, i, false
	}
	for j := i + 1; j < len(v); j++ {
		switch c := v[j]; {
		case c == '"':
			s = v[i+1 : j]
			return s, j + 1, utf8.Valid(s)
		case c == '\\' || c < 0x20:
			return nil, j, false
		}
	}
	return nil, len(v), false
}

// checkinDecoder reads check-in entries for the projection: by hand when
// they have the shape the store writes, else with encoding/json. Desks,
// operators and days repeat, so each is held once.
type checkinDecoder struct {
	shared sharedStrings
}

func newCheckinDecoder() *checkinDecoder {
	return &checkinDecoder{shared: sharedStrings{}}
}

func (d *checkinDecoder) decode(v []byte) (checkinEntry, error) {
	if e, ok := d.fast(v); ok {
		return e, nil
	}
	var e checkinEntry
	err := json.Unmarshal(v, &e)
	return e, err
}

func (d *checkinDecoder) fast(v []byte) (e checkinEntry, ok bool) {
	str := func(j int, to func([]byte)) (int, bool) {
		val, end, ok := plainString(v, j)
		if ok {
			to(val)
		}
		return end, ok
	}
	payload := func(key []byte, j int) (int, bool) {
		switch string(key) {
		case "person":
			return str(j, func(b []byte) { e.Payload.Person = string(b) })
		case "day":
			return str(j, func(b []byte) { e.Payload.Day = event.Day(d.shared.share(b)) })
		}
		return j, false
	}
	end, ok := walkObject(v, 0, func(key []byte, j int) (int, bool) {
		switch string(key) {
		case "id":
			return str(j, func(b []byte) { e.ID = journal.ID(b) })
		case "at":
			_, end, ok := plainString(v, j)
			// time.Time reads itself, quotes and all, as encoding/json
			// has it do.
			return end, ok && e.At.UnmarshalJSON(v[j:end]) == nil
		case "desk":
			return str(j, func(b []byte) { e.Desk = d.shared.share(b) })
		case "operator":
			return str(j, func(b []byte) { e.Operator = d.shared.share(b) })
		case "kind":
			return str(j, func(b []byte) { e.Kind = journal.Kind(d.shared.share(b)) })
		case "day", "subject":
			return str(j, func([]byte) {})
		case "payload":
			return walkObject(v, j, payload)
		}
		return j, false
	})
	return e, ok && skipSpace(v, end) == len(v)
}

// sharedStrings hands out one copy of each string it has seen.
type sharedStrings map[string]string

func (m sharedStrings) share(b []byte) string {
	if s, ok := m[string(b)]; ok {
		return s
	}
	s := string(b)
	m[s] = s
	return s
}
