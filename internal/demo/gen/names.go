package main

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// pair is one name part in its native script and its Latin spelling.
type pair struct{ native, latin string }

// p builds a pair from "native|latin"; a part written in Latin script
// natively carries no bar and is its own Latin spelling.
func p(s string) pair {
	if native, latin, ok := strings.Cut(s, "|"); ok {
		return pair{native, latin}
	}
	return pair{s, s}
}

func ps(ss ...string) []pair {
	out := make([]pair, len(ss))
	for i, s := range ss {
		out[i] = p(s)
	}
	return out
}

func pick(r *rand.Rand, list []pair) pair { return list[r.IntN(len(list))] }

func pickS(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

// Every list below was put together for fictional sample people; combined
// names that happen to belong to well-known public figures are refused by
// famous, further down.

var (
	zhFamily = ps("王|Wang", "李|Li", "张|Zhang", "刘|Liu", "陈|Chen", "杨|Yang", "黄|Huang", "赵|Zhao",
		"吴|Wu", "周|Zhou", "徐|Xu", "孙|Sun", "马|Ma", "朱|Zhu", "胡|Hu", "郭|Guo", "何|He", "林|Lin",
		"罗|Luo", "高|Gao", "梁|Liang", "宋|Song", "唐|Tang", "韩|Han", "冯|Feng", "邓|Deng", "曹|Cao", "彭|Peng")
	zhGiven = ps("伟|Wei", "芳|Fang", "敏|Min", "静|Jing", "丽|Li", "强|Qiang", "磊|Lei", "军|Jun",
		"勇|Yong", "艳|Yan", "杰|Jie", "娟|Juan", "涛|Tao", "明|Ming", "超|Chao", "秀英|Xiuying", "霞|Xia",
		"平|Ping", "刚|Gang", "桂英|Guiying", "晓东|Xiaodong", "雨桐|Yutong", "子涵|Zihan", "浩然|Haoran",
		"思远|Siyuan", "欣怡|Xinyi", "俊杰|Junjie", "梓萱|Zixuan", "文博|Wenbo", "佳怡|Jiayi", "宇航|Yuhang",
		"一鸣|Yiming", "诗涵|Shihan", "志远|Zhiyuan", "春燕|Chunyan", "海波|Haibo")

	thGiven = ps("สมชาย|Somchai", "สมศักดิ์|Somsak", "ประเสริฐ|Prasoet", "วิชัย|Wichai", "สุรชัย|Surachai",
		"อนันต์|Anan", "ธนพล|Thanaphon", "กิตติ|Kitti", "ณัฐวุฒิ|Natthawut", "พงศกร|Phongsakon", "สุดา|Suda",
		"มาลี|Mali", "ปราณี|Prani", "วันดี|Wandi", "นภา|Napha", "อรุณี|Aruni", "กมลา|Kamala", "ศิริพร|Siriphon",
		"พิมพ์ชนก|Phimchanok", "จันทร์เพ็ญ|Chanphen", "ชนิดา|Chanida", "ภานุวัฒน์|Phanuwat")
	thFamily = ps("แสงทอง|Saengthong", "ศรีสุข|Sisuk", "บุญมา|Bunma", "วงศ์ไทย|Wongthai", "ทองดี|Thongdi",
		"สุขสวัสดิ์|Suksawat", "จันทร์แก้ว|Chankaeo", "พรหมมา|Phromma", "ศักดิ์ดี|Sakdi", "รัตนพันธ์|Rattanaphan",
		"เพชรรัตน์|Phetcharat", "ใจดี|Chaidi", "มณีวงศ์|Maniwong", "ทองคำ|Thongkham", "สายบุญ|Saibun",
		"แก้วมณี|Kaeomani", "บุญเรือง|Bunrueang", "ศรีวงศ์|Siwong")

	khFamily = ps("សុខ|Sok", "ជា|Chea", "ឈឹម|Chhim", "គឹម|Kim", "ហេង|Heng", "ឡុង|Long", "ម៉ៅ|Mao",
		"ពេជ្រ|Pich", "សេង|Seng", "ទេព|Tep", "អ៊ុក|Ouk", "ព្រំ|Prum", "នួន|Nuon", "ខៀវ|Khiev")
	khGiven = ps("សុខា|Sokha", "ដារ៉ា|Dara", "សុភាព|Sopheap", "វណ្ណា|Vanna", "ចាន់ថា|Chantha", "សុផល|Sophal",
		"រតនា|Ratana", "ពិសិដ្ឋ|Piseth", "សុខុម|Sokhom", "ស្រីពៅ|Sreypov", "បូរ៉ា|Bora", "ធីតា|Thida",
		"វិចិត្រ|Vichet", "សំណាង|Samnang", "ម៉ាលី|Maly", "ចន្ទា|Chanda", "សុវណ្ណ|Sovann")

	laGiven = ps("ສົມພອນ|Somphone", "ບຸນມີ|Bounmy", "ຄຳພອນ|Khamphone", "ວັນນະ|Vanna", "ສຸລິຍາ|Souliya",
		"ພອນສະຫວັນ|Phonesavanh", "ແສງດາວ|Sengdao", "ນາລີ|Nalee", "ມະນີ|Manee", "ທອງໃສ|Thongsay",
		"ອານຸສອນ|Anousone", "ຈັນທະລາ|Chanthala", "ສີສຸກ|Sisouk", "ດາລາ|Dala", "ວິໄລ|Vilay", "ບົວພັນ|Bouaphanh",
		"ສຸກສະຫວັນ|Souksavanh", "ແກ້ວ|Keo")
	laFamily = ps("ພົມມະຈັນ|Phommachanh", "ສີຫາລາດ|Sihalath", "ວົງສາ|Vongsa", "ແກ້ວມະນີ|Keomany",
		"ສຸວັນນະວົງ|Souvannavong", "ໄຊຍະວົງ|Xayavong", "ພິລາວົງ|Philavong", "ອິນທະວົງ|Inthavong",
		"ຄຳແສງ|Khamsaeng", "ດວງສະຫວັນ|Douangsavanh", "ສີວົງໄຊ|Sivongxay", "ພັນທະວົງ|Phanthavong")

	// Burmese names have no family name: two or three syllables.
	mmSyllable = ps("အောင်|Aung", "ကျော်|Kyaw", "မင်း|Min", "ဇော်|Zaw", "ထွန်း|Htun", "ဝင်း|Win",
		"သန့်|Thant", "စိုး|Soe", "နိုင်|Naing", "လှိုင်|Hlaing", "မြင့်|Myint", "သူ|Thu", "ရဲ|Ye", "ခိုင်|Khine",
		"သီရိ|Thiri", "နွယ်|Nwe", "မြတ်|Myat", "ဖြိုး|Phyo", "ဟိန်း|Hein", "ဆု|Su", "ယဉ်|Yin", "နန္ဒာ|Nanda",
		"ပိုင်|Paing", "လင်း|Lin")

	viFamily    = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"}
	viMaleMid   = []string{"Văn", "Minh", "Quốc", "Đức", "Hữu", "Thanh", "Công"}
	viMale      = []string{"Anh", "Bình", "Dũng", "Hải", "Hiếu", "Hùng", "Khoa", "Long", "Nam", "Phúc", "Quân", "Sơn", "Trung", "Tuấn", "Việt", "Khánh"}
	viFemaleMid = []string{"Thị", "Ngọc", "Thu", "Thanh", "Bảo", "Kim"}
	viFemale    = []string{"Anh", "Châu", "Giang", "Hà", "Hạnh", "Hòa", "Hương", "Lan", "Linh", "Mai", "Ngân", "Phương", "Tâm", "Thảo", "Trang", "Yến"}

	msMale    = []string{"Ahmad", "Muhammad", "Mohd", "Hafiz", "Azlan", "Khairul", "Syafiq", "Amirul", "Faiz", "Irfan", "Haziq", "Danial", "Hakim"}
	msFemale  = []string{"Nurul", "Siti", "Aminah", "Zarina", "Noraini", "Farah", "Hidayah", "Izzati", "Aisyah", "Amalina", "Syahirah", "Balqis"}
	msFathers = []string{"Ismail", "Abdullah", "Hassan", "Rahman", "Yusof", "Osman", "Hamid", "Kamarudin", "Salleh", "Ibrahim", "Omar", "Zainal", "Mokhtar", "Aziz", "Sulaiman", "Jamil"}

	idMale   = []string{"Budi", "Agus", "Hendra", "Wahyu", "Fajar", "Rizki", "Dimas", "Bayu", "Andi", "Eko", "Galih", "Teguh"}
	idFemale = []string{"Siti", "Dewi", "Rina", "Putri", "Indah", "Ayu", "Yuni", "Ratna", "Wulan", "Intan", "Sekar"}
	idFamily = []string{"Santoso", "Wijaya", "Pratama", "Saputra", "Hidayat", "Kurniawan", "Setiawan", "Nugroho", "Siregar", "Simanjuntak", "Harahap", "Sitompul", "Permana", "Gunawan"}
	// Susanti and the like are women's names, used as a second name by women only.
	idFamilyF = []string{"Susanti", "Rahayu", "Wulandari", "Handayani", "Lestari"}

	phGiven  = []string{"Maria", "Jose", "Juan", "Ana", "Mark", "John Paul", "Kristine", "Angelica", "Rommel", "Jerome", "Liza", "Joy", "Carlo", "Patricia", "Ramon", "Teresa", "Nikko", "Bea", "Mary Grace", "Jericho"}
	phFamily = []string{"Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres", "Tolentino", "Villanueva", "Dela Cruz", "Manalo", "Castillo", "Navarro", "Pascual", "Soriano", "Lacson", "Salazar"}

	tlMale   = []string{"João", "José", "Domingos", "Agostinho", "Francisco", "Mateus", "Joaquim", "Celestino", "Abílio", "Zeferino"}
	tlFemale = []string{"Maria", "Ana", "Rosa", "Lúcia", "Filomena", "Natália", "Teresa", "Aurélia", "Felismina"}
	tlFamily = []string{"da Costa", "dos Santos", "Soares", "Pereira", "Ximenes", "Freitas", "Martins", "da Silva", "Fernandes", "Sarmento", "Carvalho", "Alves", "Gomes", "Lopes", "do Rosário", "Magno"}

	// Singaporean Chinese names are romanised from Hokkien or Teochew,
	// not from Mandarin pinyin.
	sgFamily = ps("陈|Tan", "林|Lim", "李|Lee", "黄|Ng", "吴|Goh", "张|Teo", "王|Ong", "刘|Lau", "蔡|Chua", "杨|Yeo", "郑|Tay", "许|Koh")
	sgGiven  = ps("伟杰|Wei Jie", "慧敏|Hui Min", "家豪|Jia Hao", "淑贞|Shu Zhen", "俊辉|Jun Hui", "美玲|Mei Ling",
		"志强|Zhi Qiang", "佩华|Pei Hua", "嘉欣|Jia Xin", "文杰|Wen Jie", "雅婷|Ya Ting", "振华|Zhen Hua")
	taGiven  = ps("பிரியா|Priya", "அருண்|Arun", "கவிதா|Kavitha", "ராஜேஷ்|Rajesh", "மீனா|Meena", "விக்னேஷ்|Vignesh", "லக்ஷ்மி|Lakshmi", "சுரேஷ்|Suresh")
	taFather = ps("ராமசாமி|Ramasamy", "முருகன்|Murugan", "கிருஷ்ணன்|Krishnan", "சுப்பிரமணியம்|Subramaniam", "நாராயணன்|Narayanan", "செல்வம்|Selvam")

	urGiven  = ps("احمد|Ahmed", "علی|Ali", "بلال|Bilal", "فاطمہ|Fatima", "عائشہ|Ayesha", "عثمان|Usman", "زینب|Zainab", "حمزہ|Hamza", "ثنا|Sana", "کامران|Kamran", "حنا|Hina", "فیصل|Faisal")
	urFamily = ps("خان|Khan", "قریشی|Qureshi", "ملک|Malik", "صدیقی|Siddiqui", "چوہدری|Chaudhry", "بٹ|Butt", "شیخ|Sheikh", "رضا|Raza")

	kzMale   = ps("Нұрлан|Nurlan", "Ерлан|Yerlan", "Асхат|Askhat", "Дәурен|Dauren", "Бауыржан|Bauyrzhan", "Серік|Serik", "Арман|Arman")
	kzFemale = ps("Айгерім|Aigerim", "Динара|Dinara", "Әсел|Asel", "Жанар|Zhanar", "Сәуле|Saule", "Мадина|Madina", "Гүлназ|Gulnaz")
	// Kazakh family names take -а for women; the Latin takes -a likewise.
	kzFamily = ps("Ахметов|Akhmetov", "Садықов|Sadykov", "Жұмабаев|Zhumabayev", "Омаров|Omarov", "Сейітов|Seitov", "Бекболатов|Bekbolatov", "Тұрсынов|Tursynov")

	uzMale   = []string{"Dilshod", "Jasur", "Sardor", "Bekzod", "Otabek", "Rustam", "Akmal", "Oybek"}
	uzFemale = []string{"Gulnora", "Dilnoza", "Madina", "Nilufar", "Zarina", "Shahnoza", "Mohira"}
	uzFamily = []string{"Rahimov", "Yusupov", "Tursunov", "Abdullayev", "Xolmatov", "Qodirov", "Ergashev", "Toʻxtayev"}
)

// famous lists Latin spellings that belong to public figures; a generated
// name containing one is drawn again.
var famous = []string{
	"Li Na", "Zhang Jie", "Liu Tao", "Hu Jun", "Ma Chao", "Zhou Tao", "Li Yong", "Ma Li", "Yang Yang", "Sun Yang",
	"Kim Sokha", "Win Myint", "Aung San", "Min Aung Hlaing", "Thein Sein", "Myint Swe", "Htin Kyaw",
	"Zhao Tao", "Sun Li", "Zhao Wei", "Huang Lei", "Deng Chao", "Li Chen", "Liu Yang",
	"Ayesha Malik", "Hina Khan", "Fatima Khan", "Imran Khan", "Gulnora Karimova", "Mali Wongthai",
}

func isFamous(latin string) bool {
	for _, f := range famous {
		if strings.Contains(latin, f) {
			return true
		}
	}
	return false
}

// ascii folds a Latin-script name to plain ASCII for keyboards that lack
// the diacritics: decompose, drop the marks, and map the letters that do
// not decompose.
func ascii(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteByte('d')
		case r == 'Đ':
			b.WriteByte('D')
		case r == 'ʻ' || r == 'ʼ':
			b.WriteByte('\'')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// name draws one person's name for a language: the native form and the
// Latin spelling, both NFC.
func name(r *rand.Rand, lang string) (string, string) {
	female := r.IntN(2) == 0
	switch lang {
	case "zh":
		f, g := pick(r, zhFamily), pick(r, zhGiven)
		return f.native + g.native, f.latin + " " + g.latin
	case "th":
		g, f := pick(r, thGiven), pick(r, thFamily)
		return g.native + " " + f.native, g.latin + " " + f.latin
	case "kh":
		f, g := pick(r, khFamily), pick(r, khGiven)
		return f.native + " " + g.native, f.latin + " " + g.latin
	case "la":
		g, f := pick(r, laGiven), pick(r, laFamily)
		return g.native + " " + f.native, g.latin + " " + f.latin
	case "mm":
		n := 2 + r.IntN(2)
		var nat, lat []string
		for len(nat) < n {
			s := pick(r, mmSyllable)
			if slices.Contains(lat, s.latin) {
				continue
			}
			nat, lat = append(nat, s.native), append(lat, s.latin)
		}
		// Myanmar script writes a name's syllables without spaces.
		return strings.Join(nat, ""), strings.Join(lat, " ")
	case "vn":
		fam := pickS(r, viFamily)
		var parts []string
		if female {
			parts = []string{fam, pickS(r, viFemaleMid)}
			if r.IntN(4) == 0 {
				parts = []string{fam, "Thị", pickS(r, []string{"Thu", "Ngọc", "Minh", "Kim"})}
			}
			parts = append(parts, pickS(r, viFemale))
		} else {
			parts = []string{fam, pickS(r, viMaleMid)}
			if r.IntN(5) == 0 {
				parts = append(parts, pickS(r, []string{"Minh", "Quang", "Hoàng", "Gia"}))
			}
			parts = append(parts, pickS(r, viMale))
		}
		n := strings.Join(dedupe(parts), " ")
		return n, ascii(n)
	case "my", "bn":
		var n string
		if female {
			n = pickS(r, msFemale)
			if r.IntN(2) == 0 {
				n += " " + pickS(r, msFemale)
			}
			n += " binti " + pickS(r, msFathers)
		} else {
			n = pickS(r, msMale)
			if r.IntN(2) == 0 {
				n += " " + pickS(r, msMale)
			}
			n += " bin " + pickS(r, msFathers)
		}
		if lang == "bn" && r.IntN(3) == 0 {
			// Bruneian names often carry the inherited titles Awang or
			// Dayang and Haji for a father who made the pilgrimage.
			title := "Awang "
			if female {
				title = "Dayang "
			}
			n = title + strings.Replace(strings.Replace(n, " bin ", " bin Haji ", 1), " binti ", " binti Haji ", 1)
		}
		n = strings.Join(dedupe(strings.Fields(n)), " ")
		return n, n
	case "id":
		given := idMale
		if female {
			given = idFemale
		}
		family := idFamily
		if female {
			family = append(slices.Clip(idFamily), idFamilyF...)
		}
		n := pickS(r, given)
		switch r.IntN(4) {
		case 0:
			n += " " + pickS(r, given) + " " + pickS(r, family)
		case 1, 2:
			n += " " + pickS(r, family)
		}
		// case 3: a single name, as many Javanese names are.
		n = strings.Join(dedupe(strings.Fields(n)), " ")
		return n, n
	case "ph":
		n := pickS(r, phGiven) + " " + string(rune('A'+r.IntN(26))) + ". " + pickS(r, phFamily)
		return n, n
	case "tl":
		given := tlMale
		if female {
			given = tlFemale
		}
		n := pickS(r, given)
		if r.IntN(2) == 0 {
			n += " " + pickS(r, given)
		}
		n += " " + pickS(r, tlFamily)
		n = strings.Join(dedupe(strings.Fields(n)), " ")
		return n, ascii(n)
	case "sg":
		switch r.IntN(6) {
		case 0, 1, 2:
			f, g := pick(r, sgFamily), pick(r, sgGiven)
			return f.native + g.native, f.latin + " " + g.latin
		case 3, 4:
			return name(r, "my")
		default:
			g, f := pick(r, taGiven), pick(r, taFather)
			return g.native + " " + f.native, g.latin + " " + f.latin
		}
	case "pk":
		g, f := pick(r, urGiven), pick(r, urFamily)
		return g.native + " " + f.native, g.latin + " " + f.latin
	case "kz":
		f := pick(r, kzFamily)
		g := pick(r, kzMale)
		if female {
			g = pick(r, kzFemale)
			f = pair{f.native + "а", f.latin + "a"}
		}
		return g.native + " " + f.native, g.latin + " " + f.latin
	case "uz":
		f := pickS(r, uzFamily)
		g := pickS(r, uzMale)
		if female {
			g = pickS(r, uzFemale)
			f += "a"
		}
		n := g + " " + f
		return n, ascii(n)
	}
	panic("no names for language " + lang)
}

// dedupe drops a part equal to the one before it ("Siti Siti").
func dedupe(parts []string) []string {
	out := make([]string, 0, len(parts))
	for i, s := range parts {
		if i == 0 || s != parts[i-1] {
			out = append(out, s)
		}
	}
	return out
}
