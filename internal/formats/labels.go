package formats

import "caecw/internal/i18n"

// Labels are the words of the day-log exports: CSV and XLSX column
// headers, Markdown headings and table headers. They are a struct so that
// a translation (Chinese first) can be passed in whole; JSON keys never
// change with them.
type Labels struct {
	// Log columns.
	Instant, Desk, Operator, Action, Subject, Details, UndoneBy string
	// EntryID heads the entry's journal id, which undone_by refers to.
	EntryID string
	// Report headings.
	Title, Summary, Log, Arrivals, Sessions, OpenProblems string
	// Arrivals table.
	Delegation, Expected, Arrived, Missing string
	// Session counts and the rest of the summary.
	Held, Delayed, Moved, Cancelled, AssignmentChanges, Count string
	// Problem table.
	Problem, Message string
	// None is shown for an empty list; UndoneAt prefixes the time of the
	// undo in the Markdown log.
	None, UndoneAt string
	// P words the actions, the entries' details and the problem kinds in
	// the labels' language (the zero Printer: English). JSON keeps the
	// action's code.
	P i18n.Printer
}

// EnglishLabels are the default labels.
func EnglishLabels() Labels {
	return Labels{
		Instant: "instant", Desk: "desk", Operator: "operator", Action: "action", Subject: "subject",
		Details: "details", UndoneBy: "undone_by", EntryID: "entry_id",
		Title: "Day log", Summary: "Summary", Log: "Log", Arrivals: "Arrivals", Sessions: "Sessions",
		OpenProblems: "Open problems at close",
		Delegation:   "Delegation", Expected: "Expected", Arrived: "Arrived", Missing: "Missing",
		Held: "Held", Delayed: "Delayed", Moved: "Moved", Cancelled: "Cancelled",
		AssignmentChanges: "Assignment changes", Count: "Count",
		Problem: "Problem", Message: "Message",
		None: "none", UndoneAt: "undone at",
	}
}

func (l *Labels) logHeader() []string {
	return []string{l.Instant, l.Desk, l.Operator, l.Action, l.Subject, l.Details, l.UndoneBy, l.EntryID}
}
