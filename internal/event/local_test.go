package event

import "testing"

func TestLocal(t *testing.T) {
	for _, c := range []struct {
		en, zh string
		wantZh bool
		want   string
	}{
		{"Opening", "开幕式", true, "开幕式"},
		{"Opening", "开幕式", false, "Opening"},
		{"Opening", "", true, "Opening"},
		{"", "开幕式", false, "开幕式"},
		{"", "", true, ""},
	} {
		if got := Local(c.en, c.zh, c.wantZh); got != c.want {
			t.Errorf("Local(%q, %q, %v) = %q, want %q", c.en, c.zh, c.wantZh, got, c.want)
		}
	}
	s := Session{Title: "Opening", TitleZh: "开幕式", Host: "MOE", HostZh: "教育部"}
	if s.TitleIn(true) != "开幕式" || s.HostIn(true) != "教育部" || s.TitleIn(false) != "Opening" {
		t.Errorf("session picks %q %q %q", s.TitleIn(true), s.HostIn(true), s.TitleIn(false))
	}
	v := Venue{Name: "Hall B", NameZh: "B厅", Site: "GIECC", SiteZh: "贵阳国际生态会议中心"}
	if v.NameIn(true) != "B厅" || v.SiteIn(true) != "贵阳国际生态会议中心" || v.SiteIn(false) != "GIECC" {
		t.Errorf("venue picks %q %q %q", v.NameIn(true), v.SiteIn(true), v.SiteIn(false))
	}
	d := Delegation{Name: "Viet Nam", NameZh: "越南代表团", Head: "Nguyen Van A", HeadZh: "阮文A"}
	if d.NameIn(true) != "越南代表团" || d.HeadIn(true) != "阮文A" || d.HeadIn(false) != "Nguyen Van A" {
		t.Errorf("delegation picks %q %q", d.NameIn(true), d.HeadIn(true))
	}
	if (Event{Name: "CAECW", NameZh: "中国—东盟教育交流周"}).NameIn(true) != "中国—东盟教育交流周" {
		t.Error("event name in Chinese not picked")
	}
}
