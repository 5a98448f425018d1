package event

// BadgeConflict is a person registered with a badge code another person
// holds: two walk-ins registered with one badge at two desks that could
// not see each other, for example. Both people are kept; the holder keeps
// the badge (by a rule every desk applies alike: the earlier entry); the
// other can be found by name and needs a new badge from a coordinator.
type BadgeConflict struct {
	Badge      string `json:"badge"`
	Person     string `json:"person"`
	PersonName string `json:"person_name"`
	Holder     string `json:"holder"`
	HolderName string `json:"holder_name"`
}

// badgeConflictProblems turns the plan's badge conflicts into problems,
// in the plan's order.
func badgeConflictProblems(p Plan, out []Problem) []Problem {
	for _, c := range p.BadgeConflicts {
		out = append(out, Problem{
			Kind:    ProblemBadgeConflict,
			Message: "badge " + c.Badge + " is held by " + c.HolderName + " (" + c.Holder + "); " + c.PersonName + " (" + c.Person + ") registered with it too and needs a new badge",
			People:  []string{c.Person, c.Holder},
		})
	}
	return out
}

// FindBadgeConflict is the conflict of person among the plan's, if any.
func (p Plan) FindBadgeConflict(person string) (BadgeConflict, bool) {
	for _, c := range p.BadgeConflicts {
		if c.Person == person {
			return c, true
		}
	}
	return BadgeConflict{}, false
}
