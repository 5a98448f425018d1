package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"caecw/internal/i18n"
	"caecw/internal/replication"
	"caecw/internal/textcell"
	"caecw/store"
	"caecw/ui/common"
)

// syncFlags are the flags that make a screen or a command sync: --hub to
// run the hub here, --join FILE to sync through another laptop's hub
// with the join file it made for this desk.
type syncFlags struct {
	hub      bool
	listen   string
	tls      bool
	plainTCP bool
	join     string
	// joinFile is --join's file, read by load before the store opens.
	joinFile *replication.JoinFile
	// p words the flags, the errors and the link state in the language
	// run chose; register takes it from the flag set newFlags built.
	p i18n.Printer
	// warn is where warnings go (standard error).
	warn io.Writer
}

// register adds the sync flags to fs: the join flag always, the hub
// flags when withHub. Their descriptions speak the flag set's language.
func (f *syncFlags) register(fs *flag.FlagSet, withHub bool) {
	f.p, f.warn = i18n.New(i18n.EN), io.Discard
	if out, ok := fs.Output().(*flagOutput); ok {
		f.p, f.warn = out.p, out.w
	}
	p := f.p
	if withHub {
		fs.BoolVar(&f.hub, "hub", false, p.T(i18n.KeyCLIFlagHub))
		fs.StringVar(&f.listen, "listen", replication.DefaultListen, p.T(i18n.KeyCLIFlagListen))
		fs.BoolVar(&f.tls, "tls", false, p.T(i18n.KeyCLIFlagTLS))
		fs.BoolVar(&f.plainTCP, "insecure-plain", false, p.T(i18n.KeyCLIFlagInsecurePlain))
	}
	fs.StringVar(&f.join, "join", "", p.T(i18n.KeyCLIFlagJoin))
}

// enabled reports whether any syncing was asked for.
func (f *syncFlags) enabled() bool { return f.hub || f.join != "" }

// load reads --join's file before the data file opens: the desk name is
// the join file's (the credential allows no other), so --desk may be left
// out; a different one is refused.
func (f *syncFlags) load(c *cliFlags) error {
	if f.join == "" {
		return nil
	}
	if f.hub {
		return say(f.p, i18n.KeyCLISyncHubAndJoin)
	}
	if strings.Contains(f.join, "://") {
		return say(f.p, i18n.KeyCLISyncJoinNotFile, "value", f.join)
	}
	jf, err := replication.ReadJoinFile(f.join)
	if err != nil {
		return explainJoin(f.p, f.join, err)
	}
	if c.desk == "" {
		c.desk = jf.Desk
	} else if c.desk != jf.Desk {
		return say(f.p, i18n.KeyCLISyncJoinDesk, "path", f.join, "want", jf.Desk, "desk", c.desk)
	}
	f.joinFile = &jf
	return nil
}

// syncing is a running hub (maybe nil) and this desk's client.
type syncing struct {
	hub    *replication.Hub
	client *replication.Client
	p      i18n.Printer
}

// start runs the hub (with --hub) and this desk's client over s. With
// neither --hub nor --join it returns nil and no error.
func (f *syncFlags) start(s *store.Store, onApplied func(int)) (*syncing, error) {
	if !f.enabled() {
		return nil, nil
	}
	if f.hub && f.join != "" {
		return nil, say(f.p, i18n.KeyCLISyncHubAndJoin)
	}
	out := &syncing{p: f.p}
	cfg := replication.Config{Store: s, OnApplied: onApplied}
	if f.hub {
		var err error
		out.hub, err = replication.StartHub(replication.HubOptions{Listen: f.listen, Dir: replication.StoreDirFor(s.Path()),
			TLS: f.tls, PlainTCP: f.plainTCP})
		if err != nil {
			return nil, explain(f.p, err)
		}
		if out.hub.Cert() == "" && !isLoopbackURL(out.hub.URL()) {
			fmt.Fprintln(f.warn, f.p.T(i18n.KeyCLIHubPlainWarning, "addr", out.hub.Addr()))
		}
		cfg.Hub = out.hub
	} else {
		if f.joinFile == nil {
			if err := f.load(&cliFlags{desk: s.Desk()}); err != nil {
				return nil, err
			}
		}
		cfg.Join = *f.joinFile
		if cfg.Join.Cert == "" && !isLoopbackURL(cfg.Join.Hub) {
			fmt.Fprintln(f.warn, f.p.T(i18n.KeyCLIHubPlainWarning, "addr", cfg.Join.Hub))
		}
	}
	var err error
	out.client, err = replication.Start(cfg)
	if err != nil {
		if out.hub != nil {
			out.hub.Shutdown()
		}
		return nil, explain(f.p, err)
	}
	return out, nil
}

// isLoopbackURL reports whether a hub address only reaches this laptop.
func isLoopbackURL(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	ip := net.ParseIP(u.Hostname())
	return u.Hostname() == "localhost" || (ip != nil && ip.IsLoopback())
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
// state's language. The client's last error is worded by replication
// (Words); a failure of no known kind is the network library's own text.
func describe(st linkState) string {
	p, n := st.p, max(st.Outbox, 0)
	var line string
	switch {
	case st.Online && st.Outbox <= 0:
		line = p.T(i18n.KeyCLISyncSynced)
	case st.Online:
		line = p.T(i18n.KeyCLISyncOnline, "n", n)
	case st.LastError != "":
		line = p.T(i18n.KeyCLISyncOfflineWhy, "n", n, "err", lastError(st))
	default:
		line = p.T(i18n.KeyCLISyncOffline, "n", n)
	}
	if st.Unsendable > 0 {
		line += " · " + p.N(i18n.KeyHeaderUnsendable, st.Unsendable)
	}
	if st.Held > 0 {
		line += " · " + p.N(i18n.KeyLogHeldCount, st.Held)
	}
	if st.Online && st.LastError != "" && (st.Unsendable > 0 || st.Held > 0) {
		line += " (" + lastError(st) + ")"
	}
	return line
}

// lastError is the link's last failure in the state's language.
func lastError(st linkState) string {
	if st.LastErrorText == nil {
		return st.LastError
	}
	return st.LastErrorText(st.p)
}

// syncFlushWait is how long a command that wrote waits for the hub to
// take its entries before it exits; what is not sent stays in the outbox.
const syncFlushWait = 5 * time.Second

// runHub runs the sync hub with this laptop's own desk and no screen,
// until interrupted, printing the link state as it changes.
func runHub(env *cliEnv, args []string) int {
	if len(args) > 0 {
		switch args[0] {
		case "enroll":
			return runHubEnroll(env, args[1:])
		case "revoke":
			return runHubRevoke(env, args[1:])
		}
	}
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
	fmt.Fprintln(env.stdout, p.T(i18n.KeyCLIHubListening, "path", s.Path(), "url", x.hub.URL(),
		"dir", replication.StoreDirFor(s.Path())))
	ctx, cancel := signal.NotifyContext(context.Background(), stopSignals...)
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
// applied from other desks make the screen read what changed (the whole
// day, and the people, only when the programme or the people changed).
func startScreenSync(f syncFlags, s *store.Store, c *common.Common, p *tea.Program) (*syncing, error) {
	x, err := f.start(s, func(int) { p.Send(common.ReloadMsg{}) })
	if err != nil || x == nil {
		return nil, err
	}
	c.Sync = func() common.SyncState {
		st := x.client.Status()
		return common.SyncState{Online: st.Online, Peers: st.Peers, Outbox: max(st.Outbox, 0), Held: st.Held,
			Unsendable: st.Unsendable, LastError: st.LastError, LastErrorText: st.LastErrorText}
	}
	return x, nil
}

// runHubEnroll issues a desk its credential: caecw hub enroll DESK writes
// the join file that desk's laptop joins with. It works whether the hub
// runs or not; a running hub takes the new desk within a second.
func runHubEnroll(env *cliEnv, args []string) int {
	p := env.printer()
	var c cliFlags
	var hubURL, out string
	fs := newFlags(env, "hub enroll", p.T(i18n.KeyCLISynopsisHubEnroll), &c, "db", "lang")
	fs.StringVar(&hubURL, "url", "", p.T(i18n.KeyCLIFlagHubURL))
	fs.StringVar(&out, "o", "", p.T(i18n.KeyCLIFlagJoinOut))
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	desk := fs.Arg(0)
	if out == "" {
		out = desk + ".join"
	}
	if _, err := os.Lstat(out); err == nil {
		return fail(env.stderr, say(p, i18n.KeyCLIOutExists, "path", out))
	}
	dir := replication.StoreDirFor(c.path(env))
	jf, err := replication.EnrollFor(dir, desk, hubURL)
	// The bare sentinel: the hub never said where it listens. Its
	// listening on every address is a *replication.Error of its own.
	if err == replication.ErrNoHubURL {
		return fail(env.stderr, say(p, i18n.KeyCLIHubNoURL, "dir", dir))
	}
	if err != nil {
		return fail(env.stderr, explain(p, err))
	}
	if err := replication.WriteJoinFile(out, jf); err != nil {
		return fail(env.stderr, say(p, i18n.KeySyncJoinWrite, "path", out, "err", err))
	}
	fmt.Fprintln(env.stdout, p.T(i18n.KeyCLIHubEnrolled, "desk", desk, "path", out, "url", jf.Hub))
	return 0
}

// runHubRevoke withdraws a desk's credential: caecw hub revoke DESK.
func runHubRevoke(env *cliEnv, args []string) int {
	p := env.printer()
	var c cliFlags
	fs := newFlags(env, "hub revoke", p.T(i18n.KeyCLISynopsisHubRevoke), &c, "db", "lang")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	desk := fs.Arg(0)
	if err := replication.Revoke(replication.StoreDirFor(c.path(env)), desk); err != nil {
		return fail(env.stderr, explain(p, err))
	}
	fmt.Fprintln(env.stdout, p.T(i18n.KeyCLIHubRevoked, "desk", desk))
	return 0
}
