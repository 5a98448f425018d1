package main

import "fmt"

// eventNameZh is the week's usual Chinese name, with the edition and the
// sample-data mark of the English name.
const eventNameZh = "2025中国—东盟教育交流周（示例数据）"

// sitesZh are the Chinese names of the sites.
var sitesZh = map[string]string{
	siteGIECC:   "贵阳国际生态会议中心",
	siteHotel:   "贵阳会议酒店",
	siteGZU:     "贵州大学（花溪校区）",
	siteGZNU:    "贵州师范大学",
	siteVoc:     "贵州职业技术学院",
	siteHuaxi:   "花溪国家城市湿地公园",
	siteQingyan: "青岩古镇",
	siteTheatre: "贵阳大剧院",
	siteAirport: "贵阳龙洞堡国际机场",
}

// hostsZh are the Chinese names of the hosts.
var hostsZh = map[string]string{
	hostMOE:   "教育部、贵州省人民政府",
	hostOrg:   "中国—东盟教育交流周组委会",
	hostGZEdu: "贵州省教育厅",
	hostGZU:   "贵州大学",
	hostGZNU:  "贵州师范大学",
	hostVoc:   "贵州职业技术学院",
	hostTrans: "交流周交通保障组",
	hostCater: "交流周餐饮保障组",
	hostYouth: "中国—东盟青年交流中心",
	hostCult:  "贵州省文化和旅游厅",
}

// titlesZh are the Chinese titles of the sessions, by English title.
var titlesZh = map[string]string{
	// 24 July
	"Airport arrivals shuttle to hotels and campuses (rolling waves)": "机场接站：分批送往各酒店及校区",
	"Volunteer and liaison officer briefing":                          "志愿者及联络员工作说明会",
	"Venue walk-through for delegation liaisons":                      "代表团联络员场馆踏勘",
	"Senior officials' preparatory meeting":                           "高官筹备会",
	"Youth camp opening and icebreakers":                              "青少年营开营及破冰活动",
	"Exhibition preview: China-ASEAN education achievements":          "预展：中国—东盟教育合作成果展",
	"Youth dinner (group 1)":                                          "青少年晚餐（第一组）",
	"Youth dinner (group 2)":                                          "青少年晚餐（第二组）",
	"Welcome dinner for delegations":                                  "代表团欢迎晚宴",
	"Campus welcome night":                                            "校园欢迎晚会",
	"Evening coaches: Guizhou University to hotels":                   "晚间大巴：贵州大学至各酒店",
	// 25 July
	"Morning coaches: hotels to GIECC and campuses":           "早间大巴：各酒店至生态会议中心及各校区",
	"China-ASEAN Senior Education Officials' Meeting":         "中国—东盟教育高官会",
	"Digital education forum: AI in teaching and learning":    "数字教育论坛：人工智能赋能教与学",
	"Campus day at Guizhou University":                        "贵州大学校园开放日",
	"Campus day at Guizhou Normal University":                 "贵州师范大学校园开放日",
	"Exhibition: China-ASEAN education achievements":          "中国—东盟教育合作成果展",
	"Working lunch for delegations":                           "代表团工作午餐",
	"Youth lunch (group 1)":                                   "青少年午餐（第一组）",
	"Youth lunch (group 2)":                                   "青少年午餐（第二组）",
	"Language exchange workshop: Chinese and ASEAN languages": "语言交流工作坊：中文与东盟国家语言",
	"Digital skills workshop for youth":                       "青少年数字技能工作坊",
	"Workshop: teacher exchange programmes":                   "工作坊：教师交流项目",
	"Visit: vocational college training base":                 "参观：职业院校实训基地",
	"Workshop: joint laboratories and credit recognition":     "工作坊：联合实验室与学分互认",
	"Provincial reception dinner":                             "贵州省招待晚宴",
	"China-ASEAN youth talent show":                           "中国—东盟青少年才艺展演",
	"Evening coaches: campuses to hotels":                     "晚间大巴：各校区至各酒店",
	// 26 July
	"Morning coaches: hotels to GIECC":                                          "早间大巴：各酒店至生态会议中心",
	"Opening ceremony of the China-ASEAN Education Cooperation Week":            "中国—东盟教育交流周开幕式",
	"China-ASEAN Vocational Education Forum":                                    "中国—东盟职业教育论坛",
	"China-ASEAN University Presidents' Forum":                                  "中国—东盟大学校长论坛",
	"Language Education Forum: Chinese and ASEAN languages":                     "语言教育论坛：中文与东盟国家语言",
	"China-ASEAN Youth Dialogue":                                                "中国—东盟青年对话",
	"Media briefing on the opening day":                                         "开幕日媒体吹风会",
	"Lunch for delegations":                                                     "代表团午餐",
	"Youth lunch":                                                               "青少年午餐",
	"Signing ceremony I: ministerial and university agreements (24 agreements)": "签约仪式（一）：部级及高校合作协议（24项）",
	"Guided tour: China-ASEAN education exhibition":                             "导览：中国—东盟教育合作成果展",
	"Study visit: Huaxi wetland ecology":                                        "研学考察：花溪湿地生态",
	"Study visit: vocational college training base":                             "研学考察：职业院校实训基地",
	"Signing ceremony II: vocational education agreements (20 agreements)":      "签约仪式（二）：职业教育合作协议（20项）",
	"School visit: Guizhou University":                                          "校园参访：贵州大学",
	"Signing ceremony III: university partnerships (22 agreements)":             "签约仪式（三）：高校合作伙伴协议（22项）",
	"Dinner for delegations":                                                    "代表团晚餐",
	"Cultural evening: Colourful Guizhou":                                       "文艺晚会：多彩贵州",
	"Youth bonfire night":                                                       "青少年篝火晚会",
	"Night coaches: theatre and Huaxi to hotels":                                "夜间大巴：大剧院及花溪至各酒店",
	// 27 July
	"Belt and Road Vocational Education Alliance Forum":          "“一带一路”职业教育联盟论坛",
	"Higher education roundtable: mutual recognition of credits": "高等教育圆桌会：学分互认",
	"Chinese-language teacher training workshop":                 "国际中文教师培训工作坊",
	"Intangible heritage workshop: batik and silverwork":         "非遗工作坊：蜡染与银饰",
	"Study visit: Huaxi wetland restoration":                     "研学考察：花溪湿地修复",
	"Press conference: outcomes of the week":                     "新闻发布会：交流周成果",
	"Closing ceremony and release of outcomes":                   "闭幕式暨成果发布",
	"Youth farewell dinner":                                      "青少年告别晚宴",
	"Departure coaches: GIECC to hotels and airport":             "离会大巴：生态会议中心至各酒店及机场",
	"Farewell dinner for delegations":                            "代表团告别晚宴",
}

// zh is the Chinese form of en from table; a name without one stops the
// generator, so that every title, host and site of the sample has both.
func zh(table map[string]string, what, en string) string {
	s, ok := table[en]
	if !ok {
		panic(fmt.Sprintf("gen: no Chinese %s for %q", what, en))
	}
	return s
}
