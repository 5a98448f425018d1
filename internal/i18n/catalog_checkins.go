package i18n

// Keys of the check-ins area: scanning badges, walk-ins, roles and undo.
const (
	KeyCheckinSearch       Key = "checkin.search"
	KeyCheckinPersonName   Key = "checkin.person_name"
	KeyCheckinUndoReason   Key = "checkin.undo_reason"
	KeyCheckinDone         Key = "checkin.done"
	KeyCheckinProgress     Key = "checkin.progress"
	KeyCheckinAlready      Key = "checkin.already"
	KeyCheckinUnknownBadge Key = "checkin.unknown_badge"
	KeyCheckinNoMatch      Key = "checkin.no_match"
	KeyCheckinColName      Key = "checkin.col.name"
	KeyCheckinColRole      Key = "checkin.col.role"
	KeyCheckinColArrived   Key = "checkin.col.arrived"

	KeyWalkinPrompt     Key = "walkin.prompt"
	KeyWalkinName       Key = "walkin.name"
	KeyWalkinDelegation Key = "walkin.delegation"
	KeyWalkinRole       Key = "walkin.role"
	KeyWalkinDone       Key = "walkin.done"
	KeyWalkinNameNeeded Key = "walkin.name_needed"

	KeyUndoCheckin Key = "undo.checkin"
	KeyUndoNothing Key = "undo.nothing"
	KeyUndoAsk     Key = "undo.ask"
	KeyUndoAskKeys Key = "undo.ask_keys"
	KeyUndoKept    Key = "undo.kept"

	KeyRoleHead     Key = "role.head"
	KeyRoleDelegate Key = "role.delegate"
	KeyRoleStudent  Key = "role.student"
	KeyRoleStaff    Key = "role.staff"
	KeyRoleGuest    Key = "role.guest"

	KeyCheckinTotals        Key = "checkin.totals"
	KeyCheckinTotalsOther   Key = "checkin.totals_other"
	KeyCheckinLateAddition  Key = "checkin.late_addition"
	KeyCheckinColDelegation Key = "checkin.col.delegation"
	KeyCheckinColLatin      Key = "checkin.col.latin"
	KeyCheckinColExpected   Key = "checkin.col.expected"
	KeyCheckinColCount      Key = "checkin.col.count"
	KeyCheckinColMissing    Key = "checkin.col.missing"
	KeyCheckinColProgress   Key = "checkin.col.progress"
	KeyCheckinMembersTitle  Key = "checkin.members_title"
	KeyCheckinNotYet        Key = "checkin.not_yet"
	KeyCheckinArrivedAt     Key = "checkin.arrived_at"
	KeyCheckinOverviewLine  Key = "checkin.overview_line"
	KeyCheckinSortLeast     Key = "checkin.sort.least"
	KeyCheckinSortName      Key = "checkin.sort.name"
	KeyCheckinSortCountry   Key = "checkin.sort.country"
	KeyCheckinFilterPrompt  Key = "checkin.filter_prompt"
	KeyCheckinFilterShown   Key = "checkin.filter_shown"
	KeyCheckinNoDelMatch    Key = "checkin.no_delegation_match"
	KeyCheckinColCountry    Key = "checkin.col.country"
	KeyCheckinChartTitle    Key = "checkin.chart.title"
	KeyCheckinChartNone     Key = "checkin.chart.none"
	KeyCheckinChartAll      Key = "checkin.chart.all"
	KeyCheckinChartDesk     Key = "checkin.chart.desk"
	KeyCheckinIndexing      Key = "checkin.indexing"
	KeyCheckinConfirmOK     Key = "checkin.confirm_ok"
	KeyCheckinConfirmWarn   Key = "checkin.confirm_warn"
	KeyCheckinWalkinHint    Key = "checkin.walkin_hint"
	KeyCheckinSaving        Key = "checkin.saving"
	KeyCheckinNoDelegations Key = "checkin.no_delegations"

	KeyWalkinTitle     Key = "walkin.title"
	KeyWalkinBadge     Key = "walkin.badge"
	KeyWalkinBadgeAuto Key = "walkin.badge_auto"
	KeyWalkinDelNeeded Key = "walkin.delegation_needed"
	KeyWalkinHelp      Key = "walkin.help"
	KeyWalkinNoDel     Key = "walkin.no_delegation"

	KeyRollcallTitle   Key = "rollcall.title"
	KeyRollcallNone    Key = "rollcall.none"
	KeyRollcallDone    Key = "rollcall.done"
	KeyRollcallNoDel   Key = "rollcall.no_delegation"
	KeyRollcallHelp    Key = "rollcall.help"
	KeyRollcallPartial Key = "rollcall.partial"

	KeyHelpCheckin     Key = "help.checkin"
	KeyHelpFocusDesk   Key = "help.focus_desk"
	KeyHelpClear       Key = "help.clear"
	KeyHelpSelect      Key = "help.select"
	KeyHelpWalkin      Key = "help.walkin"
	KeyHelpRollcall    Key = "help.rollcall"
	KeyHelpUndoCheckin Key = "help.undo_checkin"
	KeyHelpToggle      Key = "help.toggle"
	KeyHelpSelectAll   Key = "help.select_all"
	KeyHelpNextField   Key = "help.next_field"
	KeyHelpMembers     Key = "help.members"
	KeyHelpSort        Key = "help.sort"
	KeyHelpChart       Key = "help.chart"
	KeyHelpChartDesk   Key = "help.chart_desk"
)

var checkinsMessages = []Message{
	{Key: KeyCheckinSearch, EN: "Scan a badge or type a name", ZH: "扫描证件或输入姓名"},
	// A person's own name with the Latin spelling.
	{Key: KeyCheckinPersonName, EN: "{name} ({latin})", ZH: "{name}（{latin}）"},
	// The reason recorded when a desk undoes its last check-in (ctrl+z).
	{Key: KeyCheckinUndoReason, EN: "undone at the desk", ZH: "签到台撤销"},
	{Key: KeyCheckinDone, EN: "Checked in {name} ({delegation}) at {time}", ZH: "{name}（{delegation}）已于{time}签到"},
	{Key: KeyCheckinProgress, EN: "{delegation}: {n} of {m} arrived", ZH: "{delegation}：已到{n}人，共{m}人"},
	{Key: KeyCheckinAlready, EN: "{name} already arrived at {time} at desk {desk}", ZH: "{name}已于{time}在签到台{desk}签到，无需重复签到"},
	{Key: KeyCheckinUnknownBadge, EN: "Unknown badge {code}", ZH: "无法识别的证件号：{code}"},
	{Key: KeyCheckinNoMatch, EN: "Nobody matches {query}", ZH: "没有找到与“{query}”匹配的人员"},
	{Key: KeyCheckinColName, EN: "Name", ZH: "姓名"},
	{Key: KeyCheckinColRole, EN: "Role", ZH: "身份"},
	{Key: KeyCheckinColArrived, EN: "Arrived", ZH: "签到时间"},

	{Key: KeyWalkinPrompt, EN: "{code} is not on the list. Register a walk-in?", ZH: "名单中没有{code}，是否现场登记？"},
	{Key: KeyWalkinName, EN: "Name", ZH: "姓名"},
	{Key: KeyWalkinDelegation, EN: "Delegation", ZH: "代表团"},
	{Key: KeyWalkinRole, EN: "Role", ZH: "身份"},
	{Key: KeyWalkinDone, EN: "Registered and checked in {name} ({delegation})", ZH: "已现场登记并签到：{name}（{delegation}）"},
	{Key: KeyWalkinNameNeeded, EN: "A name is needed", ZH: "请填写姓名"},

	{Key: KeyUndoCheckin, EN: "Check-in of {name} undone", ZH: "已撤销{name}的签到"},
	{Key: KeyUndoNothing, EN: "Nothing to undo", ZH: "没有可撤销的操作"},
	{Key: KeyUndoAsk, EN: "↶ Undo the check-in of {name} at {time} (desk {desk})?", ZH: "↶ 撤销{name}于{time}的签到（签到台 {desk}）？"},
	{Key: KeyUndoAskKeys, EN: "y undoes it · any other key keeps it", ZH: "按 y 撤销 · 按其他键保留"},
	{Key: KeyUndoKept, EN: "Nothing undone", ZH: "未撤销"},

	{Key: KeyRoleHead, EN: "head of delegation", ZH: "团长"},
	{Key: KeyRoleDelegate, EN: "delegate", ZH: "代表"},
	{Key: KeyRoleStudent, EN: "student", ZH: "学生"},
	{Key: KeyRoleStaff, EN: "staff", ZH: "工作人员"},
	{Key: KeyRoleGuest, EN: "guest", ZH: "嘉宾"},

	{Key: KeyCheckinTotals, EN: "Today: {arrived} of {expected} arrived, {missing} missing", ZH: "今天：应到{expected}人，已到{arrived}人，未到{missing}人"},
	{Key: KeyCheckinLateAddition, EN: "Day closed at {time}: kept as a late addition", ZH: "当日已于{time}结束：已记为补录"},
	{Key: KeyCheckinTotalsOther, EN: "{date}: {arrived} of {expected} arrived, {missing} missing", ZH: "{date}：应到{expected}人，已到{arrived}人，未到{missing}人"},
	{Key: KeyCheckinColDelegation, EN: "Delegation", ZH: "代表团"},
	{Key: KeyCheckinColLatin, EN: "Latin spelling", ZH: "拉丁拼写"},
	{Key: KeyCheckinColExpected, EN: "Expected", ZH: "应到"},
	{Key: KeyCheckinColCount, EN: "Arrived", ZH: "已到"},
	{Key: KeyCheckinColMissing, EN: "Missing", ZH: "未到"},
	{Key: KeyCheckinColProgress, EN: "Progress", ZH: "进度"},
	{Key: KeyCheckinMembersTitle, EN: "{delegation}: {n} of {m} arrived, {missing} missing", ZH: "{delegation}：应到{m}人，已到{n}人，未到{missing}人"},
	{Key: KeyCheckinNotYet, EN: "not yet", ZH: "未到"},
	{Key: KeyCheckinArrivedAt, EN: "✓ {time} desk {desk}", ZH: "✓ {time} 签到台{desk}"},
	// The overview's second line: the sort in force and the keys that find
	// and check in. {sort} is one of the checkin.sort words.
	{Key: KeyCheckinOverviewLine, EN: "Sorted by {sort} (o) · / find · i check in", ZH: "排序：{sort}（o） · / 查找 · i 签到"},
	{Key: KeyCheckinSortLeast, EN: "least arrived", ZH: "到达最少"},
	{Key: KeyCheckinSortName, EN: "name", ZH: "名称"},
	{Key: KeyCheckinSortCountry, EN: "country", ZH: "国家"},
	{Key: KeyCheckinFilterPrompt, EN: "Find delegation:", ZH: "查找代表团："},
	{Key: KeyCheckinFilterShown, EN: "{n} of {m} match “{query}” · esc shows all · sorted by {sort} (o)", ZH: "{m}个中有{n}个与“{query}”匹配 · esc 显示全部 · 排序：{sort}（o）"},
	{Key: KeyCheckinNoDelMatch, EN: "No delegation matches “{query}”", ZH: "没有与“{query}”匹配的代表团"},
	{Key: KeyCheckinColCountry, EN: "Ctry", ZH: "国家"},
	// Above the arrivals chart: whose arrivals ({who}: all desks or one),
	// how many in the chart and the busiest quarter of an hour.
	{Key: KeyCheckinChartTitle, EN: "Arrivals per 15 min, {who}: {n} · peak {peak} at {time} · c hide · d desk", ZH: "每15分钟签到人数（{who}）：共{n}人 · 高峰{peak}人（{time}） · c 隐藏 · d 签到台"},
	{Key: KeyCheckinChartNone, EN: "Arrivals per 15 min, {who}: none yet · c hide · d desk", ZH: "每15分钟签到人数（{who}）：暂无 · c 隐藏 · d 签到台"},
	{Key: KeyCheckinChartAll, EN: "all desks", ZH: "全部签到台"},
	{Key: KeyCheckinChartDesk, EN: "desk {desk}", ZH: "签到台{desk}"},
	{Key: KeyCheckinIndexing, EN: "Preparing name search… badge codes work already", ZH: "正在准备姓名搜索……扫描证件已可使用"},
	{Key: KeyCheckinConfirmOK, EN: "✓ CHECKED IN at {time}", ZH: "✓ 签到成功 {time}"},
	{Key: KeyCheckinConfirmWarn, EN: "! ALREADY ARRIVED: nothing recorded", ZH: "！已经签到过：本次不再记录"},
	{Key: KeyCheckinWalkinHint, EN: "Press ctrl+n to register a walk-in with badge {code}", ZH: "按 ctrl+n 以证件号{code}现场登记"},
	{Key: KeyCheckinSaving, EN: "saving {n}…", ZH: "正在保存{n}条……"},
	{Key: KeyCheckinNoDelegations, EN: "No delegations on record", ZH: "暂无代表团信息"},

	{Key: KeyWalkinTitle, EN: "Register a walk-in", ZH: "现场登记"},
	{Key: KeyWalkinBadge, EN: "Badge", ZH: "证件号"},
	{Key: KeyWalkinBadgeAuto, EN: "(made from this desk)", ZH: "（由本签到台自动生成）"},
	{Key: KeyWalkinDelNeeded, EN: "Pick a delegation", ZH: "请选择代表团"},
	{Key: KeyWalkinHelp, EN: "tab or enter: next field · ↑↓ pick delegation · ←→ role · enter on role: register and check in · esc cancel", ZH: "tab 或 enter：下一项 · ↑↓ 选代表团 · ←→ 选身份 · 在身份一项按 enter：登记并签到 · esc 取消"},
	{Key: KeyWalkinNoDel, EN: "No delegation matches", ZH: "没有匹配的代表团"},

	{Key: KeyRollcallTitle, EN: "Roll-call: {delegation}, {n} still missing, {k} selected", ZH: "集体签到：{delegation}，尚有{n}人未到，已选{k}人"},
	{Key: KeyRollcallNone, EN: "Everyone of {delegation} has arrived", ZH: "{delegation}已全部到齐"},
	{Key: KeyRollcallDone, EN1: "Roll-call: {n} person of {delegation} checked in", EN: "Roll-call: {n} people of {delegation} checked in", ZH: "集体签到：{delegation}已签到{n}人"},
	{Key: KeyRollcallNoDel, EN: "Pick a delegation first (type its name or code, then ctrl+r)", ZH: "请先选定代表团（输入名称或代码后按 ctrl+r）"},
	{Key: KeyRollcallHelp, EN: "space toggle · a all/none · enter check in selected · esc cancel", ZH: "空格 选中/取消 · a 全选/全不选 · enter 签到所选人员 · esc 取消"},
	{Key: KeyRollcallPartial, EN: "Roll-call: {n} checked in, {k} had already arrived, {e} failed", ZH: "集体签到：签到{n}人，{k}人此前已到，{e}人失败"},

	{Key: KeyHelpCheckin, EN: "check in", ZH: "签到"},
	{Key: KeyHelpFocusDesk, EN: "check in", ZH: "签到"},
	{Key: KeyHelpClear, EN: "clear", ZH: "清空"},
	{Key: KeyHelpSelect, EN: "select", ZH: "选择"},
	{Key: KeyHelpWalkin, EN: "walk-in", ZH: "现场登记"},
	{Key: KeyHelpRollcall, EN: "roll-call", ZH: "集体签到"},
	{Key: KeyHelpUndoCheckin, EN: "undo last check-in", ZH: "撤销上一次签到"},
	{Key: KeyHelpToggle, EN: "toggle", ZH: "选中/取消"},
	{Key: KeyHelpSelectAll, EN: "all/none", ZH: "全选/全不选"},
	{Key: KeyHelpNextField, EN: "next field", ZH: "下一项"},
	{Key: KeyHelpMembers, EN: "members", ZH: "成员"},
	{Key: KeyHelpSort, EN: "sort", ZH: "排序"},
	{Key: KeyHelpChart, EN: "chart", ZH: "图表"},
	{Key: KeyHelpChartDesk, EN: "chart's desk", ZH: "图表签到台"},
}
