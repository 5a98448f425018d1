package formats

import (
	"bytes"
	"caecw/internal/i18n"
	"encoding/json"
	"errors"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// jsonReader reads a JSON import and turns byte offsets into line numbers
// as it goes, counting newlines only once.
type jsonReader struct {
	c        *collector
	name     string
	data     []byte
	dec      *json.Decoder
	lastOff  int
	lastLine int
}

// readJSON reads one JSON file. Two shapes are accepted:
//
//	{"event": {...}, "venues": [{...}, ...], "people": [...], ...}
//	[{...}, {...}]   // one kind, named by the file name or known from the keys
//
// A record's line is the line of its opening brace. Keys missing from a
// record count as empty values; unknown keys are an error.
func readJSON(c *collector, name string, data []byte) []table {
	data = bytes.TrimPrefix(data, utf8BOM)
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		c.add(name, 1+bytes.Count(data[:off], []byte{'\n'}), "", i18n.KeyImpInvalidUTF8)
		return nil
	}
	jr := &jsonReader{c: c, name: name, data: data, lastLine: 1}
	jr.dec = json.NewDecoder(bytes.NewReader(data))
	jr.dec.UseNumber()
	tok, err := jr.dec.Token()
	if err != nil {
		jr.syntax(err)
		return nil
	}
	switch tok {
	case json.Delim('{'):
		return jr.object()
	case json.Delim('['):
		return jr.array()
	}
	c.add(name, 1, "", i18n.KeyImpJSONShape)
	return nil
}

// line is the line of the next value after the decoder's position.
func (jr *jsonReader) line() int {
	off := int(jr.dec.InputOffset())
	for off < len(jr.data) && strings.IndexByte(" \t\r\n,:", jr.data[off]) >= 0 {
		off++
	}
	if off < jr.lastOff {
		jr.lastOff, jr.lastLine = 0, 1
	}
	jr.lastLine += bytes.Count(jr.data[jr.lastOff:off], []byte{'\n'})
	jr.lastOff = off
	return jr.lastLine
}

func (jr *jsonReader) syntax(err error) {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off := min(int(se.Offset), len(jr.data))
		jr.c.add(jr.name, 1+bytes.Count(jr.data[:off], []byte{'\n'}), "", i18n.KeyImpBadJSON, "err", se)
		return
	}
	jr.c.add(jr.name, jr.line(), "", i18n.KeyImpBadJSON, "err", err)
}

func (jr *jsonReader) object() []table {
	var out []table
	for jr.dec.More() {
		line := jr.line()
		tok, err := jr.dec.Token()
		if err != nil {
			jr.syntax(err)
			return out
		}
		key, _ := tok.(string)
		kind, ok := parseKind(key)
		if !ok {
			jr.c.add(jr.name, line, key, i18n.KeyImpJSONUnknownKind)
			var skip json.RawMessage
			if err := jr.dec.Decode(&skip); err != nil {
				jr.syntax(err)
				return out
			}
			continue
		}
		t := table{file: jr.name, kind: kind}
		line = jr.line()
		if jr.lastOff < len(jr.data) && jr.data[jr.lastOff] == '[' {
			recs, ok := jr.elements(kind)
			t.records = recs
			if !ok {
				return append(out, t)
			}
			out = append(out, t)
			continue
		}
		var v any
		if err := jr.dec.Decode(&v); err != nil {
			jr.syntax(err)
			return out
		}
		m, isObj := v.(map[string]any)
		if !isObj || kind != KindEvent {
			jr.c.add(jr.name, line, key, i18n.KeyImpWantArray)
			continue
		}
		if rec, ok := jr.record(kind, m, line); ok {
			t.records = append(t.records, rec)
		}
		out = append(out, t)
	}
	return out
}

// elements reads an array of records, each with the line of its opening
// brace; ok is false after a syntax error.
func (jr *jsonReader) elements(kind Kind) ([]record, bool) {
	if _, err := jr.dec.Token(); err != nil {
		jr.syntax(err)
		return nil, false
	}
	var out []record
	for i := 1; jr.dec.More(); i++ {
		line := jr.line()
		var v any
		if err := jr.dec.Decode(&v); err != nil {
			jr.syntax(err)
			return out, false
		}
		m, ok := v.(map[string]any)
		if !ok {
			jr.c.add(jr.name, line, "", i18n.KeyImpRecordNotObject, "n", i, "kind", i18n.RecordKindText(string(kind)))
			continue
		}
		if rec, ok := jr.record(kind, m, line); ok {
			out = append(out, rec)
			tooMany(jr.c, jr.name, line, kind, len(out))
		}
		if jr.c.full {
			return out, false
		}
	}
	if _, err := jr.dec.Token(); err != nil {
		jr.syntax(err)
		return out, false
	}
	return out, true
}

// array reads the second shape: a bare array of records of one kind.
func (jr *jsonReader) array() []table {
	type raw struct {
		line int
		m    map[string]any
	}
	var raws []raw
	keys := map[string]bool{}
	for i := 1; jr.dec.More(); i++ {
		line := jr.line()
		var v any
		if err := jr.dec.Decode(&v); err != nil {
			jr.syntax(err)
			return nil
		}
		m, ok := v.(map[string]any)
		if !ok {
			jr.c.add(jr.name, line, "", i18n.KeyImpRecordNotObj1, "n", i)
			continue
		}
		for k := range m {
			keys[strings.ToLower(k)] = true
		}
		raws = append(raws, raw{line, m})
		// The kind is not known yet: the largest bound holds meanwhile.
		if tooMany(jr.c, jr.name, line, KindPeople, len(raws)) {
			return nil
		}
	}
	if _, err := jr.dec.Token(); err != nil {
		jr.syntax(err)
		return nil
	}
	if len(raws) == 0 {
		return nil
	}
	kind, ok := kindFromFileName(jr.name)
	if !ok {
		header := make([]string, 0, len(keys))
		for k := range keys {
			header = append(header, k)
		}
		sort.Strings(header)
		k, best, full := detectKind(header)
		switch {
		case full:
			kind = k
		case best != "":
			kind = best
		default:
			jr.c.add(jr.name, raws[0].line, "", i18n.KeyImpKindNotFound)
			return nil
		}
	}
	if tooMany(jr.c, jr.name, raws[len(raws)-1].line, kind, len(raws)) {
		return nil
	}
	t := table{file: jr.name, kind: kind}
	for _, r := range raws {
		if rec, ok := jr.record(kind, r.m, r.line); ok {
			t.records = append(t.records, rec)
		}
	}
	return []table{t}
}

// record checks one JSON object's keys and turns its values into text:
// strings as they are, numbers as written, null as empty.
func (jr *jsonReader) record(kind Kind, m map[string]any, line int) (record, bool) {
	cols := ColumnsOf[kind]
	rec := record{line: line, values: make(map[string]string, len(m))}
	ok := true
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, k := range names {
		key := strings.ToLower(strings.TrimSpace(k))
		if !cols.has(key) {
			jr.c.add(jr.name, line, k, i18n.KeyImpUnknownField, "kind", i18n.RecordKindText(string(kind)), "want", strings.Join(cols.All(), ","))
			ok = false
			continue
		}
		switch v := m[k].(type) {
		case string:
			rec.values[key] = strings.TrimSpace(v)
		case json.Number:
			rec.values[key] = v.String()
		case nil:
			rec.values[key] = ""
		default:
			jr.c.add(jr.name, line, k, i18n.KeyImpWantStringNumber)
			ok = false
		}
	}
	return rec, ok
}
