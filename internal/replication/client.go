package replication

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"caecw/internal/journal"
	"caecw/store"
)

// Config says where a desk syncs and how.
type Config struct {
	// Store is the desk's open data file; the client writes as its desk.
	Store *store.Store
	// URL is the hub, nats://host:4222 (or tls://). Ignored with Hub.
	URL string
	// Hub, when set, is a hub in this process: the client connects to it
	// without a socket (the hub laptop's own desk).
	Hub *Hub
	// Token is the venue token (see ReadToken).
	Token string
	// CAFile, when set, is the certificate authority the hub's TLS
	// certificate must be signed by; the connection then requires TLS.
	CAFile string
	// OnApplied, when set, is called after entries from other desks were
	// applied, with how many; the screen reloads then. It is called from
	// the sync goroutine and must not block.
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
	cfg    Config
	s      *store.Store
	desk   string
	nc     *nats.Conn
	js     jetstream.JetStream
	status *statusBox

	// outbox counts local entries not yet acknowledged: +1 per commit,
	// -1 per acknowledged entry, so it may dip below zero for a moment
	// when an entry is acknowledged before its commit is reported.
	outbox atomic.Int64
	wake   chan struct{}
	linkUp chan struct{}
	// ready is true while the stream and the consumer are set up on the
	// current connection.
	ready atomic.Bool
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
	peers   map[string]time.Time
	// inbox carries delivered messages from the consumer's callback to
	// the applier, in order.
	inbox chan jetstream.Msg
}

// ackWaitConsumer is the consumer's AckWait (see ensure).
const ackWaitConsumer = 5 * time.Second

// pullBytes bounds what a desk has fetched and not yet applied: 512
// small entries, or 16 parts of a big one.
const pullBytes = 16 << 20

// presenceEvery is how often a desk says it is there.
const presenceEvery = 2 * time.Second

// Start connects to the hub in the background and returns at once: a
// hub that cannot be reached is the offline case, not an error. Only a
// configuration mistake (no store, no token, an unreadable CA file) is.
func Start(cfg Config) (*Client, error) {
	if cfg.Store == nil {
		return nil, errors.New("sync: no store")
	}
	if cfg.Token == "" {
		return nil, errors.New("sync: a venue token is required")
	}
	if cfg.Hub == nil && cfg.URL == "" {
		return nil, errors.New("sync: no hub address")
	}
	if cfg.PingInterval <= 0 {
		cfg.PingInterval = 2 * time.Second
	}
	if cfg.PeerWindow <= 0 {
		cfg.PeerWindow = 10 * time.Second
	}
	c := &Client{
		cfg: cfg, s: cfg.Store, desk: cfg.Store.Desk(), status: newStatusBox(),
		wake: make(chan struct{}, 1), linkUp: make(chan struct{}, 1),
		peers: map[string]time.Time{}, inbox: make(chan jetstream.Msg, 1024),
		unsendable: map[journal.ID]string{},
	}
	waiting, err := c.s.Outbox(0)
	if err != nil {
		return nil, fmt.Errorf("sync: read outbox: %w", err)
	}
	c.outbox.Store(int64(len(waiting)))
	held := c.s.HeldCount()
	c.status.update(func(st *Status) { st.Outbox = len(waiting); st.Held = held })

	opts := []nats.Option{
		nats.Name("caecw desk " + c.desk),
		nats.Token(cfg.Token),
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
		nats.ClosedHandler(func(nc *nats.Conn) { c.lost(nc.LastError()) }),
		nats.ErrorHandler(func(_ *nats.Conn, _ *nats.Subscription, err error) { c.fail(err) }),
	}
	if cfg.CAFile != "" {
		opts = append(opts, nats.RootCAs(cfg.CAFile))
	}
	url := cfg.URL
	if cfg.Hub != nil {
		opts = append(opts, cfg.Hub.InProcess()...)
		url = ""
	}
	nc, err := nats.Connect(url, opts...)
	if err != nil {
		return nil, fmt.Errorf("sync: %w", err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("sync: %w", err)
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
			st.LastError = err.Error()
		}
	})
}

func (c *Client) fail(err error) {
	if err == nil || c.ctx.Err() != nil {
		return
	}
	c.status.update(func(st *Status) { st.LastError = err.Error() })
}

// runLink sets up the stream and this desk's consumer whenever the
// connection comes (back) up, and keeps the consumer running.
func (c *Client) runLink() {
	defer c.wg.Done()
	var cc jetstream.ConsumeContext
	reset := make(chan struct{}, 1)
	retry := time.NewTicker(time.Second)
	defer retry.Stop()
	defer func() {
		if cc != nil {
			cc.Stop()
		}
	}()
	for {
		select {
		case <-c.ctx.Done():
			return
		case <-c.linkUp:
		case <-reset:
			if cc != nil {
				cc.Stop()
				cc = nil
			}
		case <-retry.C:
			if c.ready.Load() || !c.nc.IsConnected() {
				continue
			}
		}
		if !c.nc.IsConnected() {
			continue
		}
		if cc == nil {
			var err error
			if cc, err = c.consume(reset); err != nil {
				c.fail(err)
				continue
			}
		} else if err := c.ensure(); err != nil {
			// Reconnected: the hub may have come back without its
			// folder; make sure the stream and consumer are there.
			c.fail(err)
			continue
		}
		c.ready.Store(true)
		c.relinked.Store(true)
		c.status.update(func(st *Status) { st.Online = true; st.LastError = "" })
		c.signal(c.wake)
	}
}

// ensure creates the stream and the desk's durable consumer if missing.
func (c *Client) ensure() error {
	ctx, cancel := context.WithTimeout(c.ctx, 5*time.Second)
	defer cancel()
	// Look before creating: the hub made the stream at start, and an
	// update request racing another desk's consumer creation trips a
	// data race inside nats-server v2.15.2 (seen under -race).
	if _, err := c.js.Stream(ctx, StreamName); errors.Is(err, jetstream.ErrStreamNotFound) {
		if err := ensureStream(ctx, c.js); err != nil {
			return err
		}
	} else if err != nil {
		return fmt.Errorf("sync stream: %w", err)
	}
	_, err := c.js.CreateOrUpdateConsumer(ctx, StreamName, jetstream.ConsumerConfig{
		Durable:       ConsumerName(c.desk),
		Description:   "caecw desk " + c.desk,
		DeliverPolicy: jetstream.DeliverAllPolicy,
		AckPolicy:     jetstream.AckExplicitPolicy,
		// An entry delivered into a connection that died silently (the
		// hub still thought it alive) comes again after AckWait: short,
		// so a desk catches up soon after its link returns. A batch is
		// applied in milliseconds, far within it.
		AckWait:       ackWaitConsumer,
		MaxAckPending: 4096,
	})
	if err != nil {
		return fmt.Errorf("sync consumer: %w", err)
	}
	return nil
}

// consume starts reading the desk's consumer; the messages go to the
// applier, which batches them into one store transaction.
func (c *Client) consume(reset chan struct{}) (jetstream.ConsumeContext, error) {
	if err := c.ensure(); err != nil {
		return nil, err
	}
	cons, err := c.js.Consumer(c.ctx, StreamName, ConsumerName(c.desk))
	if err != nil {
		return nil, err
	}
	return cons.Consume(func(m jetstream.Msg) {
		select {
		case c.inbox <- m:
		case <-c.ctx.Done():
		}
	}, jetstream.PullMaxMessagesWithBytesLimit(512, pullBytes), jetstream.PullExpiry(5*time.Second),
		jetstream.ConsumeErrHandler(func(_ jetstream.ConsumeContext, err error) {
			if errors.Is(err, jetstream.ErrConsumerDeleted) || errors.Is(err, jetstream.ErrConsumerNotFound) ||
				errors.Is(err, jetstream.ErrConnectionClosed) {
				c.fail(err)
				c.signal(reset)
			}
		}))
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
