package replication

import (
	"github.com/nats-io/nats.go/jetstream"

	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/store"
)

// checkOrigin refuses an entry whose desk is not the desk of the subject
// it came on. Only a desk's own credential may publish on its subject
// (deskPermissions), so the subject is the proof of where an entry comes
// from; the entry's desk field is only a claim.
func checkOrigin(subject string, e journal.Entry) error {
	if subject != entrySubject+token(e.Desk) {
		return fault(i18n.KeySyncErrForged, nil, "id", e.ID, "desk", e.Desk)
	}
	return nil
}

// holdForged keeps an entry refused by checkOrigin in the store's held
// entries, with why, and acknowledges it: it is never applied, and
// delivering it again would change nothing. A fault of the file leaves
// it to come again later.
func (c *Client) holdForged(msgs []jetstream.Msg, e journal.Entry, why error) {
	c.fail(why)
	if err := c.s.Hold(store.SourceSync, store.HeldOrigin, why, e); err != nil {
		c.fail(fault(i18n.KeySyncErrHoldWrite, err, "id", e.ID))
		for _, m := range msgs {
			m.NakWithDelay(retryDelay(deliveries(m)))
		}
		return
	}
	ackAll(msgs)
	held := c.s.HeldCount()
	c.status.update(func(st *Status) { st.Held = held })
	if c.cfg.OnApplied != nil {
		c.cfg.OnApplied(0)
	}
}
