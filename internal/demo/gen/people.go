package main

import (
	"fmt"
	"math/rand/v2"

	"caecw/internal/event"
)

// delSpec describes one delegation before its people are drawn.
type delSpec struct {
	id, name, nameZh, country, lang string
	size                            int // people registered
	extra                           int // expected beyond those registered
	youth                           bool
}

// The delegations: official delegations first, then the youth groups that
// make up most of the ~1,500 people.
var delSpecs = []delSpec{
	{"d-cn-moe", "Ministry of Education of the People's Republic of China", "中华人民共和国教育部", "CN", "zh", 25, 0, false},
	{"d-cn-gz", "Guizhou Provincial Delegation", "贵州省代表团", "CN", "zh", 40, 0, false},
	{"d-cn-univ", "Chinese Universities Delegation", "中国高校代表团", "CN", "zh", 60, 0, false},
	{"d-bn", "Brunei Darussalam Delegation", "文莱代表团", "BN", "bn", 12, 0, false},
	{"d-kh", "Cambodia Delegation", "柬埔寨代表团", "KH", "kh", 20, 0, false},
	{"d-id", "Indonesia Delegation", "印度尼西亚代表团", "ID", "id", 30, 3, false},
	{"d-la", "Lao PDR Delegation", "老挝代表团", "LA", "la", 20, 0, false},
	{"d-my", "Malaysia Delegation", "马来西亚代表团", "MY", "my", 28, 0, false},
	{"d-mm", "Myanmar Delegation", "缅甸代表团", "MM", "mm", 18, 0, false},
	{"d-ph", "Philippines Delegation", "菲律宾代表团", "PH", "ph", 24, 0, false},
	{"d-sg", "Singapore Delegation", "新加坡代表团", "SG", "sg", 20, 0, false},
	{"d-th", "Thailand Delegation", "泰国代表团", "TH", "th", 32, 2, false},
	{"d-vn", "Viet Nam Delegation", "越南代表团", "VN", "vn", 30, 0, false},
	{"d-tl", "Timor-Leste Delegation", "东帝汶代表团", "TL", "tl", 10, 0, false},
	{"d-pk", "Pakistan Delegation", "巴基斯坦代表团", "PK", "pk", 10, 0, false},
	{"d-kz", "Kazakhstan Delegation", "哈萨克斯坦代表团", "KZ", "kz", 8, 0, false},
	{"d-uz", "Uzbekistan Delegation", "乌兹别克斯坦代表团", "UZ", "uz", 8, 0, false},
	{"y-cn", "China Youth Delegation", "中国青年代表团", "CN", "zh", 200, 0, true},
	{"y-bn", "Brunei Darussalam Youth Delegation", "文莱青年代表团", "BN", "bn", 40, 0, true},
	{"y-kh", "Cambodia Youth Delegation", "柬埔寨青年代表团", "KH", "kh", 80, 0, true},
	{"y-id", "Indonesia Youth Delegation", "印度尼西亚青年代表团", "ID", "id", 110, 0, true},
	{"y-la", "Lao PDR Youth Delegation", "老挝青年代表团", "LA", "la", 80, 0, true},
	{"y-my", "Malaysia Youth Delegation", "马来西亚青年代表团", "MY", "my", 100, 0, true},
	{"y-mm", "Myanmar Youth Delegation", "缅甸青年代表团", "MM", "mm", 70, 0, true},
	{"y-ph", "Philippines Youth Delegation", "菲律宾青年代表团", "PH", "ph", 90, 0, true},
	{"y-sg", "Singapore Youth Delegation", "新加坡青年代表团", "SG", "sg", 60, 0, true},
	{"y-th", "Thailand Youth Delegation", "泰国青年代表团", "TH", "th", 120, 0, true},
	{"y-vn", "Viet Nam Youth Delegation", "越南青年代表团", "VN", "vn", 110, 0, true},
	{"y-tl", "Timor-Leste Youth Delegation", "东帝汶青年代表团", "TL", "tl", 30, 0, true},
}

// delegationsAndPeople draws every person's name, role and badge and
// fills each delegation's head, liaison and expected size.
func delegationsAndPeople(r *rand.Rand) ([]event.Delegation, []event.Person) {
	seen := map[string]bool{}
	draw := func(lang string) (string, string) {
		for tries := 0; ; tries++ {
			n, l := name(r, lang)
			if isFamous(l) {
				continue
			}
			// Past a few hundred draws a small name list is used up;
			// a repeated name is then realistic rather than a bug.
			if !seen[n] || tries > 300 {
				seen[n] = true
				return n, l
			}
		}
	}
	var dels []event.Delegation
	var people []event.Person
	badge := 100000
	for _, s := range delSpecs {
		d := event.Delegation{ID: s.id, Name: s.name, NameZh: s.nameZh, Country: s.country, Expected: s.size + s.extra}
		for i := range s.size {
			n, l := draw(s.lang)
			role := roleFor(r, i, s.youth)
			badge += 1 + r.IntN(9)
			people = append(people, event.Person{
				ID:         fmt.Sprintf("p%04d", len(people)+1),
				Badge:      fmt.Sprintf("CAECW25-%06d", badge),
				Name:       n,
				NameLatin:  l,
				Delegation: s.id,
				Role:       role,
			})
			if i == 0 {
				d.Head = n
			}
		}
		zn, zl := draw("zh")
		d.Liaison = zn + " (" + zl + ")"
		dels = append(dels, d)
	}
	return dels, people
}

// roleFor gives the first person of a delegation the head's role and the
// rest a plausible mix: officials are mostly delegates, youth groups
// mostly students with a few accompanying teachers.
func roleFor(r *rand.Rand, i int, youth bool) event.Role {
	if i == 0 {
		return event.RoleHead
	}
	n := r.IntN(100)
	if youth {
		if n < 8 {
			return event.RoleStaff
		}
		return event.RoleStudent
	}
	switch {
	case n < 12:
		return event.RoleStaff
	case n < 18:
		return event.RoleGuest
	}
	return event.RoleDelegate
}
