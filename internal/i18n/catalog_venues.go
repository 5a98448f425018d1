package i18n

// Keys of the venues area.
const (
	KeyVenuesColName     Key = "venues.col.name"
	KeyVenuesColCapacity Key = "venues.col.capacity"
	KeyVenuesOutOfSvc    Key = "venues.out_of_service"
	KeyVenuesNone        Key = "venues.none"

	KeyVenuesTitle           Key = "venues.title"
	KeyVenuesProblemCount    Key = "venues.problem_count"
	KeyVenuesNoProblems      Key = "venues.no_problems"
	KeyVenuesProblemsTitle   Key = "venues.problems_title"
	KeyVenuesFilterPrompt    Key = "venues.filter_prompt"
	KeyVenuesFilterShown     Key = "venues.filter_shown"
	KeyVenuesDetail          Key = "venues.detail"
	KeyVenuesNoSessions      Key = "venues.no_sessions"
	KeyVenuesOutageReason    Key = "venues.outage_reason"
	KeyVenuesCancelled       Key = "venues.cancelled"
	KeyVenuesNoDelegations   Key = "venues.no_delegations"
	KeyVenuesDelegationCount Key = "venues.delegation_count"
	KeyVenuesLegend          Key = "venues.legend"
	KeyVenuesListSep         Key = "venues.list_sep"

	KeyVenuesPickSession    Key = "venues.pick_session"
	KeyVenuesPickDelegation Key = "venues.pick_delegation"
	KeyVenuesPickAssigned   Key = "venues.pick_assigned"
	KeyVenuesPickTarget     Key = "venues.pick_target"
	KeyVenuesPickOutage     Key = "venues.pick_outage"
	KeyVenuesPickEmpty      Key = "venues.pick_empty"
	KeyVenuesHeadcountAsk   Key = "venues.headcount_ask"
	KeyVenuesOutageAsk      Key = "venues.outage_ask"
	KeyVenuesBadHeadcount   Key = "venues.bad_headcount"
	KeyVenuesBadWindow      Key = "venues.bad_window"
	KeyVenuesConfirmTitle   Key = "venues.confirm_title"
	KeyVenuesConfirmHint    Key = "venues.confirm_hint"
	KeyVenuesWentAhead      Key = "venues.went_ahead"
	KeyVenuesDeskRefused    Key = "venues.desk_refused"
	KeyVenuesNothingToMove  Key = "venues.nothing_assigned"
	KeyVenuesNoOutage       Key = "venues.no_outage"
	KeyVenuesNoVenue        Key = "venues.no_venue"
	KeyVenuesCancelledFlow  Key = "venues.flow_cancelled"

	KeyVenuesDoneAssign Key = "venues.done.assign"
	KeyVenuesDoneMove   Key = "venues.done.move"
	KeyVenuesDoneRemove Key = "venues.done.remove"
	KeyVenuesDoneOutage Key = "venues.done.outage"
	KeyVenuesDoneLift   Key = "venues.done.lift"

	KeyVenuesHelpAssign   Key = "venues.help.assign"
	KeyVenuesHelpMoveDel  Key = "venues.help.move_delegation"
	KeyVenuesHelpRemove   Key = "venues.help.remove"
	KeyVenuesHelpOutage   Key = "venues.help.outage"
	KeyVenuesHelpLift     Key = "venues.help.lift"
	KeyVenuesHelpProblems Key = "venues.help.problems"
	KeyVenuesHelpSessions Key = "venues.help.sessions"
	KeyVenuesHelpJump     Key = "venues.help.jump"
	KeyVenuesHelpConfirm  Key = "venues.help.confirm"
)

var venuesMessages = []Message{
	{Key: KeyVenuesColName, EN: "Venue", ZH: "场地"},
	{Key: KeyVenuesColCapacity, EN: "Seats", ZH: "容量"},
	{Key: KeyVenuesOutOfSvc, EN: "out of service {from}–{to}", ZH: "{from}–{to}停用"},
	{Key: KeyVenuesNone, EN: "No venues yet.", ZH: "暂无场地。"},

	{Key: KeyVenuesTitle, EN: "Venues · {date}", ZH: "场地 · {date}"},
	{Key: KeyVenuesProblemCount, EN1: "{n} problem (p)", EN: "{n} problems (p)", ZH: "{n}个问题（p）"},
	{Key: KeyVenuesNoProblems, EN: "No problems on this day.", ZH: "当天没有问题。"},
	{Key: KeyVenuesProblemsTitle, EN: "Problems of {date}: enter opens the session", ZH: "{date}的问题：按回车打开场次"},
	{Key: KeyVenuesFilterPrompt, EN: "Filter venues:", ZH: "筛选场地："},
	{Key: KeyVenuesFilterShown, EN: "filter: {text}", ZH: "筛选：{text}"},
	{Key: KeyVenuesDetail, EN: "{venue} · seats {n} · {site}", ZH: "{venue} · 可容纳{n}人 · {site}"},
	{Key: KeyVenuesNoSessions, EN: "No sessions here on this day.", ZH: "当天此场地没有场次。"},
	{Key: KeyVenuesOutageReason, EN: "out of service {from}–{to}: {reason}", ZH: "{from}–{to}停用：{reason}"},
	{Key: KeyVenuesListSep, EN: ", ", ZH: "、"},
	{Key: KeyVenuesCancelled, EN: "cancelled", ZH: "已取消"},
	{Key: KeyVenuesNoDelegations, EN: "no delegation assigned", ZH: "未分配代表团"},
	{Key: KeyVenuesDelegationCount, EN: "{delegation} {n}", ZH: "{delegation}{n}人"},
	{Key: KeyVenuesLegend, EN: "█ session  ▓ clash  ░ out of service  X session in outage  {mark} problem", ZH: "█ 场次  ▓ 冲突  ░ 停用  X 停用时段内的场次  {mark} 有问题"},

	{Key: KeyVenuesPickSession, EN: "Which session? Type to filter:", ZH: "选择场次，输入可筛选："},
	{Key: KeyVenuesPickDelegation, EN: "Assign which delegation to {session}? Type to filter:", ZH: "把哪个代表团分配到{session}？输入可筛选："},
	{Key: KeyVenuesPickAssigned, EN: "Which delegation of {session}? Type to filter:", ZH: "{session}的哪个代表团？输入可筛选："},
	{Key: KeyVenuesPickTarget, EN: "Move {delegation} to which session? Type to filter:", ZH: "把{delegation}调到哪个场次？输入可筛选："},
	{Key: KeyVenuesPickOutage, EN: "Lift which outage of {venue}?", ZH: "解除{venue}的哪次停用？"},
	{Key: KeyVenuesPickEmpty, EN: "Nothing matches.", ZH: "没有匹配项。"},
	{Key: KeyVenuesHeadcountAsk, EN: "How many of {delegation} go to {session}? Empty sends all {n}:", ZH: "{delegation}去{session}的人数？留空则全团{n}人："},
	{Key: KeyVenuesOutageAsk, EN: "{venue} out of service, as HH:MM-HH:MM and a reason:", ZH: "{venue}停用时段，格式HH:MM-HH:MM，后跟原因："},
	{Key: KeyVenuesBadHeadcount, EN: "The headcount must be a whole number, 1 or more, or empty for the whole delegation.", ZH: "人数必须是大于等于1的整数，留空表示全团。"},
	{Key: KeyVenuesBadWindow, EN: "Give the window as HH:MM-HH:MM with the end after the start, then an optional reason.", ZH: "请按HH:MM-HH:MM填写时段，结束须晚于开始，可在后面写原因。"},
	{Key: KeyVenuesConfirmTitle, EN1: "This change creates {n} problem:", EN: "This change creates {n} problems:", ZH: "此变更会产生{n}个问题："},
	{Key: KeyVenuesConfirmHint, EN: "y: go ahead anyway   n or esc: do not change anything", ZH: "y：仍然执行   n或esc：不做任何更改"},
	{Key: KeyVenuesWentAhead, EN1: "Went ahead despite {n} new problem: {problem}", EN: "Went ahead despite {n} new problems, first: {problem}", ZH: "已执行，但产生{n}个新问题：{problem}"},
	{Key: KeyVenuesDeskRefused, EN: "A check-in desk cannot change assignments or venues; ask the coordinator.", ZH: "签到台不能更改分配或场地，请联系协调员。"},
	{Key: KeyVenuesNothingToMove, EN: "No delegation is assigned to {session}.", ZH: "{session}没有分配代表团。"},
	{Key: KeyVenuesNoOutage, EN: "{venue} has no outage to lift on this day.", ZH: "{venue}当天没有可解除的停用。"},
	{Key: KeyVenuesNoVenue, EN: "Select a venue first.", ZH: "请先选择场地。"},
	{Key: KeyVenuesCancelledFlow, EN: "Nothing was changed.", ZH: "未做任何更改。"},

	{Key: KeyVenuesDoneAssign, EN: "Assigned {delegation} ({n}) to {session}.", ZH: "已将{delegation}（{n}人）分配到{session}。"},
	{Key: KeyVenuesDoneMove, EN: "Moved {delegation} from {from} to {to}.", ZH: "已将{delegation}从{from}调到{to}。"},
	{Key: KeyVenuesDoneRemove, EN: "Removed {delegation} from {session}.", ZH: "已将{delegation}从{session}移除。"},
	{Key: KeyVenuesDoneOutage, EN: "{venue} is out of service {from}–{to}.", ZH: "{venue}已设为{from}–{to}停用。"},
	{Key: KeyVenuesDoneLift, EN: "Lifted the outage of {venue} ({from}–{to}).", ZH: "已解除{venue}的停用（{from}–{to}）。"},

	{Key: KeyVenuesHelpAssign, EN: "assign", ZH: "分配"},
	{Key: KeyVenuesHelpMoveDel, EN: "move delegation", ZH: "调动代表团"},
	{Key: KeyVenuesHelpRemove, EN: "remove", ZH: "移除"},
	{Key: KeyVenuesHelpOutage, EN: "out of service", ZH: "停用"},
	{Key: KeyVenuesHelpLift, EN: "lift outage", ZH: "解除停用"},
	{Key: KeyVenuesHelpProblems, EN: "problems", ZH: "问题"},
	{Key: KeyVenuesHelpSessions, EN: "sessions", ZH: "场次"},
	{Key: KeyVenuesHelpJump, EN: "open session", ZH: "打开场次"},
	{Key: KeyVenuesHelpConfirm, EN: "go ahead", ZH: "仍然执行"},
}
