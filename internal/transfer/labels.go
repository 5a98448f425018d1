package transfer

import (
	"caecw/internal/formats"
	"caecw/internal/i18n"
)

// Labels are the day-log labels in p's language (English when p is the
// zero Printer).
func Labels(p i18n.Printer) formats.Labels {
	return formats.Labels{
		Instant: p.T(i18n.KeyExportInstant), Desk: p.T(i18n.KeyExportDesk), Operator: p.T(i18n.KeyExportOperator),
		Action: p.T(i18n.KeyExportAction), Subject: p.T(i18n.KeyExportSubject), Details: p.T(i18n.KeyExportDetails),
		UndoneBy: p.T(i18n.KeyExportUndoneBy), EntryID: p.T(i18n.KeyExportEntryID),
		Title: p.T(i18n.KeyExportTitle), Summary: p.T(i18n.KeyExportSummary), Log: p.T(i18n.KeyExportLog),
		Arrivals: p.T(i18n.KeyExportArrivals), Sessions: p.T(i18n.KeyExportSessions), OpenProblems: p.T(i18n.KeyExportOpenProblems),
		Delegation: p.T(i18n.KeyExportDelegation), Expected: p.T(i18n.KeyExportExpected), Arrived: p.T(i18n.KeyExportArrived),
		Missing: p.T(i18n.KeyExportMissing),
		Held:    p.T(i18n.KeyExportHeld), Delayed: p.T(i18n.KeyExportDelayed), Moved: p.T(i18n.KeyExportMoved),
		Cancelled: p.T(i18n.KeyExportCancelled), AssignmentChanges: p.T(i18n.KeyExportAssignmentChanges), Count: p.T(i18n.KeyExportCount),
		Problem: p.T(i18n.KeyExportProblem), Message: p.T(i18n.KeyExportMessage),
		None: p.T(i18n.KeyExportNone), UndoneAt: p.T(i18n.KeyExportUndoneAt),
		P: p,
	}
}
