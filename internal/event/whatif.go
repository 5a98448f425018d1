package event

import "strings"

// Introduced lists the problems of after that were not in before: what a
// proposed change would break. Problems are the same when they are of the
// same kind about the same sessions, delegations and venue.
func Introduced(before, after []Problem) []Problem {
	seen := make(map[string]bool, len(before))
	for _, p := range before {
		seen[p.key()] = true
	}
	var out []Problem
	for _, p := range after {
		if !seen[p.key()] {
			out = append(out, p)
		}
	}
	return out
}

func (p Problem) key() string {
	return string(p.Kind) + "|" + strings.Join(p.Sessions, ",") + "|" + strings.Join(p.Delegations, ",") + "|" + p.Venue + "|" + strings.Join(p.People, ",")
}

// WithSession is a copy of the plan in which session s replaces the
// session of the same id (or is added), for judging a change before it is
// made. The original plan is not touched.
func (p Plan) WithSession(s Session) Plan {
	out := p
	out.Sessions = make([]Session, 0, len(p.Sessions)+1)
	found := false
	for _, x := range p.Sessions {
		if x.ID == s.ID {
			x, found = s, true
		}
		out.Sessions = append(out.Sessions, x)
	}
	if !found {
		out.Sessions = append(out.Sessions, s)
	}
	return out
}

// WithAssignments is a copy of the plan with the assignments in remove
// taken out and those in put put in (replacing any of the same session
// and delegation).
func (p Plan) WithAssignments(remove, put []Assignment) Plan {
	out := p
	drop := map[[2]string]bool{}
	for _, a := range remove {
		drop[[2]string{a.Session, a.Delegation}] = true
	}
	for _, a := range put {
		drop[[2]string{a.Session, a.Delegation}] = true
	}
	out.Assignments = make([]Assignment, 0, len(p.Assignments)+len(put))
	for _, a := range p.Assignments {
		if !drop[[2]string{a.Session, a.Delegation}] {
			out.Assignments = append(out.Assignments, a)
		}
	}
	out.Assignments = append(out.Assignments, put...)
	return out
}

// WithOutage is a copy of the plan with one more outage.
func (p Plan) WithOutage(o Outage) Plan {
	out := p
	out.Outages = append(append([]Outage(nil), p.Outages...), o)
	return out
}
