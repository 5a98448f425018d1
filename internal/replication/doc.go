// Package replication keeps the data files of several laptops in step through
// one of them, the hub: an embedded NATS server with JetStream.
//
// The outbox is derived, never written: it is this desk's part of the
// journal after the store's acknowledged mark (store.Store.Outbox), so a
// local write is in it the moment its entry commits. A Client's publisher
// sends the outbox to the hub's stream, with the entry id as the
// JetStream message id so that a resend after a lost ack is dropped by
// the server, and moves the mark past an entry (store.Store.Ack) only
// after the server acknowledged it. A durable consumer per desk reads the stream and applies the other
// desks' entries with store.Store.Apply, which is idempotent by entry id
// and follows the merge rules described in docs/sync.md. Nothing here
// decides a merge: the store does, the same way on every desk and for a
// journal file merged by hand.
//
// Offline is the normal case, not an error: a desk that cannot reach the
// hub keeps working on its own file, Status says how much waits to be
// sent, and everything flows both ways once the hub is back.
//
// The package works over the store (it imports store, never bbolt) and
// does I/O: the network to the hub, and the hub's JetStream folder and the
// token file on disk. It imports no UI; Status carries plain values so
// that the screen can show the link without knowing NATS.
package replication
