// Package event holds the programme of an education-cooperation week and the
// rules that judge it: a session's live status at an instant, venue and
// delegation clashes, capacity, travel time between sites and arrivals
// against expected numbers.
//
// It is plain Go: it knows no files, no database, no screen and no clock of
// its own. Every rule that depends on time takes the instant as an argument.
package event
