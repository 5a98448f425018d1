package formats

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

// WriteDayLogXLSX writes a workbook with a "log" sheet (the same columns
// as the CSV) and a "summary" sheet, through excelize's StreamWriter so
// that memory stays flat however long the log is (the stream spills to a
// temporary file past its chunk size). Cells are written as text, never
// as formulas, so no neutralising is needed here.
func WriteDayLogXLSX(w io.Writer, d DayLog) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := writeXLSX(f, &d); err != nil {
		return fmt.Errorf("day log xlsx: %w", err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("day log xlsx: %w", err)
	}
	return nil
}

func writeXLSX(f *excelize.File, d *DayLog) error {
	lab := d.labels()
	if err := f.SetSheetName("Sheet1", "log"); err != nil {
		return err
	}
	if _, err := f.NewSheet("summary"); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter("log")
	if err != nil {
		return err
	}
	header := lab.logHeader()
	row := make([]any, len(header))
	for i, h := range header {
		row[i] = h
	}
	if err := sw.SetRow("A1", row); err != nil {
		return err
	}
	n := 1
	cell := make([]byte, 0, 16)
	err = d.rows(func(r *logRow) error {
		n++
		row[0], row[1], row[2], row[3] = r.Instant, r.Desk, r.Operator, r.Action
		row[4], row[5], row[6], row[7] = r.subjectCell(), r.Details, string(r.UndoneBy), string(r.ID)
		cell = append(cell[:0], 'A')
		cell = fmt.Appendf(cell, "%d", n)
		return sw.SetRow(string(cell), row)
	})
	if err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return writeSummarySheet(f, d, lab)
}

func writeSummarySheet(f *excelize.File, d *DayLog, lab *Labels) error {
	sw, err := f.NewStreamWriter("summary")
	if err != nil {
		return err
	}
	n := 0
	put := func(cells ...any) error {
		n++
		name, _ := excelize.CoordinatesToCellName(1, n)
		return sw.SetRow(name, cells)
	}
	s := d.Summary
	rows := [][]any{
		{lab.Title, string(d.Day), lab.P.EventName(d.Event)},
		{},
		{lab.Arrivals},
		{lab.Delegation, lab.Expected, lab.Arrived, lab.Missing},
	}
	for _, a := range s.Arrivals {
		missing := ""
		for i, m := range a.Missing {
			if i > 0 {
				missing += ", "
			}
			missing += m
		}
		rows = append(rows, []any{nameOr(a.Name, a.Delegation), a.Expected, a.Arrived, missing})
	}
	rows = append(rows, []any{}, []any{lab.Sessions, lab.Count},
		[]any{lab.Held, s.Sessions.Held}, []any{lab.Delayed, s.Sessions.Delayed},
		[]any{lab.Moved, s.Sessions.Moved}, []any{lab.Cancelled, s.Sessions.Cancelled},
		[]any{lab.AssignmentChanges, s.AssignmentChanges}, []any{}, []any{lab.OpenProblems},
		[]any{lab.Problem, lab.Message})
	for _, p := range s.OpenProblems {
		rows = append(rows, []any{lab.P.ProblemKind(p.Kind), p.Message})
	}
	for _, r := range rows {
		if err := put(r...); err != nil {
			return err
		}
	}
	return sw.Flush()
}
