package formats

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"caecw/internal/event"
)

// WriteICS writes the sessions of day (all sessions when day is "") as an
// iCalendar file (RFC 5545): one VEVENT per session with UID
// "<session id>@caecw", DTSTAMP (stamp, the export time), DTSTART and
// DTEND in UTC at the session's current times (after delays and moves),
// SUMMARY, LOCATION (the current venue's name), DESCRIPTION (kind, host,
// note) and STATUS CONFIRMED or CANCELLED. Lines end in CRLF and are
// folded at 75 octets without splitting a character.
func WriteICS(w io.Writer, ev event.Event, day event.Day, sessions []event.Session, names Lookup, stamp time.Time) error {
	if names == nil {
		names = LookupFrom(event.Programme{})
	}
	bw := bufio.NewWriter(w)
	line := func(name, value string) { writeFolded(bw, name+":"+value) }
	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", "-//caecw//day programme//EN")
	line("CALSCALE", "GREGORIAN")
	line("METHOD", "PUBLISH")
	cal := ev.Name
	if day != "" {
		cal += " " + string(day)
	}
	line("X-WR-CALNAME", icsText(strings.TrimSpace(cal)))
	line("X-WR-TIMEZONE", ev.Location().String())
	const utc = "20060102T150405Z"
	for _, s := range sessions {
		if day != "" && s.Day != day {
			continue
		}
		line("BEGIN", "VEVENT")
		line("UID", icsText(s.ID)+"@caecw")
		line("DTSTAMP", stamp.UTC().Format(utc))
		line("DTSTART", s.EffectiveStart().UTC().Format(utc))
		line("DTEND", s.EffectiveEnd().UTC().Format(utc))
		line("SUMMARY", icsText(s.Title))
		venue := s.EffectiveVenue()
		line("LOCATION", icsText(nameOr(names.VenueName(venue), venue)))
		desc := string(s.Kind)
		if s.Host != "" {
			desc += "\n" + s.Host
		}
		if s.State.Note != "" {
			desc += "\n" + s.State.Note
		}
		line("DESCRIPTION", icsText(desc))
		if s.State.Cancelled {
			line("STATUS", "CANCELLED")
		} else {
			line("STATUS", "CONFIRMED")
		}
		line("END", "VEVENT")
	}
	line("END", "VCALENDAR")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ics: %w", err)
	}
	return nil
}

// icsText escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon,
// comma and line breaks.
var icsEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)

func icsText(s string) string { return icsEscaper.Replace(s) }

// writeFolded writes one content line, folded so that no line is longer
// than 75 octets (RFC 5545 3.1): a continuation starts with a space, which
// counts in its 75. A UTF-8 sequence is never split.
func writeFolded(w *bufio.Writer, s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		w.WriteString(s[:cut])
		w.WriteString("\r\n ")
		s = s[cut:]
		limit = 74
	}
	w.WriteString(s)
	w.WriteString("\r\n")
}
