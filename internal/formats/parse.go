package formats

import (
	"caecw/internal/i18n"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"caecw/internal/event"
)

// File is one file to import: its name (a path or a label; the extension
// chooses the format and appears in problems) and its content.
type File struct {
	Name string
	R    io.Reader
}

// Parse reads the files and checks them, alone and against existing (the
// programme already in the data file), so that references resolve across
// the new files and the existing data. It returns the imported records
// only (not merged); on any problem it returns Problems and an empty
// programme. Formats by extension: .csv, .json, .xlsx.
func Parse(existing event.Programme, files ...File) (event.Programme, error) {
	c := &collector{}
	var tables []table
	for _, f := range files {
		data, err := io.ReadAll(io.LimitReader(f.R, MaxFileBytes+1))
		if err != nil {
			key, name, value := readProblem(err)
			c.add(f.Name, 0, "", key, name, value)
			continue
		}
		if len(data) > MaxFileBytes {
			c.add(f.Name, 0, "", i18n.KeyImpTooLarge, "n", MaxFileBytes>>20)
			continue
		}
		switch strings.ToLower(filepath.Ext(f.Name)) {
		case ".csv":
			tables = append(tables, readCSV(c, f.Name, data)...)
		case ".json":
			tables = append(tables, readJSON(c, f.Name, data)...)
		case ".xlsx":
			tables = append(tables, readXLSX(c, f.Name, data)...)
		default:
			c.add(f.Name, 0, "", i18n.KeyImpUnknownType)
		}
		if c.full {
			return event.Programme{}, c.err()
		}
	}
	b := newBuilder(c, existing)
	for _, k := range Kinds {
		for _, t := range tables {
			if t.kind == k {
				b.table(t)
			}
		}
	}
	b.crossCheck()
	b.checkRosterSize(tables)
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = f.Name
	}
	sortProblems(c.list[:min(len(c.list), MaxProblems)], names)
	if err := c.err(); err != nil {
		return event.Programme{}, err
	}
	return b.out, nil
}

// at is where a record came from, for problems found after reading.
type at struct {
	file string
	line int
}

func (a at) String() string { return fmt.Sprintf("%s:%d", a.file, a.line) }

// builder turns records into the programme, checking values as it goes.
type builder struct {
	c        *collector
	existing event.Programme
	out      event.Programme

	eventAt   at
	venueAt   map[string]at
	delAt     map[string]at
	sessionAt map[string]at
	personAt  map[string]at
	assignAt  map[[2]string]at
	travelAt  map[[2]string]at
	// refs and badges are checked once every record is read, for rows
	// with other problems too, so one pass shows everything.
	refs   []ref
	badges []badgeUse
}

// refTo is what a reference points at.
type refTo int

const (
	toVenue refTo = iota
	toDelegation
	toSession
	toSite
)

type ref struct {
	at    at
	field string
	to    refTo
	id    string
}

type badgeUse struct {
	at     at
	person string
	badge  string
}

func (r *row) ref(field string, to refTo, id string) {
	if id != "" {
		r.b.refs = append(r.b.refs, ref{at{r.file, r.rec.line}, field, to, id})
	}
}

func newBuilder(c *collector, existing event.Programme) *builder {
	return &builder{
		c: c, existing: existing,
		venueAt: map[string]at{}, delAt: map[string]at{}, sessionAt: map[string]at{},
		personAt: map[string]at{}, assignAt: map[[2]string]at{}, travelAt: map[[2]string]at{},
	}
}

// row is one record being converted, with helpers that report problems
// against its place.
type row struct {
	b    *builder
	file string
	rec  record
	ok   bool
}

func (r *row) bad(field string, key i18n.Key, args ...any) {
	r.b.c.add(r.file, r.rec.line, field, key, args...)
	r.ok = false
}

func (r *row) text(field string) string { return r.rec.values[field] }

// name is a person-readable text, stored in NFC so that search and
// comparison see one form.
func (r *row) name(field string) string { return nfc(r.rec.values[field]) }

func (r *row) required(field string) string {
	v := r.rec.values[field]
	if v == "" {
		r.bad(field, i18n.KeyImpRequired)
	}
	return v
}

func (r *row) number(field string, allowEmpty bool) int {
	v := r.rec.values[field]
	if v == "" {
		if !allowEmpty {
			r.bad(field, i18n.KeyImpRequired)
		}
		return 0
	}
	n := 0
	for _, ch := range v {
		if ch < '0' || ch > '9' || n > 1e8 {
			r.bad(field, i18n.KeyImpBadNumber, "value", v)
			return 0
		}
		n = n*10 + int(ch-'0')
	}
	if limit := maxNumber(field); n > limit {
		r.bad(field, i18n.KeyImpTooBig, "n", n, "max", limit)
		return 0
	}
	return n
}

func (r *row) day(field string) event.Day {
	v := r.required(field)
	if v == "" {
		return ""
	}
	d, err := event.ParseDay(v)
	if err != nil {
		r.bad(field, i18n.KeyImpBadDay, "value", v)
	}
	return d
}

// optionalDay is a YYYY-MM-DD day in an optional column, "" when empty.
func (r *row) optionalDay(field string) event.Day {
	v := strings.TrimSpace(r.text(field))
	if v == "" {
		return ""
	}
	d, err := event.ParseDay(v)
	if err != nil {
		r.bad(field, i18n.KeyImpBadDay, "value", v)
	}
	return d
}

func (b *builder) table(t table) {
	for _, rec := range t.records {
		r := &row{b: b, file: t.file, rec: rec, ok: true}
		if r.checkLengths(); !r.ok {
			if b.c.full {
				return
			}
			continue
		}
		switch t.kind {
		case KindEvent:
			b.event(r)
		case KindVenues:
			b.venue(r)
		case KindDelegations:
			b.delegation(r)
		case KindSessions:
			b.session(r)
		case KindPeople:
			b.person(r)
		case KindAssignments:
			b.assignment(r)
		case KindTravel:
			b.travel(r)
		}
		if b.c.full {
			return
		}
	}
}

// unique records the first place of a key and reports later ones.
func unique[K comparable](r *row, seen map[K]at, key K, field string, what i18n.Key) bool {
	if first, dup := seen[key]; dup {
		r.bad(field, i18n.KeyImpDuplicate, "what", i18n.Say(what), "first", first)
		return false
	}
	seen[key] = at{r.file, r.rec.line}
	return true
}

func (b *builder) event(r *row) {
	e := event.Event{Name: r.name("name"), NameZh: r.name("name_zh"), City: r.name("city"), TimeZone: r.text("timezone")}
	r.required("name")
	if e.TimeZone == "" {
		e.TimeZone = event.DefaultTimeZone
	} else if _, err := loadLocation(e.TimeZone); err != nil {
		r.bad("timezone", i18n.KeyImpUnknownZone, "value", e.TimeZone)
	}
	e.FirstDay = r.day("first_day")
	e.LastDay = r.day("last_day")
	if e.FirstDay != "" && e.LastDay != "" && e.LastDay.Before(e.FirstDay) {
		r.bad("last_day", i18n.KeyImpLastBeforeFirst, "last", e.LastDay, "first", e.FirstDay)
	}
	e.ArrivalsFrom = r.optionalDay("arrivals_from")
	e.ArrivalsTo = r.optionalDay("arrivals_to")
	if e.ArrivalsFrom != "" && e.FirstDay != "" && e.ArrivalsFrom.After(e.FirstDay) {
		r.bad("arrivals_from", i18n.KeyImpArrivalsFrom, "from", e.ArrivalsFrom, "first", e.FirstDay)
	}
	if e.ArrivalsTo != "" && e.LastDay != "" && e.ArrivalsTo.Before(e.LastDay) {
		r.bad("arrivals_to", i18n.KeyImpArrivalsTo, "to", e.ArrivalsTo, "last", e.LastDay)
	}
	if b.out.Event != nil || b.eventAt.file != "" {
		r.bad("", i18n.KeyImpTwoEvents, "first", b.eventAt)
		return
	}
	b.eventAt = at{r.file, r.rec.line}
	if r.ok {
		b.out.Event = &e
	}
}

func (b *builder) venue(r *row) {
	v := event.Venue{
		ID: r.required("id"), Name: r.name("name"), NameZh: r.name("name_zh"),
		Site: r.text("site"), SiteZh: r.name("site_zh"), Capacity: r.number("capacity", false), Note: r.name("note"),
	}
	r.required("name")
	r.required("site")
	if v.ID != "" && !unique(r, b.venueAt, v.ID, "id", i18n.KeyImpWhatVenue) {
		return
	}
	if r.ok {
		b.out.Venues = append(b.out.Venues, v)
	}
}

func (b *builder) delegation(r *row) {
	d := event.Delegation{
		ID: r.required("id"), Name: r.name("name"), NameZh: r.name("name_zh"), Country: r.name("country"),
		Head: r.name("head"), HeadZh: r.name("head_zh"), Liaison: r.name("liaison"), Expected: r.number("expected", false),
	}
	r.required("name")
	if d.ID != "" && !unique(r, b.delAt, d.ID, "id", i18n.KeyImpWhatDelegation) {
		return
	}
	if r.ok {
		b.out.Delegations = append(b.out.Delegations, d)
	}
}

// theEvent is the imported event when there is one, else the existing
// one; nil when neither.
func (b *builder) theEvent() *event.Event {
	if b.out.Event != nil {
		return b.out.Event
	}
	return b.existing.Event
}

func (b *builder) session(r *row) {
	s := event.Session{
		ID: r.required("id"), Day: r.day("day"), Title: r.name("title"), TitleZh: r.name("title_zh"), Venue: r.required("venue"),
		Host: r.name("host"), HostZh: r.name("host_zh"), Expected: r.number("expected", true),
	}
	r.required("title")
	if k, err := event.ParseKind(r.text("kind")); err != nil {
		r.bad("kind", i18n.KeyImpBadKind, "value", r.text("kind"), "want", joinCodes(event.Kinds))
	} else {
		s.Kind = k
	}
	ev := b.theEvent()
	loc := event.Event{}.Location()
	if ev != nil {
		loc = ev.Location()
		if s.Day != "" && ev.FirstDay != "" && !ev.Contains(s.Day) {
			r.bad("day", i18n.KeyImpOutsideDays, "day", s.Day, "first", ev.FirstDay, "last", ev.LastDay)
		}
	}
	if s.Day != "" {
		var err error
		if v := r.required("start"); v != "" {
			if s.Start, err = event.ParseClock(s.Day, v, loc); err != nil {
				r.bad("start", i18n.KeyImpBadTime, "value", v)
			}
		}
		if v := r.required("end"); v != "" {
			if s.End, err = event.ParseClock(s.Day, v, loc); err != nil {
				r.bad("end", i18n.KeyImpBadTime, "value", v)
			}
		}
		if !s.Start.IsZero() && !s.End.IsZero() && !s.End.After(s.Start) {
			r.bad("end", i18n.KeyImpEndNotAfter, "end", r.text("end"), "start", r.text("start"))
		}
	}
	r.ref("venue", toVenue, s.Venue)
	if s.ID != "" && !unique(r, b.sessionAt, s.ID, "id", i18n.KeyImpWhatSession) {
		return
	}
	if r.ok {
		b.out.Sessions = append(b.out.Sessions, s)
	}
}

func (b *builder) person(r *row) {
	p := event.Person{
		ID: r.required("id"), Badge: r.required("badge"), Name: r.name("name"),
		NameLatin: r.name("name_latin"), Delegation: r.required("delegation"),
	}
	r.required("name")
	if role, err := event.ParseRole(r.text("role")); err != nil {
		r.bad("role", i18n.KeyImpBadRole, "value", r.text("role"), "want", joinCodes(event.Roles))
	} else {
		p.Role = role
	}
	r.ref("delegation", toDelegation, p.Delegation)
	if p.ID != "" && !unique(r, b.personAt, p.ID, "id", i18n.KeyImpWhatPerson) {
		return
	}
	if p.Badge != "" {
		b.badges = append(b.badges, badgeUse{at{r.file, r.rec.line}, p.ID, p.Badge})
	}
	if r.ok {
		b.out.People = append(b.out.People, p)
	}
}

func (b *builder) assignment(r *row) {
	a := event.Assignment{Session: r.required("session"), Delegation: r.required("delegation"), Headcount: r.number("headcount", true)}
	r.ref("session", toSession, a.Session)
	r.ref("delegation", toDelegation, a.Delegation)
	if a.Session != "" && a.Delegation != "" && !unique(r, b.assignAt, [2]string{a.Session, a.Delegation}, "delegation", i18n.KeyImpWhatAssignment) {
		return
	}
	if r.ok {
		b.out.Assignments = append(b.out.Assignments, a)
	}
}

func (b *builder) travel(r *row) {
	t := event.Travel{FromSite: r.required("from_site"), ToSite: r.required("to_site"), Minutes: r.number("minutes", false)}
	r.ref("from_site", toSite, t.FromSite)
	r.ref("to_site", toSite, t.ToSite)
	if t.FromSite != "" && t.ToSite != "" && !unique(r, b.travelAt, [2]string{t.FromSite, t.ToSite}, "to_site", i18n.KeyImpWhatTravel) {
		return
	}
	if r.ok {
		b.out.Travel = append(b.out.Travel, t)
	}
}

// crossCheck resolves references against the imported records and the
// existing data together, and checks badge codes across both.
func (b *builder) crossCheck() {
	venues, sites := map[string]bool{}, map[string]bool{}
	for _, list := range [][]event.Venue{b.existing.Venues, b.out.Venues} {
		for _, v := range list {
			venues[v.ID] = true
			sites[v.Site] = true
		}
	}
	dels := map[string]bool{}
	for _, list := range [][]event.Delegation{b.existing.Delegations, b.out.Delegations} {
		for _, d := range list {
			dels[d.ID] = true
		}
	}
	sessions := map[string]bool{}
	for _, list := range [][]event.Session{b.existing.Sessions, b.out.Sessions} {
		for _, s := range list {
			sessions[s.ID] = true
		}
	}
	known := map[refTo]map[string]bool{toVenue: venues, toDelegation: dels, toSession: sessions, toSite: sites}
	for _, r := range b.refs {
		if known[r.to][r.id] {
			continue
		}
		switch r.to {
		case toVenue:
			b.c.add(r.at.file, r.at.line, r.field, i18n.KeyImpUnknownVenue, "id", r.id)
		case toDelegation:
			b.c.add(r.at.file, r.at.line, r.field, i18n.KeyImpUnknownDeleg, "id", r.id)
		case toSession:
			b.c.add(r.at.file, r.at.line, r.field, i18n.KeyImpUnknownSession, "id", r.id)
		case toSite:
			b.c.add(r.at.file, r.at.line, r.field, i18n.KeyImpUnknownSite, "id", r.id)
		}
	}
	b.checkBadges()
}

// checkBadges reports badge codes used twice: in
// the import, or by an existing person with another id whom the import
// does not give a new badge.
func (b *builder) checkBadges() {
	imported := make(map[string]bool, len(b.badges))
	for _, u := range b.badges {
		imported[u.person] = true
	}
	owner := make(map[string]string, len(b.existing.People))
	for _, p := range b.existing.People {
		if !imported[p.ID] {
			owner[p.Badge] = p.ID
		}
	}
	seen := make(map[string]at, len(b.badges))
	for _, u := range b.badges {
		if first, dup := seen[u.badge]; dup {
			b.c.add(u.at.file, u.at.line, "badge", i18n.KeyImpDuplicateBadge, "badge", u.badge, "first", first)
			continue
		}
		seen[u.badge] = u.at
		if other, taken := owner[u.badge]; taken {
			b.c.add(u.at.file, u.at.line, "badge", i18n.KeyImpBadgeTaken, "badge", u.badge, "person", other)
		}
	}
}

// sortProblems keeps file order as given and lines in order within a
// file, so that problems found in the cross-check sit with the others.
func sortProblems(ps Problems, files []string) {
	rank := func(f string) int {
		for i, n := range files {
			if f == n || strings.HasPrefix(f, n+"[") {
				return i
			}
		}
		return len(files)
	}
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if ra, rb := rank(a.File), rank(b.File); ra != rb {
			return ra - rb
		}
		return a.Line - b.Line
	})
}
