package transfer

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"caecw/internal/event"
	"caecw/internal/formats"
)

// DayLogFormats are the day-log formats, in the order close-day writes
// them.
var DayLogFormats = []string{"csv", "json", "md", "xlsx"}

// ParseFormat checks a --format value against allowed.
func ParseFormat(s string, allowed []string) (string, error) {
	f := strings.ToLower(strings.TrimSpace(s))
	if f == "markdown" {
		f = "md"
	}
	if !slices.Contains(allowed, f) {
		return "", fmt.Errorf("unknown format %q: want one of %s", s, strings.Join(allowed, ", "))
	}
	return f, nil
}

// DayLogName is the default file name of a day's log in format.
func DayLogName(day event.Day, format string) string {
	return "caecw-daylog-" + string(day) + "." + format
}

// WriteDayLog writes d in format (csv, json, md, xlsx) and reports a
// failure to read the log part way as an error too.
func WriteDayLog(w io.Writer, d *DayLog, format string) error {
	var err error
	switch format {
	case "csv":
		err = formats.WriteDayLogCSV(w, d.DayLog, formats.CSVOptions{})
	case "json":
		err = formats.WriteDayLogJSON(w, d.DayLog)
	case "md":
		err = formats.WriteDayLogMarkdown(w, d.DayLog)
	case "xlsx":
		err = formats.WriteDayLogXLSX(w, d.DayLog)
	default:
		err = fmt.Errorf("unknown day-log format %q", format)
	}
	if err == nil && d.err != nil {
		err = fmt.Errorf("read the log of %s: %w", d.Day, d.err)
	}
	d.err = nil
	return err
}
