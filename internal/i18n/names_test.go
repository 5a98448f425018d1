package i18n

import (
	"testing"

	"caecw/internal/event"
)

// Issue 16: the printer names everything in its language where the data
// gives that form, in the other otherwise, and by id when there is no
// name at all.
func TestNamesFollowTheLanguage(t *testing.T) {
	zh, en := New(ZH), New(EN)
	s := event.Session{ID: "s1", Title: "Opening", TitleZh: "开幕式", Host: "Ministry of Education", HostZh: "教育部"}
	v := event.Venue{ID: "v1", Name: "Hall B", NameZh: "B厅", Site: "GIECC", SiteZh: "贵阳国际生态会议中心"}
	d := event.Delegation{ID: "VN", Name: "Viet Nam", NameZh: "越南代表团", Head: "Nguyen Van An", HeadZh: "阮文安"}
	ev := event.Event{Name: "CAECW", NameZh: "中国—东盟教育交流周"}
	for _, c := range []struct{ got, want string }{
		{zh.SessionTitle(s), "开幕式"}, {en.SessionTitle(s), "Opening"},
		{zh.Host(s), "教育部"}, {en.Host(s), "Ministry of Education"},
		{zh.VenueName(v), "B厅"}, {en.VenueName(v), "Hall B"},
		{zh.Site(v), "贵阳国际生态会议中心"}, {en.Site(v), "GIECC"},
		{zh.DelegationName(d), "越南代表团"}, {en.DelegationName(d), "Viet Nam"},
		{zh.Head(d), "阮文安"}, {en.Head(d), "Nguyen Van An"},
		{zh.EventName(ev), "中国—东盟教育交流周"}, {en.EventName(ev), "CAECW"},
		// The other form where the language's is missing; the id when both are.
		{zh.SessionTitle(event.Session{ID: "s2", Title: "Forum"}), "Forum"},
		{en.SessionTitle(event.Session{ID: "s3", TitleZh: "论坛"}), "论坛"},
		{zh.SessionTitle(event.Session{ID: "s4"}), "s4"},
		{en.VenueName(event.Venue{ID: "v2"}), "v2"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
