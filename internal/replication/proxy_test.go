package replication

import (
	"io"
	"net"
	"sync"
	"sync/atomic"
	"testing"
)

// proxyMode is what a loopback proxy does with the traffic between a desk
// and the hub.
type proxyMode int32

const (
	// pass forwards both ways.
	pass proxyMode = iota
	// drop cuts every connection and refuses new ones at once (a cable
	// pulled, the hub's port closed).
	drop
	// block keeps connections open and forwards nothing (Wi-Fi that
	// still associates but carries no packets): only the link's pings
	// can tell.
	block
)

// proxy is a TCP proxy on loopback between desks and the hub, whose mode
// a test changes to cut the link in one of two ways.
type proxy struct {
	ln     net.Listener
	target string
	mode   atomic.Int32

	mu    sync.Mutex
	conns map[net.Conn]bool
	wg    sync.WaitGroup
}

// startProxy listens on a free loopback port and forwards to target.
func startProxy(t testing.TB, target string) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, target: target, conns: map[net.Conn]bool{}}
	p.wg.Add(1)
	go p.serve()
	t.Cleanup(p.close)
	return p
}

// URL is the address desks join instead of the hub's.
func (p *proxy) URL() string { return "nats://" + p.ln.Addr().String() }

func (p *proxy) serve() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		switch proxyMode(p.mode.Load()) {
		case drop:
			c.Close()
		case block:
			p.track(c)
		default:
			p.track(c)
			p.wg.Add(1)
			go p.pipe(c)
		}
	}
}

// pipe forwards between the desk's connection c and a new one to the
// hub until either side closes or the mode drops it.
func (p *proxy) pipe(c net.Conn) {
	defer p.wg.Done()
	h, err := net.Dial("tcp", p.target)
	if err != nil {
		p.untrack(c)
		return
	}
	p.track(h)
	var once sync.Once
	done := func() {
		once.Do(func() {
			p.untrack(c)
			p.untrack(h)
		})
	}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		p.copy(h, c)
		done()
	}()
	p.copy(c, h)
	done()
}

// copy forwards src to dst; in block mode what is read goes nowhere.
func (p *proxy) copy(dst, src net.Conn) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 && proxyMode(p.mode.Load()) != block {
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			if err != io.EOF {
				return
			}
			return
		}
	}
}

func (p *proxy) track(c net.Conn) {
	p.mu.Lock()
	p.conns[c] = true
	p.mu.Unlock()
}

func (p *proxy) untrack(c net.Conn) {
	p.mu.Lock()
	delete(p.conns, c)
	p.mu.Unlock()
	c.Close()
}

// set changes the mode; drop cuts the open connections too.
func (p *proxy) set(m proxyMode) {
	p.mode.Store(int32(m))
	if m != drop {
		return
	}
	p.mu.Lock()
	for c := range p.conns {
		c.Close()
		delete(p.conns, c)
	}
	p.mu.Unlock()
}

func (p *proxy) close() {
	p.ln.Close()
	p.set(drop)
	p.wg.Wait()
}
