package replication

import (
	"fmt"
	"testing"

	"caecw/internal/event"
	"caecw/internal/journal"
)

// withChinese gives p's event, venues, sessions and delegations their
// Chinese forms.
func withChinese(p event.Programme) event.Programme {
	ev := *p.Event
	ev.NameZh = "中国—东盟教育交流周"
	p.Event = &ev
	for i := range p.Venues {
		p.Venues[i].SiteZh = "会展中心"
	}
	for i := range p.Sessions {
		p.Sessions[i].TitleZh = "会议" + p.Sessions[i].ID
		p.Sessions[i].HostZh = "教育部"
	}
	for i := range p.Delegations {
		p.Delegations[i].HeadZh = "团长" + p.Delegations[i].ID
	}
	return p
}

// chineseOf lists the Chinese forms of s's programme, for comparing.
func chineseOf(t *testing.T, d *desk) string {
	t.Helper()
	p, err := d.s.Programme()
	if err != nil {
		t.Fatal(err)
	}
	out := ""
	if p.Event != nil {
		out += p.Event.NameZh
	}
	for _, v := range p.Venues {
		out += "|" + v.SiteZh
	}
	for _, s := range p.Sessions {
		out += "|" + s.TitleZh + "/" + s.HostZh
	}
	for _, x := range p.Delegations {
		out += "|" + x.HeadZh
	}
	return out
}

// Issue 16: the Chinese forms of names are fields of the import entry's
// payload; a desk that imported a programme with them passes them to the
// other desks, and so does a later import that only adds them.
func TestSyncCarriesChineseForms(t *testing.T) {
	dir := t.TempDir()
	h := startHub(t, t.TempDir(), "")
	t.Cleanup(h.Shutdown)
	zh := withChinese(programme(t, 3))
	a := newDesk(t, dir, "desk-a", &zh)
	b := newDesk(t, dir, "desk-b", nil)
	a.connect(t, h, true)
	b.connect(t, h, false)
	want := chineseOf(t, a)
	if want == "" || want[0] == '|' {
		t.Fatalf("desk-a's own programme lacks the Chinese forms: %q", want)
	}
	eventually(t, settle, func() string {
		if got := chineseOf(t, b); got != want {
			return fmt.Sprintf("desk-b has %q, want %q", got, want)
		}
		return ""
	})

	// desk-b re-imports with another Chinese title: desk-a gets it.
	again := withChinese(programme(t, 3))
	again.Sessions[0].TitleZh = "开幕式"
	again.People, again.Assignments = nil, nil
	if _, err := b.s.Import(journal.Import{Files: []string{"zh.json"}, Programme: event.Programme{Sessions: again.Sessions[:1]}}); err != nil {
		t.Fatal(err)
	}
	eventually(t, settle, func() string {
		p, err := a.s.Programme()
		if err != nil {
			return err.Error()
		}
		for _, s := range p.Sessions {
			if s.ID == again.Sessions[0].ID && s.TitleZh == "开幕式" {
				return ""
			}
		}
		return "desk-a has not the new Chinese title"
	})
	eventually(t, settle, converged(t, a, b))
}
