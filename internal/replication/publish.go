package replication

import (
	"context"
	"errors"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"caecw/internal/i18n"
	"caecw/internal/journal"
)

// publishBatch is how many outbox entries go out before their acks are
// awaited.
const publishBatch = 256

// ackWait bounds the wait for the hub's acks of one batch.
const ackWait = 5 * time.Second

// runPublisher drains the outbox whenever a local entry is committed or
// the link comes up, and once a second in case a wake-up was missed.
func (c *Client) runPublisher() {
	defer c.wg.Done()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-c.ctx.Done():
			return
		case <-c.wake:
		case <-tick.C:
			if c.outbox.Load() <= 0 {
				continue
			}
		}
		if !c.ready.Load() {
			continue
		}
		if c.relinked.Swap(false) && len(c.unsendable) > 0 {
			// The hub may take now what it refused before.
			clear(c.unsendable)
			c.status.update(func(st *Status) { st.Unsendable = 0 })
		}
		for {
			more, err := c.publishOnce()
			if err != nil {
				c.fail(fault(i18n.KeySyncErrSend, err))
				break
			}
			if !more {
				break
			}
		}
	}
}

// publishOnce sends up to publishBatch of the oldest outbox entries and
// removes from the outbox those the hub acknowledged (a duplicate ack
// counts: the hub has the entry). An entry that can never be sent (larger
// than MaxEntryBytes, or refused by the hub for its size) is set aside in
// c.unsendable, stays in the outbox and holds back none of the others. It
// reports whether more entries may be waiting.
func (c *Client) publishOnce() (bool, error) {
	entries, err := c.s.Outbox(publishBatch + len(c.unsendable))
	if err != nil || len(entries) == 0 {
		return false, err
	}
	more := len(entries) == publishBatch+len(c.unsendable)
	type sending struct {
		id      journal.ID
		futures []jetstream.PubAckFuture
	}
	batch := make([]sending, 0, len(entries))
	var sendErr error
	size := 0
send:
	for _, e := range entries {
		if _, set := c.unsendable[e.ID]; set {
			continue
		}
		msgs, ids, err := entryMsgs(e, c.nc.MaxPayload(), c.maxEntry())
		if err != nil {
			c.setAside(e.ID, err)
			continue
		}
		s := sending{id: e.ID}
		for k, m := range msgs {
			f, err := c.js.PublishMsgAsync(m, jetstream.WithMsgID(ids[k]), jetstream.WithExpectStream(StreamName))
			if errors.Is(err, nats.ErrMaxPayload) {
				c.setAside(e.ID, fault(i18n.KeySyncErrUnsendable, err, "id", e.ID))
				continue send
			}
			if err != nil {
				sendErr = err
				break send
			}
			size += len(m.Data)
			s.futures = append(s.futures, f)
		}
		batch = append(batch, s)
	}
	acked := make([]journal.ID, 0, len(batch))
	// Big entries take longer: allow a slow link 1 MB/s on top.
	timeout := time.NewTimer(ackWait + time.Duration(size>>20)*time.Second)
	defer timeout.Stop()
wait:
	for _, s := range batch {
		ok := true
		for _, f := range s.futures {
			select {
			case <-f.Ok():
			case err := <-f.Err():
				ok = false
				var api *jetstream.APIError
				if errors.As(err, &api) && api.ErrorCode == jetstream.JSErrCodeStreamMessageExceedsMaximum {
					c.setAside(s.id, fault(i18n.KeySyncErrUnsendable, err, "id", s.id))
				} else {
					sendErr = err
				}
			case <-timeout.C:
				sendErr = context.DeadlineExceeded
				break wait
			case <-c.ctx.Done():
				break wait
			}
			if !ok {
				break
			}
		}
		if ok {
			acked = append(acked, s.id)
		}
	}
	if len(acked) > 0 {
		if err := c.s.Ack(acked...); err != nil {
			return false, fault(i18n.KeySyncErrAck, err)
		}
		n := c.outbox.Add(-int64(len(acked)))
		c.status.update(func(st *Status) {
			st.Outbox = int(max(n, 0))
			st.LastSync = time.Now()
			if sendErr == nil && st.Online && len(c.unsendable) == 0 {
				st.setError(nil)
			}
		})
	}
	if sendErr != nil {
		return false, sendErr
	}
	return more, nil
}

// setAside records that entry id cannot be sent, and why, for the status.
func (c *Client) setAside(id journal.ID, err error) {
	if _, known := c.unsendable[id]; !known {
		c.unsendable[id] = err.Error()
	}
	n := len(c.unsendable)
	c.status.update(func(st *Status) {
		st.Unsendable = n
		st.setError(err)
	})
}

// maxEntry is the largest entry this client sends.
func (c *Client) maxEntry() int {
	if c.cfg.maxEntryBytes > 0 {
		return c.cfg.maxEntryBytes
	}
	return MaxEntryBytes
}
