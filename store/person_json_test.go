package store

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"caecw/internal/event"
	"caecw/internal/journal"
)

// personRecords are person records of the shape putPerson writes and of
// shapes it does not (other key order, spaces, escapes, other cases,
// other value types, damage), all of which must decode as
// encoding/json decodes them.
var personRecords = []string{
	`{"id":"p1","badge":"B1","name":"Nguyễn Văn A","name_latin":"Nguyen Van A","delegation":"vn","role":"delegate"}`,
	`{"id":"p2","badge":"B2","name":"Person 2","name_latin":"Person 2","delegation":"vn","role":"delegate"}`,
	`{"id":"p3","badge":"","name":"张伟","delegation":"cn","role":"observer"}`,
	`{"id":"p4","badge":"B4","name":"x\",\"delegation\":\"fake","delegation":"th","role":"delegate"}`,
	`{"id":"p5","badge":"B5","name":"a\u00e9b","delegation":"a<b\"c\\d","role":"delegate"}`,
	` { "role" : "delegate" , "id" : "p6" ,"name":"n"}  `,
	`{"ID":"p7","Name":"n"}`,
	`{"id":"p8","name":"n","extra":1}`,
	`{"id":"p9","name":null}`,
	`{"id":"p10","name":"n","name":"m"}`,
	`{"id":"p11","name":"","name_latin":""}`,
	`{"id":"p11b","name":"n","name_latin":""}`,
	`{}`,
	`{"id":"p12","name":"bad` + "\xff" + `"}`,
	`{"id":"p13","name":"tab` + "\t" + `"}`,
	`{"id":"p14"`,
	`{"id":"p15"}x`,
	`{"id":"p16",}`,
	`[]`,
	``,
}

func checkPersonRecord(t *testing.T, rec []byte) {
	t.Helper()
	var want event.Person
	wantErr := json.Unmarshal(rec, &want)
	got, err := newPersonDecoder().decode(rec)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("%q: error %v, encoding/json says %v", rec, err, wantErr)
	}
	if err == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: decoded %+v, encoding/json %+v", rec, got, want)
	}
}

// TestPersonDecoderAgreesWithJSON: the hand decoder of person records
// gives what encoding/json gives, error or person, for every shape.
func TestPersonDecoderAgreesWithJSON(t *testing.T) {
	for _, rec := range personRecords {
		checkPersonRecord(t, []byte(rec))
	}
	// One decoder over many records: the shared strings stay right.
	d := newPersonDecoder()
	for _, p := range []event.Person{{ID: "a", Name: "A", Delegation: "vn", Role: "delegate"}, {ID: "b", Name: "B", NameLatin: "Bee", Delegation: "th", Role: "observer"}, {ID: "c", Name: "C", Delegation: "vn", Role: "delegate"}} {
		v, _ := json.Marshal(p)
		got, err := d.decode(v)
		if err != nil || got != p {
			t.Errorf("%s: got %+v, %v", v, got, err)
		}
	}
}

func FuzzPersonDecoder(f *testing.F) {
	for _, rec := range personRecords {
		f.Add([]byte(rec))
	}
	f.Fuzz(func(t *testing.T, rec []byte) { checkPersonRecord(t, rec) })
}

// checkinRecords are check-in entries as the store writes them and in
// other shapes, all of which must decode as encoding/json decodes them.
var checkinRecords = []string{
	`{"id":"019839bacc000000-desk-a@bd114569","at":"2025-07-26T09:30:00.123456789+08:00","day":"2025-07-26","desk":"desk-a","operator":"op","kind":"checkin","subject":"p1","payload":{"person":"p1","day":"2025-07-26"}}`,
	`{"id":"x","at":"2025-07-26T01:30:00Z","day":"2025-07-26","desk":"d","operator":"Lê Văn","kind":"checkin","subject":"p1","payload":{"day":"2025-07-26","person":"p1"}}`,
	`{"id":"x","at":"not a time","kind":"checkin","payload":{"person":"p1"}}`,
	`{"id":"x","at":"2025-07-26T01:30:00Z","kind":"checkin","payload":{"person":"p\u0031"}}`,
	`{"id":"x","at":"2025-07-26T01:30:00Z","kind":"checkin","payload":{"person":"p1","extra":2}}`,
	`{"id":"x","kind":"checkin","payload":{"person":"p1"},"payload":{"day":"2025-07-27"}}`,
	`{"id":"x","kind":"checkin","payload":null}`,
	`{"id":"x","kind":"checkin","subject":7}`,
	`{"id":"x","at":null}`,
	`{"id":"x","payload":{}}`,
	`{"id":"x","payload":{"person":"p1"}`,
	` {"kind" : "checkin"} `,
	`{}`,
	`[]`,
	``,
}

func checkCheckinRecord(t *testing.T, rec []byte) {
	t.Helper()
	var want checkinEntry
	wantErr := json.Unmarshal(rec, &want)
	got, err := newCheckinDecoder().decode(rec)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("%q: error %v, encoding/json says %v", rec, err, wantErr)
	}
	if err == nil && (!got.At.Equal(want.At) || got.At.Location().String() != want.At.Location().String()) {
		t.Fatalf("%q: at %v, encoding/json %v", rec, got.At, want.At)
	}
	got.At, want.At = time.Time{}, time.Time{}
	if err == nil && got != want {
		t.Fatalf("%q: decoded %+v, encoding/json %+v", rec, got, want)
	}
}

// TestCheckinDecoderAgreesWithJSON: the hand reader of check-in entries
// gives what encoding/json gives, error or entry, for every shape, and
// for an entry journal.New made.
func TestCheckinDecoderAgreesWithJSON(t *testing.T) {
	for _, rec := range checkinRecords {
		checkCheckinRecord(t, []byte(rec))
	}
	at := time.Date(2025, 7, 26, 9, 30, 0, 42, time.FixedZone("CST", 8*3600))
	e, err := journal.New(journal.NewID(journal.MakeHLC(at, 0), "desk-a"), at, day1, "desk-a", "Nguyễn \"op\"", journal.KindCheckIn, "p-1", journal.CheckIn{Person: "p-1", Day: day1})
	if err != nil {
		t.Fatal(err)
	}
	v, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	checkCheckinRecord(t, v)
	plain, _ := json.Marshal(journal.Entry{ID: e.ID, At: e.At, Day: e.Day, Desk: "desk-a", Operator: "op", Kind: e.Kind, Subject: e.Subject, Payload: e.Payload})
	if _, ok := newCheckinDecoder().fast(plain); !ok {
		t.Errorf("the entry the store writes was not read by hand: %s", plain)
	}
	checkCheckinRecord(t, plain)
}

func FuzzCheckinDecoder(f *testing.F) {
	for _, rec := range checkinRecords {
		f.Add([]byte(rec))
	}
	f.Fuzz(func(t *testing.T, rec []byte) { checkCheckinRecord(t, rec) })
}
