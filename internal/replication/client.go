package replication

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/nats-io/nkeys"

	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/store"
)

// Config says where a desk syncs and how.
type Config struct {
	// Store is the desk's open data file; the client writes as its desk.
	Store *store.Store
	// Join is the desk's join file (see ReadJoinFile): the hub's
	// address, the desk's credential and the pinned hub certificate. Its
	// desk must be the store's. Ignored with Hub.
	Join JoinFile
	// Hub, when set, is a hub in this process: the client connects to it
	// without a socket (the hub laptop's own desk).
	Hub *Hub
	// OnApplied, when set, is called after entries from other desks were
	// applied or held, with how many were applied (maybe 0); the screen
	// reloads then. It is called from the sync goroutine and must not
	// block.
	OnApplied func(n int)
	// PingInterval is how often the link is checked; a hub that vanished
	// is noticed after about two of these. Default 2 s.
	PingInterval time.Duration
	// PeerWindow is how recently a desk must have been heard from to
	// count as a peer. Default 10 s.
	PeerWindow time.Duration

	// maxEntryBytes, when set, lowers MaxEntryBytes (tests).
	maxEntryBytes int
}

// Client syncs one desk's store through a hub. It runs until Close.
type Client struct {
	cfg  Config
	s    *store.Store
	desk string
	// instance is random per client: the hub tells two laptops under
	// one desk name apart by it.
	instance string
	// consumer is the name the hub gave this desk's consumer.
	consumer string
	nc       *nats.Conn
	js       jetstream.JetStream
	status   *statusBox

	// outbox counts local entries not yet acknowledged: +1 per commit,
	// -1 per acknowledged entry, so it may dip below zero for a moment
	// when an entry is acknowledged before its commit is reported.
	outbox atomic.Int64
	wake   chan struct{}
	linkUp chan struct{}
	// ready is true while the stream and the consumer are set up on the
	// current connection.
	ready atomic.Bool
	// joined is true once the hub let this instance join: only then does
	// it say goodbye for the desk name.
	joined atomic.Bool
	// relinked is set each time the link is (re)made, for the publisher
	// to try again the entries the hub refused before.
	relinked atomic.Bool
	// unsendable are the outbox entries that cannot be sent, with why;
	// the publisher's own.
	unsendable map[journal.ID]string

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	peersMu sync.Mutex
	peers   map[string]peerSeen
	// inbox carries delivered messages from the consumer's callback to
	// the applier, in order.
	inbox chan jetstream.Msg
}

// ackWaitConsumer is the consumer's AckWait (see consumerConfig).
const ackWaitConsumer = 5 * time.Second

// pullMessages and pullBytes bound what a desk has fetched and not yet
// applied (128 small entries, or 16 parts of a big one), and the inbox
// holds as many again. Every fetched entry's AckWait runs from its
// delivery: a deep queue on a slow, loaded laptop (holding a flood of
// bad entries costs about a millisecond each) outlived it and had the
// hub deliver the whole queue again, behind which a good entry waited.
const (
	pullMessages = 128
	pullBytes    = 16 << 20
)

// presenceEvery is how often a desk says it is there.
const presenceEvery = 2 * time.Second

// Start connects to the hub in the background and returns at once: a
// hub that cannot be reached is the offline case, not an error. Only a
// configuration mistake (no store, no hub, a join file for another desk)
// is.
func Start(cfg Config) (*Client, error) {
	if cfg.Store == nil {
		return nil, errors.New("sync: no store")
	}
	desk := cfg.Store.Desk()
	if cfg.Hub == nil {
		if err := cfg.Join.check(); err != nil {
			return nil, fmt.Errorf("sync: join file: %w", err)
		}
		if cfg.Join.Desk != desk {
			return nil, fmt.Errorf("sync: the join file is for desk %q but this data file writes as desk %q: give --desk %s",
				cfg.Join.Desk, desk, cfg.Join.Desk)
		}
	}
	if cfg.PingInterval <= 0 {
		cfg.PingInterval = 2 * time.Second
	}
	if cfg.PeerWindow <= 0 {
		cfg.PeerWindow = 10 * time.Second
	}
	c := &Client{
		cfg: cfg, s: cfg.Store, desk: desk, instance: newInstance(), status: newStatusBox(),
		wake: make(chan struct{}, 1), linkUp: make(chan struct{}, 1),
		peers: map[string]peerSeen{}, inbox: make(chan jetstream.Msg, pullMessages),
		unsendable: map[journal.ID]string{},
	}
	waiting, err := c.s.Outbox(0)
	if err != nil {
		return nil, fault(i18n.KeySyncErrOutbox, err)
	}
	c.outbox.Store(int64(len(waiting)))
	held := c.s.HeldCount()
	c.status.update(func(st *Status) { st.Outbox = len(waiting); st.Held = held })

	opts := []nats.Option{
		nats.Name("caecw desk " + c.desk),
		// Replies, acks and deliveries come to this desk's own inbox,
		// the only one its credential may read.
		nats.CustomInboxPrefix(inboxPrefix(c.desk)),
		nats.MaxReconnects(-1),
		nats.RetryOnFailedConnect(true),
		nats.ReconnectWait(500 * time.Millisecond),
		nats.ReconnectJitter(250*time.Millisecond, 500*time.Millisecond),
		nats.PingInterval(cfg.PingInterval),
		nats.MaxPingsOutstanding(2),
		nats.Timeout(2 * time.Second),
		// No buffering while disconnected: the outbox is the buffer, and
		// a publish that cannot go out should fail at once.
		nats.ReconnectBufSize(-1),
		nats.ConnectHandler(func(*nats.Conn) { c.signal(c.linkUp) }),
		nats.ReconnectHandler(func(*nats.Conn) { c.signal(c.linkUp) }),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) { c.lost(err) }),
		// A hub not reached yet (RetryOnFailedConnect) says why too.
		nats.ReconnectErrHandler(func(_ *nats.Conn, err error) { c.lost(err) }),
		nats.ClosedHandler(func(nc *nats.Conn) { c.lost(nc.LastError()) }),
		nats.ErrorHandler(func(_ *nats.Conn, _ *nats.Subscription, err error) { c.fail(err) }),
	}
	url := cfg.Join.Hub
	if cfg.Hub != nil {
		opts = append(opts, cfg.Hub.InProcess()...)
		url = ""
	} else {
		cred, err := credential(cfg.Join)
		if err != nil {
			return nil, fmt.Errorf("sync: %w", err)
		}
		opts = append(opts, cred...)
	}
	nc, err := nats.Connect(url, opts...)
	if err != nil {
		return nil, fault(i18n.KeySyncConnect, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fault(i18n.KeySyncConnect, err)
	}
	c.nc, c.js = nc, js
	c.ctx, c.cancel = context.WithCancel(context.Background())
	c.s.SetOnCommit(func(journal.Entry) {
		n := c.outbox.Add(1)
		c.status.update(func(st *Status) { st.Outbox = int(max(n, 0)) })
		c.signal(c.wake)
	})
	if nc.IsConnected() {
		c.signal(c.linkUp)
	}
	c.wg.Add(4)
	go c.runLink()
	go c.runPublisher()
	go c.runApplier()
	go c.runPresence()
	return c, nil
}

// credential is how a desk proves it is the join file's desk: its nkey
// signs the hub's challenge (the seed never travels), over TLS pinned to
// the join file's certificate when it has one.
func credential(jf JoinFile) ([]nats.Option, error) {
	kp, err := nkeys.FromSeed([]byte(jf.Seed))
	if err != nil {
		return nil, err
	}
	pub, err := kp.PublicKey()
	if err != nil {
		return nil, err
	}
	opts := []nats.Option{nats.Nkey(pub, kp.Sign)}
	if jf.Cert != "" {
		tc, err := pinnedTLS(jf.Cert)
		if err != nil {
			return nil, err
		}
		opts = append(opts, nats.Secure(tc))
	}
	return opts, nil
}

// newInstance is a random id for one running client.
func newInstance() string {
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// Status is the link state now; it never blocks.
func (c *Client) Status() Status { return c.status.get() }

// Changes signals that Status changed. Re-read Status after each signal;
// several changes may be folded into one.
func (c *Client) Changes() <-chan struct{} { return c.status.changes }

// Desk is the desk this client syncs.
func (c *Client) Desk() string { return c.desk }

// Close stops syncing and closes the connection. Entries not yet sent
// stay in the outbox for next time; the store stays open.
func (c *Client) Close() error {
	c.s.SetOnCommit(nil)
	// Say goodbye first, so the hub frees the desk name at once.
	c.say(true)
	c.nc.FlushTimeout(time.Second)
	c.cancel()
	c.nc.Close()
	c.wg.Wait()
	c.ready.Store(false)
	c.status.update(func(st *Status) { st.Online = false; st.Peers = nil })
	return nil
}

func (c *Client) signal(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

// lost marks the link down after a disconnect or close.
func (c *Client) lost(err error) {
	c.ready.Store(false)
	c.status.update(func(st *Status) {
		st.Online = false
		if err != nil {
			st.setError(err)
		}
	})
}

func (c *Client) fail(err error) {
	if err == nil || c.ctx.Err() != nil {
		return
	}
	c.status.update(func(st *Status) { st.setError(err) })
}

// runLink asks the hub for this desk's consumer whenever the connection
// comes (back) up, keeps the consumer running, and asks again when the
// consumer or the whole stream has gone (deleted or reset on the hub).
func (c *Client) runLink() {
	defer c.wg.Done()
	var cc jetstream.ConsumeContext
	var cons jetstream.Consumer
	reset := make(chan struct{}, 1)
	retry := time.NewTicker(time.Second)
	defer retry.Stop()
	drop := func() {
		if cc != nil {
			cc.Stop()
			cc, cons = nil, nil
		}
		c.ready.Store(false)
	}
	defer drop()
	for {
		select {
		case <-c.ctx.Done():
			return
		case <-c.linkUp:
		case <-reset:
			drop()
		case <-retry.C:
			if !c.nc.IsConnected() {
				continue
			}
			if c.ready.Load() {
				if !c.consumerGone(cons) {
					continue
				}
				drop()
			}
		}
		if !c.nc.IsConnected() {
			continue
		}
		if cc == nil {
			var err error
			if cons, cc, err = c.consume(reset); err != nil {
				c.fail(err)
				continue
			}
		} else if err := c.join(); err != nil {
			// Reconnected: the hub may have come back without its
			// folder; the join makes it create the stream and consumer.
			c.fail(err)
			continue
		}
		c.ready.Store(true)
		c.relinked.Store(true)
		c.status.update(func(st *Status) { st.Online = true; st.setError(nil) })
		c.signal(c.wake)
	}
}

// consumerGone reports whether the hub no longer has this desk's
// consumer (its stream deleted or reset, the consumer removed): the
// pull subscription alone does not always say so.
func (c *Client) consumerGone(cons jetstream.Consumer) bool {
	if cons == nil {
		return true
	}
	ctx, cancel := context.WithTimeout(c.ctx, 2*time.Second)
	defer cancel()
	_, err := cons.Info(ctx)
	return errors.Is(err, jetstream.ErrConsumerNotFound) || errors.Is(err, jetstream.ErrStreamNotFound)
}

// join asks the hub for this desk's consumer, made for this data file
// (see joinRequest). A refusal (another laptop live under this desk
// name) is an error worded for the person at the desk.
func (c *Client) join() error {
	ctx, cancel := context.WithTimeout(c.ctx, 5*time.Second)
	defer cancel()
	req, _ := json.Marshal(joinRequest{Desk: c.desk, Instance: c.instance, File: c.fileID()})
	m, err := c.nc.RequestWithContext(ctx, joinSubject+token(c.desk), req)
	if err != nil {
		return fault(i18n.KeySyncErrJoin, err)
	}
	var r joinReply
	if err := json.Unmarshal(m.Data, &r); err != nil {
		return fault(i18n.KeySyncErrJoin, err)
	}
	if r.Error != "" {
		return r.refusal()
	}
	c.consumer = r.Consumer
	c.joined.Store(true)
	return nil
}

// consume joins and starts reading the desk's consumer; the messages go
// to the applier, which batches them into one store transaction.
func (c *Client) consume(reset chan struct{}) (jetstream.Consumer, jetstream.ConsumeContext, error) {
	if err := c.join(); err != nil {
		return nil, nil, err
	}
	cons, err := c.js.Consumer(c.ctx, StreamName, c.consumer)
	if err != nil {
		return nil, nil, err
	}
	cc, err := cons.Consume(func(m jetstream.Msg) {
		select {
		case c.inbox <- m:
		case <-c.ctx.Done():
		}
	}, jetstream.PullMaxMessagesWithBytesLimit(pullMessages, pullBytes), jetstream.PullExpiry(5*time.Second),
		jetstream.ConsumeErrHandler(func(_ jetstream.ConsumeContext, err error) {
			if errors.Is(err, jetstream.ErrConsumerDeleted) || errors.Is(err, jetstream.ErrConsumerNotFound) ||
				errors.Is(err, jetstream.ErrConnectionClosed) {
				c.fail(err)
				c.signal(reset)
			}
		}))
	if err != nil {
		return nil, nil, err
	}
	return cons, cc, nil
}

// ConsumerName is the durable consumer of desk on the hub: the desk name
// where it is a valid NATS name, else a cleaned form with a hash so two
// desks never share one.
func ConsumerName(desk string) string { return "desk-" + token(desk) }

// token is desk as one NATS subject token / consumer name.
func token(desk string) string {
	clean := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			return r
		}
		return '_'
	}, desk)
	if clean == desk {
		return desk
	}
	h := fnv.New32a()
	h.Write([]byte(desk))
	return fmt.Sprintf("%s_%08x", clean, h.Sum32())
}
