package formats

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"caecw/internal/event"
	"caecw/internal/i18n"
)

// WriteICS writes the sessions of prog on day (all sessions when day is
// "") as an iCalendar file (RFC 5545), in p's language: one VEVENT per
// session with UID "<session id>@caecw", DTSTAMP (stamp, the export time),
// DTSTART and DTEND in UTC at the session's current times (after delays
// and moves), SUMMARY (the title in p's language where the programme has
// that form), LOCATION (the current venue's name, likewise), DESCRIPTION
// (the title's other form, the kind, the host, the note) and STATUS
// CONFIRMED or CANCELLED. The calendar's name is the event's, likewise.
// Lines end in CRLF and are folded at 75 octets without splitting a
// character.
func WriteICS(w io.Writer, p i18n.Printer, prog event.Programme, day event.Day, stamp time.Time) error {
	ev := event.Event{}
	if prog.Event != nil {
		ev = *prog.Event
	}
	venues := make(map[string]event.Venue, len(prog.Venues))
	for _, v := range prog.Venues {
		venues[v.ID] = v
	}
	zh := p.Lang() == i18n.ZH
	bw := bufio.NewWriter(w)
	line := func(name, value string) { writeFolded(bw, name+":"+value) }
	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", "-//caecw//day programme//EN")
	line("CALSCALE", "GREGORIAN")
	line("METHOD", "PUBLISH")
	cal := p.EventName(ev)
	if day != "" {
		cal += " " + string(day)
	}
	line("X-WR-CALNAME", icsText(strings.TrimSpace(cal)))
	line("X-WR-TIMEZONE", ev.Location().String())
	const utc = "20060102T150405Z"
	for _, s := range prog.Sessions {
		if day != "" && s.Day != day {
			continue
		}
		line("BEGIN", "VEVENT")
		line("UID", icsText(s.ID)+"@caecw")
		line("DTSTAMP", stamp.UTC().Format(utc))
		line("DTSTART", s.EffectiveStart().UTC().Format(utc))
		line("DTEND", s.EffectiveEnd().UTC().Format(utc))
		title := p.SessionTitle(s)
		line("SUMMARY", icsText(title))
		venue := s.EffectiveVenue()
		if v, ok := venues[venue]; ok {
			venue = p.VenueName(v)
		}
		line("LOCATION", icsText(venue))
		// The other form of the title first: a calendar shows SUMMARY
		// alone, and whoever reads the event opens it to find the rest.
		var desc []string
		if other := s.TitleIn(!zh); other != "" && other != title {
			desc = append(desc, other)
		}
		desc = append(desc, p.Kind(s.Kind))
		if host := p.Host(s); host != "" {
			desc = append(desc, host)
		}
		if s.State.Note != "" {
			desc = append(desc, s.State.Note)
		}
		line("DESCRIPTION", icsText(strings.Join(desc, "\n")))
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
