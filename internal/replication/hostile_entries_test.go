package replication

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/internal/journal"
)

// Hostile peers: a client holding the hub's own credentials publishes
// straight into the stream what no desk would write. Whatever it sends,
// every desk stays up, applies nothing invalid, passes its check, and a
// good entry made afterwards reaches every desk within noStall. (Forged
// desks, stream deletion and presence floods: hostile_rights_test.go.)

// noStall is how soon a good entry made after the hostile ones must be on
// every desk: a condition waited on, bounded by this time.
const noStall = 2 * time.Second

// hostileSite is a hub, its own desk and two desks over loopback, all
// with the same programme, in step.
type hostileSite struct {
	h     *Hub
	desks []*desk
	// next is the next person a good check-in is made for.
	next int
}

func newHostileSite(t testing.TB) *hostileSite {
	t.Helper()
	dir := t.TempDir()
	h := startHub(t, t.TempDir(), "")
	t.Cleanup(h.Shutdown)
	prog := programme(t, 60)
	a := newDesk(t, dir, "desk-a", &prog)
	b := newDesk(t, dir, "desk-b", nil)
	c := newDesk(t, dir, "desk-c", nil)
	a.connect(t, h, true)
	b.connect(t, h, false)
	c.connect(t, h, false)
	eventually(t, settle, converged(t, a, b, c))
	return &hostileSite{h: h, desks: []*desk{a, b, c}}
}

// hostilePeer connects with the hub's own credentials.
func (site *hostileSite) hostilePeer(t testing.TB) jetstream.JetStream {
	t.Helper()
	nc, err := nats.Connect("", site.h.InProcess()...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	return js
}

// publish sends msgs into the stream and waits until the hub stored
// them all.
func publish(t testing.TB, js jetstream.JetStream, msgs ...*nats.Msg) {
	t.Helper()
	for i, m := range msgs {
		if _, err := js.PublishMsgAsync(m); err != nil {
			t.Fatalf("publish on %s: %v", m.Subject, err)
		}
		if i%500 == 499 || i == len(msgs)-1 {
			select {
			case <-js.PublishAsyncComplete():
			case <-time.After(time.Minute):
				t.Fatalf("the hub did not take %d messages within a minute", js.PublishAsyncPending())
			}
		}
	}
}

func rawMsg(desk string, data []byte) *nats.Msg {
	m := nats.NewMsg(entrySubject + token(desk))
	m.Data = data
	return m
}

// forged is an entry as a hostile peer would write it, at the desks'
// clock now.
func forged(t testing.TB, site *hostileSite, id journal.ID, kind journal.Kind, subject string, payload any) journal.Entry {
	t.Helper()
	raw, err := json.Marshal(payload)
	if err != nil {
		t.Fatal(err)
	}
	now := site.desks[0].s.Clock().Now().In(guiyang(t))
	return journal.Entry{ID: id, At: now, Day: event.DayOf(now, guiyang(t)), Desk: id.Desk(), Operator: "mallory",
		Kind: kind, Subject: subject, Payload: raw}
}

func entryRaw(t testing.TB, e journal.Entry) *nats.Msg {
	t.Helper()
	data, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	return rawMsg(e.Desk, data)
}

// hostileID is an entry id under the hostile peer's own desk name.
func hostileID(i int) journal.ID {
	return journal.NewID(journal.MakeHLC(day1.At(9, 30, time.UTC), uint16(i%60000)), fmt.Sprintf("desk-z%d", i/60000))
}

// holds checks the invariants once the hostile entries are in the
// stream: a good check-in made now on one desk reaches every desk within
// noStall; none of the bad ids was applied anywhere; every desk passes
// its check and all hold the same state.
func (site *hostileSite) holds(t *testing.T, bad []journal.ID) {
	t.Helper()
	from := site.desks[site.next%len(site.desks)]
	good, err := from.s.CheckIn(personID(site.next))
	site.next++
	if err != nil {
		t.Fatal(err)
	}
	eventually(t, noStall, func() string {
		for _, d := range site.desks {
			if _, ok := d.s.Entry(good.Entry.ID); !ok {
				return fmt.Sprintf("the good check-in %s from %s is not on %s (status %+v)", good.Entry.ID, from.name, d.name, d.c.Status())
			}
		}
		return ""
	})
	// Checked once every desk is in step: Store.Check reads the file in
	// one transaction while the applier may still be writing.
	eventually(t, settle, converged(t, site.desks...))
	for _, d := range site.desks {
		for _, id := range bad {
			if e, ok := d.s.Entry(id); ok {
				t.Errorf("%s applied the hostile entry %s (%s)", d.name, id, e.Kind)
			}
		}
		if problems, err := d.s.Check(); err != nil || len(problems) > 0 {
			t.Errorf("%s check: %v %v", d.name, problems, err)
		}
		if st := d.c.Status(); !st.Online {
			t.Errorf("%s is not online: %+v", d.name, st)
		}
	}
}

// Messages that are not entries at all: empty, binary, JSON of something
// else, an entry with a missing or broken id, truncated JSON.
func TestHostileGarbage(t *testing.T) {
	site := newHostileSite(t)
	js := site.hostilePeer(t)
	good, _ := json.Marshal(forged(t, site, hostileID(1), journal.KindCheckIn, personID(1), journal.CheckIn{Person: personID(1), Day: day1}))
	publish(t, js,
		rawMsg("desk-z", nil),
		rawMsg("desk-z", []byte{0, 1, 2, 0xff, 0xfe}),
		rawMsg("desk-z", []byte(`[1,2,3]`)),
		rawMsg("desk-z", []byte(`{"id":"","desk":"desk-z","kind":"checkin"}`)),
		rawMsg("desk-z", []byte(`{"id":"zz-desk-z","desk":"desk-z","kind":"checkin","payload":{"person":"p00001"}}`)),
		rawMsg("desk-z", good[:len(good)/2]),
		rawMsg("desk-z", bytes.Repeat([]byte("{"), 100000)),
	)
	site.holds(t, []journal.ID{"zz-desk-z", hostileID(1)})
	if arr := arrivals(t, site.desks[1].s); len(arr) != 1 {
		t.Errorf("arrivals %v, want only the good one", arr)
	}
}

// Huge messages: a whole payload of junk, an entry carrying a name of
// half a megabyte, part sets announcing a billion parts, an incomplete
// part set, and a complete one of junk.
func TestHostileHuge(t *testing.T) {
	site := newHostileSite(t)
	js := site.hostilePeer(t)
	junk := bytes.Repeat([]byte("x"), 1<<20-8<<10)
	walk := forged(t, site, hostileID(2), journal.KindWalkIn, "p-huge", journal.WalkIn{Person: event.Person{
		ID: "p-huge", Badge: "HUGE", Name: strings.Repeat("名", 500<<10/3), Delegation: "th", Role: event.RoleDelegate}})
	parts := func(entry, send string, i, n int, data []byte) *nats.Msg {
		m := rawMsg("desk-z", data)
		m.Header.Set(hdrEntry, entry)
		m.Header.Set(hdrSend, send)
		m.Header.Set(hdrPart, fmt.Sprint(i))
		m.Header.Set(hdrParts, fmt.Sprint(n))
		return m
	}
	publish(t, js,
		rawMsg("desk-z", junk),
		entryRaw(t, walk),
		parts(string(hostileID(3)), "s1", 0, 1_000_000_000, junk),
		parts(string(hostileID(4)), "s2", 0, 3, junk),
		parts(string(hostileID(5)), "s3", 0, 2, junk),
		parts(string(hostileID(5)), "s3", 1, 2, junk),
		parts(string(hostileID(6)), "s4", 5, 2, junk),
	)
	site.holds(t, []journal.ID{walk.ID, hostileID(3), hostileID(4), hostileID(5), hostileID(6)})
	for _, d := range site.desks {
		if _, err := d.s.PersonByBadge("HUGE"); err == nil {
			t.Errorf("%s registered the huge walk-in", d.name)
		}
	}
}

// Entries whose id clock is far ahead (ffff..., and two days ahead) are
// not applied and do not move any desk's id clock: the next entries still
// carry the time of day.
func TestHostileFutureClock(t *testing.T) {
	site := newHostileSite(t)
	js := site.hostilePeer(t)
	now := site.desks[0].s.Clock().Now()
	top := forged(t, site, journal.ID("ffffffffffffffff-desk-z"), journal.KindCheckIn, personID(7), journal.CheckIn{Person: personID(7), Day: day1})
	ahead := forged(t, site, journal.NewID(journal.MakeHLC(now.Add(48*time.Hour), 0), "desk-z"), journal.KindCheckIn,
		personID(8), journal.CheckIn{Person: personID(8), Day: day1})
	publish(t, js, entryRaw(t, top), entryRaw(t, ahead))
	site.holds(t, []journal.ID{top.ID, ahead.ID})
	for i, d := range site.desks {
		res, err := d.s.CheckIn(personID(40 + i))
		if err != nil {
			t.Fatalf("%s: a write after the future clock: %v", d.name, err)
		}
		if got := res.Entry.ID.HLC().Time(); got.Sub(d.s.Clock().Now()) > time.Minute {
			t.Errorf("%s: the id clock was pushed to %s", d.name, got)
		}
		for _, p := range []string{personID(7), personID(8)} {
			if _, ok := d.s.Arrival(day1, p); ok {
				t.Errorf("%s: %s arrived by a future-clock entry", d.name, p)
			}
		}
	}
	eventually(t, settle, converged(t, site.desks...))
}

// An entry reusing a real entry's id with another payload (a check-in of
// someone else) changes nothing: every desk keeps the one it has, and
// all agree.
func TestHostileDuplicateID(t *testing.T) {
	site := newHostileSite(t)
	js := site.hostilePeer(t)
	a := site.desks[0]
	real, err := a.s.CheckIn(personID(10))
	if err != nil {
		t.Fatal(err)
	}
	site.next = 11
	eventually(t, settle, converged(t, site.desks...))
	dup := real.Entry
	dup.Payload, _ = json.Marshal(journal.CheckIn{Person: personID(12), Day: day1})
	dup.Subject = personID(12)
	other := dup
	other.Kind = journal.KindSessionCancel
	other.Subject = "s-open"
	publish(t, js, entryRaw(t, dup), entryRaw(t, other))
	site.holds(t, nil)
	for _, d := range site.desks {
		if _, ok := d.s.Arrival(day1, personID(12)); ok {
			t.Errorf("%s: the duplicate id checked person 12 in", d.name)
		}
		if _, ok := d.s.Arrival(day1, personID(10)); !ok {
			t.Errorf("%s: person 10's arrival is gone", d.name)
		}
		p, _ := d.s.Programme()
		for _, s := range p.Sessions {
			if s.ID == "s-open" && s.State.Cancelled {
				t.Errorf("%s: s-open cancelled by a duplicate id", d.name)
			}
		}
	}
}

// Ten thousand entries no desk can apply (a kind from a newer version, a
// change of a session no desk has, an arrival dated 1970) are held and
// acknowledged: a good entry after them still arrives within noStall.
// On 0339cc4 each was delivered again every 5 s for ever and the first
// 4,096 stopped every desk's delivery (MaxAckPending), the hub's own
// desk's too.
func TestHostileFlood(t *testing.T) {
	site := newHostileSite(t)
	js := site.hostilePeer(t)
	const n = 10_000
	msgs, bad := floodMsgs(t, site, 100, n)
	publish(t, js, msgs...)
	// Each desk writes each held entry (with an fsync per batch) while
	// the hub stores them (an fsync each): on a loaded machine the desks
	// may still be a few seconds behind the hub here. Once they have taken
	// the flood, nothing of it may hold back what comes next. The time
	// right after the flood is BenchmarkGoodAfterFlood's figure.
	eventually(t, time.Minute, func() string {
		for _, d := range site.desks {
			if st := d.c.Status(); st.Held < n {
				return fmt.Sprintf("%s holds %d of %d: %+v", d.name, st.Held, n, st)
			}
		}
		return ""
	})
	site.holds(t, bad)
}

// floodMsgs are n entries that cannot be applied, in three kinds, with
// the hostile ids from first on.
func floodMsgs(t testing.TB, site *hostileSite, first, n int) ([]*nats.Msg, []journal.ID) {
	msgs := make([]*nats.Msg, 0, n)
	bad := make([]journal.ID, 0, n)
	for i := range n {
		id := hostileID(first + i)
		var e journal.Entry
		switch i % 3 {
		case 0:
			e = forged(t, site, id, journal.Kind("badge.print"), personID(i%60), map[string]string{"badge": "B1"})
		case 1:
			e = forged(t, site, id, journal.KindSessionDelay, "s-missing", journal.SessionChange{Session: "s-missing",
				After: event.State{DelayMin: 5}})
		default:
			e = forged(t, site, id, journal.KindCheckIn, personID(i%60), journal.CheckIn{Person: personID(i % 60), Day: day1})
			e.At = time.Unix(0, 0)
		}
		msgs = append(msgs, entryRaw(t, e))
		bad = append(bad, id)
	}
	return msgs, bad
}

// Entries that are only held still wake the screen (OnApplied), so that
// the Log tab's held count is current.
func TestHeldEntriesWakeTheScreen(t *testing.T) {
	site := newHostileSite(t)
	js := site.hostilePeer(t)
	b := site.desks[1]
	select {
	case <-b.applied:
	default:
	}
	e := forged(t, site, hostileID(9), journal.Kind("badge.print"), personID(1), map[string]string{"badge": "B1"})
	publish(t, js, entryRaw(t, e))
	select {
	case <-b.applied:
	case <-time.After(settle):
		t.Fatalf("desk-b was not told of the held entry: %+v", b.c.Status())
	}
	eventually(t, settle, func() string {
		if st := b.c.Status(); st.Held != 1 {
			return fmt.Sprintf("desk-b status %+v", st)
		}
		return ""
	})
	// The status says it in the screen's language, the held code's
	// sentence in Chinese (the store's exact reason in English).
	st := b.c.Status()
	en, zh := st.LastErrorText(i18n.New(i18n.EN)), st.LastErrorText(i18n.New(i18n.ZH))
	if !strings.HasPrefix(en, "held "+string(e.ID)+" from ") || en != st.LastError {
		t.Errorf("English status %q (LastError %q)", en, st.LastError)
	}
	if want := "暂缓应用来自" + e.Desk + "的记录" + string(e.ID) + "：记录无效"; !strings.HasPrefix(zh, want) {
		t.Errorf("Chinese status %q, want it to start %q", zh, want)
	}
}
