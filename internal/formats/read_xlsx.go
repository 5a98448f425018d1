package formats

import (
	"bytes"
	"caecw/internal/i18n"
	"fmt"

	"github.com/xuri/excelize/v2"
)

// readXLSX reads a workbook with one sheet per kind, the sheet named after
// the kind. Problems name the sheet with the file, as book.xlsx[people];
// lines are the sheet's row numbers.
func readXLSX(c *collector, name string, data []byte) []table {
	// A damaged or crafted workbook can claim a huge unzipped size;
	// without limits excelize would try to hold it all in memory.
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: 64 << 20, UnzipXMLSizeLimit: 16 << 20})
	if err != nil {
		c.add(name, 0, "", i18n.KeyImpNotWorkbook, "err", err)
		return nil
	}
	defer f.Close()
	var out []table
	for _, sheet := range f.GetSheetList() {
		file := fmt.Sprintf("%s[%s]", name, sheet)
		kind, ok := parseKind(sheet)
		if !ok {
			c.add(file, 0, "", i18n.KeyImpSheetKind)
			continue
		}
		if t, ok := readSheet(c, f, sheet, file, kind); ok {
			out = append(out, t)
		}
	}
	return out
}

func readSheet(c *collector, f *excelize.File, sheet, file string, kind Kind) (table, bool) {
	rows, err := f.Rows(sheet)
	if err != nil {
		c.add(file, 0, "", i18n.KeyImpCannotReadSheet, "err", err)
		return table{}, false
	}
	defer rows.Close()
	t := table{file: file, kind: kind}
	var header []string
	for line := 1; rows.Next(); line++ {
		cells, err := rows.Columns()
		if err != nil {
			c.add(file, line, "", i18n.KeyImpCannotReadRow, "err", err)
			return t, false
		}
		if header == nil {
			if blank(cells) {
				continue
			}
			header = normHeader(cells)
			if _, ok := checkHeader(c, file, line, header, kind); !ok {
				return t, false
			}
			continue
		}
		if blank(cells) {
			continue
		}
		if rec, ok := rowRecord(c, file, line, header, cells, false); ok {
			t.records = append(t.records, rec)
			tooMany(c, file, line, kind, len(t.records))
		}
		if c.full {
			break
		}
	}
	if header == nil {
		c.add(file, 1, "", i18n.KeyImpEmptySheet)
		return t, false
	}
	return t, true
}
