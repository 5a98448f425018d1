package replication

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	neturl "net/url"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/nats-io/nkeys"

	"caecw/internal/i18n"
)

// Names on the hub.
const (
	// StreamName is the JetStream stream holding every desk's entries.
	StreamName = "CAECW"
	// entrySubject is followed by the desk name's token form.
	entrySubject = "caecw.entries."
	// presenceSubject is followed by the desk's token form; core NATS,
	// not stored.
	presenceSubject = "caecw.presence."
	// DuplicateWindow is how long the hub remembers message ids to drop
	// a resent entry: longer than any offline spell of a desk during a
	// day. Apply is idempotent by entry id anyway, so an entry resent
	// after the window is stored twice in the stream but applied once.
	DuplicateWindow = 24 * time.Hour
)

// DefaultListen is where a hub listens unless told otherwise: loopback,
// so that a hub is reachable from the LAN only when asked to be.
const DefaultListen = "127.0.0.1:4222"

// hubFileName records where the hub last listened, for enrolling desks
// from another process (caecw hub enroll).
const hubFileName = "hub.json"

// HubOptions configure a hub.
type HubOptions struct {
	// Listen is host:port; port 0 or -1 picks a free port (tests).
	Listen string
	// Dir is the hub's folder, normally beside the data file (see
	// StoreDirFor): the stream, the enrolled desks, the certificate.
	Dir string
	// TLS makes a hub on loopback speak TLS too; off loopback it always
	// does, unless PlainTCP.
	TLS bool
	// PlainTCP lets a hub off loopback listen without TLS, where anyone
	// on the network reads the entries and the traffic can be altered:
	// the explicit insecure choice, for a closed network only.
	PlainTCP bool
}

// Hub is a running embedded NATS server with the entry stream. Every
// client authenticates with an nkey: each enrolled desk with its own,
// limited to its own subjects (deskPermissions); the hub's own desk and
// its administration with a key made at start that never leaves the
// process.
type Hub struct {
	srv  *server.Server
	dir  string
	cert string // PEM; empty for a plain hub
	self nkeys.KeyPair
	pub  string

	mu      sync.Mutex // guards opts, enrolled, stamp, live, asked
	opts    *server.Options
	desks   map[string]bool
	stamp   fileStamp
	live    map[string]liveDesk
	asked   map[string]time.Time
	admin   *nats.Conn
	js      jetstream.JetStream
	stop    context.CancelFunc
	stopped sync.WaitGroup
}

// StoreDirFor is the hub's folder for the data file at dbPath.
func StoreDirFor(dbPath string) string {
	return filepath.Join(filepath.Dir(dbPath), filepath.Base(dbPath)+".hub")
}

// isLoopback reports whether host only reaches this laptop.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// wantTLS says whether a hub listening on host speaks TLS: always beyond
// loopback unless PlainTCP was asked for explicitly; on loopback when TLS
// was asked for.
func wantTLS(host string, o HubOptions) bool {
	if isLoopback(host) {
		return o.TLS
	}
	return !o.PlainTCP
}

// StartHub starts the server with the enrolled desks and makes sure the
// stream exists.
func StartHub(o HubOptions) (*Hub, error) {
	if o.Dir == "" {
		return nil, fault(i18n.KeySyncHubNoFolder, nil)
	}
	if o.Listen == "" {
		o.Listen = DefaultListen
	}
	host, portText, err := net.SplitHostPort(o.Listen)
	if err != nil {
		return nil, fault(i18n.KeySyncHubListenAddr, err, "addr", o.Listen)
	}
	port, err := strconv.Atoi(portText)
	if err != nil {
		return nil, fault(i18n.KeySyncHubListenAddr, err, "addr", o.Listen)
	}
	if port <= 0 {
		// Any free port (-1 to the server).
		port = -1
	} else if err := canListen(o.Listen); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(o.Dir, 0o700); err != nil {
		return nil, fault(i18n.KeySyncHubFolder, err, "dir", o.Dir)
	}
	self, err := nkeys.CreateUser()
	if err != nil {
		return nil, fault(i18n.KeySyncHubStart, err)
	}
	pub, _ := self.PublicKey()
	h := &Hub{dir: o.Dir, self: self, pub: pub, live: map[string]liveDesk{}, asked: map[string]time.Time{}}
	opts := &server.Options{
		ServerName: "caecw-hub",
		Host:       host,
		Port:       port,
		JetStream:  true,
		StoreDir:   o.Dir,
		// fsync every message before its ack: a desk forgets an entry's
		// outbox mark once acked, so an acked entry must survive a power
		// cut on the hub (by default JetStream syncs every 2 minutes).
		SyncAlways: true,
		NoSigs:     true,
		NoLog:      true,
		// The desks' keep-alive: a desk that vanished is dropped soon.
		PingInterval: 5 * time.Second,
		MaxPingsOut:  2,
	}
	if wantTLS(host, o) {
		certPEM, certFile, keyFile, err := ensureCert(o.Dir)
		if err != nil {
			return nil, err
		}
		tc, err := server.GenTLSConfig(&server.TLSConfigOpts{CertFile: certFile, KeyFile: keyFile})
		if err != nil {
			return nil, fault(i18n.KeySyncHubTLS, err, "dir", o.Dir)
		}
		opts.TLSConfig, opts.TLS, opts.TLSTimeout = tc, true, 2
		h.cert = string(certPEM)
	}
	reg, stamp, err := h.readRegistry()
	if err != nil {
		return nil, err
	}
	opts.Nkeys = h.users(reg)
	h.opts, h.stamp, h.desks = opts, stamp, reg.names()
	srv, err := server.NewServer(opts.Clone())
	if err != nil {
		return nil, fault(i18n.KeySyncHubStart, err)
	}
	h.srv = srv
	go srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		srv.Shutdown()
		return nil, fault(i18n.KeySyncHubListen, nil, "addr", o.Listen)
	}
	if err := h.startAdmin(); err != nil {
		h.Shutdown()
		return nil, fault(i18n.KeySyncHubStart, err)
	}
	if b, err := json.Marshal(hubRecord{URL: h.URL()}); err == nil {
		// Only a convenience for caecw hub enroll: a failure here costs
		// the operator a --url flag, nothing else.
		os.WriteFile(filepath.Join(o.Dir, hubFileName), b, 0o644)
	}
	return h, nil
}

// canListen fails, worded, when nothing can listen on addr now (another
// program holds the port, no such address here): the server would only
// log it and never become ready.
func canListen(addr string) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return fault(i18n.KeySyncHubPortInUse, err, "addr", addr)
		}
		return fault(i18n.KeySyncHubListen, err, "addr", addr)
	}
	return l.Close()
}

// hubRecord is where the hub last listened, as enrolment needs it.
type hubRecord struct {
	URL string `json:"url"`
}

// ErrNoHubURL is returned by EnrollFor when no address for the join file
// is known: the hub never started, or it listens on every address.
var ErrNoHubURL = errors.New("no hub address known")

// EnrollFor enrols desk on the hub whose folder is dir, from any process
// (the hub may be running): the join file points at url, or where the
// hub last listened when url is empty, and pins the hub's certificate
// for a tls:// address (made now if the hub never made it).
func EnrollFor(dir, desk, url string) (JoinFile, error) {
	if url == "" {
		b, err := os.ReadFile(filepath.Join(dir, hubFileName))
		var r hubRecord
		if err != nil || json.Unmarshal(b, &r) != nil || r.URL == "" {
			return JoinFile{}, ErrNoHubURL
		}
		url = r.URL
	}
	u, err := neturl.Parse(url)
	if err != nil || (u.Scheme != "tls" && u.Scheme != "nats") || u.Port() == "" {
		return JoinFile{}, fault(i18n.KeySyncHubURLBad, nil, "url", url)
	}
	if ip := net.ParseIP(u.Hostname()); u.Hostname() == "" || (ip != nil && ip.IsUnspecified()) {
		return JoinFile{}, fault(i18n.KeySyncHubAllAddrs, ErrNoHubURL, "url", url, "port", u.Port())
	}
	// The hub's folder sits beside its data file: a folder that is not
	// there is a mistyped --db, not a hub to make.
	if _, err := os.Stat(filepath.Dir(dir)); err != nil {
		return JoinFile{}, fault(i18n.KeySyncHubFolder, err, "dir", dir)
	}
	cert := ""
	if u.Scheme == "tls" {
		certPEM, _, _, err := ensureCert(dir)
		if err != nil {
			return JoinFile{}, err
		}
		cert = string(certPEM)
	}
	return Enroll(dir, desk, url, cert)
}

// startAdmin connects the hub's own administration in process: it keeps
// the stream, answers desks asking for their consumer, follows presence
// and watches the registry.
func (h *Hub) startAdmin() error {
	nc, err := nats.Connect("", h.InProcess()...)
	if err != nil {
		return fmt.Errorf("hub: connect in-process: %w", err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return err
	}
	h.admin, h.js = nc, js
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := ensureStream(ctx, js); err != nil {
		return err
	}
	if _, err := nc.Subscribe(joinSubject+"*", h.serveJoin); err != nil {
		return fmt.Errorf("hub: %w", err)
	}
	if _, err := nc.Subscribe(presenceSubject+"*", h.hearPresence); err != nil {
		return fmt.Errorf("hub: %w", err)
	}
	loop, stop := context.WithCancel(context.Background())
	h.stop = stop
	h.stopped.Add(1)
	go h.keep(loop)
	return nil
}

// keepEvery is how often the hub checks its stream and its registry.
const keepEvery = 500 * time.Millisecond

// keep recreates the stream if it was deleted (a desk's consumer then
// asks for a new one, see Client.runLink) and applies enrolments and
// revocations made by another process.
func (h *Hub) keep(ctx context.Context) {
	defer h.stopped.Done()
	tick := time.NewTicker(keepEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		if err := h.reloadIfChanged(); err != nil {
			h.srv.Errorf("caecw: enrolled desks: %v", err)
		}
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		if _, err := h.js.Stream(cctx, StreamName); errors.Is(err, jetstream.ErrStreamNotFound) {
			ensureStream(cctx, h.js)
		}
		cancel()
	}
}

// ensureStream is the one definition of the stream; only the hub makes
// it (desks have no right to).
func ensureStream(ctx context.Context, js jetstream.JetStream) error {
	_, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        StreamName,
		Description: "caecw journal entries from every desk",
		Subjects:    []string{entrySubject + ">"},
		Storage:     jetstream.FileStorage,
		Retention:   jetstream.LimitsPolicy,
		Duplicates:  DuplicateWindow,
	})
	if err != nil {
		return fmt.Errorf("hub stream: %w", err)
	}
	return nil
}

// InProcess are the connection options for a client inside the hub's
// own process (the hub's desk, its administration, tests): no socket,
// the hub's own key, every right. The key never leaves the process.
func (h *Hub) InProcess() []nats.Option {
	return []nats.Option{nats.InProcessServer(h.srv), nats.Nkey(h.pub, h.self.Sign)}
}

// URL is the address desks join, nats://host:port (tls:// with TLS).
func (h *Hub) URL() string { return h.srv.ClientURL() }

// Addr is the address the hub listens on.
func (h *Hub) Addr() string { return h.srv.Addr().String() }

// Cert is the hub's certificate (PEM) that join files pin; empty for a
// plain hub.
func (h *Hub) Cert() string { return h.cert }

// Dir is the hub's folder.
func (h *Hub) Dir() string { return h.dir }

// Enroll issues desk a credential and returns its join file; the hub
// takes it at once.
func (h *Hub) Enroll(desk string) (JoinFile, error) {
	jf, err := Enroll(h.dir, desk, h.URL(), h.cert)
	if err != nil {
		return jf, err
	}
	return jf, h.reloadIfChanged()
}

// Revoke withdraws desk's credential at once: its connection is closed
// and its consumer removed.
func (h *Hub) Revoke(desk string) error {
	if err := Revoke(h.dir, desk); err != nil {
		return err
	}
	return h.reloadIfChanged()
}

// Shutdown stops the server; JetStream data stays in the folder.
func (h *Hub) Shutdown() {
	if h.stop != nil {
		h.stop()
		h.stopped.Wait()
	}
	if h.admin != nil {
		h.admin.Close()
	}
	h.srv.Shutdown()
	h.srv.WaitForShutdown()
}
