package replication

import (
	"bytes"
	"encoding/json"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"caecw/internal/i18n"
	"caecw/internal/journal"
)

// applyBatch caps how many delivered entries go into one transaction.
const applyBatch = 512

// Retries of a batch the store could not write (a disk fault: full,
// failing, closed): the messages go back to the hub, which delivers them
// again after a delay that doubles from retryFirst up to retryMax. They
// are never dropped, since the fault is the file's, not the entries';
// retryMax bounds what a failing disk costs (one attempt per entry per
// retryMax) and how long a desk waits once the disk is back.
const (
	retryFirst = time.Second
	retryMax   = 30 * time.Second
)

// retryDelay is the delay before delivery number n+1 of a message whose
// delivery number n could not be written.
func retryDelay(n uint64) time.Duration {
	d := retryFirst
	for i := uint64(1); i < n && d < retryMax; i++ {
		d *= 2
	}
	return min(d, retryMax)
}

// tendEvery is how often the applier keeps waiting part sets alive.
const tendEvery = 2 * time.Second

// runApplier applies delivered entries in batches: it waits for one,
// takes whatever else has arrived meanwhile, applies them all in one
// transaction, then acknowledges them to the hub. An entry is
// acknowledged only after it is durable in the store (applied or held);
// if the ack is lost the entry comes again and changes nothing.
func (c *Client) runApplier() {
	defer c.wg.Done()
	asm := newAssembler(c.maxEntry(), minPartRoom)
	tend := time.NewTicker(tendEvery)
	defer tend.Stop()
	for {
		var batch []jetstream.Msg
		select {
		case <-c.ctx.Done():
			return
		case <-tend.C:
			for _, s := range asm.tend() {
				c.dropSet(s) // no part for partTimeout
			}
			continue
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
		c.applyMsgs(asm, batch)
	}
}

// arrival is a delivered entry with the messages that brought it (one,
// or every part of a big entry).
type arrival struct {
	e    journal.Entry
	msgs []jetstream.Msg
}

func (c *Client) applyMsgs(asm *assembler, msgs []jetstream.Msg) {
	todo := make([]arrival, 0, len(msgs))
	for _, m := range msgs {
		data, from := m.Data(), []jetstream.Msg{m}
		id, send, i, n, isPart, err := partOf(m)
		if err != nil {
			c.refuse(from, err)
			continue
		}
		if isPart {
			if _, known := c.s.Entry(journal.ID(id)); known {
				m.Ack()
				continue
			}
			var dropped []*assembly
			data, from, dropped, err = asm.add(m, id, send, i, n)
			for _, s := range dropped {
				c.dropSet(s) // too many or too big part sets
			}
			if err != nil {
				c.refuse([]jetstream.Msg{m}, fault(i18n.KeySyncErrParts, nil))
				continue
			}
			if data == nil {
				continue
			}
		}
		var e journal.Entry
		if err := json.Unmarshal(data, &e); err != nil || journal.CheckDesk(e.Desk) != nil {
			// Not an entry at all: nothing will ever make it one.
			c.refuse(from, fault(i18n.KeySyncErrNotEntry, nil))
			continue
		}
		if err := checkOrigin(m.Subject(), e); err != nil {
			c.holdForged(from, e, err)
			continue
		}
		if c.known(e) {
			// Our own entries coming back, or a redelivery.
			ackAll(from)
			continue
		}
		todo = append(todo, arrival{e: e, msgs: from})
	}
	if len(todo) == 0 {
		return
	}
	entries := make([]journal.Entry, len(todo))
	for i, a := range todo {
		entries[i] = a.e
	}
	res, err := c.s.Apply(entries...)
	if err != nil {
		// A fault of the file or disk (full, failing, closed): nothing
		// of the batch landed. The hub delivers it again after a delay
		// that grows with each try, up to retryMax.
		c.fail(fault(i18n.KeySyncErrApply, err, "n", len(entries)))
		for _, a := range todo {
			for _, m := range a.msgs {
				m.NakWithDelay(retryDelay(deliveries(m)))
			}
		}
		return
	}
	// Entries that cannot be applied here are held by the store with
	// their reason (the Log tab and caecw check show them): delivering
	// them again would change nothing, so they are acknowledged too.
	for _, a := range todo {
		ackAll(a.msgs)
	}
	if len(res.Held) > 0 {
		h := res.Held[len(res.Held)-1]
		why := func(p i18n.Printer) string { return p.HeldReason(h.Code, h.Reason) }
		if len(res.Held) > 1 {
			c.fail(fault(i18n.KeySyncErrHeldMore, nil, "id", h.Entry.ID, "desk", h.Entry.Desk, "more", len(res.Held)-1, "reason", i18n.Text(why)))
		} else {
			c.fail(fault(i18n.KeySyncErrHeld, nil, "id", h.Entry.ID, "desk", h.Entry.Desk, "reason", i18n.Text(why)))
		}
	}
	held := c.status.get().Held
	if len(res.Held) > 0 || (res.Applied > 0 && held > 0) {
		// Entries held before may have applied now (their referent came).
		held = c.s.HeldCount()
	}
	n := res.Applied
	c.status.update(func(st *Status) {
		st.Applied += n
		st.Held = held
		st.LastSync = time.Now()
	})
	if (n > 0 || len(res.Held) > 0) && c.cfg.OnApplied != nil {
		// Held entries too: the Log tab counts them.
		c.cfg.OnApplied(n)
	}
}

// known reports whether e is in the file already exactly as delivered:
// then it is acknowledged without a write. An entry with a known id and
// other content goes to the store, which keeps one by its rule and holds
// the other.
func (c *Client) known(e journal.Entry) bool {
	have, ok := c.s.Entry(e.ID)
	if !ok {
		return false
	}
	a, err1 := json.Marshal(have)
	b, err2 := json.Marshal(e)
	return err1 == nil && err2 == nil && bytes.Equal(a, b)
}

// refuse terminates messages that are not entries and never will be.
func (c *Client) refuse(msgs []jetstream.Msg, err error) {
	c.fail(err)
	for _, m := range msgs {
		m.Term()
	}
}

// dropSet gives up an incomplete part set: its sender sends a new one.
func (c *Client) dropSet(s *assembly) {
	c.refuse(s.msgs, fault(i18n.KeySyncErrPartsLate, nil, "id", s.entry, "have", s.have, "parts", len(s.parts)))
}

func ackAll(msgs []jetstream.Msg) {
	for _, m := range msgs {
		m.Ack()
	}
}

// deliveries is how many times m was delivered, 1 if unknown.
func deliveries(m jetstream.Msg) uint64 {
	if md, err := m.Metadata(); err == nil && md.NumDelivered > 0 {
		return md.NumDelivered
	}
	return 1
}
