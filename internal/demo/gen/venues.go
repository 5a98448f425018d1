package main

import "caecw/internal/event"

// The sites, each a place that takes time to reach from the others.
const (
	siteGIECC   = "Guiyang International Ecological Conference Center"
	siteHotel   = "Guiyang Convention Hotel"
	siteGZU     = "Guizhou University (Huaxi campus)"
	siteGZNU    = "Guizhou Normal University"
	siteVoc     = "Guizhou Vocational Technology College"
	siteHuaxi   = "Huaxi National Wetland Park"
	siteQingyan = "Qingyan Ancient Town"
	siteTheatre = "Guiyang Grand Theatre"
	siteAirport = "Guiyang Longdongbao International Airport"
)

// venues are the rooms of the sample week. Capacities are seats (or
// standing room for coach bays) as the organisers would declare them.
var venues = []event.Venue{
	{ID: "v-giecc-a", Name: "GIECC Hall A (plenary)", NameZh: "生态会议中心A厅", Site: siteGIECC, Capacity: 2000},
	{ID: "v-giecc-b", Name: "GIECC Hall B", NameZh: "生态会议中心B厅", Site: siteGIECC, Capacity: 600},
	{ID: "v-giecc-c", Name: "GIECC Hall C", NameZh: "生态会议中心C厅", Site: siteGIECC, Capacity: 300},
	{ID: "v-giecc-m1", Name: "GIECC Meeting Room 1", NameZh: "生态会议中心第一会议室", Site: siteGIECC, Capacity: 80},
	{ID: "v-giecc-sign", Name: "GIECC Signing Hall", NameZh: "生态会议中心签约厅", Site: siteGIECC, Capacity: 120},
	{ID: "v-giecc-banquet", Name: "GIECC Banquet Hall", NameZh: "生态会议中心宴会厅", Site: siteGIECC, Capacity: 600},
	{ID: "v-giecc-food", Name: "GIECC Food Court", NameZh: "生态会议中心美食广场", Site: siteGIECC, Capacity: 1200},
	{ID: "v-giecc-expo", Name: "GIECC Exhibition Hall", NameZh: "生态会议中心展览厅", Site: siteGIECC, Capacity: 1500},
	{ID: "v-giecc-coach", Name: "GIECC Coach Park", NameZh: "生态会议中心大巴停车场", Site: siteGIECC, Capacity: 1600, Note: "Coaches load at gates 3-5"},
	{ID: "v-hotel-ball", Name: "Convention Hotel Grand Ballroom", NameZh: "会议酒店大宴会厅", Site: siteHotel, Capacity: 800},
	{ID: "v-hotel-meet", Name: "Convention Hotel Guizhou Room", NameZh: "会议酒店贵州厅", Site: siteHotel, Capacity: 150},
	{ID: "v-hotel-coach", Name: "Convention Hotel Coach Bay", NameZh: "会议酒店大巴候车区", Site: siteHotel, Capacity: 1600},
	{ID: "v-gzu-aud", Name: "Guizhou University Auditorium", NameZh: "贵州大学大礼堂", Site: siteGZU, Capacity: 1200},
	{ID: "v-gzu-lab", Name: "Guizhou University Joint Laboratory Building", NameZh: "贵州大学联合实验楼", Site: siteGZU, Capacity: 150},
	{ID: "v-gzu-canteen", Name: "Guizhou University Student Canteen", NameZh: "贵州大学学生食堂", Site: siteGZU, Capacity: 700},
	{ID: "v-gznu-hall", Name: "Guizhou Normal University Conference Hall", NameZh: "贵州师范大学会议厅", Site: siteGZNU, Capacity: 600},
	{ID: "v-gznu-canteen", Name: "Guizhou Normal University Canteen", NameZh: "贵州师范大学食堂", Site: siteGZNU, Capacity: 800},
	{ID: "v-voc-base", Name: "Vocational College Training Base", NameZh: "职业技术学院实训基地", Site: siteVoc, Capacity: 600, Note: "Workshops and training yard"},
	{ID: "v-huaxi-park", Name: "Huaxi Wetland Park Pavilion", NameZh: "花溪湿地公园观景亭", Site: siteHuaxi, Capacity: 600},
	{ID: "v-huaxi-rest", Name: "Huaxi Riverside Restaurant", NameZh: "花溪河畔餐厅", Site: siteHuaxi, Capacity: 800},
	{ID: "v-qingyan", Name: "Qingyan Ancient Town Visitor Centre", NameZh: "青岩古镇游客中心", Site: siteQingyan, Capacity: 600},
	{ID: "v-theatre", Name: "Guiyang Grand Theatre", NameZh: "贵阳大剧院", Site: siteTheatre, Capacity: 1500},
	{ID: "v-theatre-plaza", Name: "Grand Theatre Forecourt Coach Point", NameZh: "大剧院前广场乘车点", Site: siteTheatre, Capacity: 1600},
	{ID: "v-airport", Name: "Longdongbao Airport Arrivals Meeting Point", NameZh: "龙洞堡机场到达迎宾点", Site: siteAirport, Capacity: 300},
}

// travel is the coach time between every pair of sites, in minutes.
func travel() []event.Travel {
	rows := []struct {
		a, b string
		min  int
	}{
		{siteGIECC, siteHotel, 20}, {siteGIECC, siteGZU, 35}, {siteGIECC, siteGZNU, 30}, {siteGIECC, siteVoc, 30},
		{siteGIECC, siteHuaxi, 35}, {siteGIECC, siteQingyan, 40}, {siteGIECC, siteTheatre, 25}, {siteGIECC, siteAirport, 30},
		{siteHotel, siteGZU, 25}, {siteHotel, siteGZNU, 20}, {siteHotel, siteVoc, 30}, {siteHotel, siteHuaxi, 30},
		{siteHotel, siteQingyan, 40}, {siteHotel, siteTheatre, 15}, {siteHotel, siteAirport, 35},
		{siteGZU, siteGZNU, 15}, {siteGZU, siteVoc, 20}, {siteGZU, siteHuaxi, 10}, {siteGZU, siteQingyan, 20},
		{siteGZU, siteTheatre, 35}, {siteGZU, siteAirport, 45},
		{siteGZNU, siteVoc, 20}, {siteGZNU, siteHuaxi, 15}, {siteGZNU, siteQingyan, 25}, {siteGZNU, siteTheatre, 30},
		{siteGZNU, siteAirport, 45},
		{siteVoc, siteHuaxi, 25}, {siteVoc, siteQingyan, 30}, {siteVoc, siteTheatre, 35}, {siteVoc, siteAirport, 40},
		{siteHuaxi, siteQingyan, 20}, {siteHuaxi, siteTheatre, 35}, {siteHuaxi, siteAirport, 45},
		{siteQingyan, siteTheatre, 45}, {siteQingyan, siteAirport, 50},
		{siteTheatre, siteAirport, 35},
	}
	out := make([]event.Travel, len(rows))
	for i, r := range rows {
		out[i] = event.Travel{FromSite: r.a, ToSite: r.b, Minutes: r.min}
	}
	return out
}
