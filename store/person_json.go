package store

import (
	"encoding/json"
	"fmt"

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
	shared sharedStrings
	buf    []byte
}

func newPersonDecoder() *personDecoder {
	return &personDecoder{shared: sharedStrings{}}
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
	end, ok := walkObject(v, 0, func(key []byte, j int) (int, bool) {
		f, known := personKeys[string(key)]
		if !known {
			return j, false
		}
		val, end, ok := plainString(v, j)
		vals[f], set[f] = val, true
		return end, ok
	})
	if !ok || skipSpace(v, end) != len(v) {
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
	p.Delegation = d.shared.share(vals[fieldDelegation])
	p.Role = event.Role(d.shared.share(vals[fieldRole]))
	return p, true
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
