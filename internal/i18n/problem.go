package i18n

import (
	"time"

	"caecw/internal/event"
)

// VenueName is the venue's name in the printer's language (event.Local
// picks the form), its id when it has no name at all.
func (p Printer) VenueName(v event.Venue) string {
	if n := v.NameIn(p.Lang() == ZH); n != "" {
		return n
	}
	return v.ID
}

// DelegationName is the delegation's name in the printer's language, its
// id when it has no name at all.
func (p Printer) DelegationName(d event.Delegation) string {
	if n := d.NameIn(p.Lang() == ZH); n != "" {
		return n
	}
	return d.ID
}

// SessionTitle is the session's title in the printer's language, its id
// when it has no title at all.
func (p Printer) SessionTitle(s event.Session) string {
	if t := s.TitleIn(p.Lang() == ZH); t != "" {
		return t
	}
	return s.ID
}

// Host is the session's host in the printer's language ("" when none).
func (p Printer) Host(s event.Session) string { return s.HostIn(p.Lang() == ZH) }

// Site is the venue's site in the printer's language ("" when none).
func (p Printer) Site(v event.Venue) string { return v.SiteIn(p.Lang() == ZH) }

// Head is the delegation head's name in the printer's language.
func (p Printer) Head(d event.Delegation) string { return d.HeadIn(p.Lang() == ZH) }

// EventName is the event's name in the printer's language.
func (p Printer) EventName(e event.Event) string { return e.NameIn(p.Lang() == ZH) }

// Problem is the whole sentence for a problem found by
// event.DetectProblems on plan pl, in the printer's language, with venue
// and delegation names in that language and times in loc (nil keeps the
// times' own location). It reads the names the problem's ids point to from
// pl, which must be the plan the problem was found on. A kind it does not
// know falls back to the rule's English Message.
func (p Printer) Problem(pr event.Problem, pl event.Plan, loc *time.Location) string {
	sessions := make([]*event.Session, len(pr.Sessions))
	for i, id := range pr.Sessions {
		for j := range pl.Sessions {
			if pl.Sessions[j].ID == id {
				sessions[i] = &pl.Sessions[j]
				break
			}
		}
		if sessions[i] == nil {
			sessions[i] = &event.Session{ID: id, Title: id}
		}
	}
	venue := func(id string) string {
		if v, ok := pl.Venues[id]; ok {
			return p.VenueName(v)
		}
		return id
	}
	delegation := ""
	if len(pr.Delegations) > 0 {
		id := pr.Delegations[0]
		delegation = id
		if d, ok := pl.Delegations[id]; ok {
			delegation = p.DelegationName(d)
		}
	}
	clock := func(t time.Time) string {
		if loc != nil {
			t = t.In(loc)
		}
		return p.Clock(t)
	}

	switch {
	case pr.Kind == event.ProblemVenueClash && len(sessions) == 2:
		return p.T(KeyProblemVenueClashMsg, "a", p.SessionTitle(*sessions[0]), "b", p.SessionTitle(*sessions[1]), "venue", venue(pr.Venue))
	case pr.Kind == event.ProblemDelegationClash && len(sessions) == 2:
		return p.T(KeyProblemDelegationClashMsg, "delegation", delegation, "a", p.SessionTitle(*sessions[0]), "b", p.SessionTitle(*sessions[1]))
	case pr.Kind == event.ProblemTooTight && len(sessions) == 2:
		return p.T(KeyProblemTooTightMsg, "delegation", delegation, "have", pr.Have, "need", pr.Need,
			"from", venue(sessions[0].EffectiveVenue()), "to", venue(sessions[1].EffectiveVenue()))
	case pr.Kind == event.ProblemOverCapacity && len(sessions) == 1:
		return p.T(KeyProblemOverCapacityMsg, "session", p.SessionTitle(*sessions[0]), "need", pr.Need, "venue", venue(pr.Venue), "have", pr.Have)
	case pr.Kind == event.ProblemOutOfService && len(sessions) == 1:
		o, ok := outageFor(pl.Outages, pr.Venue, *sessions[0])
		if !ok {
			break
		}
		var s string
		if o.To.IsZero() {
			s = p.T(KeyProblemOutOfServiceOpenMsg, "session", p.SessionTitle(*sessions[0]), "venue", venue(pr.Venue), "from", clock(o.From))
		} else {
			s = p.T(KeyProblemOutOfServiceMsg, "session", p.SessionTitle(*sessions[0]), "venue", venue(pr.Venue),
				"from", clock(o.From), "to", clock(o.To))
		}
		if o.Reason != "" {
			s = p.T(KeyProblemWithReason, "problem", s, "reason", o.Reason)
		}
		return s
	case pr.Kind == event.ProblemBadgeConflict && len(pr.People) == 2:
		if c, ok := pl.FindBadgeConflict(pr.People[0]); ok {
			return p.T(KeyProblemBadgeConflictMsg, "badge", c.Badge, "person", c.PersonName, "holder", c.HolderName)
		}
	}
	return pr.Message
}

// outageFor finds the outage the rule reported for session s in venue: the
// earliest window that meets the session's effective times.
func outageFor(outages []event.Outage, venue string, s event.Session) (event.Outage, bool) {
	start, end := s.EffectiveStart(), s.EffectiveEnd()
	var best event.Outage
	found := false
	for _, o := range outages {
		if o.Venue != venue || !o.From.Before(end) || (!o.To.IsZero() && !start.Before(o.To)) {
			continue
		}
		if !found || o.From.Before(best.From) {
			best, found = o, true
		}
	}
	return best, found
}
