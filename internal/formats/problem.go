package formats

import (
	"errors"
	"io/fs"
	"strconv"
	"strings"
	"unicode"

	"caecw/internal/i18n"
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
	Field string `json:"field,omitempty"`
	// Message is the message in English; Key and Args word it in another
	// language (Text).
	Message string   `json:"message"`
	Key     i18n.Key `json:"-"`
	Args    []any    `json:"-"`
}

// String formats the problem as file:line: field: message, in English.
func (p Problem) String() string { return p.Text(i18n.Printer{}) }

// Text is the problem in pr's language: file:line: field: message, where
// the file, line and field stay as written in the file and the message is
// worded by the catalogue.
func (p Problem) Text(pr i18n.Printer) string {
	msg := p.Message
	if p.Key != "" {
		msg = pr.T(p.Key, p.Args...)
	}
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
	b.WriteString(msg)
	return b.String()
}

// Problems is the error Parse returns: every problem found, in file order,
// at most MaxProblems of them plus a last one saying that more were left
// out.
type Problems []Problem

// Error gives one problem per line, in English.
func (ps Problems) Error() string { return ps.Text(i18n.Printer{}) }

// Text gives one problem per line in pr's language.
func (ps Problems) Text(pr i18n.Printer) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Text(pr)
	}
	return strings.Join(lines, "\n")
}

// collector gathers problems up to the limit.
type collector struct {
	list Problems
	full bool
}

// add records a problem worded by key with args (name/value pairs, as
// i18n.Printer.T takes them).
func (c *collector) add(file string, line int, field string, key i18n.Key, args ...any) {
	if c.full {
		return
	}
	if len(c.list) == MaxProblems {
		c.list = append(c.list, newProblem(file, line, "", i18n.KeyImpTooManyProblems, "n", MaxProblems))
		c.full = true
		return
	}
	// A column name from a quoted header cell may hold a line break; keep
	// one problem to one line.
	if strings.ContainsFunc(field, unicode.IsControl) {
		field = strconv.Quote(field)
	}
	c.list = append(c.list, newProblem(file, line, field, key, args...))
}

func newProblem(file string, line int, field string, key i18n.Key, args ...any) Problem {
	// A value from the file may hold a line break; keep one problem to
	// one line, as the field above.
	for i := 1; i < len(args); i += 2 {
		if v, ok := args[i].(string); ok && strings.ContainsFunc(v, unicode.IsControl) {
			q := strconv.Quote(v)
			args[i] = q[1 : len(q)-1]
		}
	}
	return Problem{File: file, Line: line, Field: field, Message: i18n.New(i18n.EN).T(key, args...), Key: key, Args: args}
}

func (c *collector) err() error {
	if len(c.list) == 0 {
		return nil
	}
	return c.list
}

// readProblem words why a file could not be read: the common causes in
// the catalogue, anything else as the system says it.
func readProblem(err error) (i18n.Key, string, any) {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return i18n.KeyImpNoSuchFile, "err", err
	case errors.Is(err, fs.ErrPermission):
		return i18n.KeyImpNoPermission, "err", err
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err // the file is named at the start of the line already
	}
	return i18n.KeyImpCannotRead, "err", err
}

// OpenProblem is the problem of a file that could not be opened.
func OpenProblem(file string, err error) Problem {
	key, name, value := readProblem(err)
	return newProblem(file, 0, "", key, name, value)
}

// FolderProblem is the problem of a path that names a folder.
func FolderProblem(file string) Problem { return newProblem(file, 0, "", i18n.KeyImpIsFolder) }

// joinCodes lists the codes a column takes, as they are written in a file
// whatever the language.
func joinCodes[T ~string](codes []T) string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = string(c)
	}
	return strings.Join(out, ", ")
}
