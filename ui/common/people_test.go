package common

import (
	"testing"

	"caecw/internal/event"
)

// TestFindPerson: people in id order are found by binary search, out of
// order ones are sorted into a copy first, and the caller's slice is
// never reordered.
func TestFindPerson(t *testing.T) {
	sorted := []event.Person{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}, {ID: "c", Name: "C"}}
	if got := InIDOrder(sorted); &got[0] != &sorted[0] {
		t.Error("people in id order were copied")
	}
	mixed := []event.Person{{ID: "c", Name: "C"}, {ID: "a", Name: "A"}, {ID: "b", Name: "B"}}
	held := InIDOrder(mixed)
	if mixed[0].ID != "c" {
		t.Error("the caller's people were reordered")
	}
	for _, id := range []string{"a", "b", "c"} {
		if p, ok := FindPerson(held, id); !ok || p.Name != string(rune(id[0]-'a'+'A')) {
			t.Errorf("FindPerson(%q) = %+v, %v", id, p, ok)
		}
	}
	if _, ok := FindPerson(held, "d"); ok {
		t.Error("found a person not held")
	}
}
