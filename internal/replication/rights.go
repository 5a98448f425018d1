package replication

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nkeys"

	"caecw/internal/i18n"
	"caecw/internal/journal"
	"caecw/internal/textcell"
)

// registryFileName is the list of enrolled desks in the hub's folder:
// each desk's name and public key, never a secret.
const registryFileName = "desks.json"

// joinSubject is followed by the desk's token form: a desk asks the hub
// for its consumer there (see join.go).
const joinSubject = "caecw.join."

// registry is the hub's list of enrolled desks.
type registry struct {
	Desks map[string]enrolled `json:"desks"`
}

// enrolled is one desk's entry in the registry.
type enrolled struct {
	// Key is the desk's public nkey.
	Key string `json:"key"`
	// Enrolled is when its current credential was issued.
	Enrolled time.Time `json:"enrolled"`
}

// readRegistry reads the registry in dir; a missing file is an empty
// registry.
func readRegistry(dir string) (registry, error) {
	r := registry{Desks: map[string]enrolled{}}
	b, err := os.ReadFile(filepath.Join(dir, registryFileName))
	if errors.Is(err, os.ErrNotExist) {
		return r, nil
	}
	if err != nil {
		return r, fault(i18n.KeySyncRegistryRead, err, "dir", dir)
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return r, fault(i18n.KeySyncRegistryRead, err, "dir", dir)
	}
	if r.Desks == nil {
		r.Desks = map[string]enrolled{}
	}
	return r, nil
}

func (r registry) write(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return writeSecret(filepath.Join(dir, registryFileName), append(b, '\n'), true)
}

// users are the registry's desks as the server's nkey users, each with
// the rights of its desk only.
func (r registry) users() []*server.NkeyUser {
	names := make([]string, 0, len(r.Desks))
	for d := range r.Desks {
		names = append(names, d)
	}
	slices.Sort(names)
	out := make([]*server.NkeyUser, 0, len(names))
	for _, d := range names {
		out = append(out, &server.NkeyUser{Nkey: r.Desks[d].Key, Permissions: deskPermissions(d)})
	}
	return out
}

// deskPermissions are all a desk may do on the hub: publish its own
// entries, say it is there, ask for its consumer, and read and
// acknowledge that consumer; listen to presence and to its own inbox.
// Nothing else: no stream or consumer administration (the hub creates
// the consumers), no other desk's subject, consumer or replies.
func deskPermissions(desk string) *server.Permissions {
	tok, cons := token(desk), ConsumerName(desk)
	api := "$JS.API.CONSUMER."
	return &server.Permissions{
		Publish: &server.SubjectPermission{Allow: []string{
			entrySubject + tok,
			presenceSubject + tok,
			joinSubject + tok,
			api + "INFO." + StreamName + "." + cons,
			api + "MSG.NEXT." + StreamName + "." + cons,
			"$JS.ACK." + StreamName + "." + cons + ".>",
		}},
		Subscribe: &server.SubjectPermission{Allow: []string{
			presenceSubject + "*",
			inboxPrefix(desk) + ".>",
		}},
	}
}

// inboxPrefix is where the replies to a desk's requests, its JetStream
// acks and its deliveries arrive: its own, so no desk reads another's.
func inboxPrefix(desk string) string { return "_INBOX_" + token(desk) }

// checkDeskName refuses a desk name that is not a valid journal desk or
// that a terminal would not print as it is (escape sequences, bidi
// controls and the like: textcell.Sanitize would change it).
func checkDeskName(desk string) error {
	if err := journal.CheckDesk(desk); err != nil || textcell.Sanitize(desk) != desk {
		return fault(i18n.KeySyncDeskName, nil, "desk", desk)
	}
	return nil
}

// Enroll issues desk a new credential on the hub whose folder is dir and
// returns its join file for the hub at url; a desk enrolled before gets a
// new key and its old join file stops working. certPEM is the hub's
// certificate to pin (empty for a plain hub). A running hub takes the
// change within a second (it watches the registry).
func Enroll(dir, desk, url, certPEM string) (JoinFile, error) {
	if err := checkDeskName(desk); err != nil {
		return JoinFile{}, err
	}
	kp, err := nkeys.CreateUser()
	if err != nil {
		return JoinFile{}, fault(i18n.KeySyncEnrolFailed, err, "desk", desk)
	}
	seed, err := kp.Seed()
	if err != nil {
		return JoinFile{}, fault(i18n.KeySyncEnrolFailed, err, "desk", desk)
	}
	pub, err := kp.PublicKey()
	if err != nil {
		return JoinFile{}, fault(i18n.KeySyncEnrolFailed, err, "desk", desk)
	}
	r, err := readRegistry(dir)
	if err != nil {
		return JoinFile{}, err
	}
	for other := range r.Desks {
		if other != desk && token(other) == token(desk) {
			return JoinFile{}, fault(i18n.KeySyncDeskTooClose, nil, "desk", desk, "other", other)
		}
	}
	r.Desks[desk] = enrolled{Key: pub, Enrolled: time.Now().UTC()}
	if err := r.write(dir); err != nil {
		return JoinFile{}, fault(i18n.KeySyncRegistryWrite, err, "dir", dir)
	}
	return JoinFile{Hub: url, Desk: desk, Seed: string(seed), Cert: certPEM}, nil
}

// ErrNotEnrolled is returned by Revoke for a desk the hub does not know.
var ErrNotEnrolled = errors.New("no such enrolled desk")

// Revoke withdraws desk's credential on the hub whose folder is dir: a
// running hub closes its connection within a second and removes its
// consumer. What the desk sent stays in the stream.
func Revoke(dir, desk string) error {
	r, err := readRegistry(dir)
	if err != nil {
		return err
	}
	if _, ok := r.Desks[desk]; !ok {
		return fault(i18n.KeySyncNotEnrolled, ErrNotEnrolled, "desk", desk)
	}
	delete(r.Desks, desk)
	if err := r.write(dir); err != nil {
		return fault(i18n.KeySyncRegistryWrite, err, "dir", dir)
	}
	return nil
}

// Enrolled lists the desks enrolled on the hub whose folder is dir.
func Enrolled(dir string) ([]string, error) {
	r, err := readRegistry(dir)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(r.Desks))
	for d := range r.Desks {
		out = append(out, d)
	}
	slices.Sort(out)
	return out, nil
}
