package replication

import (
	"fmt"

	"caecw/internal/journal"
)

// checkOrigin refuses an entry whose desk is not the desk of the subject
// it came on. Only a desk's own credential may publish on its subject
// (deskPermissions), so the subject is the proof of where an entry comes
// from; the entry's desk field is only a claim.
func checkOrigin(subject string, e journal.Entry) error {
	if subject != entrySubject+token(e.Desk) {
		return fmt.Errorf("entry %s claims desk %q but came on %s, another desk's subject: refused", e.ID, e.Desk, subject)
	}
	return nil
}
