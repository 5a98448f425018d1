// Package search is the people index for the check-in desk: a coordinator
// types part of a name in any script, with or without diacritics, an
// initials string, a badge code or a delegation filter, and gets the people
// it matches, best first, with the runes to highlight.
//
// Matching works on folded keys (see [Fold]) computed once when a person is
// added, so a keystroke costs a scan of one byte blob, not a fold per person.
package search
