package replication

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go/jetstream"
)

// fileStamp tells whether the registry file changed since last read.
type fileStamp struct {
	mod  time.Time
	size int64
	ok   bool
}

func stampOf(path string) fileStamp {
	fi, err := os.Stat(path)
	if err != nil {
		return fileStamp{}
	}
	return fileStamp{mod: fi.ModTime(), size: fi.Size(), ok: true}
}

// readRegistry reads the registry with its stamp taken before, so a
// change made while reading is seen next time.
func (h *Hub) readRegistry() (registry, fileStamp, error) {
	st := stampOf(filepath.Join(h.dir, registryFileName))
	r, err := readRegistry(h.dir)
	return r, st, err
}

// users are the server's nkey users: the enrolled desks with their
// rights and the hub itself with all.
func (h *Hub) users(r registry) []*server.NkeyUser {
	return append(r.users(), &server.NkeyUser{Nkey: h.pub})
}

func (r registry) names() map[string]bool {
	out := make(map[string]bool, len(r.Desks))
	for d := range r.Desks {
		out[d] = true
	}
	return out
}

// reloadIfChanged gives the server the registry's users when the file
// changed: the server closes the connections of revoked desks itself
// (reloadAuthorization), and the hub removes their consumers.
func (h *Hub) reloadIfChanged() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if st := stampOf(filepath.Join(h.dir, registryFileName)); st == h.stamp {
		return nil
	}
	r, st, err := h.readRegistry()
	if err != nil {
		return err
	}
	next := h.opts.Clone()
	next.Nkeys = h.users(r)
	if err := h.srv.ReloadOptions(next.Clone()); err != nil {
		return err
	}
	gone := h.desks
	h.opts, h.stamp, h.desks = next, st, r.names()
	for d := range gone {
		if h.desks[d] {
			continue
		}
		delete(h.live, d)
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err := h.js.DeleteConsumer(ctx, StreamName, ConsumerName(d))
		cancel()
		if err != nil && !errors.Is(err, jetstream.ErrConsumerNotFound) && !errors.Is(err, jetstream.ErrStreamNotFound) {
			return err
		}
	}
	return nil
}
