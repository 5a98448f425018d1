package i18n

// The catalogue is split by area so that several people can add keys at
// the same time without touching the same lines:
//
//	catalog_common.go    app title, tabs, help keys, dates, durations
//	catalog_sessions.go  live status, session kinds, problems, session actions
//	catalog_checkins.go  check-in, walk-ins, roles, undo
//	catalog_desk.go      header: desk, operator, saving, sync
//	catalog_venues.go    venues tab
//	catalog_log.go       day log and its export
//	catalog_cli.go       command-line messages and usage
//	catalog_attention.go the attention list: header count, panel, status --attention
//
// To add a key:
//
//  1. Pick the area file (or create catalog_<area>.go with a
//     `var <area>Messages = []Message{...}` and add it to all() below).
//  2. Declare the constant in that file's const block, named Key + the
//     area + what it says (KeyCheckinDone), with a dotted lower-case value
//     ("checkin.done") that is unique across the catalogue.
//  3. Add {Key: ..., EN: ..., ZH: ...} to the file's slice. Whole sentences
//     only, never pieces glued together in code; placeholders are {name},
//     the same names in both languages, in whatever order each language
//     needs. For a count, set EN1 (English singular) and use {n}; call it
//     with Printer.N.
//  4. Chinese: natural mainland usage as event staff say it, full-width
//     punctuation (，：。（）), no space between Han characters and numbers.
//  5. go test ./internal/i18n checks both languages, placeholders and
//     duplicates, and fails on keys that no code outside the catalogue
//     uses: delete a key with the last code that shows it.

// all joins every area's messages. It is the one list to update when an
// area file is added.
func all() []Message {
	var out []Message
	for _, area := range [][]Message{
		commonMessages,
		sessionsMessages,
		checkinsMessages,
		deskMessages,
		venuesMessages,
		logMessages,
		cliMessages,
		actionsMessages,
		exportMessages,
		attentionMessages,
		importMessages,
		syncMessages,
		hubMessages,
		heldMessages,
	} {
		out = append(out, area...)
	}
	return out
}

// Keys of the common area.
const (
	KeyAppTitle         Key = "app.title"
	KeyTabSessions      Key = "tab.sessions"
	KeyTabCheckins      Key = "tab.checkins"
	KeyTabVenues        Key = "tab.venues"
	KeyTabLog           Key = "tab.log"
	KeyTooSmall         Key = "ui.too_small"
	KeyLoading          Key = "ui.loading"
	KeyListAbove        Key = "ui.list_above"
	KeyListBelow        Key = "ui.list_below"
	KeyErrorPrefix      Key = "ui.error"
	KeyHelpQuit         Key = "help.quit"
	KeyHelpSwitchTab    Key = "help.switch_tab"
	KeyHelpNextDay      Key = "help.next_day"
	KeyHelpPrevDay      Key = "help.prev_day"
	KeyHelpToday        Key = "help.today"
	KeyHelpFilter       Key = "help.filter"
	KeyHelpBack         Key = "help.back"
	KeyHelpHelp         Key = "help.help"
	KeyHelpOpen         Key = "help.open"
	KeyHelpApply        Key = "help.apply"
	KeyHelpChoose       Key = "help.choose"
	KeyHelpKeepFilter   Key = "help.keep_filter"
	KeyHelpRun          Key = "help.run"
	KeyHelpFieldSelect  Key = "help.field_select"
	KeyHelpDelay        Key = "help.delay"
	KeyHelpMove         Key = "help.move"
	KeyHelpCancel       Key = "help.cancel"
	KeyHelpRestore      Key = "help.restore"
	KeyHelpNote         Key = "help.note"
	KeyHelpUndoChange   Key = "help.undo_change"
	KeyHelpLanguage     Key = "help.language"
	KeyHelpUp           Key = "help.up"
	KeyHelpDown         Key = "help.down"
	KeyHelpPageUp       Key = "help.page_up"
	KeyHelpPageDown     Key = "help.page_down"
	KeyHelpFirst        Key = "help.first"
	KeyHelpLast         Key = "help.last"
	KeyErrReadDay       Key = "ui.err_read_day"
	KeyErrReadLog       Key = "ui.err_read_log"
	KeyErrReadHeld      Key = "ui.err_read_held"
	KeyErrReadPeople    Key = "ui.err_read_people"
	KeyErrBackup        Key = "ui.err_backup"
	KeyErrDisplay       Key = "ui.err_display"
	KeyErrAction        Key = "ui.err_action"
	KeyDateFull         Key = "date.full"
	KeyDateShort        Key = "date.short"
	KeyDurationMin      Key = "duration.min"
	KeyDurationHours    Key = "duration.hours"
	KeyDurationHoursMin Key = "duration.hours_min"
	KeyMonthJan         Key = "month.jan"
	KeyMonthFeb         Key = "month.feb"
	KeyMonthMar         Key = "month.mar"
	KeyMonthApr         Key = "month.apr"
	KeyMonthMay         Key = "month.may"
	KeyMonthJun         Key = "month.jun"
	KeyMonthJul         Key = "month.jul"
	KeyMonthAug         Key = "month.aug"
	KeyMonthSep         Key = "month.sep"
	KeyMonthOct         Key = "month.oct"
	KeyMonthNov         Key = "month.nov"
	KeyMonthDec         Key = "month.dec"
	KeyWeekdaySun       Key = "weekday.sun"
	KeyWeekdayMon       Key = "weekday.mon"
	KeyWeekdayTue       Key = "weekday.tue"
	KeyWeekdayWed       Key = "weekday.wed"
	KeyWeekdayThu       Key = "weekday.thu"
	KeyWeekdayFri       Key = "weekday.fri"
	KeyWeekdaySat       Key = "weekday.sat"
)

var commonMessages = []Message{
	{Key: KeyAppTitle, EN: "China-ASEAN Education Cooperation Week · on-site", ZH: "中国—东盟教育交流周 · 现场协调"},

	{Key: KeyTabSessions, EN: "Sessions", ZH: "日程"},
	{Key: KeyTabCheckins, EN: "Check-ins", ZH: "签到"},
	{Key: KeyTabVenues, EN: "Venues", ZH: "场地"},
	{Key: KeyTabLog, EN: "Log", ZH: "日志"},

	{Key: KeyTooSmall, EN: "Terminal too small: {width}×{height}. Please enlarge it to at least {min_width}×{min_height}.",
		ZH: "终端窗口太小：当前{width}×{height}，请至少调整到{min_width}×{min_height}。"},
	{Key: KeyLoading, EN: "Loading…", ZH: "加载中…"},
	{Key: KeyListAbove, EN1: "↑ {n} more", EN: "↑ {n} more", ZH: "↑ 上面还有{n}项"},
	{Key: KeyListBelow, EN1: "↓ {n} more", EN: "↓ {n} more", ZH: "↓ 下面还有{n}项"},
	{Key: KeyErrorPrefix, EN: "Error: {err}", ZH: "出错了：{err}"},

	{Key: KeyHelpQuit, EN: "quit", ZH: "退出"},
	{Key: KeyHelpSwitchTab, EN: "switch tab", ZH: "切换页面"},
	{Key: KeyHelpNextDay, EN: "next day", ZH: "后一天"},
	{Key: KeyHelpPrevDay, EN: "previous day", ZH: "前一天"},
	{Key: KeyHelpToday, EN: "today", ZH: "回到今天"},
	{Key: KeyHelpFilter, EN: "filter", ZH: "筛选"},
	{Key: KeyHelpBack, EN: "back", ZH: "返回"},
	{Key: KeyHelpHelp, EN: "help", ZH: "帮助"},
	{Key: KeyHelpOpen, EN: "open", ZH: "打开"},
	{Key: KeyHelpApply, EN: "apply", ZH: "确定"},
	{Key: KeyHelpChoose, EN: "choose", ZH: "选定"},
	{Key: KeyHelpKeepFilter, EN: "keep filter", ZH: "保留筛选"},
	{Key: KeyHelpRun, EN: "run", ZH: "执行"},
	{Key: KeyHelpFieldSelect, EN: "select", ZH: "选择"},
	{Key: KeyHelpDelay, EN: "delay", ZH: "推迟"},
	{Key: KeyHelpMove, EN: "move venue", ZH: "换场地"},
	{Key: KeyHelpCancel, EN: "cancel session", ZH: "取消活动"},
	{Key: KeyHelpRestore, EN: "restore", ZH: "恢复原计划"},
	{Key: KeyHelpNote, EN: "note", ZH: "备注"},
	{Key: KeyHelpUndoChange, EN: "undo last change", ZH: "撤销上次改动"},
	// The language toggle names the language it switches to, in that
	// language, so someone who cannot read the current one still finds it.
	{Key: KeyHelpLanguage, EN: "中文", ZH: "English"},
	{Key: KeyHelpUp, EN: "up", ZH: "上移"},
	{Key: KeyHelpDown, EN: "down", ZH: "下移"},
	{Key: KeyHelpPageUp, EN: "page up", ZH: "上一页"},
	{Key: KeyHelpPageDown, EN: "page down", ZH: "下一页"},
	{Key: KeyHelpFirst, EN: "first", ZH: "第一条"},
	{Key: KeyHelpLast, EN: "last", ZH: "最后一条"},

	// The action part of the error line when a read or a backup fails:
	// "save failed: read 26 Jul 2025, Sat: disk I/O error".
	{Key: KeyErrReadDay, EN: "read {date}", ZH: "读取{date}的数据"},
	{Key: KeyErrReadLog, EN: "read the log", ZH: "读取日志"},
	{Key: KeyErrReadHeld, EN: "read the held entries", ZH: "读取暂存条目"},
	{Key: KeyErrReadPeople, EN: "read the people", ZH: "读取人员名单"},
	{Key: KeyErrAction, EN: "{action}: {err}", ZH: "{action}：{err}"},
	{Key: KeyErrBackup, EN: "backup: {err}", ZH: "备份失败：{err}"},
	{Key: KeyErrDisplay, EN: "display error in this tab: {err} (your data is safe; switch tabs or resize)",
		ZH: "此页面显示出错：{err}。数据不受影响，请切换页面或调整窗口大小。"},

	{Key: KeyDateFull, EN: "{day} {month} {year}, {weekday}", ZH: "{year}年{month}月{day}日 {weekday}"},
	{Key: KeyDateShort, EN: "{day} {month}, {weekday}", ZH: "{month}月{day}日 {weekday}"},
	{Key: KeyDurationMin, EN: "{min} min", ZH: "{min}分钟"},
	{Key: KeyDurationHours, EN: "{h} h", ZH: "{h}小时"},
	{Key: KeyDurationHoursMin, EN: "{h} h {min} min", ZH: "{h}小时{min}分钟"},

	// Chinese dates write the month as a number: 7月.
	{Key: KeyMonthJan, EN: "Jan", ZH: "1"},
	{Key: KeyMonthFeb, EN: "Feb", ZH: "2"},
	{Key: KeyMonthMar, EN: "Mar", ZH: "3"},
	{Key: KeyMonthApr, EN: "Apr", ZH: "4"},
	{Key: KeyMonthMay, EN: "May", ZH: "5"},
	{Key: KeyMonthJun, EN: "Jun", ZH: "6"},
	{Key: KeyMonthJul, EN: "Jul", ZH: "7"},
	{Key: KeyMonthAug, EN: "Aug", ZH: "8"},
	{Key: KeyMonthSep, EN: "Sep", ZH: "9"},
	{Key: KeyMonthOct, EN: "Oct", ZH: "10"},
	{Key: KeyMonthNov, EN: "Nov", ZH: "11"},
	{Key: KeyMonthDec, EN: "Dec", ZH: "12"},
	{Key: KeyWeekdaySun, EN: "Sun", ZH: "周日"},
	{Key: KeyWeekdayMon, EN: "Mon", ZH: "周一"},
	{Key: KeyWeekdayTue, EN: "Tue", ZH: "周二"},
	{Key: KeyWeekdayWed, EN: "Wed", ZH: "周三"},
	{Key: KeyWeekdayThu, EN: "Thu", ZH: "周四"},
	{Key: KeyWeekdayFri, EN: "Fri", ZH: "周五"},
	{Key: KeyWeekdaySat, EN: "Sat", ZH: "周六"},
}
