package formats

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// xlsxBook builds a workbook with one sheet of the given name, a header
// row and data rows, cells split at '|'.
func xlsxBook(sheet, header string, rows ...string) ([]byte, bool) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return nil, false
	}
	put := func(row int, line string) bool {
		cells := strings.Split(line, "|")
		vals := make([]any, len(cells))
		for i, c := range cells {
			vals[i] = c
		}
		cell, err := excelize.CoordinatesToCellName(1, row)
		return err == nil && f.SetSheetRow(sheet, cell, &vals) == nil
	}
	if !put(1, header) {
		return nil, false
	}
	for i, r := range rows {
		if !put(i+2, r) {
			return nil, false
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return nil, false
	}
	return buf.Bytes(), true
}

// FuzzImportXLSX feeds arbitrary bytes as a .xlsx file: a broken zip, a
// zip that is not a workbook, a workbook cut short. Parse must return a
// problem list or a valid programme, never panic.
func FuzzImportXLSX(f *testing.F) {
	if b, ok := xlsxBook("people", "id|badge|name|name_latin|delegation|role", "p1|B1|សុខ ចាន់ថា|Sok Chantha|KH|head"); ok {
		f.Add(b)
		f.Add(b[:len(b)/2])
	}
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse(existingProg, File{Name: "f.xlsx", R: bytes.NewReader(data)})
		checkOutcome(t, p, err)
	})
}

// FuzzImportXLSXCells builds real workbooks from fuzzed sheet names,
// headers and cells (control characters, formulas, huge numbers, dates
// as text), which reaches the sheet and cell readers that raw bytes
// rarely get past the zip reader to.
func FuzzImportXLSXCells(f *testing.F) {
	f.Add("people", "id|badge|name|name_latin|delegation|role", "p1|B1|Nguyễn Thị Hương||KH|head")
	f.Add("sessions", "id|day|start|end|title|kind|venue|capacity|expected", "s1|2025-07-24|09:00|10:00|T|forum|hall-a||1")
	f.Add("delegations", "id|name|country|head|liaison|expected", "KH|=HYPERLINK(\"x\")|KH|||1e308")
	f.Add("People ", "ID|Badge|Name\x1b[2J|x|y|z", "p\x00|\u202eB|A|||guest")
	f.Fuzz(func(t *testing.T, sheet, header, row string) {
		data, ok := xlsxBook(sheet, header, row, row)
		if !ok {
			return // excelize refused to build it (bad sheet name, cell too long)
		}
		p, err := Parse(existingProg, File{Name: "f.xlsx", R: bytes.NewReader(data)})
		checkOutcome(t, p, err)
	})
}
