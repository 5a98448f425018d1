package formats

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"caecw/internal/event"
)

// checkOutcome is what every fuzzed import must satisfy: a Problems error
// with places, or a programme whose records hold the rules Parse checks.
func checkOutcome(t *testing.T, p event.Programme, err error) {
	if err != nil {
		var ps Problems
		if !errors.As(err, &ps) || len(ps) == 0 || len(ps) > MaxProblems+1 {
			t.Fatalf("error is not a problem list: %v", err)
		}
		for _, pr := range ps {
			if pr.File == "" || pr.Message == "" || strings.Contains(pr.String(), "\n") {
				t.Fatalf("bad problem %+v", pr)
			}
		}
		return
	}
	for _, s := range p.Sessions {
		if s.ID == "" || !s.End.After(s.Start) || !existingProg.Event.Contains(s.Day) {
			t.Fatalf("invalid session accepted: %+v", s)
		}
	}
	badges := map[string]bool{"B900": true}
	for _, x := range p.People {
		if x.ID == "" || x.Badge == "" || badges[x.Badge] {
			t.Fatalf("invalid person accepted: %+v", x)
		}
		badges[x.Badge] = true
	}
	for _, v := range p.Venues {
		if v.ID == "" || v.Capacity < 0 {
			t.Fatalf("invalid venue accepted: %+v", v)
		}
	}
}

func FuzzImportCSV(f *testing.F) {
	f.Add([]byte(peopleHeader + "p1,B1,សុខ ចាន់ថា,,KH,head\n"))
	f.Add([]byte(sessionsHeader + "s1,2025-07-24,09:00,10:00,T,forum,hall-a,,1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse(existingProg, File{Name: "f.csv", R: bytes.NewReader(data)})
		checkOutcome(t, p, err)
	})
}

func FuzzImportJSON(f *testing.F) {
	f.Add([]byte(`{"people":[{"id":"p1","badge":"B1","name":"A","delegation":"KH","role":"head"}]}`))
	f.Add([]byte(`[{"from_site":"gicc","to_site":"gicc","minutes":3}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse(existingProg, File{Name: "f.json", R: bytes.NewReader(data)})
		checkOutcome(t, p, err)
	})
}
