package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"

	"caecw/internal/sync"
	"caecw/store"
	"caecw/ui/common"
)

// syncFlags are the flags that make a screen or a command sync: --hub to
// run the hub here, --join to sync through another laptop's hub.
type syncFlags struct {
	hub       bool
	listen    string
	join      string
	tokenFile string
	tlsCert   string
	tlsKey    string
	tlsCA     string
}

// register adds the sync flags to fs: the join flags always, the hub
// flags when withHub.
func (f *syncFlags) register(fs *flag.FlagSet, withHub bool) {
	if withHub {
		fs.BoolVar(&f.hub, "hub", false, "run the sync hub in this process (other desks --join it)")
		fs.StringVar(&f.listen, "listen", sync.DefaultListen, "with --hub: the `ADDRESS` to listen on (loopback unless you name a LAN address)")
		fs.StringVar(&f.tlsCert, "tls-cert", "", "with --hub: TLS certificate `FILE` (then desks need --tls-ca)")
		fs.StringVar(&f.tlsKey, "tls-key", "", "with --hub: TLS private key `FILE`")
	}
	fs.StringVar(&f.join, "join", "", "sync through the hub at `URL` (nats://HOST:4222, or tls://HOST:4222)")
	fs.StringVar(&f.tokenFile, "token-file", "", "`FILE` holding the venue token (never give the token itself on the command line)")
	fs.StringVar(&f.tlsCA, "tls-ca", "", "with --join: the certificate authority `FILE` that signed the hub's TLS certificate")
}

// enabled reports whether any syncing was asked for.
func (f *syncFlags) enabled() bool { return f.hub || f.join != "" }

// syncing is a running hub (maybe nil) and this desk's client.
type syncing struct {
	hub    *sync.Hub
	client *sync.Client
}

// start runs the hub (with --hub) and this desk's client over s. With
// neither --hub nor --join it returns nil and no error.
func (f *syncFlags) start(s *store.Store, onApplied func(int)) (*syncing, error) {
	if !f.enabled() {
		return nil, nil
	}
	if f.hub && f.join != "" {
		return nil, errors.New("--hub and --join exclude each other: this laptop is either the hub or joins one")
	}
	if f.tlsCA != "" && f.join == "" {
		return nil, errors.New("--tls-ca goes with --join")
	}
	token, err := sync.ReadToken(f.tokenFile)
	if err != nil {
		return nil, err
	}
	out := &syncing{}
	cfg := sync.Config{Store: s, Token: token, CAFile: f.tlsCA, OnApplied: onApplied}
	if f.hub {
		out.hub, err = sync.StartHub(sync.HubOptions{Listen: f.listen, Dir: sync.StoreDirFor(s.Path()), Token: token,
			TLSCert: f.tlsCert, TLSKey: f.tlsKey})
		if err != nil {
			return nil, err
		}
		cfg.Hub = out.hub
	} else {
		cfg.URL = f.join
		if f.tlsCA != "" && strings.HasPrefix(cfg.URL, "nats://") {
			cfg.URL = "tls://" + strings.TrimPrefix(cfg.URL, "nats://")
		}
	}
	out.client, err = sync.Start(cfg)
	if err != nil {
		if out.hub != nil {
			out.hub.Shutdown()
		}
		return nil, err
	}
	return out, nil
}

// stop closes the client, then the hub.
func (x *syncing) stop() {
	if x == nil {
		return
	}
	x.client.Close()
	if x.hub != nil {
		x.hub.Shutdown()
	}
}

// flush waits up to d for the outbox to be sent, for commands that write
// and exit. It reports the status at the end.
func (x *syncing) flush(d time.Duration) sync.Status {
	deadline := time.After(d)
	for {
		st := x.client.Status()
		if st.Online && st.Outbox <= 0 {
			return st
		}
		select {
		case <-x.client.Changes():
		case <-deadline:
			return x.client.Status()
		}
	}
}

// describe is one line about the link for a command's output.
func describe(st sync.Status) string {
	switch {
	case st.Online && st.Outbox <= 0:
		return "synced with the hub"
	case st.Online:
		return fmt.Sprintf("online, %d to send", st.Outbox)
	case st.LastError != "":
		return fmt.Sprintf("offline, %d to send (%s)", max(st.Outbox, 0), st.LastError)
	}
	return fmt.Sprintf("offline, %d to send", max(st.Outbox, 0))
}

// syncFlushWait is how long a command that wrote waits for the hub to
// take its entries before it exits; what is not sent stays in the outbox.
const syncFlushWait = 5 * time.Second

// runHub runs the sync hub with this laptop's own desk and no screen,
// until interrupted, printing the link state as it changes.
func runHub(env *cliEnv, args []string) int {
	var c cliFlags
	var f syncFlags
	fs := newFlags(env, "hub", "[--db PATH] [--listen 127.0.0.1:4222] --token-file FILE [--tls-cert F --tls-key F] [--desk NAME] [--operator NAME]", &c, "db", "desk", "operator")
	f.register(fs, true)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() != 0 || f.join != "" {
		fs.Usage()
		return 2
	}
	f.hub = true
	s, err := c.open(env, false)
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	x, err := f.start(s, nil)
	if err != nil {
		return fail(env.stderr, err)
	}
	defer x.stop()
	fmt.Fprintf(env.stdout, "hub for %s listening on %s (stream in %s); desks join with --join %s --token-file FILE\n",
		s.Path(), x.hub.Addr(), sync.StoreDirFor(s.Path()), x.hub.URL())
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()
	last := ""
	for {
		st := x.client.Status()
		line := describe(st)
		if len(st.Peers) > 0 {
			line += "; desks: " + strings.Join(st.Peers, ", ")
		}
		if line != last {
			fmt.Fprintf(env.stdout, "%s %s\n", time.Now().Format("15:04:05"), line)
			last = line
		}
		select {
		case <-ctx.Done():
			fmt.Fprintln(env.stdout, "hub stopped")
			return 0
		case <-x.client.Changes():
		}
	}
}

// startScreenSync starts syncing for a screen (nil without --hub or
// --join): the header reads the link state through c.Sync, and entries
// applied from other desks make the screen read the day and the people
// again.
func startScreenSync(f syncFlags, s *store.Store, c *common.Common, p *tea.Program) (*syncing, error) {
	x, err := f.start(s, func(int) { p.Send(common.ReloadMsg{People: true}) })
	if err != nil || x == nil {
		return nil, err
	}
	c.Sync = func() common.SyncState {
		st := x.client.Status()
		return common.SyncState{Online: st.Online, Peers: st.Peers, Outbox: max(st.Outbox, 0), LastError: st.LastError}
	}
	return x, nil
}
