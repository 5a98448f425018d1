package replication

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"caecw/internal/journal"
)

// applyBatch caps how many delivered entries go into one transaction.
const applyBatch = 512

// retryDelay is when an entry that could not be applied is delivered
// again (an entry about a person whose walk-in has not arrived yet).
const retryDelay = 5 * time.Second

// runApplier applies delivered entries in batches: it waits for one,
// takes whatever else has arrived meanwhile, applies them all in one
// transaction, then acknowledges them to the hub. An entry is
// acknowledged only after it is durable in the store; if the ack is lost
// the entry comes again and changes nothing.
func (c *Client) runApplier() {
	defer c.wg.Done()
	for {
		var batch []jetstream.Msg
		select {
		case <-c.ctx.Done():
			return
		case m := <-c.inbox:
			batch = append(batch, m)
		}
	more:
		for len(batch) < applyBatch {
			select {
			case m := <-c.inbox:
				batch = append(batch, m)
			default:
				break more
			}
		}
		c.applyMsgs(batch)
	}
}

func (c *Client) applyMsgs(msgs []jetstream.Msg) {
	entries := make([]journal.Entry, 0, len(msgs))
	keep := make([]jetstream.Msg, 0, len(msgs))
	for _, m := range msgs {
		var e journal.Entry
		if err := json.Unmarshal(m.Data(), &e); err != nil || journal.CheckDesk(e.Desk) != nil {
			// Not an entry at all: nothing will ever make it one.
			c.fail(fmt.Errorf("dropped a malformed message on %s", m.Subject()))
			m.Term()
			continue
		}
		if _, known := c.s.Entry(e.ID); known {
			// Our own entries coming back, or a redelivery.
			m.Ack()
			continue
		}
		entries = append(entries, e)
		keep = append(keep, m)
	}
	if len(entries) == 0 {
		return
	}
	res, err := c.s.Apply(entries...)
	if err != nil {
		// A fault of the file or disk: nothing of the batch landed. The
		// entries come again later.
		c.fail(fmt.Errorf("apply %d entries: %w", len(entries), err))
		for _, m := range keep {
			m.NakWithDelay(retryDelay)
		}
		return
	}
	// Held entries are kept by the store with their reason (the Log tab
	// and caecw check show them): delivering them again changes nothing.
	for _, m := range keep {
		m.Ack()
	}
	for _, h := range res.Held {
		c.fail(fmt.Errorf("held %s from %s: %s", h.Entry.ID, h.Entry.Desk, h.Reason))
	}
	n := res.Applied
	c.status.update(func(st *Status) {
		st.Applied += n
		st.LastSync = time.Now()
	})
	if n > 0 && c.cfg.OnApplied != nil {
		c.cfg.OnApplied(n)
	}
}
