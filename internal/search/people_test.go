package search

import (
	"fmt"
	"math/rand/v2"

	"caecw/internal/event"
)

// namePool is one delegation's way of naming people: a native-script
// family and given names, each with its Latin spelling, and whether the
// family name comes first.
type namePool struct {
	country, id string
	familyFirst bool
	noSpace     bool // Thai/Khmer nicknames and some names run together
	family      [][2]string
	given       [][2]string
}

var pools = []namePool{
	{country: "CN", id: "cn-moe", familyFirst: true, noSpace: true,
		family: [][2]string{{"张", "Zhang"}, {"王", "Wang"}, {"李", "Li"}, {"刘", "Liu"}, {"陈", "Chen"}, {"杨", "Yang"}, {"欧阳", "Ouyang"}, {"黄", "Huang"}},
		given:  [][2]string{{"伟", "Wei"}, {"芳", "Fang"}, {"娜", "Na"}, {"小明", "Xiaoming"}, {"静", "Jing"}, {"丽", "Li"}, {"强", "Qiang"}, {"秀英", "Xiuying"}}},
	{country: "VN", id: "vn-moet", familyFirst: true,
		family: [][2]string{{"Nguyễn", "Nguyen"}, {"Trần", "Tran"}, {"Lê", "Le"}, {"Phạm", "Pham"}, {"Đặng", "Dang"}, {"Hoàng", "Hoang"}, {"Võ", "Vo"}},
		given:  [][2]string{{"Thị Hương", "Thi Huong"}, {"Văn Đức", "Van Duc"}, {"Minh Anh", "Minh Anh"}, {"Thị Lan", "Thi Lan"}, {"Quốc Bảo", "Quoc Bao"}, {"Ngọc Hà", "Ngoc Ha"}, {"Hữu Nghĩa", "Huu Nghia"}}},
	{country: "TH", id: "th-obec",
		family: [][2]string{{"ใจดี", "Jaidee"}, {"ศรีสุข", "Srisuk"}, {"วงศ์ไทย", "Wongthai"}, {"บุญมา", "Boonma"}, {"รักไทย", "Rakthai"}},
		given:  [][2]string{{"สมชาย", "Somchai"}, {"สมศรี", "Somsri"}, {"ประยุทธ์", "Prayut"}, {"นภา", "Napa"}, {"อรุณ", "Arun"}, {"มาลี", "Malee"}}},
	{country: "KH", id: "kh-moeys", familyFirst: true,
		family: [][2]string{{"សុខ", "Sok"}, {"ចាន់", "Chan"}, {"ហេង", "Heng"}, {"គឹម", "Kim"}, {"ស៊ុន", "Sun"}},
		given:  [][2]string{{"ចាន់ថា", "Chantha"}, {"សុភា", "Sophea"}, {"វិចិត្រ", "Vichet"}, {"ដារ៉ា", "Dara"}, {"ស្រីមុំ", "Sreymom"}}},
	{country: "LA", id: "la-moes",
		family: [][2]string{{"ວົງສາ", "Vongsa"}, {"ສີສຸລິດ", "Sisoulith"}, {"ພົມມະຈັນ", "Phommachanh"}, {"ແກ້ວມະນີ", "Keomany"}},
		given:  [][2]string{{"ສົມພອນ", "Somphone"}, {"ທອງລຸນ", "Thongloun"}, {"ບຸນມີ", "Bounmy"}, {"ຄຳແພງ", "Khamphaeng"}}},
	{country: "MM", id: "mm-moe", noSpace: true,
		family: [][2]string{{"ကျော်", "Kyaw"}, {"ဝင်း", "Win"}, {"ထွန်း", "Tun"}, {"မြင့်", "Myint"}},
		given:  [][2]string{{"အောင်", "Aung"}, {"သီတာ", "Thida"}, {"ဇော်", "Zaw"}, {"နွယ်", "Nwe"}, {"မောင်", "Maung"}}},
	{country: "MY", id: "my-moe",
		family: [][2]string{{"bin Abu Bakar", ""}, {"binti Ismail", ""}, {"bin Hassan", ""}, {"a/l Raman", ""}},
		given:  [][2]string{{"Ahmad", ""}, {"Nur Aisyah", ""}, {"Siti", ""}, {"Muhammad Hafiz", ""}, {"Kavitha", ""}}},
	{country: "PH", id: "ph-deped",
		family: [][2]string{{"dela Cruz", ""}, {"Santos", ""}, {"Reyes", ""}, {"Bautista", ""}, {"Dimaculangan", ""}},
		given:  [][2]string{{"Maria Clara", ""}, {"José", ""}, {"Ma. Teresa", ""}, {"Juan Miguel", ""}, {"Niño", ""}}},
	{country: "ID", id: "id-kemdikbud",
		family: [][2]string{{"Wijaya", ""}, {"Susanto", ""}, {"Hidayat", ""}, {"Nugroho", ""}},
		given:  [][2]string{{"Budi", ""}, {"Dewi", ""}, {"Agus", ""}, {"Sri Wahyuni", ""}}},
}

// genPeople makes n people deterministically, spread over the pools, with
// China and Viet Nam larger as at the real event.
func genPeople(n int) ([]event.Person, []event.Delegation) {
	rng := rand.New(rand.NewPCG(2025, 7))
	var dels []event.Delegation
	for _, p := range pools {
		dels = append(dels, event.Delegation{ID: p.id, Name: countryName[p.country], Country: p.country})
	}
	weights := []int{4, 3, 2, 1, 1, 1, 1, 1, 1}
	total := 0
	for _, w := range weights {
		total += w
	}
	people := make([]event.Person, n)
	for i := range people {
		x := rng.IntN(total)
		pi := 0
		for x >= weights[pi] {
			x -= weights[pi]
			pi++
		}
		pool := pools[pi]
		f := pool.family[rng.IntN(len(pool.family))]
		g := pool.given[rng.IntN(len(pool.given))]
		native, latin := joinName(pool, f[0], g[0]), joinName(pool, f[1], g[1])
		if pool.noSpace {
			native = joinNoSpace(pool, f[0], g[0])
		}
		if f[1] == "" {
			latin = ""
		}
		people[i] = event.Person{
			ID:         fmt.Sprintf("p%06d", i),
			Badge:      fmt.Sprintf("%s-%05d", pool.country, i),
			Name:       native,
			NameLatin:  latin,
			Delegation: pool.id,
			Role:       event.RoleDelegate,
		}
	}
	return people, dels
}

var countryName = map[string]string{
	"CN": "China", "VN": "Viet Nam", "TH": "Thailand", "KH": "Cambodia", "LA": "Lao PDR",
	"MM": "Myanmar", "MY": "Malaysia", "PH": "Philippines", "ID": "Indonesia",
}

func joinName(p namePool, family, given string) string {
	if family == "" || given == "" {
		return family + given
	}
	if p.familyFirst {
		return family + " " + given
	}
	return given + " " + family
}

func joinNoSpace(p namePool, family, given string) string {
	if p.familyFirst {
		return family + given
	}
	return given + family
}
