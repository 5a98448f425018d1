package store

import (
	"encoding/json"
	"reflect"
	"testing"

	"caecw/internal/event"
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
