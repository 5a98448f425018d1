package replication

import (
	"slices"
	"time"

	"github.com/nats-io/nats.go"
)

// runPresence says every presenceEvery that this desk is there, on core
// NATS (nothing stored), and keeps the list of desks heard from within
// PeerWindow.
func (c *Client) runPresence() {
	defer c.wg.Done()
	sub, err := c.nc.Subscribe(presenceSubject+"*", func(m *nats.Msg) {
		desk := string(m.Data)
		if desk == c.desk || desk == "" {
			return
		}
		c.peersMu.Lock()
		_, known := c.peers[desk]
		c.peers[desk] = time.Now()
		c.peersMu.Unlock()
		if !known {
			c.updatePeers()
		}
	})
	if err != nil {
		c.fail(err)
		return
	}
	defer sub.Unsubscribe()
	tick := time.NewTicker(presenceEvery)
	defer tick.Stop()
	say := func() {
		if c.nc.IsConnected() {
			c.nc.Publish(presenceSubject+token(c.desk), []byte(c.desk))
		}
	}
	say()
	for {
		select {
		case <-c.ctx.Done():
			return
		case <-tick.C:
			say()
			c.updatePeers()
		}
	}
}

// updatePeers forgets desks not heard from within PeerWindow and
// publishes the list.
func (c *Client) updatePeers() {
	now := time.Now()
	c.peersMu.Lock()
	var peers []string
	for d, seen := range c.peers {
		if now.Sub(seen) <= c.cfg.PeerWindow {
			peers = append(peers, d)
		} else {
			delete(c.peers, d)
		}
	}
	c.peersMu.Unlock()
	slices.Sort(peers)
	if !c.nc.IsConnected() {
		peers = nil
	}
	c.status.update(func(st *Status) { st.Peers = peers })
}
