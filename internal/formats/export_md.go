package formats

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteDayLogMarkdown writes a one-page readable report: a header, the
// summary tables (arrivals, sessions, open problems) and the log as a
// table. Undone entries are struck through and say when they were undone.
func WriteDayLogMarkdown(w io.Writer, d DayLog) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	lab := d.labels()
	s := d.Summary
	title := lab.Title + " " + string(d.Day)
	if name := lab.P.EventName(d.Event); name != "" {
		title += " - " + name
	}
	fmt.Fprintf(bw, "# %s\n\n", mdText(title))
	if d.Event.City != "" {
		fmt.Fprintf(bw, "%s, %s\n\n", mdText(d.Event.City), d.Event.Location())
	}
	fmt.Fprintf(bw, "## %s\n\n### %s\n\n", mdText(lab.Summary), mdText(lab.Arrivals))
	if len(s.Arrivals) == 0 {
		fmt.Fprintf(bw, "%s\n\n", mdText(lab.None))
	} else {
		mdRow(bw, lab.Delegation, lab.Expected, lab.Arrived, lab.Missing)
		bw.WriteString("|---|--:|--:|---|\n")
		for _, a := range s.Arrivals {
			mdRow(bw, nameOr(a.Name, a.Delegation), strconv.Itoa(a.Expected), strconv.Itoa(a.Arrived), strings.Join(a.Missing, ", "))
		}
		bw.WriteByte('\n')
	}
	fmt.Fprintf(bw, "### %s\n\n", mdText(lab.Sessions))
	mdRow(bw, lab.Held, lab.Delayed, lab.Moved, lab.Cancelled, lab.AssignmentChanges)
	bw.WriteString("|--:|--:|--:|--:|--:|\n")
	mdRow(bw, strconv.Itoa(s.Sessions.Held), strconv.Itoa(s.Sessions.Delayed), strconv.Itoa(s.Sessions.Moved),
		strconv.Itoa(s.Sessions.Cancelled), strconv.Itoa(s.AssignmentChanges))
	fmt.Fprintf(bw, "\n### %s\n\n", mdText(lab.OpenProblems))
	if len(s.OpenProblems) == 0 {
		fmt.Fprintf(bw, "%s\n\n", mdText(lab.None))
	} else {
		mdRow(bw, lab.Problem, lab.Message)
		bw.WriteString("|---|---|\n")
		for _, p := range s.OpenProblems {
			mdRow(bw, lab.P.ProblemKind(p.Kind), p.Message)
		}
		bw.WriteByte('\n')
	}
	fmt.Fprintf(bw, "## %s\n\n", mdText(lab.Log))
	mdRow(bw, lab.Instant, lab.Desk, lab.Operator, lab.Action, lab.Subject, lab.Details, lab.UndoneBy)
	bw.WriteString("|---|---|---|---|---|---|---|\n")
	loc := d.Event.Location()
	err := d.rows(func(r *logRow) error {
		undone := ""
		if r.UndoneBy != "" {
			at, ok := d.UndoneAt[r.ID]
			if !ok {
				at = r.UndoneBy.HLC().Time()
			}
			undone = lab.UndoneAt + " " + at.In(loc).Format("15:04:05") + " (" + r.UndoneBy.Desk() + ")"
		}
		mdStruck(bw, r.UndoneBy != "", r.Instant[len("2006-01-02 "):], r.Desk, r.Operator, r.Action, r.subjectCell(), r.Details)
		bw.WriteString(" ")
		mdEscaper.WriteString(bw, undone)
		bw.WriteString(" |\n")
		return nil
	})
	if err != nil {
		return fmt.Errorf("day log markdown: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("day log markdown: %w", err)
	}
	return nil
}

// mdText makes text safe in a table cell: pipes escaped, line breaks
// flattened, and Markdown markers that would change the look escaped.
var mdEscaper = strings.NewReplacer("|", `\|`, "\r\n", " ", "\n", " ", "\r", " ", "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`", "<", "&lt;", "[", `\[`)

func mdText(s string) string { return mdEscaper.Replace(s) }

func mdRow(w *bufio.Writer, cells ...string) {
	w.WriteString("|")
	for _, c := range cells {
		w.WriteString(" ")
		mdEscaper.WriteString(w, c)
		w.WriteString(" |")
	}
	w.WriteString("\n")
}

// mdStruck writes the first cells of a log row, struck through when the
// entry was undone, leaving the row open for the undone cell.
func mdStruck(w *bufio.Writer, struck bool, cells ...string) {
	w.WriteString("|")
	for _, c := range cells {
		w.WriteString(" ")
		if struck && c != "" {
			w.WriteString("~~")
			mdEscaper.WriteString(w, c)
			w.WriteString("~~")
		} else {
			mdEscaper.WriteString(w, c)
		}
		w.WriteString(" |")
	}
}
