// Package formats reads programmes from files (CSV, JSON, XLSX) and writes
// the day log (CSV, JSON, Markdown, XLSX) and the day's sessions (iCalendar).
// It is pure Go: no database, no screen. The store calls Parse, Diff and
// Merge when importing and the day-log writers when a day is closed.
// docs/import.md describes the file formats and the export schema.
package formats
