// Package journal defines the append-only record of every change caecw
// makes: entries, their globally unique time-sortable ids, and the payload
// of each kind of change. The store writes an entry and the state it
// changes in one transaction; desks exchange entries to stay in step; the
// day log exported at close is the journal read for one day.
package journal
