package i18n

import (
	"time"

	"caecw/internal/event"
)

var attentionKindKeys = map[event.AttentionKind]Key{
	event.AttentionNotArrived:   KeyAttentionKindNotArrived,
	event.AttentionKnockOn:      KeyAttentionKindKnockOn,
	event.AttentionOutOfService: KeyAttentionKindOutOfService,
	event.AttentionClash:        KeyAttentionKindClash,
	event.AttentionTooTight:     KeyAttentionKindTooTight,
	event.AttentionOverCapacity: KeyAttentionKindOverCapacity,
	event.AttentionNotStarted:   KeyAttentionKindNotStarted,
}

// AttentionKind is the short name of a kind of attention item; an
// unknown kind prints as its JSON word.
func (p Printer) AttentionKind(k event.AttentionKind) string {
	return nameOr(p, attentionKindKeys, k)
}

// Severity is the word for how bad an item is.
func (p Printer) Severity(s event.Severity) string {
	if s == event.SeverityCritical {
		return p.T(KeyAttentionCritical)
	}
	return p.T(KeyAttentionWarning)
}

// AttentionWhen is when an item bites: the clock time in loc and "in N
// min", "now" or "N min late".
func (p Printer) AttentionWhen(it event.AttentionItem, loc *time.Location) string {
	at := it.At
	if loc != nil {
		at = at.In(loc)
	}
	rel := p.T(KeyAttentionNow)
	switch {
	case it.InMin > 0:
		rel = p.N(KeyAttentionIn, it.InMin)
	case it.InMin < 0:
		rel = p.N(KeyAttentionLate, -it.InMin)
	}
	return p.Clock(at) + " " + rel
}

// AttentionFix is the one action that fixes an item, in words.
func (p Printer) AttentionFix(it event.AttentionItem) string {
	switch it.Action {
	case event.ActionOpenDelegation:
		return p.T(KeyAttentionFixOpenDelegation)
	case event.ActionDelaySession:
		return p.N(KeyAttentionFixDelay, it.DelayMin)
	case event.ActionMoveSession:
		return p.T(KeyAttentionFixMove)
	case event.ActionReassign:
		return p.T(KeyAttentionFixReassign)
	case event.ActionMarkStarted:
		return p.T(KeyAttentionFixMarkStarted)
	}
	return string(it.Action)
}

// AttentionShortfall is one delegation short of people: its name,
// arrived of assigned, and the liaison to call.
func (p Printer) AttentionShortfall(s event.Shortfall, pl event.Plan) string {
	name := s.Delegation
	if d, ok := pl.Delegations[s.Delegation]; ok {
		name = p.DelegationName(d)
	}
	if s.Liaison == "" {
		return p.T(KeyAttentionShortfallNoLiai, "delegation", name, "arrived", s.Arrived, "assigned", s.Assigned)
	}
	return p.T(KeyAttentionShortfall, "delegation", name, "arrived", s.Arrived, "assigned", s.Assigned, "liaison", s.Liaison)
}

// Attention is what an item is about, as a sentence with the names of
// sessions, venues and delegations read from pl, the plan the item was
// found on. A kind it does not know falls back to the rule's English
// Message.
func (p Printer) Attention(it event.AttentionItem, pl event.Plan) string {
	title := func(i int) string {
		if i >= len(it.Sessions) {
			return ""
		}
		for j := range pl.Sessions {
			if pl.Sessions[j].ID == it.Sessions[i] {
				return p.SessionTitle(pl.Sessions[j])
			}
		}
		return it.Sessions[i]
	}
	venueOf := func(i int) string {
		if i < len(it.Sessions) {
			for j := range pl.Sessions {
				if pl.Sessions[j].ID == it.Sessions[i] {
					return pl.Sessions[j].EffectiveVenue()
				}
			}
		}
		return it.Venue
	}
	venue := func(id string) string {
		if v, ok := pl.Venues[id]; ok {
			return p.VenueName(v)
		}
		return id
	}
	delegation := ""
	if len(it.Delegations) > 0 {
		delegation = it.Delegations[0]
		if d, ok := pl.Delegations[delegation]; ok {
			delegation = p.DelegationName(d)
		}
	}
	switch {
	case it.Kind == event.AttentionNotArrived:
		return p.T(KeyAttentionMsgNotArrived, "session", title(0), "have", it.Have, "need", it.Need)
	case it.Kind == event.AttentionNotStarted:
		return p.T(KeyAttentionMsgNotStarted, "session", title(0))
	case it.Kind == event.AttentionOutOfService:
		return p.T(KeyAttentionMsgOutOfService, "session", title(0), "venue", venue(it.Venue))
	case it.Kind == event.AttentionOverCapacity:
		return p.T(KeyAttentionMsgOverCapacity, "session", title(0), "need", it.Need, "venue", venue(it.Venue), "have", it.Have)
	case len(it.Sessions) == 2 && it.Need > 0:
		// A way between sites too short, as planned or after a change.
		return p.T(KeyAttentionMsgTooTight, "a", title(0), "b", title(1), "have", it.Have, "need", it.Need,
			"from", venue(venueOf(0)), "to", venue(venueOf(1)))
	case len(it.Sessions) == 2 && it.Venue != "":
		return p.T(KeyAttentionMsgRunsInto, "a", title(0), "b", title(1), "venue", venue(it.Venue))
	case len(it.Sessions) == 2:
		return p.T(KeyAttentionMsgBothAtOnce, "delegation", delegation, "a", title(0), "b", title(1))
	}
	return it.Message
}
