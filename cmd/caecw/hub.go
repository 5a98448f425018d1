package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"

	"caecw/internal/i18n"
	"caecw/internal/replication"
	"caecw/internal/textcell"
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
	// p words the flags, the errors and the link state in the language
	// run chose; register takes it from the flag set newFlags built.
	p i18n.Printer
}

// register adds the sync flags to fs: the join flags always, the hub
// flags when withHub. Their descriptions speak the flag set's language.
func (f *syncFlags) register(fs *flag.FlagSet, withHub bool) {
	f.p = i18n.New(i18n.EN)
	if out, ok := fs.Output().(*flagOutput); ok {
		f.p = out.p
	}
	p := f.p
	if withHub {
		fs.BoolVar(&f.hub, "hub", false, p.T(i18n.KeyCLIFlagHub))
		fs.StringVar(&f.listen, "listen", replication.DefaultListen, p.T(i18n.KeyCLIFlagListen))
		fs.StringVar(&f.tlsCert, "tls-cert", "", p.T(i18n.KeyCLIFlagTLSCert))
		fs.StringVar(&f.tlsKey, "tls-key", "", p.T(i18n.KeyCLIFlagTLSKey))
	}
	fs.StringVar(&f.join, "join", "", p.T(i18n.KeyCLIFlagJoin))
	fs.StringVar(&f.tokenFile, "token-file", "", p.T(i18n.KeyCLIFlagTokenFile))
	fs.StringVar(&f.tlsCA, "tls-ca", "", p.T(i18n.KeyCLIFlagTLSCA))
}

// enabled reports whether any syncing was asked for.
func (f *syncFlags) enabled() bool { return f.hub || f.join != "" }

// syncing is a running hub (maybe nil) and this desk's client.
type syncing struct {
	hub    *replication.Hub
	client *replication.Client
	p      i18n.Printer
}

// start runs the hub (with --hub) and this desk's client over s. With
// neither --hub nor --join it returns nil and no error.
func (f *syncFlags) start(s *store.Store, onApplied func(int)) (*syncing, error) {
	// Checked before "no syncing asked for": a --tls-ca alone must not
	// be dropped in silence.
	if f.tlsCA != "" && f.join == "" {
		return nil, say(f.p, i18n.KeyCLISyncCANeedsJoin)
	}
	if !f.enabled() {
		return nil, nil
	}
	if f.hub && f.join != "" {
		return nil, say(f.p, i18n.KeyCLISyncHubAndJoin)
	}
	token, err := replication.ReadToken(f.tokenFile)
	if err != nil {
		return nil, err
	}
	out := &syncing{p: f.p}
	cfg := replication.Config{Store: s, Token: token, CAFile: f.tlsCA, OnApplied: onApplied}
	if f.hub {
		out.hub, err = replication.StartHub(replication.HubOptions{Listen: f.listen, Dir: replication.StoreDirFor(s.Path()), Token: token,
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
	out.client, err = replication.Start(cfg)
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

// linkState is the state of the link with the printer that words it.
type linkState struct {
	replication.Status
	p i18n.Printer
}

// state is the link state now.
func (x *syncing) state() linkState {
	return linkState{Status: x.client.Status(), p: x.p}
}

// flush waits up to d for the outbox to be sent, for commands that write
// and exit. It reports the state at the end.
func (x *syncing) flush(d time.Duration) linkState {
	deadline := time.After(d)
	for {
		st := x.state()
		if st.Online && st.Outbox <= 0 {
			return st
		}
		select {
		case <-x.client.Changes():
		case <-deadline:
			return x.state()
		}
	}
}

// describe is one line about the link for a command's output, in the
// state's language. The client's last error is the network library's own
// text and stays as it is.
func describe(st linkState) string {
	p, n := st.p, max(st.Outbox, 0)
	switch {
	case st.Online && st.Outbox <= 0:
		return p.T(i18n.KeyCLISyncSynced)
	case st.Online:
		return p.T(i18n.KeyCLISyncOnline, "n", n)
	case st.LastError != "":
		return p.T(i18n.KeyCLISyncOfflineWhy, "n", n, "err", st.LastError)
	}
	return p.T(i18n.KeyCLISyncOffline, "n", n)
}

// syncFlushWait is how long a command that wrote waits for the hub to
// take its entries before it exits; what is not sent stays in the outbox.
const syncFlushWait = 5 * time.Second

// runHub runs the sync hub with this laptop's own desk and no screen,
// until interrupted, printing the link state as it changes.
func runHub(env *cliEnv, args []string) int {
	p := env.printer()
	var c cliFlags
	var f syncFlags
	fs := newFlags(env, "hub", p.T(i18n.KeyCLISynopsisHub), &c, "db", "desk", "operator", "lang")
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
	fmt.Fprintln(env.stdout, p.T(i18n.KeyCLIHubListening, "path", s.Path(), "addr", x.hub.Addr(),
		"dir", replication.StoreDirFor(s.Path()), "url", x.hub.URL()))
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()
	last := ""
	for {
		st := x.state()
		line := describe(st)
		if len(st.Peers) > 0 {
			line = p.T(i18n.KeyCLIHubDesks, "status", line, "desks", strings.Join(st.Peers, listSep(p)))
		}
		if line != last {
			// Desk names come from the other desks.
			fmt.Fprintf(env.stdout, "%s %s\n", time.Now().Format("15:04:05"), textcell.Sanitize(line))
			last = line
		}
		select {
		case <-ctx.Done():
			fmt.Fprintln(env.stdout, p.T(i18n.KeyCLIHubStopped))
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
