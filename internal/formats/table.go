package formats

import (
	"caecw/internal/i18n"
	"slices"
	"strings"
	"unicode/utf8"
)

// record is one row of a file, whatever its format: the values by column
// name and the line where it was found.
type record struct {
	line   int
	values map[string]string
}

// table is the records of one kind read from one file (or one XLSX
// sheet, or one JSON array).
type table struct {
	file    string
	kind    Kind
	records []record
}

// normHeader lowers and trims header cells, so "Name " and "name" are the
// same column.
func normHeader(cells []string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = strings.ToLower(strings.TrimSpace(c))
	}
	return out
}

// checkHeader decides the kind of a header (from hint when the file, sheet
// or key named it) and reports missing, unknown and repeated columns. ok
// is false when the rows cannot be read against this header.
func checkHeader(c *collector, file string, line int, header []string, hint Kind) (Kind, bool) {
	for i, h := range header {
		if !utf8.ValidString(h) {
			c.add(file, line, "", i18n.KeyImpColumnUTF8, "n", i+1)
			return "", false
		}
	}
	kind := hint
	if kind == "" {
		k, best, ok := detectKind(header)
		switch {
		case ok:
			kind = k
		case best != "":
			kind = best
		default:
			c.add(file, line, "", i18n.KeyImpHeaderUnknown)
			return "", false
		}
	}
	cols := ColumnsOf[kind]
	ok := true
	for _, req := range cols.Required {
		if !slices.Contains(header, req) {
			c.add(file, line, req, i18n.KeyImpMissingColumn, "kind", i18n.RecordKindText(string(kind)))
			ok = false
		}
	}
	for i, h := range header {
		switch {
		case h == "":
			c.add(file, line, "", i18n.KeyImpColumnNoName, "n", i+1)
			ok = false
		case !cols.has(h):
			c.add(file, line, h, i18n.KeyImpUnknownColumn, "kind", i18n.RecordKindText(string(kind)), "want", strings.Join(cols.All(), ","))
			ok = false
		case slices.Index(header, h) != i:
			c.add(file, line, h, i18n.KeyImpColumnTwice)
			ok = false
		}
	}
	return kind, ok
}

// rowRecord pairs a row's cells with the header. Cells beyond the header
// must be empty (spreadsheets leave trailing empty cells); a short row
// leaves the missing columns empty only for XLSX, where trailing empty
// cells are not stored, and is an error for CSV (strict says which).
func rowRecord(c *collector, file string, line int, header, cells []string, strict bool) (record, bool) {
	if strict && len(cells) != len(header) {
		c.add(file, line, "", i18n.KeyImpFieldCount, "n", len(cells), "header", len(header))
		return record{}, false
	}
	for i := len(header); i < len(cells); i++ {
		if strings.TrimSpace(cells[i]) != "" {
			c.add(file, line, "", i18n.KeyImpFieldCount, "n", len(cells), "header", len(header))
			return record{}, false
		}
	}
	r := record{line: line, values: make(map[string]string, len(header))}
	ok := true
	for i, h := range header {
		v := ""
		if i < len(cells) {
			v = cells[i]
		}
		if !utf8.ValidString(v) {
			c.add(file, line, h, i18n.KeyImpInvalidUTF8)
			ok = false
			continue
		}
		r.values[h] = strings.TrimSpace(v)
	}
	return r, ok
}

// blank reports whether a row holds nothing; blank rows are skipped.
func blank(cells []string) bool {
	for _, s := range cells {
		if strings.TrimSpace(s) != "" {
			return false
		}
	}
	return true
}
