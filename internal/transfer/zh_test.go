package transfer

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"caecw/internal/event"
	"caecw/internal/formats"
)

// zhProgramme is a programme with every Chinese form of a name given.
func zhProgramme() event.Programme {
	loc, _ := time.LoadLocation("Asia/Shanghai")
	ev := event.Event{Name: "China-ASEAN Education Cooperation Week", NameZh: "中国—东盟教育交流周", City: "Guiyang",
		TimeZone: "Asia/Shanghai", FirstDay: "2025-07-24", LastDay: "2025-07-27"}
	return event.Programme{
		Event:       &ev,
		Venues:      []event.Venue{{ID: "hall-b", Name: "GIECC Hall B", NameZh: "生态会议中心B厅", Site: "GIECC", SiteZh: "贵阳国际生态会议中心", Capacity: 600}},
		Delegations: []event.Delegation{{ID: "VN", Name: "Viet Nam Delegation", NameZh: "越南代表团", Country: "VN", Head: "Nguyen Van An", HeadZh: "阮文安", Expected: 3}},
		Sessions: []event.Session{{ID: "s-1", Day: "2025-07-24", Start: time.Date(2025, 7, 24, 9, 0, 0, 0, loc), End: time.Date(2025, 7, 24, 10, 0, 0, 0, loc),
			Title: "Opening Ceremony", TitleZh: "开幕式", Kind: event.KindCeremony, Venue: "hall-b", Host: "Ministry of Education", HostZh: "教育部", Expected: 500}},
	}
}

// Issue 16: `caecw export --roster` writes the Chinese forms in the _zh
// columns, and the files read back give the same programme.
func TestRosterCarriesChineseForms(t *testing.T) {
	dir := t.TempDir()
	want := zhProgramme()
	paths, err := WriteProgrammeCSV(dir, want, false)
	if err != nil {
		t.Fatal(err)
	}
	var files []formats.File
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		files = append(files, formats.File{Name: filepath.Base(p), R: f})
	}
	got, err := formats.Parse(event.Programme{}, files...)
	if err != nil {
		t.Fatal(err)
	}
	for i := range got.Sessions {
		got.Sessions[i].Start, got.Sessions[i].End = want.Sessions[i].Start, want.Sessions[i].End
	}
	if !reflect.DeepEqual(*got.Event, *want.Event) || !reflect.DeepEqual(got.Venues, want.Venues) ||
		!reflect.DeepEqual(got.Delegations, want.Delegations) || !reflect.DeepEqual(got.Sessions, want.Sessions) {
		t.Errorf("read back\n%+v\n%+v\n%+v\n%+v\nwant\n%+v\n%+v\n%+v\n%+v", *got.Event, got.Venues, got.Delegations, got.Sessions,
			*want.Event, want.Venues, want.Delegations, want.Sessions)
	}
}

// Issue 16: a re-import that only adds the Chinese title or host of a
// session is a change, carried by the import entry.
func TestChangedSeesChineseForms(t *testing.T) {
	existing := zhProgramme()
	existing.Sessions[0].TitleZh, existing.Sessions[0].HostZh = "", ""
	got := Changed(existing, zhProgramme())
	if len(got.Sessions) != 1 {
		t.Errorf("Changed kept %d sessions, want the one whose Chinese title and host were added", len(got.Sessions))
	}
}
