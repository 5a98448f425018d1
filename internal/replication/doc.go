// Package replication keeps the data files of several laptops in step through
// one of them, the hub: an embedded NATS server with JetStream.
//
// Every local write puts its journal entry in the store's outbox in the
// same transaction (store.Store.Outbox). A Client's publisher sends the
// outbox to the hub's stream, with the entry id as the JetStream message
// id so that a resend after a lost ack is dropped by the server, and
// takes an entry out of the outbox only after the server acknowledged
// it. A durable consumer per desk reads the stream and applies the other
// desks' entries with store.Store.Apply, which is idempotent by entry id
// and follows the merge rules described in docs/sync.md. Nothing here
// decides a merge: the store does, the same way on every desk and for a
// journal file merged by hand.
//
// Offline is the normal case, not an error: a desk that cannot reach the
// hub keeps working on its own file, Status says how much waits to be
// sent, and everything flows both ways once the hub is back.
//
// The package imports NATS but no bbolt and no UI; Status carries plain
// values so that the screen can show the link without knowing NATS.
package replication
