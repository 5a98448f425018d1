package i18n

import (
	"caecw/internal/event"
	"caecw/internal/journal"
)

var phaseKeys = map[event.Phase]Key{
	event.PhaseUpcoming:    KeyStatusUpcoming,
	event.PhaseNext:        KeyStatusNext,
	event.PhaseNow:         KeyStatusNow,
	event.PhaseOverrunning: KeyStatusOverrunning,
	event.PhaseDone:        KeyStatusDone,
	event.PhaseCancelled:   KeyStatusCancelled,
}

// Status is a session's live status as a coordinator reads it: "now",
// "delayed +15 min", "next · moved" / "进行中", "推迟15分钟", "下一场 · 已换场地".
// A cancelled session says only that it is cancelled.
func (p Printer) Status(st event.Status) string {
	var s string
	if st.Phase == event.PhaseDelayed {
		s = p.T(KeyStatusDelayed, "min", st.DelayMin)
	} else if k, ok := phaseKeys[st.Phase]; ok {
		s = p.T(k)
	} else {
		s = string(st.Phase)
	}
	if st.Late() {
		s = p.T(KeyStatusLate, "status", s, "min", st.DelayMin)
	}
	if st.Moved && st.Phase != event.PhaseCancelled {
		return p.T(KeyStatusWithMoved, "status", s)
	}
	return s
}

var kindKeys = map[event.Kind]Key{
	event.KindCeremony: KeyKindCeremony,
	event.KindForum:    KeyKindForum,
	event.KindWorkshop: KeyKindWorkshop,
	event.KindSigning:  KeyKindSigning,
	event.KindVisit:    KeyKindVisit,
	event.KindCultural: KeyKindCultural,
	event.KindMeal:     KeyKindMeal,
	event.KindTransfer: KeyKindTransfer,
}

// Kind is the name of a session kind; an unknown kind prints as stored.
func (p Printer) Kind(k event.Kind) string {
	return nameOr(p, kindKeys, k)
}

var roleKeys = map[event.Role]Key{
	event.RoleHead:     KeyRoleHead,
	event.RoleDelegate: KeyRoleDelegate,
	event.RoleStudent:  KeyRoleStudent,
	event.RoleStaff:    KeyRoleStaff,
	event.RoleGuest:    KeyRoleGuest,
}

// Role is the name of a person's role; an unknown role prints as stored.
func (p Printer) Role(r event.Role) string {
	return nameOr(p, roleKeys, r)
}

var problemKeys = map[event.ProblemKind]Key{
	event.ProblemVenueClash:      KeyProblemVenueClash,
	event.ProblemDelegationClash: KeyProblemDelegationClash,
	event.ProblemOverCapacity:    KeyProblemOverCapacity,
	event.ProblemTooTight:        KeyProblemTooTight,
	event.ProblemOutOfService:    KeyProblemOutOfService,
	event.ProblemBadgeConflict:   KeyProblemBadgeConflict,
}

// ProblemKind is the short name of a kind of problem, for a column or a
// badge; the whole sentences are the KeyProblem...Msg messages.
func (p Printer) ProblemKind(k event.ProblemKind) string {
	return nameOr(p, problemKeys, k)
}

var actionKeys = map[journal.Kind]Key{
	journal.KindCheckIn:        KeyActionCheckin,
	journal.KindUndo:           KeyActionUndo,
	journal.KindSessionDelay:   KeyActionSessionDelay,
	journal.KindSessionMove:    KeyActionSessionMove,
	journal.KindSessionCancel:  KeyActionSessionCancel,
	journal.KindSessionRestore: KeyActionSessionRestore,
	journal.KindSessionNote:    KeyActionSessionNote,
	journal.KindSessionStart:   KeyActionSessionStart,
	journal.KindAssign:         KeyActionAssign,
	journal.KindOutage:         KeyActionOutage,
	journal.KindWalkIn:         KeyActionWalkin,
	journal.KindImport:         KeyActionImport,
	journal.KindDayClose:       KeyActionDayClose,
}

// Action is the name of what a journal entry did; an unknown kind prints
// as stored.
func (p Printer) Action(k journal.Kind) string {
	return nameOr(p, actionKeys, k)
}

// nameOr is the catalogue's word for a code, or the code as stored when
// the catalogue has none (a kind from a newer version, say): the one
// rule of every code-to-word lookup here.
func nameOr[K ~string](p Printer, keys map[K]Key, code K) string {
	if key, ok := keys[code]; ok {
		return p.T(key)
	}
	return string(code)
}

// VenueText is v's name in the language of whoever draws it (a Text
// argument: "venue", i18n.VenueText(v)).
func VenueText(v event.Venue) Text { return func(p Printer) string { return p.VenueName(v) } }

// DelegationText is d's name in the language of whoever draws it.
func DelegationText(d event.Delegation) Text {
	return func(p Printer) string { return p.DelegationName(d) }
}

// ActionText is the name of what an entry of kind k did, in the language
// of whoever draws it.
func ActionText(k journal.Kind) Text { return func(p Printer) string { return p.Action(k) } }

// DayText is the date of d in the language of whoever draws it.
func DayText(d event.Day) Text { return func(p Printer) string { return p.Day(d) } }

// SessionText is s's title in the language of whoever draws it.
func SessionText(s event.Session) Text { return func(p Printer) string { return p.SessionTitle(s) } }

var syncErrKeys = map[string]Key{"refused": KeySyncErrRefused, "unreachable": KeySyncErrUnreachable, "cert": KeySyncErrCert}

// SyncError words a sync failure of kind (replication.ErrorKind) in the
// printer's language; a failure of no known kind is text, as the system
// said it.
func (p Printer) SyncError(kind, text string) string {
	if k, ok := syncErrKeys[kind]; ok {
		return p.T(k)
	}
	return text
}

// heldKeys word store.HeldEntry's codes (store.HeldInvalid ...; this
// package cannot import store: a store test checks that every code is
// here).
var heldKeys = map[string]Key{
	"invalid": KeyHeldInvalid, "clock": KeyHeldClock, "referent": KeyHeldReferent,
	"refused": KeyHeldRefused, "conflict": KeyHeldConflict, "origin": KeyHeldOrigin,
}

var heldSourceKeys = map[string]Key{"sync": KeyHeldSourceSync, "merge": KeyHeldSourceMerge, "local": KeyHeldSourceLocal}

// HeldReason says why an entry is held. The store's own reason is
// English and exact ("capacity of venue v -5 is outside 0..100000"): an
// English reader gets it; any other gets the sentence of its code, and
// caecw export --held keeps the exact reason for whoever digs further.
// An unknown code gives the store's reason in every language.
func (p Printer) HeldReason(code, reason string) string {
	if p.Lang() == EN && reason != "" {
		return reason
	}
	if k, ok := heldKeys[code]; ok {
		return p.T(k)
	}
	return reason
}

// HeldSource names where a held entry came from (sync, merge, this file).
func (p Printer) HeldSource(source string) string { return nameOr(p, heldSourceKeys, source) }

// HeldCodes lists the held codes the catalogue words, for the store's
// test that none is missing.
func HeldCodes() []string {
	out := make([]string, 0, len(heldKeys))
	for c := range heldKeys {
		out = append(out, c)
	}
	return out
}
