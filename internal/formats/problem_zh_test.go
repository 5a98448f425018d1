package formats

import (
	"errors"
	"strings"
	"testing"

	"caecw/internal/event"
	"caecw/internal/i18n"
)

// TestProblemsInBothLanguages reads a sessions file with a problem in most
// fields: each problem keeps its file:line: field: start in Chinese, and
// its message is worded by the catalogue, without English words beyond
// the file's own codes.
func TestProblemsInBothLanguages(t *testing.T) {
	venues := "id,name,site,capacity\nhall,Hall,GIECC,100\n"
	sessions := "id,title,day,start,end,venue,kind,host,expected\n" +
		"x1,Test,2025-07-26,9:00,08:00,nowhere,party,,many\n" +
		"x1,,26/07,10:00,09:00,hall,forum,,1\n"
	_, err := Parse(event.Programme{}, File{Name: "venues.csv", R: strings.NewReader(venues)}, File{Name: "sessions.csv", R: strings.NewReader(sessions)})
	var ps Problems
	if !errors.As(err, &ps) || len(ps) < 5 {
		t.Fatalf("want several problems, got %v", err)
	}
	zh := i18n.New(i18n.ZH)
	for _, p := range ps {
		en, cn := p.String(), p.Text(zh)
		prefix := en[:len(en)-len(p.Message)]
		if !strings.HasPrefix(cn, prefix) {
			t.Errorf("Chinese %q lost the prefix %q", cn, prefix)
		}
		if words := i18n.EnglishWords(strings.TrimPrefix(cn, prefix), "ceremony", "forum", "workshop", "signing", "visit",
			"cultural", "meal", "transfer", "many", "nowhere", "party", "test", "YYYY", "sessions"); len(words) > 0 {
			t.Errorf("Chinese problem %q has English %v (English: %q)", cn, words, en)
		}
	}
	t.Logf("%s", ps.Text(zh))
	if got := ps.Text(zh); strings.Count(got, "\n") != len(ps)-1 {
		t.Errorf("one problem a line:\n%s", got)
	}
}
