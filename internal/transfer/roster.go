package transfer

import (
	"bufio"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"caecw/internal/event"
	"caecw/internal/formats"
)

// WriteProgrammeCSV writes the programme as one CSV per kind into dir, in
// the import format (docs/import.md): the files read back by
// `caecw import` give the same programme. Sessions are written as planned;
// what the day changed (State) is in the journal, not in a roster. Cells
// are written as they are, not neutralised against formulas, because a
// leading apostrophe would come back in on re-import; open them in a
// spreadsheet with care (the day-log CSV is neutralised).
func WriteProgrammeCSV(dir string, p event.Programme, force bool) ([]string, error) {
	loc := event.Event{}.Location()
	if p.Event != nil {
		loc = p.Event.Location()
	}
	rows := map[formats.Kind][][]string{}
	if p.Event != nil {
		e := p.Event
		rows[formats.KindEvent] = [][]string{{e.Name, e.City, e.TimeZone, string(e.FirstDay), string(e.LastDay), string(e.ArrivalsFrom), string(e.ArrivalsTo), e.NameZh}}
	}
	for _, v := range p.Venues {
		rows[formats.KindVenues] = append(rows[formats.KindVenues], []string{v.ID, v.Name, v.Site, strconv.Itoa(v.Capacity), v.NameZh, v.Note, v.SiteZh})
	}
	for _, d := range p.Delegations {
		rows[formats.KindDelegations] = append(rows[formats.KindDelegations], []string{d.ID, d.Name, d.Country, d.Head, d.Liaison, strconv.Itoa(d.Expected), d.NameZh, d.HeadZh})
	}
	for _, s := range p.Sessions {
		rows[formats.KindSessions] = append(rows[formats.KindSessions], []string{
			s.ID, string(s.Day), s.Start.In(loc).Format("15:04"), s.End.In(loc).Format("15:04"),
			s.Title, string(s.Kind), s.Venue, s.Host, strconv.Itoa(s.Expected), s.TitleZh, s.HostZh,
		})
	}
	for _, x := range p.People {
		rows[formats.KindPeople] = append(rows[formats.KindPeople], []string{x.ID, x.Badge, x.Name, x.NameLatin, x.Delegation, string(x.Role)})
	}
	for _, a := range p.Assignments {
		rows[formats.KindAssignments] = append(rows[formats.KindAssignments], []string{a.Session, a.Delegation, strconv.Itoa(a.Headcount)})
	}
	for _, t := range p.Travel {
		rows[formats.KindTravel] = append(rows[formats.KindTravel], []string{t.FromSite, t.ToSite, strconv.Itoa(t.Minutes)})
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var written []string
	for _, k := range formats.Kinds {
		if len(rows[k]) == 0 {
			continue
		}
		path := filepath.Join(dir, string(k)+".csv")
		err := WriteFile(path, force, func(w io.Writer) error {
			bw := bufio.NewWriter(w)
			bw.WriteString("\ufeff") // Excel reads UTF-8 only with a BOM
			cw := csv.NewWriter(bw)
			cw.UseCRLF = true
			cw.Write(formats.ColumnsOf[k].All())
			cw.WriteAll(rows[k])
			if err := cw.Error(); err != nil {
				return err
			}
			return bw.Flush()
		})
		if err != nil {
			return written, err
		}
		written = append(written, path)
	}
	return written, nil
}
