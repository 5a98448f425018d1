package formats

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
)

// CSVOptions tune the CSV day log. The zero value writes a UTF-8 BOM (so
// that Excel reads Chinese, Thai and Khmer) and separates with commas.
type CSVOptions struct {
	NoBOM bool
	// Comma is the separator; 0 means ','.
	Comma rune
}

// WriteDayLogCSV writes the log as CSV with the columns instant, desk,
// operator, action, subject, details, undone_by, entry_id (headers from
// Labels): an undo's entry_id is what its target's undone_by says.
// Cells that a spreadsheet would run as a formula are neutralised.
func WriteDayLogCSV(w io.Writer, d DayLog, opt CSVOptions) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if !opt.NoBOM {
		bw.Write(utf8BOM)
	}
	cw := csv.NewWriter(bw)
	if opt.Comma != 0 {
		cw.Comma = opt.Comma
	}
	cw.UseCRLF = true
	lab := d.labels()
	if err := cw.Write(neutraliseAll(lab.logHeader())); err != nil {
		return fmt.Errorf("day log csv: %w", err)
	}
	rec := make([]string, 8)
	err := d.rows(func(r *logRow) error {
		rec[0], rec[1], rec[2], rec[3] = r.Instant, neutralise(r.Desk), neutralise(r.Operator), neutralise(r.Action)
		rec[4], rec[5], rec[6] = neutralise(r.subjectCell()), neutralise(r.Details), neutralise(string(r.UndoneBy))
		rec[7] = neutralise(string(r.ID))
		return cw.Write(rec)
	})
	cw.Flush()
	if err == nil {
		err = cw.Error()
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return fmt.Errorf("day log csv: %w", err)
	}
	return nil
}

// neutralise defuses formula injection (OWASP "CSV injection"): a cell
// starting with = + - @ tab or CR gets a leading apostrophe, which
// spreadsheets show as text and do not evaluate.
func neutralise(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

func neutraliseAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = neutralise(s)
	}
	return out
}
