package main

import (
	"fmt"
	"time"

	"caecw/internal/event"
)

// The groups that move together through a day. Every delegation follows
// one line of sessions a day, with coach time between sites, so that the
// only problems the rules find are the three planted on 26 July.
var (
	// officialsA and officialsB are the foreign official delegations,
	// split for parallel workshops and signings.
	officialsA = []string{"d-th", "d-vn", "d-id", "d-my", "d-ph", "d-sg", "d-bn"}
	officialsB = []string{"d-kh", "d-la", "d-mm", "d-tl", "d-pk", "d-kz", "d-uz"}
	partners   = []string{"d-pk", "d-kz", "d-uz"}
	chinese    = []string{"d-cn-moe", "d-cn-gz", "d-cn-univ"}
	youth1     = []string{"y-th", "y-vn", "y-id", "y-my", "y-ph", "y-sg"}
	youth2     = []string{"y-kh", "y-la", "y-mm", "y-bn", "y-tl", "y-cn"}
)

func join(groups ...[]string) []string {
	var out []string
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

var (
	adults   = join(chinese, officialsA, officialsB)
	youthAll = join(youth1, youth2)
	everyone = join(adults, youthAll)
)

// The days of the week.
const (
	day24 event.Day = "2025-07-24"
	day25 event.Day = "2025-07-25"
	day26 event.Day = "2025-07-26"
	day27 event.Day = "2025-07-27"
)

// Hosts, as the programme names them.
const (
	hostMOE   = "Ministry of Education of China; People's Government of Guizhou Province"
	hostOrg   = "CAECW Organising Committee"
	hostGZEdu = "Guizhou Provincial Department of Education"
	hostGZU   = "Guizhou University"
	hostGZNU  = "Guizhou Normal University"
	hostVoc   = "Guizhou Vocational Technology College"
	hostTrans = "CAECW Transport Team"
	hostCater = "CAECW Catering Team"
	hostYouth = "China-ASEAN Youth Exchange Centre"
	hostCult  = "Guizhou Provincial Department of Culture and Tourism"
)

// builder accumulates sessions and assignments with ids in the order added.
type builder struct {
	loc         *time.Location
	expected    map[string]int
	sessions    []event.Session
	assignments []event.Assignment
}

func newBuilder(loc *time.Location, dels []event.Delegation) *builder {
	b := &builder{loc: loc, expected: map[string]int{}}
	for _, d := range dels {
		b.expected[d.ID] = d.Expected
	}
	return b
}

// add appends a session from hh:mm to hh:mm. With delegations, each goes
// whole (headcount 0) unless heads is positive, and Expected is their
// sum; without, expected is the organisers' estimate. It returns the
// session's index so that a caller can plant a change of state.
func (b *builder) add(day event.Day, from, to string, kind event.Kind, venue, title, host string, expected, heads int, dels ...string) int {
	start, err1 := event.ParseClock(day, from, b.loc)
	end, err2 := event.ParseClock(day, to, b.loc)
	if err1 != nil || err2 != nil {
		panic(fmt.Sprint(err1, err2))
	}
	id := fmt.Sprintf("s%03d", len(b.sessions)+1)
	if len(dels) > 0 {
		expected = 0
	}
	for _, d := range dels {
		b.assignments = append(b.assignments, event.Assignment{Session: id, Delegation: d, Headcount: heads})
		if heads > 0 {
			expected += heads
		} else {
			expected += b.expected[d]
		}
	}
	b.sessions = append(b.sessions, event.Session{
		ID: id, Day: day, Start: start, End: end, Title: title, TitleZh: zh(titlesZh, "title", title), Kind: kind,
		Venue: venue, Host: host, HostZh: zh(hostsZh, "host", host), Expected: expected,
	})
	return len(b.sessions) - 1
}

// programme lays out the four days.
func (b *builder) programme() {
	b.arrivalDay()
	b.preparatoryDay()
	b.openingDay()
	b.closingDay()
}

func (b *builder) arrivalDay() {
	d := day24
	b.add(d, "09:00", "18:00", event.KindTransfer, "v-airport", "Airport arrivals shuttle to hotels and campuses (rolling waves)", hostTrans, 280, 0)
	b.add(d, "10:00", "11:30", event.KindWorkshop, "v-giecc-c", "Volunteer and liaison officer briefing", hostOrg, 120, 0)
	b.add(d, "13:00", "14:00", event.KindVisit, "v-giecc-a", "Venue walk-through for delegation liaisons", hostOrg, 40, 0)
	b.add(d, "14:00", "16:00", event.KindForum, "v-hotel-meet", "Senior officials' preparatory meeting", hostMOE, 0, 2, adults...)
	b.add(d, "15:00", "16:30", event.KindWorkshop, "v-gzu-aud", "Youth camp opening and icebreakers", hostYouth, 0, 0, youthAll...)
	b.add(d, "16:00", "17:30", event.KindVisit, "v-giecc-expo", "Exhibition preview: China-ASEAN education achievements", hostGZEdu, 200, 0)
	b.add(d, "17:30", "18:45", event.KindMeal, "v-gzu-canteen", "Youth dinner (group 1)", hostCater, 0, 0, youth1...)
	b.add(d, "17:30", "18:45", event.KindMeal, "v-gznu-canteen", "Youth dinner (group 2)", hostCater, 0, 0, youth2...)
	b.add(d, "18:30", "20:00", event.KindMeal, "v-hotel-ball", "Welcome dinner for delegations", hostGZEdu, 0, 0, adults...)
	b.add(d, "19:15", "20:45", event.KindCultural, "v-gzu-aud", "Campus welcome night", hostGZU, 0, 0, youthAll...)
	b.add(d, "20:45", "21:30", event.KindTransfer, "v-hotel-coach", "Evening coaches: Guizhou University to hotels", hostTrans, 1090, 0)
}

func (b *builder) preparatoryDay() {
	d := day25
	b.add(d, "07:45", "08:40", event.KindTransfer, "v-hotel-coach", "Morning coaches: hotels to GIECC and campuses", hostTrans, 1480, 0)
	b.add(d, "09:00", "11:30", event.KindForum, "v-giecc-b", "China-ASEAN Senior Education Officials' Meeting", hostMOE, 0, 0, join(chinese[:2], officialsA, officialsB)...)
	b.add(d, "09:00", "11:30", event.KindForum, "v-giecc-c", "Digital education forum: AI in teaching and learning", hostGZEdu, 0, 0, "d-cn-univ")
	b.add(d, "09:00", "11:30", event.KindVisit, "v-gzu-aud", "Campus day at Guizhou University", hostGZU, 0, 0, youth1...)
	b.add(d, "09:00", "11:30", event.KindVisit, "v-gznu-hall", "Campus day at Guizhou Normal University", hostGZNU, 0, 0, youth2...)
	b.add(d, "09:00", "17:00", event.KindVisit, "v-giecc-expo", "Exhibition: China-ASEAN education achievements", hostGZEdu, 600, 0)
	b.add(d, "12:00", "13:30", event.KindMeal, "v-giecc-banquet", "Working lunch for delegations", hostCater, 0, 0, adults...)
	b.add(d, "12:00", "13:15", event.KindMeal, "v-gzu-canteen", "Youth lunch (group 1)", hostCater, 0, 0, youth1...)
	b.add(d, "12:00", "13:15", event.KindMeal, "v-gznu-canteen", "Youth lunch (group 2)", hostCater, 0, 0, youth2...)
	b.add(d, "14:00", "16:30", event.KindWorkshop, "v-gzu-aud", "Language exchange workshop: Chinese and ASEAN languages", hostGZU, 0, 0, youth1...)
	b.add(d, "14:00", "16:30", event.KindWorkshop, "v-gznu-hall", "Digital skills workshop for youth", hostGZNU, 0, 0, youth2...)
	b.add(d, "14:15", "16:30", event.KindWorkshop, "v-giecc-c", "Workshop: teacher exchange programmes", hostMOE, 0, 0, officialsA...)
	b.add(d, "14:15", "16:30", event.KindVisit, "v-voc-base", "Visit: vocational college training base", hostVoc, 0, 0, join([]string{"d-cn-gz"}, officialsB)...)
	b.add(d, "14:15", "16:30", event.KindWorkshop, "v-gzu-lab", "Workshop: joint laboratories and credit recognition", hostGZU, 0, 0, "d-cn-moe", "d-cn-univ")
	b.add(d, "17:30", "18:45", event.KindMeal, "v-gzu-canteen", "Youth dinner (group 1)", hostCater, 0, 0, youth1...)
	b.add(d, "17:30", "18:45", event.KindMeal, "v-gznu-canteen", "Youth dinner (group 2)", hostCater, 0, 0, youth2...)
	b.add(d, "18:30", "20:00", event.KindMeal, "v-hotel-ball", "Provincial reception dinner", hostGZEdu, 0, 0, adults...)
	b.add(d, "19:30", "21:00", event.KindCultural, "v-gzu-aud", "China-ASEAN youth talent show", hostYouth, 0, 0, youthAll...)
	b.add(d, "21:00", "21:45", event.KindTransfer, "v-hotel-coach", "Evening coaches: campuses to hotels", hostTrans, 1090, 0)
}

// openingDay is 26 July, the opening of the week, and carries the three
// planted problems: a venue clash in Hall C, an over-full Meeting Room 1
// and a delayed cultural evening.
func (b *builder) openingDay() {
	d := day26
	b.add(d, "07:30", "08:30", event.KindTransfer, "v-hotel-coach", "Morning coaches: hotels to GIECC", hostTrans, 1480, 0)
	b.add(d, "09:00", "10:30", event.KindCeremony, "v-giecc-a", "Opening ceremony of the China-ASEAN Education Cooperation Week", hostMOE, 0, 0, everyone...)
	b.add(d, "10:45", "12:15", event.KindForum, "v-giecc-b", "China-ASEAN Vocational Education Forum", hostGZEdu, 0, 0, join([]string{"d-cn-gz", "d-th", "d-vn", "d-id", "d-my"}, partners)...)
	b.add(d, "10:45", "12:15", event.KindForum, "v-giecc-c", "China-ASEAN University Presidents' Forum", hostMOE, 0, 0, "d-cn-moe", "d-ph", "d-sg", "d-bn", "d-mm", "d-tl")
	// Planted: registrations for the language forum outgrew its room.
	b.add(d, "10:45", "12:15", event.KindForum, "v-giecc-m1", "Language Education Forum: Chinese and ASEAN languages", hostGZNU, 0, 0, "d-cn-univ", "d-kh", "d-la")
	b.add(d, "10:45", "12:15", event.KindForum, "v-giecc-a", "China-ASEAN Youth Dialogue", hostYouth, 0, 0, youthAll...)
	// Planted: the press office booked Hall C before the presidents' forum ends.
	b.add(d, "12:00", "12:45", event.KindForum, "v-giecc-c", "Media briefing on the opening day", hostOrg, 40, 0)
	b.add(d, "12:30", "13:45", event.KindMeal, "v-giecc-banquet", "Lunch for delegations", hostCater, 0, 0, adults...)
	b.add(d, "12:30", "13:45", event.KindMeal, "v-giecc-food", "Youth lunch", hostCater, 0, 0, youthAll...)
	b.add(d, "14:00", "15:00", event.KindSigning, "v-giecc-sign", "Signing ceremony I: ministerial and university agreements (24 agreements)", hostMOE, 0, 4, join([]string{"d-cn-moe"}, officialsA)...)
	b.add(d, "14:00", "15:00", event.KindVisit, "v-giecc-expo", "Guided tour: China-ASEAN education exhibition", hostGZEdu, 0, 0, join([]string{"d-cn-gz"}, officialsB)...)
	b.add(d, "14:30", "17:00", event.KindVisit, "v-huaxi-park", "Study visit: Huaxi wetland ecology", hostYouth, 0, 0, youth1...)
	b.add(d, "14:30", "17:00", event.KindVisit, "v-voc-base", "Study visit: vocational college training base", hostVoc, 0, 0, youth2...)
	b.add(d, "15:15", "16:15", event.KindSigning, "v-giecc-sign", "Signing ceremony II: vocational education agreements (20 agreements)", hostGZEdu, 0, 4, join([]string{"d-cn-gz"}, officialsB)...)
	b.add(d, "15:45", "17:15", event.KindVisit, "v-gzu-aud", "School visit: Guizhou University", hostGZU, 0, 0, join([]string{"d-cn-moe"}, officialsA)...)
	b.add(d, "16:30", "17:30", event.KindSigning, "v-giecc-sign", "Signing ceremony III: university partnerships (22 agreements)", hostGZEdu, 0, 4, join([]string{"d-cn-univ"}, partners)...)
	b.add(d, "17:45", "18:45", event.KindMeal, "v-giecc-food", "Youth dinner (group 1)", hostCater, 0, 0, youth1...)
	b.add(d, "17:45", "18:45", event.KindMeal, "v-huaxi-rest", "Youth dinner (group 2)", hostCater, 0, 0, youth2...)
	b.add(d, "18:00", "19:15", event.KindMeal, "v-hotel-ball", "Dinner for delegations", hostCater, 0, 0, adults...)
	// Planted: the evening starts 20 minutes late.
	evening := b.add(d, "19:30", "21:30", event.KindCultural, "v-theatre", "Cultural evening: Colourful Guizhou", hostCult, 0, 0, join(adults, youth1)...)
	b.sessions[evening].State = event.State{DelayMin: 20, Note: "Stage set-up overran; doors open 19:35"}
	b.add(d, "19:30", "21:00", event.KindCultural, "v-huaxi-park", "Youth bonfire night", hostYouth, 0, 0, youth2...)
	b.add(d, "22:00", "22:45", event.KindTransfer, "v-theatre-plaza", "Night coaches: theatre and Huaxi to hotels", hostTrans, 1480, 0)
}

func (b *builder) closingDay() {
	d := day27
	b.add(d, "09:00", "11:30", event.KindForum, "v-giecc-b", "Belt and Road Vocational Education Alliance Forum", hostGZEdu, 0, 0, join([]string{"d-cn-gz"}, officialsB)...)
	b.add(d, "09:00", "11:30", event.KindForum, "v-giecc-c", "Higher education roundtable: mutual recognition of credits", hostMOE, 0, 0, join([]string{"d-cn-moe"}, officialsA)...)
	b.add(d, "09:00", "11:30", event.KindWorkshop, "v-giecc-m1", "Chinese-language teacher training workshop", hostGZNU, 0, 0, "d-cn-univ")
	b.add(d, "09:00", "11:30", event.KindWorkshop, "v-qingyan", "Intangible heritage workshop: batik and silverwork", hostCult, 0, 0, youth1...)
	b.add(d, "09:00", "11:30", event.KindVisit, "v-huaxi-park", "Study visit: Huaxi wetland restoration", hostYouth, 0, 0, youth2...)
	b.add(d, "09:00", "12:00", event.KindVisit, "v-giecc-expo", "Exhibition: China-ASEAN education achievements", hostGZEdu, 400, 0)
	b.add(d, "11:45", "13:00", event.KindMeal, "v-giecc-banquet", "Lunch for delegations", hostCater, 0, 0, adults...)
	b.add(d, "11:45", "12:30", event.KindMeal, "v-huaxi-rest", "Youth lunch (group 2)", hostCater, 0, 0, youth2...)
	b.add(d, "12:00", "12:45", event.KindForum, "v-giecc-c", "Press conference: outcomes of the week", hostOrg, 60, 0)
	b.add(d, "12:45", "13:45", event.KindMeal, "v-huaxi-rest", "Youth lunch (group 1)", hostCater, 0, 0, youth1...)
	b.add(d, "14:30", "16:00", event.KindCeremony, "v-giecc-a", "Closing ceremony and release of outcomes", hostMOE, 0, 0, everyone...)
	b.add(d, "16:30", "17:45", event.KindMeal, "v-giecc-food", "Youth farewell dinner", hostCater, 0, 0, youthAll...)
	b.add(d, "17:45", "18:30", event.KindTransfer, "v-giecc-coach", "Departure coaches: GIECC to hotels and airport", hostTrans, 1100, 0)
	b.add(d, "18:00", "19:30", event.KindMeal, "v-hotel-ball", "Farewell dinner for delegations", hostGZEdu, 0, 0, adults...)
}
