package i18n

// Keys of the venues area.
const (
	KeyVenuesColName     Key = "venues.col.name"
	KeyVenuesColSite     Key = "venues.col.site"
	KeyVenuesColCapacity Key = "venues.col.capacity"
	KeyVenuesColNow      Key = "venues.col.now"
	KeyVenuesCapacity    Key = "venues.capacity"
	KeyVenuesFree        Key = "venues.free"
	KeyVenuesInUse       Key = "venues.in_use"
	KeyVenuesOutOfSvc    Key = "venues.out_of_service"
	KeyVenuesNone        Key = "venues.none"
)

var venuesMessages = []Message{
	{Key: KeyVenuesColName, EN: "Venue", ZH: "场地"},
	{Key: KeyVenuesColSite, EN: "Site", ZH: "所在地"},
	{Key: KeyVenuesColCapacity, EN: "Capacity", ZH: "容量"},
	{Key: KeyVenuesColNow, EN: "Now", ZH: "当前"},
	{Key: KeyVenuesCapacity, EN: "seats {n}", ZH: "可容纳{n}人"},
	{Key: KeyVenuesFree, EN: "free", ZH: "空闲"},
	{Key: KeyVenuesInUse, EN: "in use: {title}", ZH: "使用中：{title}"},
	{Key: KeyVenuesOutOfSvc, EN: "out of service {from}–{to}", ZH: "{from}–{to}停用"},
	{Key: KeyVenuesNone, EN: "No venues yet.", ZH: "暂无场地。"},
}
