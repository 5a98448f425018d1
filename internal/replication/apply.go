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
		if err := checkOrigin(m.Subject(), e); err != nil {
			c.fail(err)
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
	n, err := c.s.Apply(entries...)
	if err != nil {
		// One bad entry fails the whole transaction: apply one by one
		// so the good ones land and only the bad one waits.
		n = 0
		for i, e := range entries {
			k, err := c.s.Apply(e)
			if err != nil {
				c.fail(fmt.Errorf("apply %s from %s: %w", e.ID, e.Desk, err))
				keep[i].NakWithDelay(retryDelay)
				continue
			}
			n += k
			keep[i].Ack()
		}
	} else {
		for _, m := range keep {
			m.Ack()
		}
	}
	c.status.update(func(st *Status) {
		st.Applied += n
		st.LastSync = time.Now()
	})
	if n > 0 && c.cfg.OnApplied != nil {
		c.cfg.OnApplied(n)
	}
}
