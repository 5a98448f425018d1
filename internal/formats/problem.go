package formats

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// MaxProblems is how many problems an import reports before it stops
// looking: a file in the wrong format would otherwise bury the first,
// useful, message under thousands of the same.
const MaxProblems = 100

// Problem is one thing wrong with an imported file, at a place a person can
// find in a spreadsheet or editor.
type Problem struct {
	// File is the file name as given to Parse; for XLSX it carries the
	// sheet too, as "book.xlsx[people]".
	File string `json:"file"`
	// Line is the 1-based line of the file (the header is line 1), the
	// row number of an XLSX sheet, or the line where a JSON record's
	// opening brace is. 0 means the file as a whole.
	Line int `json:"line"`
	// Field is the column or JSON key, empty when the whole record or
	// file is at fault.
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
}

// String formats the problem as file:line: field: message.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(p.Line))
	}
	b.WriteString(": ")
	if p.Field != "" {
		b.WriteString(p.Field)
		b.WriteString(": ")
	}
	b.WriteString(p.Message)
	return b.String()
}

// Problems is the error Parse returns: every problem found, in file order,
// at most MaxProblems of them plus a last one saying that more were left
// out.
type Problems []Problem

// Error gives one problem per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// collector gathers problems up to the limit.
type collector struct {
	list Problems
	full bool
}

func (c *collector) add(file string, line int, field, format string, args ...any) {
	if c.full {
		return
	}
	if len(c.list) == MaxProblems {
		c.list = append(c.list, Problem{File: file, Line: line, Message: fmt.Sprintf("more than %d problems; stopped looking", MaxProblems)})
		c.full = true
		return
	}
	// A column name from a quoted header cell may hold a line break; keep
	// one problem to one line.
	if strings.ContainsFunc(field, unicode.IsControl) {
		field = strconv.Quote(field)
	}
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	c.list = append(c.list, Problem{File: file, Line: line, Field: field, Message: msg})
}

func (c *collector) err() error {
	if len(c.list) == 0 {
		return nil
	}
	return c.list
}
