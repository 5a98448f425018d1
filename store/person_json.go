package store

import (
	"encoding/json"
	"fmt"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"caecw/internal/event"
)

// Reading 100,000 people through encoding/json took most of a desk's
// first read (reflection and six small strings a person). A person's
// record is a flat object of strings, as putPerson writes it, so
// personDecoder reads that shape by hand: one string a person holds its
// id, badge and names, and the few delegations and roles are shared. Any
// other shape (an escape, invalid UTF-8, another key or value type) goes
// to encoding/json, so the result is always json.Unmarshal's.
type personDecoder struct {
	// shared holds each delegation and role seen, to hand out one copy.
	shared map[string]string
	buf    []byte
}

func newPersonDecoder() *personDecoder {
	return &personDecoder{shared: map[string]string{}}
}

// decode reads one person record.
func (d *personDecoder) decode(v []byte) (event.Person, error) {
	if p, ok := d.fast(v); ok {
		return p, nil
	}
	var p event.Person
	err := json.Unmarshal(v, &p)
	return p, err
}

// Fields of a person record, in the order fast keeps their values.
const (
	fieldID = iota
	fieldBadge
	fieldName
	fieldLatin
	fieldDelegation
	fieldRole
	nFields
)

var personKeys = map[string]int{"id": fieldID, "badge": fieldBadge, "name": fieldName, "name_latin": fieldLatin, "delegation": fieldDelegation, "role": fieldRole}

// fast decodes a record of the shape putPerson writes; ok is false for
// anything else.
func (d *personDecoder) fast(v []byte) (p event.Person, ok bool) {
	var vals [nFields][]byte
	var set [nFields]bool
	i := skipSpace(v, 0)
	if i >= len(v) || v[i] != '{' {
		return p, false
	}
	i = skipSpace(v, i+1)
	if i < len(v) && v[i] == '}' {
		i++
	} else {
		for {
			key, j, ok := plainString(v, i)
			if !ok {
				return p, false
			}
			f, known := personKeys[string(key)]
			if !known {
				return p, false
			}
			j = skipSpace(v, j)
			if j >= len(v) || v[j] != ':' {
				return p, false
			}
			val, j, ok := plainString(v, skipSpace(v, j+1))
			if !ok {
				return p, false
			}
			vals[f], set[f] = val, true
			j = skipSpace(v, j)
			if j >= len(v) {
				return p, false
			}
			if v[j] == '}' {
				i = j + 1
				break
			}
			if v[j] != ',' {
				return p, false
			}
			i = skipSpace(v, j+1)
		}
	}
	if skipSpace(v, i) != len(v) {
		return p, false
	}
	// The id, badge and names share one string; a Latin name equal to
	// the name shares the name's bytes.
	sameLatin := set[fieldLatin] && string(vals[fieldLatin]) == string(vals[fieldName])
	d.buf = append(append(append(d.buf[:0], vals[fieldID]...), vals[fieldBadge]...), vals[fieldName]...)
	if !sameLatin {
		d.buf = append(d.buf, vals[fieldLatin]...)
	}
	all := string(d.buf)
	a, b, c := len(vals[fieldID]), len(vals[fieldID])+len(vals[fieldBadge]), len(vals[fieldID])+len(vals[fieldBadge])+len(vals[fieldName])
	p.ID, p.Badge, p.Name, p.NameLatin = all[:a], all[a:b], all[b:c], all[c:]
	if sameLatin {
		p.NameLatin = p.Name
	}
	p.Delegation = d.share(vals[fieldDelegation])
	p.Role = event.Role(d.share(vals[fieldRole]))
	return p, true
}

func (d *personDecoder) share(b []byte) string {
	if s, ok := d.shared[string(b)]; ok {
		return s
	}
	s := string(b)
	d.shared[s] = s
	return s
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

// allPeople reads every person, in id order; n is how many there are
// likely to be.
func allPeople(tx *bolt.Tx, n int) ([]event.Person, error) {
	out := make([]event.Person, 0, n)
	d := newPersonDecoder()
	c := tx.Bucket(bucketPeople).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		p, err := d.decode(v)
		if err != nil {
			return nil, fmt.Errorf("record %q: %w", k, err)
		}
		out = append(out, p)
	}
	return out, nil
}
