package search

import (
	"slices"
	"strings"
	"testing"

	"caecw/internal/event"

	"golang.org/x/text/unicode/norm"
)

var testDelegations = []event.Delegation{
	{ID: "cn-moe", Name: "China", NameZh: "中国", Country: "CN"},
	{ID: "vn-moet", Name: "Viet Nam", NameZh: "越南", Country: "VN"},
	{ID: "th-obec", Name: "Thailand", NameZh: "泰国", Country: "TH"},
	{ID: "kh-moeys", Name: "Cambodia", Country: "KH"},
	{ID: "la-moes", Name: "Lao PDR", Country: "LA"},
	{ID: "mm-moe", Name: "Myanmar", Country: "MM"},
	{ID: "my-moe", Name: "Malaysia", Country: "MY"},
	{ID: "ph-deped", Name: "Philippines", Country: "PH"},
}

var testPeople = []event.Person{
	{ID: "cn1", Badge: "CN-001", Name: "张伟", NameLatin: "Zhang Wei", Delegation: "cn-moe"},
	{ID: "cn2", Badge: "CN-002", Name: "欧阳娜娜", NameLatin: "Ouyang Nana", Delegation: "cn-moe"},
	{ID: "cn3", Badge: "CN-003", Name: "王伟", NameLatin: "Wang Wei", Delegation: "cn-moe"},
	{ID: "vn1", Badge: "VN-007", Name: "Nguyễn Thị Hương", NameLatin: "Nguyen Thi Huong", Delegation: "vn-moet"},
	{ID: "vn2", Badge: "VN-008", Name: "Đặng Văn Đức", NameLatin: "Dang Van Duc", Delegation: "vn-moet"},
	// Stored decomposed, as some spreadsheets export it, and with no
	// separate Latin spelling.
	{ID: "vn3", Badge: "VN-009", Name: norm.NFD.String("Nguyễn Văn An"), Delegation: "vn-moet"},
	{ID: "vn4", Badge: "VN-010", Name: "Trần Minh Anh", NameLatin: "Tran Minh Anh", Delegation: "vn-moet"},
	{ID: "th1", Badge: "TH-001", Name: "สมชาย ใจดี", NameLatin: "Somchai Jaidee", Delegation: "th-obec"},
	// Written without a space between given and family name.
	{ID: "th2", Badge: "TH-002", Name: "สมศรีใจดี", NameLatin: "Somsri Jaidee", Delegation: "th-obec"},
	{ID: "kh1", Badge: "KH-001", Name: "សុខ ចាន់ថា", NameLatin: "Sok Chantha", Delegation: "kh-moeys"},
	{ID: "kh2", Badge: "KH-002", Name: "ស៊ុនសុភា", NameLatin: "Sun Sophea", Delegation: "kh-moeys"},
	{ID: "la1", Badge: "LA-001", Name: "ສົມພອນ ວົງສາ", NameLatin: "Somphone Vongsa", Delegation: "la-moes"},
	{ID: "mm1", Badge: "MM-001", Name: "အောင်ကျော်", NameLatin: "Aung Kyaw", Delegation: "mm-moe"},
	{ID: "my1", Badge: "MY-001", Name: "Nur Aisyah binti Ismail", Delegation: "my-moe"},
	{ID: "my2", Badge: "MY-002", Name: "Anhar bin Hassan", Delegation: "my-moe"},
	{ID: "ph1", Badge: "PH-001", Name: "Maria Clara dela Cruz", Delegation: "ph-deped"},
	{ID: "ph2", Badge: "PH-002", Name: "José Niño Dimaculangan", Delegation: "ph-deped"},
	// A badge that is also a name part: the badge must win.
	{ID: "ph3", Badge: "ANH", Name: "Rosa Santos", Delegation: "ph-deped"},
}

func testIndex() *Index { return NewIndex(testPeople, testDelegations) }

func ids(rs []Result) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.ID
	}
	return out
}

func TestSearchRules(t *testing.T) {
	ix := testIndex()
	tests := []struct {
		name  string
		query string
		want  []string // in order
		kind  Kind     // of the first result
	}{
		{"badge", "vn-007", []string{"vn1"}, KindBadge},
		{"badge trimmed and any case", "  cn-001 ", []string{"cn1"}, KindBadge},
		{"chinese whole", "张伟", []string{"cn1"}, KindWord},
		{"chinese substring", "伟", []string{"cn3", "cn1"}, KindSubstring},
		{"chinese pinyin", "wei", []string{"cn3", "cn1"}, KindWord},
		{"vietnamese without accents", "huong", []string{"vn1"}, KindWord},
		{"vietnamese with accents", "Hương", []string{"vn1"}, KindWord},
		{"vietnamese NFD stored", "nguyen van", []string{"vn3"}, KindWord},
		{"d finds Đ", "duc", []string{"vn2"}, KindWord},
		// Dimaculangan and dela are prefixes too (José before Maria by Latin
		// name); Jaidee only contains a d.
		{"d prefix finds Đặng", "d", []string{"vn2", "ph2", "ph1", "th1", "th2"}, KindPrefix},
		{"Đ query finds plain d", "Đang", []string{"vn2"}, KindWord},
		{"filipino ñ", "nino", []string{"ph2"}, KindWord},
		{"filipino multi-part", "dela cruz", []string{"ph1"}, KindWord},
		{"malay part", "binti", []string{"my1"}, KindWord},
		{"thai word", "สมชาย", []string{"th1"}, KindWord},
		{"thai family name inside unspaced name", "ใจดี", []string{"th1", "th2"}, KindWord},
		{"thai latin", "jaidee", []string{"th1", "th2"}, KindWord},
		{"khmer part", "ចាន់ថា", []string{"kh1"}, KindWord},
		{"khmer unspaced", "សុភា", []string{"kh2"}, KindSubstring},
		{"lao", "ວົງສາ", []string{"la1"}, KindWord},
		{"burmese prefix", "အောင်", []string{"mm1"}, KindPrefix},
		{"burmese latin", "kyaw", []string{"mm1"}, KindWord},
		// "Chantha" contains "nth": a substring outranks initials.
		{"initials", "nth", []string{"kh1", "vn1"}, KindSubstring},
		{"spaced initials are prefixes", "n t h", []string{"vn1", "my1", "kh1", "vn4"}, KindPrefix},
		{"initials of NFD name", "nva", []string{"vn3"}, KindInitials},
		{"initials alone", "tma", []string{"vn4"}, KindInitials},
		{"every word must match", "nguyen huong", []string{"vn1"}, KindWord},
		{"a word matching nothing", "nguyen zzz", nil, 0},
		{"word order free", "wei zhang", []string{"cn1"}, KindWord},
		{"delegation filter", "th:", []string{"th1", "th2"}, KindDelegation},
		{"delegation filter by id", "kh-moeys:", []string{"kh1", "kh2"}, KindDelegation},
		{"delegation filter and name", "vn: an", []string{"vn3", "vn4", "vn2"}, KindWord},
		{"filter excludes other delegations", "th: wei", nil, 0},
		{"delegation name", "Cambodia", []string{"kh1", "kh2"}, KindDelegation},
		{"delegation chinese name", "泰国", []string{"th1", "th2"}, KindDelegation},
		{"unknown filter is text", "zz: x", nil, 0},
		{"empty", "   ", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ix.Search(tt.query, 10)
			if !slices.Equal(ids(got), tt.want) {
				t.Fatalf("Search(%q) = %v, want %v", tt.query, ids(got), tt.want)
			}
			if len(got) > 0 && got[0].Kind != tt.kind {
				t.Errorf("Search(%q)[0].Kind = %v, want %v", tt.query, got[0].Kind, tt.kind)
			}
		})
	}
}

// Ranking: exact badge > whole word > prefix > substring > initials, ties
// by Latin name then ID.
func TestRanking(t *testing.T) {
	ix := testIndex()
	got := ix.Search("anh", 0)
	want := []string{"ph3", "vn4", "my2"}
	if !slices.Equal(ids(got), want) {
		t.Fatalf("Search(anh) = %v, want %v", ids(got), want)
	}
	kinds := []Kind{KindBadge, KindWord, KindPrefix}
	for i, r := range got {
		if r.Kind != kinds[i] {
			t.Errorf("%s: kind %v, want %v", r.ID, r.Kind, kinds[i])
		}
		if i > 0 && r.Score >= got[i-1].Score {
			t.Errorf("%s: score %d not below %d", r.ID, r.Score, got[i-1].Score)
		}
	}
	// "an": vn3 has the whole part "an"; prefix matches follow by Latin
	// name (Anhar..., Tran Minh Anh); substrings last.
	got = ix.Search("an", 0)
	if got[0].ID != "vn3" || got[0].Kind != KindWord {
		t.Fatalf("Search(an)[0] = %+v, want vn3 word", got[0])
	}
	for i := 1; i < len(got); i++ {
		a, b := got[i-1], got[i]
		if a.Kind > b.Kind {
			t.Errorf("%s (%v) before %s (%v)", a.ID, a.Kind, b.ID, b.Kind)
		}
		if a.Kind == b.Kind {
			la, lb := ix.sortKey(a.Index), ix.sortKey(b.Index)
			if la > lb || la == lb && a.ID > b.ID {
				t.Errorf("tie %s %q before %s %q", a.ID, la, b.ID, lb)
			}
		}
	}
	// Limit keeps the best, in the same order.
	all := ids(ix.Search("an", 0))
	for n := 1; n <= len(all); n++ {
		if got := ids(ix.Search("an", n)); !slices.Equal(got, all[:n]) {
			t.Errorf("Search(an, %d) = %v, want %v", n, got, all[:n])
		}
	}
}

// runesAt returns the highlighted text of name.
func runesAt(name string, rs []Range) []string {
	r := []rune(name)
	var out []string
	for _, x := range rs {
		out = append(out, string(r[x.Start:x.End]))
	}
	return out
}

func TestHighlight(t *testing.T) {
	ix := testIndex()
	tests := []struct {
		query, id   string
		name, latin []string
	}{
		{"huong", "vn1", []string{"Hương"}, []string{"Huong"}},
		{"nguyen thi", "vn1", []string{"Nguyễn", "Thị"}, []string{"Nguyen", "Thi"}},
		{"dang", "vn2", []string{"Đặng"}, []string{"Dang"}},
		// NFD: the highlight takes the letters with their marks.
		{"van", "vn3", []string{norm.NFD.String("Văn")}, nil},
		{"伟", "cn1", []string{"伟"}, nil},
		{"ใจดี", "th2", []string{"ใจดี"}, nil},
		{"สมศรี", "th2", []string{"สมศรี"}, nil},
		{"jaidee", "th1", nil, []string{"Jaidee"}},
		{"ចាន់ថា", "kh1", []string{"ចាន់ថា"}, nil},
		{"nth", "vn1", []string{"N", "T", "H"}, []string{"N", "T", "H"}},
		{"nino", "ph2", []string{"Niño"}, nil},
	}
	for _, tt := range tests {
		var r *Result
		for _, x := range ix.Search(tt.query, 0) {
			if x.ID == tt.id {
				r = &x
				break
			}
		}
		if r == nil {
			t.Errorf("Search(%q) misses %s", tt.query, tt.id)
			continue
		}
		p := ix.Person(r.Index)
		if got := runesAt(p.Name, r.Name); !slices.Equal(got, tt.name) {
			t.Errorf("Search(%q) %s highlights %q in %q, want %q", tt.query, tt.id, got, p.Name, tt.name)
		}
		if got := runesAt(p.NameLatin, r.Latin); !slices.Equal(got, tt.latin) {
			t.Errorf("Search(%q) %s highlights %q in %q, want %q", tt.query, tt.id, got, p.NameLatin, tt.latin)
		}
	}
}

func TestAddAndUpdate(t *testing.T) {
	ix := testIndex()
	walkIn := event.Person{ID: "vn9", Badge: "VN-099", Name: "Lê Thị Hoa", NameLatin: "Le Thi Hoa", Delegation: "vn-moet"}
	if got := ix.Search("hoa", 0); len(got) != 0 {
		t.Fatalf("before Add: %v", ids(got))
	}
	ix.Add(walkIn)
	if got := ids(ix.Search("hoa", 0)); !slices.Equal(got, []string{"vn9"}) {
		t.Fatalf("after Add: %v", got)
	}
	if got := ids(ix.Search("vn-099", 0)); !slices.Equal(got, []string{"vn9"}) {
		t.Fatalf("badge after Add: %v", got)
	}
	if got := ids(ix.Search("vn:", 0)); !slices.Contains(got, "vn9") {
		t.Fatalf("delegation after Add: %v", got)
	}
	// A corrected name and badge: the old ones no longer find the person.
	walkIn.Name, walkIn.NameLatin, walkIn.Badge = "Lê Thị Hòa", "Le Thi Hoa", "VN-100"
	if !ix.Update(walkIn) {
		t.Fatal("Update of an indexed person reported false")
	}
	if got := ix.Search("vn-099", 0); len(got) != 0 {
		t.Errorf("old badge still finds %v", ids(got))
	}
	if got := ids(ix.Search("vn-100", 0)); !slices.Equal(got, []string{"vn9"}) {
		t.Errorf("new badge: %v", got)
	}
	walkIn.Name, walkIn.NameLatin = "Zed Zulu", ""
	ix.Update(walkIn)
	if got := ix.Search("hoa", 0); len(got) != 0 {
		t.Errorf("old name still finds %v", ids(got))
	}
	if got := ids(ix.Search("zulu", 0)); !slices.Equal(got, []string{"vn9"}) {
		t.Errorf("new name: %v", got)
	}
	// Adding the same ID again updates, never duplicates.
	ix.Add(walkIn)
	if got := ids(ix.Search("zulu", 0)); !slices.Equal(got, []string{"vn9"}) {
		t.Errorf("Add twice: %v", got)
	}
	if ix.Update(event.Person{ID: "nobody"}) {
		t.Error("Update of an unknown ID reported true")
	}
	// Ties still order by Latin name after walk-ins.
	ix.Add(event.Person{ID: "a0", Name: "Aaron Zulu", Delegation: "ph-deped"})
	if got := ids(ix.Search("zulu", 0)); !slices.Equal(got, []string{"a0", "vn9"}) {
		t.Errorf("order after walk-ins: %v", got)
	}
}

// On generated data, search by rules must agree with a plain check of
// every person, so the dictionary shortcuts lose nobody.
func TestSearchAgreesWithScan(t *testing.T) {
	people, dels := genPeople(3000)
	ix := NewIndex(people, dels)
	for _, q := range []string{"n", "ng", "nguyen thi h", "wei", "zhang w", "ใจ", "ចាន់", "bin", "de", "sri", "a"} {
		got := ix.Search(q, 0)
		words := strings.Fields(Fold(q))
		want := 0
		for _, p := range people {
			native, latin := Fold(p.Name), Fold(p.NameLatin)
			all := true
			for _, w := range words {
				if !strings.Contains(native, w) && !strings.Contains(latin, w) {
					all = false
				}
			}
			if all || initialsMatch(native, words) || initialsMatch(latin, words) {
				want++
			}
		}
		if len(got) != want {
			t.Errorf("Search(%q) found %d, a scan finds %d", q, len(got), want)
		}
		// Skipping weaker kinds once the limit is reached must not change
		// what the limit keeps.
		for _, n := range []int{1, 10, 30} {
			top := ix.Search(q, n)
			if want := ids(got[:min(n, len(got))]); !slices.Equal(ids(top), want) {
				t.Errorf("Search(%q, %d) = %v, want the first of all: %v", q, n, ids(top), want)
			}
		}
	}
}

func initialsMatch(key string, words []string) bool {
	letters := strings.Join(words, "")
	ps := strings.FieldsFunc(key, isWordBreak)
	if len([]rune(letters)) < 2 || len(ps) < 2 {
		return false
	}
	var b strings.Builder
	for _, p := range ps {
		b.WriteRune([]rune(p)[0])
	}
	return strings.HasPrefix(b.String(), letters)
}

// The UI may search from a command's goroutine while a walk-in is added.
func TestConcurrentSearchAndAdd(t *testing.T) {
	ix := testIndex()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := range 200 {
			ix.Add(event.Person{ID: "w" + string(rune('a'+i%26)) + strings.Repeat("x", i/26), Name: "Walk In", Delegation: "vn-moet"})
		}
	}()
	for range 200 {
		for _, q := range []string{"n", "nguyen thi h", "walk", "vn:"} {
			ix.Search(q, 5)
		}
	}
	<-done
	if got := len(ix.Search("walk in", 0)); got != 200 {
		t.Errorf("found %d walk-ins, want 200", got)
	}
}

// TestIndexLeavesItsPeopleAlone: the index holds the people it was given
// without copying them, and a walk-in or a correction changes its own
// copy, never the caller's slice.
func TestIndexLeavesItsPeopleAlone(t *testing.T) {
	people := slices.Clone(testPeople)
	before := slices.Clone(people)
	ix := NewIndex(people, testDelegations)
	fixed := people[0]
	fixed.Name = "Changed Name"
	if !ix.Update(fixed) {
		t.Fatal("Update did not find the person")
	}
	ix.Add(event.Person{ID: "walk-in", Name: "New Person", Delegation: people[0].Delegation})
	if !slices.Equal(people, before) {
		t.Error("the caller's people changed")
	}
	if got := ix.Person(0).Name; got != "Changed Name" {
		t.Errorf("index holds %q, want the corrected name", got)
	}
	if r := ix.Search("changed", 5); len(r) != 1 || r[0].ID != fixed.ID {
		t.Errorf("search for the corrected name: %+v", r)
	}
	if r := ix.Search("new person", 5); len(r) != 1 || r[0].ID != "walk-in" {
		t.Errorf("search for the walk-in: %+v", r)
	}
}

// TestBadgeHeldTwice: a code held by several people finds them all, in
// the order indexed, through a correction that takes it from the first
// and a walk-in that brings it again.
func TestBadgeHeldTwice(t *testing.T) {
	people := []event.Person{
		{ID: "a", Badge: "X-1", Name: "Anh"},
		{ID: "b", Badge: "x-1", Name: "Binh"},
		{ID: "c", Badge: "Y-2", Name: "Chi"},
		{ID: "d", Badge: "X-1", Name: "Dung"},
	}
	ix := NewIndex(people, nil)
	ids := func(code string) []string {
		var out []string
		for _, i := range ix.WithBadge(code) {
			out = append(out, ix.Person(i).ID)
		}
		return out
	}
	if got := ids("X-1"); !slices.Equal(got, []string{"a", "b", "d"}) {
		t.Errorf("X-1 held by %v", got)
	}
	moved := people[0]
	moved.Badge = "Z-9"
	ix.Update(moved)
	if got := ids("X-1"); !slices.Equal(got, []string{"b", "d"}) {
		t.Errorf("after a's correction X-1 held by %v", got)
	}
	fixed := people[3]
	fixed.Badge = "Y-2"
	ix.Update(fixed)
	ix.Add(event.Person{ID: "e", Badge: "X-1", Name: "Em"})
	if got := ids("X-1"); !slices.Equal(got, []string{"b", "e"}) {
		t.Errorf("after d's correction and a walk-in X-1 held by %v", got)
	}
	if got := ids("Y-2"); !slices.Equal(got, []string{"c", "d"}) {
		t.Errorf("Y-2 held by %v", got)
	}
	var found []string
	for _, r := range ix.Search("x-1", 10) {
		found = append(found, r.ID)
	}
	slices.Sort(found)
	if !slices.Equal(found, []string{"b", "e"}) {
		t.Errorf("a search for the code finds %v", found)
	}
	if got := ids("Q-0"); got != nil {
		t.Errorf("a code no one holds finds %v", got)
	}
}
