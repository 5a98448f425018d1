package replication

import (
	"fmt"
	"io"
	"net"
	"sync"
	"testing"
	"time"
)

// blackhole is a TCP proxy that can stop forwarding without closing
// anything, as a hub does whose cable was pulled or whose laptop slept.
type blackhole struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	frozen bool
	conns  []net.Conn
}

func newBlackhole(t *testing.T, target string) *blackhole {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &blackhole{ln: ln, target: target}
	t.Cleanup(func() { ln.Close(); p.dropAll() })
	go func() {
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", target)
			if err != nil {
				in.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, in, out)
			p.mu.Unlock()
			go p.pipe(in, out)
			go p.pipe(out, in)
		}
	}()
	return p
}

// pipe copies src to dst, holding data back while frozen.
func (p *blackhole) pipe(dst, src net.Conn) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		for p.isFrozen() {
			time.Sleep(10 * time.Millisecond)
		}
		if n > 0 {
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			if err != io.EOF {
				dst.Close()
			}
			return
		}
	}
}

func (p *blackhole) isFrozen() bool { p.mu.Lock(); defer p.mu.Unlock(); return p.frozen }

func (p *blackhole) freeze() { p.mu.Lock(); p.frozen = true; p.mu.Unlock() }

// thaw drops the connections that went silent (as a peer that woke up
// would find them) and forwards again.
func (p *blackhole) thaw() {
	p.dropAll()
	p.mu.Lock()
	p.frozen = false
	p.mu.Unlock()
}

func (p *blackhole) dropAll() {
	p.mu.Lock()
	conns := p.conns
	p.conns = nil
	p.mu.Unlock()
	for _, c := range conns {
		c.Close()
	}
}

// A hub that goes silent without closing the connection is noticed by
// the desk's pings (it shows offline), both sides keep working, and
// everything flows both ways once the hub is reachable again.
func TestSilentHubIsNoticed(t *testing.T) {
	dir := t.TempDir()
	h := startHub(t, t.TempDir(), "")
	defer h.Shutdown()
	proxy := newBlackhole(t, h.Addr())
	prog := programme(t, 6)
	a := newDesk(t, dir, "desk-a", &prog)
	b := newDesk(t, dir, "desk-b", nil)
	a.connect(t, h, false)
	jf := joinFor(t, h, b.name)
	jf.Hub = "nats://" + proxy.ln.Addr().String()
	c, err := Start(Config{Store: b.s, Join: jf, PingInterval: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	b.c = c
	eventually(t, settle, converged(t, a, b))

	proxy.freeze()
	eventually(t, settle, func() string {
		if st := b.c.Status(); st.Online {
			return fmt.Sprintf("desk B still online: %+v", st)
		}
		return ""
	})
	must(t)(a.s.CheckIn(personID(0)))
	must(t)(b.s.CheckIn(personID(1)))
	if st := b.c.Status(); st.Online || st.Outbox != 1 {
		t.Errorf("desk B while the hub is silent: %+v", st)
	}
	proxy.thaw()
	eventually(t, settle, converged(t, a, b))
	if n := len(arrivals(t, b.s)); n != 2 {
		t.Errorf("%d arrivals, want 2", n)
	}
}
