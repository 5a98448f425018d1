package replication

import (
	"encoding/json"
	"slices"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
)

// presence is what a desk says every presenceEvery on core NATS
// (nothing stored), and once more with Gone when it closes.
type presence struct {
	Desk string `json:"desk"`
	// Instance tells two laptops under one desk name apart (see
	// Hub.serveJoin).
	Instance string `json:"instance"`
	Gone     bool   `json:"gone,omitempty"`
}

// maxPresence bounds a presence message; a real one is under 200 bytes.
const maxPresence = 512

// maxPeers caps the desks a client keeps as peers: a venue has a few
// dozen, and a flood of names must not grow memory, the header or the
// hub's log.
const maxPeers = 64

// parsePresence reads a presence message, refusing one whose desk is not
// a valid, printable desk name or does not match the subject it came on
// (a desk may only publish on its own).
func parsePresence(m *nats.Msg) (presence, bool) {
	var p presence
	if len(m.Data) > maxPresence || json.Unmarshal(m.Data, &p) != nil {
		return p, false
	}
	if checkDeskName(p.Desk) != nil || strings.TrimPrefix(m.Subject, presenceSubject) != token(p.Desk) ||
		p.Instance == "" || len(p.Instance) > 64 {
		return p, false
	}
	return p, true
}

// runPresence says every presenceEvery that this desk is there and keeps
// the list of desks heard from within PeerWindow. Only a change of the
// list reaches Status (and from there the screen and the hub's log).
func (c *Client) runPresence() {
	defer c.wg.Done()
	sub, err := c.nc.Subscribe(presenceSubject+"*", func(m *nats.Msg) {
		p, ok := parsePresence(m)
		if !ok || p.Desk == c.desk {
			return
		}
		c.peersMu.Lock()
		peer, known := c.peers[p.Desk]
		changed := false
		switch {
		case p.Gone:
			// Only the instance that was heard may say it left: a
			// refused second laptop under the name must not hide the
			// live one.
			if known && peer.instance == p.Instance {
				delete(c.peers, p.Desk)
				changed = true
			}
		case known || len(c.peers) < maxPeers:
			c.peers[p.Desk] = peerSeen{instance: p.Instance, at: time.Now()}
			changed = !known
		}
		c.peersMu.Unlock()
		if changed {
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
	c.say(false)
	for {
		select {
		case <-c.ctx.Done():
			return
		case <-tick.C:
			c.say(false)
			c.updatePeers()
		}
	}
}

// peerSeen is when a peer was last heard, and which instance.
type peerSeen struct {
	instance string
	at       time.Time
}

// say publishes this desk's presence; gone says it is leaving. Only a
// desk the hub let join speaks: a laptop refused under a live desk name
// stays silent rather than be taken for the live one.
func (c *Client) say(gone bool) {
	if !c.nc.IsConnected() || (gone && !c.joined.Load()) || (!gone && !c.ready.Load()) {
		return
	}
	b, _ := json.Marshal(presence{Desk: c.desk, Instance: c.instance, Gone: gone})
	c.nc.Publish(presenceSubject+token(c.desk), b)
}

// updatePeers forgets desks not heard from within PeerWindow and
// publishes the list.
func (c *Client) updatePeers() {
	now := time.Now()
	c.peersMu.Lock()
	var peers []string
	for d, seen := range c.peers {
		if now.Sub(seen.at) <= c.cfg.PeerWindow {
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
