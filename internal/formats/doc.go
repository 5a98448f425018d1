// Package formats reads programmes (CSV, JSON, XLSX) and writes the day
// log (CSV, JSON, Markdown, XLSX) and the day's sessions (iCalendar), over
// io.Reader and io.Writer: no database, no screen. internal/transfer
// calls Parse, Diff and Merge when importing and the day-log writers when
// a day is exported or closed. The one part that touches the file system
// is WriteTemplates (templates.go), which writes the blank import
// templates into a folder. docs/import.md describes the file formats and
// the export schema.
package formats
