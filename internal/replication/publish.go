package replication

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

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
		for {
			n, err := c.publishOnce()
			if err != nil {
				c.fail(fmt.Errorf("send: %w", err))
				break
			}
			if n < publishBatch {
				break
			}
		}
	}
}

// publishOnce sends up to publishBatch of the oldest outbox entries and
// removes from the outbox those the hub acknowledged (a duplicate ack
// counts: the hub has the entry). It reports how many it read.
func (c *Client) publishOnce() (int, error) {
	entries, err := c.s.Outbox(publishBatch)
	if err != nil || len(entries) == 0 {
		return 0, err
	}
	futures := make([]jetstream.PubAckFuture, 0, len(entries))
	var sendErr error
	for _, e := range entries {
		m, err := entryMsg(e)
		if err != nil {
			return 0, err
		}
		f, err := c.js.PublishMsgAsync(m, jetstream.WithMsgID(string(e.ID)), jetstream.WithExpectStream(StreamName))
		if err != nil {
			sendErr = err
			break
		}
		futures = append(futures, f)
	}
	acked := make([]journal.ID, 0, len(futures))
	timeout := time.NewTimer(ackWait)
	defer timeout.Stop()
wait:
	for i, f := range futures {
		select {
		case <-f.Ok():
			acked = append(acked, entries[i].ID)
		case err := <-f.Err():
			sendErr = err
		case <-timeout.C:
			sendErr = context.DeadlineExceeded
			break wait
		case <-c.ctx.Done():
			break wait
		}
	}
	if len(acked) > 0 {
		if err := c.s.Ack(acked...); err != nil {
			return 0, fmt.Errorf("outbox: %w", err)
		}
		n := c.outbox.Add(-int64(len(acked)))
		c.status.update(func(st *Status) {
			st.Outbox = int(max(n, 0))
			st.LastSync = time.Now()
			if sendErr == nil && st.Online {
				st.LastError = ""
			}
		})
	}
	if sendErr != nil {
		return len(acked), sendErr
	}
	return len(entries), nil
}

// entryMsg is an entry as a message: JSON of journal.Entry on the
// subject of its desk, the entry id as the message id.
func entryMsg(e journal.Entry) (*nats.Msg, error) {
	data, err := json.Marshal(e)
	if err != nil {
		return nil, fmt.Errorf("entry %s: %w", e.ID, err)
	}
	m := nats.NewMsg(entrySubject + token(e.Desk))
	m.Data = data
	return m, nil
}
