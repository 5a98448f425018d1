package replication

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"caecw/internal/i18n"
)

// A desk does not create its consumer (it has no right to): it asks the
// hub on joinSubject+token(desk), which only that desk's credential may
// publish on, with a joinRequest; the hub makes or keeps the consumer and
// answers with a joinReply.
type joinRequest struct {
	Desk string `json:"desk"`
	// Instance is random per running client: two laptops under one desk
	// name differ in it (see liveDesk).
	Instance string `json:"instance"`
	// File is the data file's identity (store.Store.FileID): a replaced
	// or restored file under the same desk name gets a new consumer that
	// replays the whole stream, instead of inheriting the old file's
	// acknowledgements.
	File string `json:"file"`
}

type joinReply struct {
	Consumer string `json:"consumer,omitempty"`
	Error    string `json:"error,omitempty"`
	// Code says which refusal Error is (joinBadRequest ...), so that the
	// desk words it in its own language.
	Code string `json:"code,omitempty"`
	// Desk is the desk name a refusal names.
	Desk string `json:"desk,omitempty"`
}

// The codes of a join refusal.
const (
	joinBadRequest = "bad_request"
	joinBusy       = "busy"
	joinInUse      = "in_use"
	joinConsumer   = "consumer"
)

// refusal is the hub's refusal as an error worded for the desk; the
// hub's own text when its code is not one this desk knows.
func (r joinReply) refusal() error {
	switch r.Code {
	case joinBadRequest:
		return fault(i18n.KeySyncJoinBadRequest, nil)
	case joinBusy:
		return fault(i18n.KeySyncJoinBusy, nil)
	case joinInUse:
		return fault(i18n.KeySyncJoinInUse, nil, "desk", r.Desk)
	case joinConsumer:
		return fault(i18n.KeySyncJoinConsumer, errors.New(r.Error))
	}
	return fmt.Errorf("sync: %s", r.Error)
}

// liveDesk is the instance last heard from under a desk name.
type liveDesk struct {
	instance string
	seen     time.Time
}

// liveWindow is how long a desk name stays taken by an instance after it
// was last heard from (presence comes every presenceEvery): a second
// laptop under that name is refused meanwhile, and a desk that restarted
// after a crash gets its name back after this.
const liveWindow = 3 * presenceEvery

// joinEvery is the least time between two join requests of one desk the
// hub serves; more are refused at once, so a flood costs the hub no
// JetStream work.
const joinEvery = 200 * time.Millisecond

// consumerFileKey is the consumer's metadata key holding the file id it
// delivers to.
const consumerFileKey = "caecw-file"

// serveJoin answers a desk asking for its consumer.
func (h *Hub) serveJoin(m *nats.Msg) {
	reply := func(r joinReply) {
		b, _ := json.Marshal(r)
		m.Respond(b)
	}
	var req joinRequest
	tok := strings.TrimPrefix(m.Subject, joinSubject)
	if err := json.Unmarshal(m.Data, &req); err != nil || token(req.Desk) != tok || checkDeskName(req.Desk) != nil ||
		req.Instance == "" || len(req.Instance) > 64 || len(req.File) > 128 {
		reply(joinReply{Error: "not a valid join request", Code: joinBadRequest})
		return
	}
	now := time.Now()
	h.mu.Lock()
	last := h.asked[req.Desk]
	h.asked[req.Desk] = now
	l, taken := h.live[req.Desk]
	h.mu.Unlock()
	if now.Sub(last) < joinEvery {
		reply(joinReply{Error: "too many join requests; retrying", Code: joinBusy})
		return
	}
	if taken && l.instance != req.Instance && now.Sub(l.seen) < liveWindow {
		reply(joinReply{Error: fault(i18n.KeySyncJoinInUse, nil, "desk", req.Desk).Error(), Code: joinInUse, Desk: req.Desk})
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	name, err := h.ensureConsumer(ctx, req.Desk, req.File)
	if err != nil {
		reply(joinReply{Error: err.Error(), Code: joinConsumer})
		return
	}
	h.mu.Lock()
	h.live[req.Desk] = liveDesk{instance: req.Instance, seen: now}
	h.mu.Unlock()
	reply(joinReply{Consumer: name})
}

// ensureConsumer makes sure desk's durable consumer exists for the data
// file file; a consumer left by another file under the same desk name is
// replaced by a new one that starts from the beginning of the stream.
func (h *Hub) ensureConsumer(ctx context.Context, desk, file string) (string, error) {
	name := ConsumerName(desk)
	if _, err := h.js.Stream(ctx, StreamName); errors.Is(err, jetstream.ErrStreamNotFound) {
		if err := ensureStream(ctx, h.js); err != nil {
			return "", err
		}
	}
	cons, err := h.js.Consumer(ctx, StreamName, name)
	switch {
	case err == nil && cons.CachedInfo().Config.Metadata[consumerFileKey] == file:
		return name, nil
	case err == nil:
		if err := h.js.DeleteConsumer(ctx, StreamName, name); err != nil && !errors.Is(err, jetstream.ErrConsumerNotFound) {
			return "", fmt.Errorf("hub consumer: %w", err)
		}
	case !errors.Is(err, jetstream.ErrConsumerNotFound):
		return "", fmt.Errorf("hub consumer: %w", err)
	}
	_, err = h.js.CreateConsumer(ctx, StreamName, consumerConfig(desk, file))
	if err != nil {
		return "", fmt.Errorf("hub consumer: %w", err)
	}
	return name, nil
}

// consumerConfig is the one definition of a desk's consumer.
func consumerConfig(desk, file string) jetstream.ConsumerConfig {
	return jetstream.ConsumerConfig{
		Durable:       ConsumerName(desk),
		Description:   "caecw desk " + desk,
		DeliverPolicy: jetstream.DeliverAllPolicy,
		AckPolicy:     jetstream.AckExplicitPolicy,
		// An entry delivered into a connection that died silently (the
		// hub still thought it alive) comes again after AckWait: short,
		// so a desk catches up soon after its link returns. A batch is
		// applied in milliseconds, far within it.
		AckWait:       ackWaitConsumer,
		MaxAckPending: 4096,
		Metadata:      map[string]string{consumerFileKey: file},
	}
}

// hearPresence keeps which instance holds each desk name.
func (h *Hub) hearPresence(m *nats.Msg) {
	p, ok := parsePresence(m)
	if !ok {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	l, known := h.live[p.Desk]
	switch {
	case p.Gone:
		if known && l.instance == p.Instance {
			delete(h.live, p.Desk)
		}
	case !known || l.instance == p.Instance || time.Since(l.seen) >= liveWindow:
		// A refused second instance still says it is there; it must not
		// take the name from the live one.
		h.live[p.Desk] = liveDesk{instance: p.Instance, seen: time.Now()}
	}
}

// fileID is the identity of the desk's data file that its consumer is
// made for.
func (c *Client) fileID() string { return c.s.FileID() }
