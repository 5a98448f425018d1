package replication

import (
	"context"
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"strconv"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
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

// HubOptions configure a hub.
type HubOptions struct {
	// Listen is host:port; port 0 or -1 picks a free port (tests).
	Listen string
	// Dir is where JetStream keeps the stream, normally beside the data
	// file (see StoreDirFor).
	Dir string
	// Token is the venue token every client must present.
	Token string
	// TLSCert and TLSKey, when both set, make the hub speak TLS only.
	TLSCert, TLSKey string
}

// Hub is a running embedded NATS server with the entry stream.
type Hub struct {
	srv   *server.Server
	token string
}

// StoreDirFor is the JetStream folder for the data file at dbPath.
func StoreDirFor(dbPath string) string {
	return filepath.Join(filepath.Dir(dbPath), filepath.Base(dbPath)+".hub")
}

// StartHub starts the server and makes sure the stream exists.
func StartHub(o HubOptions) (*Hub, error) {
	if o.Token == "" {
		return nil, errors.New("hub: a venue token is required")
	}
	if o.Dir == "" {
		return nil, errors.New("hub: no storage folder")
	}
	if o.Listen == "" {
		o.Listen = DefaultListen
	}
	host, portText, err := net.SplitHostPort(o.Listen)
	if err != nil {
		return nil, fmt.Errorf("hub: listen address %q: %w", o.Listen, err)
	}
	port, err := strconv.Atoi(portText)
	if err != nil {
		return nil, fmt.Errorf("hub: listen port %q: %w", portText, err)
	}
	if port == 0 {
		port = -1
	}
	opts := &server.Options{
		ServerName: "caecw-hub",
		Host:       host,
		Port:       port,
		JetStream:  true,
		StoreDir:   o.Dir,
		// fsync every message before its ack: a desk forgets an entry's
		// outbox mark once acked, so an acked entry must survive a power
		// cut on the hub (by default JetStream syncs every 2 minutes).
		SyncAlways:    true,
		Authorization: o.Token,
		NoSigs:        true,
		NoLog:         true,
		// The desks' keep-alive: a desk that vanished is dropped soon.
		PingInterval: 5 * time.Second,
		MaxPingsOut:  2,
	}
	if o.TLSCert != "" || o.TLSKey != "" {
		if o.TLSCert == "" || o.TLSKey == "" {
			return nil, errors.New("hub: TLS needs both a certificate and a key file")
		}
		tc, err := server.GenTLSConfig(&server.TLSConfigOpts{CertFile: o.TLSCert, KeyFile: o.TLSKey})
		if err != nil {
			return nil, fmt.Errorf("hub: TLS: %w", err)
		}
		opts.TLSConfig, opts.TLS = tc, true
		opts.TLSTimeout = 2
	}
	srv, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("hub: %w", err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		srv.Shutdown()
		return nil, fmt.Errorf("hub: the server did not start listening on %s", o.Listen)
	}
	h := &Hub{srv: srv, token: o.Token}
	if err := h.ensureStream(); err != nil {
		h.Shutdown()
		return nil, err
	}
	return h, nil
}

// ensureStream creates or updates the entry stream through an in-process
// connection.
func (h *Hub) ensureStream() error {
	nc, err := nats.Connect("", h.InProcess()...)
	if err != nil {
		return fmt.Errorf("hub: connect in-process: %w", err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return ensureStream(ctx, js)
}

// ensureStream is the one definition of the stream, used by the hub and
// by every client (a client that connects to a hub whose store folder
// was lost recreates it, and its outbox and consumer fill it again).
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
// own process (the hub's desk): no socket, the hub's token.
func (h *Hub) InProcess() []nats.Option {
	return []nats.Option{nats.InProcessServer(h.srv), nats.Token(h.token)}
}

// URL is the address desks join, nats://host:port (tls:// with TLS).
func (h *Hub) URL() string { return h.srv.ClientURL() }

// Addr is the address the hub listens on.
func (h *Hub) Addr() string { return h.srv.Addr().String() }

// Shutdown stops the server; JetStream data stays in the folder.
func (h *Hub) Shutdown() {
	h.srv.Shutdown()
	h.srv.WaitForShutdown()
}
