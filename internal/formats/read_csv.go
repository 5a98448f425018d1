package formats

import (
	"bytes"
	"caecw/internal/i18n"
	"encoding/csv"
	"errors"
	"io"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// readCSV reads one CSV file: UTF-8 with or without BOM, comma or
// semicolon (whichever the header line has more of, outside quotes), CRLF
// or LF. The kind comes from the file name when it names one, else from
// the header.
func readCSV(c *collector, name string, data []byte) []table {
	data = bytes.TrimPrefix(data, utf8BOM)
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = detectSeparator(data)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err == io.EOF {
		c.add(name, 1, "", i18n.KeyImpEmptyFile)
		return nil
	}
	if err != nil {
		csvError(c, name, data, r.Comma, err)
		return nil
	}
	header = normHeader(header)
	hint, _ := kindFromFileName(name)
	kind, ok := checkHeader(c, name, 1, header, hint)
	if !ok {
		return nil
	}
	t := table{file: name, kind: kind}
	for {
		cells, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			csvError(c, name, data, r.Comma, err)
			break
		}
		line, _ := r.FieldPos(0)
		if blank(cells) {
			continue
		}
		if rec, ok := rowRecord(c, name, line, header, cells, true); ok {
			t.records = append(t.records, rec)
			if tooMany(c, name, line, kind, len(t.records)) {
				break
			}
		}
		if c.full {
			break
		}
	}
	return []table{t}
}

func csvError(c *collector, name string, data []byte, sep rune, err error) {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		line := pe.Line
		if errors.Is(pe.Err, csv.ErrQuote) {
			// A quote that never closes: encoding/csv reports the line
			// where it gave up (the last); the person needs the line
			// where the field began.
			if l := unterminatedQuoteLine(data, sep, pe.StartLine); l > 0 {
				line = l
			}
		}
		c.add(name, line, "", i18n.KeyImpCSV, "err", pe.Err)
		return
	}
	c.add(name, 0, "", i18n.KeyImpCSV, "err", err)
}

// detectSeparator counts commas and semicolons outside quotes on the
// first line.
func detectSeparator(data []byte) rune {
	commas, semis, quoted := 0, 0, false
	for _, b := range data {
		switch {
		case b == '"':
			quoted = !quoted
		case quoted:
		case b == '\n' || b == '\r':
			goto done
		case b == ',':
			commas++
		case b == ';':
			semis++
		}
	}
done:
	if semis > commas {
		return ';'
	}
	return ','
}
