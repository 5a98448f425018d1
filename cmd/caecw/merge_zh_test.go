package main

import (
	"os"
	"path/filepath"
	"testing"
)

// Issue 16: a desk imports a programme with the Chinese forms of its
// names; another file that merges the desk's journal has them.
func TestMergeCarriesChineseForms(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	fa := filepath.Join(dir, "a.jsonl")
	prog := filepath.Join(dir, "programme.json")
	if err := os.WriteFile(prog, []byte(`{
 "event": {"name": "China-ASEAN Education Cooperation Week", "name_zh": "中国—东盟教育交流周", "city": "Guiyang", "timezone": "Asia/Shanghai", "first_day": "2025-07-24", "last_day": "2025-07-27"},
 "venues": [{"id": "hall-b", "name": "GIECC Hall B", "name_zh": "生态会议中心B厅", "site": "GIECC", "site_zh": "贵阳国际生态会议中心", "capacity": 600}],
 "delegations": [{"id": "VN", "name": "Viet Nam Delegation", "name_zh": "越南代表团", "country": "VN", "head": "Nguyen Van An", "head_zh": "阮文安", "liaison": "", "expected": 3}],
 "sessions": [{"id": "s-1", "day": "2025-07-24", "start": "09:00", "end": "10:00", "title": "Opening Ceremony", "title_zh": "开幕式", "kind": "ceremony", "venue": "hall-b", "host": "Ministry of Education", "host_zh": "教育部", "expected": 500}]
}`), 0o644); err != nil {
		t.Fatal(err)
	}
	syncRun(t, "init", "--db", a, "--desk", "desk-a")
	syncRun(t, "init", "--db", b, "--desk", "desk-b")
	syncRun(t, "import", "--db", a, "--desk", "desk-a", prog)
	syncRun(t, "export", "--journal", "--db", a, "-o", fa)
	syncRun(t, "merge", "--db", b, "--desk", "desk-b", fa)

	p := programmeOf(t, b)
	if p.Event == nil || len(p.Venues) != 1 || len(p.Delegations) != 1 || len(p.Sessions) != 1 {
		t.Fatalf("merged programme: %+v", p)
	}
	got := []string{p.Event.NameZh, p.Venues[0].NameZh, p.Venues[0].SiteZh, p.Delegations[0].NameZh,
		p.Delegations[0].HeadZh, p.Sessions[0].TitleZh, p.Sessions[0].HostZh}
	want := []string{"中国—东盟教育交流周", "生态会议中心B厅", "贵阳国际生态会议中心", "越南代表团", "阮文安", "开幕式", "教育部"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("after merge the Chinese forms are %q, want %q", got, want)
			break
		}
	}
}
