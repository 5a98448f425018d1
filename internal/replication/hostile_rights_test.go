package replication

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"caecw/internal/journal"
	"caecw/store"
)

// The hostile-rights suite of issue 13: a desk enrolled on the hub (its
// join file in the hands of a careless or hostile volunteer) uses its
// credential outside caecw to do what a desk must not: publish under
// another desk's subject, delete or purge the stream, delete another
// desk's consumer, create consumers, read another desk's consumer or
// replies, flood the hub with join requests. Invariants: every attempt
// is refused by the server, nothing forged is applied anywhere, the hub
// and the desks keep running, and a good entry made afterwards reaches
// every desk.
func TestHostileRights(t *testing.T) {
	h, a, b, c := threeDesks(t, 6)
	eventually(t, settle, converged(t, a, b, c))
	before := streamInfo(t, h).State.Msgs

	errs := make(chan error, 64)
	nc := rawConn(t, h, "mallory", errs)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	refusedAsync := func(what string) {
		t.Helper()
		select {
		case err := <-errs:
			if !strings.Contains(err.Error(), "Permissions Violation") {
				t.Errorf("%s: refusal %v", what, err)
			}
		case <-time.After(settle):
			t.Errorf("%s: the server did not refuse it", what)
		}
	}
	api := func(what string, call func(ctx context.Context) error) {
		t.Helper()
		// A refused request gets no answer: a short wait is enough.
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		defer cancel()
		if err := call(ctx); err == nil {
			t.Errorf("%s: allowed", what)
		}
		refusedAsync(what)
	}

	// A forged check-in of person 5 under desk-b's name.
	forged := journal.Entry{ID: journal.NewID(journal.MakeHLC(time.Now(), 0), "desk-b"), At: time.Now(), Day: day1,
		Desk: "desk-b", Operator: "mallory", Kind: journal.KindCheckIn, Subject: personID(5),
		Payload: json.RawMessage(fmt.Sprintf(`{"person":%q,"day":%q}`, personID(5), day1))}
	data, _ := json.Marshal(forged)
	if err := nc.Publish(entrySubject+token("desk-b"), data); err != nil {
		t.Fatal(err)
	}
	refusedAsync("publish under another desk's subject")
	if _, err := js.Publish(context.Background(), entrySubject+token("desk-b"), data, jetstream.WithExpectStream(StreamName)); err == nil {
		t.Error("a JetStream publish under another desk's subject was acknowledged")
	}
	refusedAsync("JetStream publish under another desk's subject")

	api("delete the stream", func(ctx context.Context) error { return js.DeleteStream(ctx, StreamName) })
	api("purge the stream", func(ctx context.Context) error {
		_, err := nc.RequestWithContext(ctx, "$JS.API.STREAM.PURGE."+StreamName, nil)
		return err
	})
	api("update the stream", func(ctx context.Context) error {
		_, err := js.UpdateStream(ctx, jetstream.StreamConfig{Name: StreamName, Subjects: []string{"x.>"}})
		return err
	})
	api("read the stream's state", func(ctx context.Context) error { _, err := js.Stream(ctx, StreamName); return err })
	api("delete another desk's consumer", func(ctx context.Context) error {
		return js.DeleteConsumer(ctx, StreamName, ConsumerName("desk-b"))
	})
	api("create a consumer", func(ctx context.Context) error {
		_, err := js.CreateConsumer(ctx, StreamName, jetstream.ConsumerConfig{Durable: "mine", AckPolicy: jetstream.AckExplicitPolicy})
		return err
	})
	api("create its own consumer from the start", func(ctx context.Context) error {
		_, err := js.CreateOrUpdateConsumer(ctx, StreamName, consumerConfig("mallory", "reset"))
		return err
	})
	api("read another desk's consumer", func(ctx context.Context) error {
		_, err := nc.RequestWithContext(ctx, "$JS.API.CONSUMER.MSG.NEXT."+StreamName+"."+ConsumerName("desk-b"), []byte(`{"batch":1}`))
		return err
	})
	for _, subj := range []string{"_INBOX.>", inboxPrefix("desk-b") + ".>", entrySubject + ">", "$JS.>"} {
		sub, err := nc.SubscribeSync(subj)
		if err == nil {
			nc.Flush()
			refusedAsync("subscribe " + subj)
			sub.Unsubscribe()
		}
	}
	// Join requests: as another desk (refused by the server) and a flood
	// as itself (answered or turned away, never a stall).
	if err := nc.Publish(joinSubject+token("desk-b"), []byte(`{}`)); err != nil {
		t.Fatal(err)
	}
	refusedAsync("ask for another desk's consumer")
	req, _ := json.Marshal(joinRequest{Desk: "mallory", Instance: "m1", File: "f"})
	for range 2000 {
		nc.PublishRequest(joinSubject+"mallory", nats.NewInbox(), req)
	}
	nc.Flush()

	// Its own subject, another desk's name in the entry: refused by the
	// desks that read it (held, never applied).
	if err := nc.Publish(entrySubject+"mallory", data); err != nil {
		t.Fatal(err)
	}
	if !nc.IsConnected() {
		t.Fatal("the hostile desk was disconnected; the refusals should be per message")
	}

	// Nothing lost, nothing forged; a good entry still reaches every desk.
	if _, err := admin(t, h).Consumer(context.Background(), StreamName, ConsumerName("desk-b")); err != nil {
		t.Errorf("desk-b's consumer: %v", err)
	}
	res, err := b.s.CheckIn(personID(1))
	if err != nil {
		t.Fatal(err)
	}
	good := res.Entry.ID
	start := time.Now()
	eventually(t, settle, func() string {
		for _, d := range []*desk{a, b, c} {
			if _, ok := d.s.Entry(good); !ok {
				return fmt.Sprintf("%s lacks the good entry (%+v)", d.name, d.c.Status())
			}
		}
		return ""
	})
	t.Logf("a good entry reached every desk %s after it was made", time.Since(start).Round(time.Millisecond))
	if got := streamInfo(t, h).State.Msgs; got < before+1 {
		t.Errorf("stream holds %d messages, had %d before", got, before)
	}
	for _, d := range []*desk{a, b, c} {
		if _, ok := d.s.Entry(forged.ID); ok {
			t.Errorf("%s applied the forged entry", d.name)
		}
		if _, ok := arrivals(t, d.s)[personID(5)]; ok {
			t.Errorf("%s counts the forged arrival", d.name)
		}
		if d == b {
			continue // its own name: it knows the entry is not its own
		}
		held, err := d.s.Held()
		if err != nil {
			t.Fatal(err)
		}
		if len(held) != 1 || held[0].Entry.ID != forged.ID || held[0].Code != store.HeldOrigin {
			t.Errorf("%s holds %+v, want the forged entry with code %q", d.name, held, store.HeldOrigin)
		}
		if st := d.c.Status(); !st.Online {
			t.Errorf("%s offline after the attack: %+v", d.name, st)
		}
	}
}
