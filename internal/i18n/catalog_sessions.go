package i18n

// Keys of the sessions area: live status, session kinds, problems and the
// actions a coordinator takes on a session.
const (
	KeyStatusUpcoming    Key = "status.upcoming"
	KeyStatusNext        Key = "status.next"
	KeyStatusNow         Key = "status.now"
	KeyStatusOverrunning Key = "status.overrunning"
	KeyStatusDone        Key = "status.done"
	KeyStatusDelayed     Key = "status.delayed"
	KeyStatusMoved       Key = "status.moved"
	KeyStatusCancelled   Key = "status.cancelled"
	KeyStatusWithMoved   Key = "status.with_moved"

	KeyKindCeremony Key = "kind.ceremony"
	KeyKindForum    Key = "kind.forum"
	KeyKindWorkshop Key = "kind.workshop"
	KeyKindSigning  Key = "kind.signing"
	KeyKindVisit    Key = "kind.visit"
	KeyKindCultural Key = "kind.cultural"
	KeyKindMeal     Key = "kind.meal"
	KeyKindTransfer Key = "kind.transfer"

	KeyProblemVenueClash          Key = "problem.venue_clash"
	KeyProblemDelegationClash     Key = "problem.delegation_clash"
	KeyProblemOverCapacity        Key = "problem.over_capacity"
	KeyProblemTooTight            Key = "problem.too_tight"
	KeyProblemOutOfService        Key = "problem.out_of_service"
	KeyProblemVenueClashMsg       Key = "problem.venue_clash.msg"
	KeyProblemDelegationClashMsg  Key = "problem.delegation_clash.msg"
	KeyProblemOverCapacityMsg     Key = "problem.over_capacity.msg"
	KeyProblemTooTightMsg         Key = "problem.too_tight.msg"
	KeyProblemOutOfServiceMsg     Key = "problem.out_of_service.msg"
	KeyProblemOutOfServiceOpenMsg Key = "problem.out_of_service.open_msg"
	KeyProblemWithReason          Key = "problem.with_reason"
	KeyProblemCount               Key = "problem.count"
	KeyProblemNone                Key = "problem.none"

	KeySessionsColTime     Key = "sessions.col.time"
	KeySessionsColTitle    Key = "sessions.col.title"
	KeySessionsColVenue    Key = "sessions.col.venue"
	KeySessionsColStatus   Key = "sessions.col.status"
	KeySessionsColExpected Key = "sessions.col.expected"
	KeySessionsNone        Key = "sessions.none"
	KeySessionsFilter      Key = "sessions.filter"

	KeySessionDelayPrompt  Key = "session.delay.prompt"
	KeySessionDelayed      Key = "session.delayed"
	KeySessionMovePrompt   Key = "session.move.prompt"
	KeySessionMoved        Key = "session.moved"
	KeySessionCancelPrompt Key = "session.cancel.prompt"
	KeySessionCancelled    Key = "session.cancelled"
	KeySessionRestored     Key = "session.restored"
	KeySessionNotePrompt   Key = "session.note.prompt"
	KeySessionNoteSaved    Key = "session.note.saved"
	KeySessionBadMinutes   Key = "session.bad_minutes"
	KeySessionUnknownVenue Key = "session.unknown_venue"
)

var sessionsMessages = []Message{
	{Key: KeyStatusUpcoming, EN: "upcoming", ZH: "未开始"},
	{Key: KeyStatusNext, EN: "next", ZH: "下一场"},
	{Key: KeyStatusNow, EN: "now", ZH: "进行中"},
	{Key: KeyStatusOverrunning, EN: "overrunning", ZH: "已超时"},
	{Key: KeyStatusDone, EN: "done", ZH: "已结束"},
	{Key: KeyStatusDelayed, EN: "delayed +{min} min", ZH: "推迟{min}分钟"},
	{Key: KeyStatusMoved, EN: "moved", ZH: "已换场地"},
	{Key: KeyStatusCancelled, EN: "cancelled", ZH: "已取消"},
	{Key: KeyStatusWithMoved, EN: "{status} · moved", ZH: "{status} · 已换场地"},

	{Key: KeyKindCeremony, EN: "ceremony", ZH: "典礼"},
	{Key: KeyKindForum, EN: "forum", ZH: "论坛"},
	{Key: KeyKindWorkshop, EN: "workshop", ZH: "工作坊"},
	{Key: KeyKindSigning, EN: "signing", ZH: "签约"},
	{Key: KeyKindVisit, EN: "visit", ZH: "参访"},
	{Key: KeyKindCultural, EN: "cultural", ZH: "文化活动"},
	{Key: KeyKindMeal, EN: "meal", ZH: "用餐"},
	{Key: KeyKindTransfer, EN: "transfer", ZH: "转场"},

	{Key: KeyProblemVenueClash, EN: "venue clash", ZH: "场地冲突"},
	{Key: KeyProblemDelegationClash, EN: "delegation clash", ZH: "代表团时间冲突"},
	{Key: KeyProblemOverCapacity, EN: "over capacity", ZH: "超员"},
	{Key: KeyProblemTooTight, EN: "too tight", ZH: "转场时间不足"},
	{Key: KeyProblemOutOfService, EN: "out of service", ZH: "场地停用"},
	{Key: KeyProblemVenueClashMsg, EN: "{a} and {b} overlap in {venue}",
		ZH: "{a}与{b}在{venue}时间重叠"},
	{Key: KeyProblemDelegationClashMsg, EN: "{delegation} is in {a} and {b} at the same time",
		ZH: "{delegation}同时安排在{a}和{b}"},
	{Key: KeyProblemOverCapacityMsg, EN: "{session}: {need} people, {venue} holds {have}",
		ZH: "{session}：共{need}人，{venue}只能容纳{have}人"},
	{Key: KeyProblemTooTightMsg, EN: "{delegation} has {have} min to get from {from} to {to}, needs {need}",
		ZH: "{delegation}从{from}到{to}只有{have}分钟，需要{need}分钟"},
	{Key: KeyProblemOutOfServiceMsg, EN: "{session} is in {venue}, which is out of service {from}–{to}",
		ZH: "{session}安排在{venue}，该场地{from}–{to}停用"},
	{Key: KeyProblemOutOfServiceOpenMsg, EN: "{session} is in {venue}, which is out of service from {from} until further notice",
		ZH: "{session}安排在{venue}，该场地自{from}起停用，恢复时间待定"},
	{Key: KeyProblemWithReason, EN: "{problem} ({reason})", ZH: "{problem}（{reason}）"},
	{Key: KeyProblemCount, EN1: "{n} problem", EN: "{n} problems", ZH: "{n}个问题"},
	{Key: KeyProblemNone, EN: "No problems", ZH: "没有发现问题"},

	{Key: KeySessionsColTime, EN: "Time", ZH: "时间"},
	{Key: KeySessionsColTitle, EN: "Session", ZH: "活动"},
	{Key: KeySessionsColVenue, EN: "Venue", ZH: "场地"},
	{Key: KeySessionsColStatus, EN: "Status", ZH: "状态"},
	{Key: KeySessionsColExpected, EN: "Expected", ZH: "预计人数"},
	{Key: KeySessionsNone, EN: "No sessions on {date}.", ZH: "{date}没有安排活动。"},
	{Key: KeySessionsFilter, EN: "Filter sessions", ZH: "筛选活动"},

	{Key: KeySessionDelayPrompt, EN: "Delay {title} by how many minutes?", ZH: "{title}推迟多少分钟？"},
	{Key: KeySessionDelayed, EN1: "{title} delayed by {n} minute", EN: "{title} delayed by {n} minutes", ZH: "{title}已推迟{n}分钟"},
	{Key: KeySessionMovePrompt, EN: "Move {title} to which venue?", ZH: "{title}换到哪个场地？"},
	{Key: KeySessionMoved, EN: "{title} moved to {venue}", ZH: "{title}已换到{venue}"},
	{Key: KeySessionCancelPrompt, EN: "Cancel {title}?", ZH: "确定取消{title}吗？"},
	{Key: KeySessionCancelled, EN: "{title} cancelled", ZH: "{title}已取消"},
	{Key: KeySessionRestored, EN: "{title} restored as planned", ZH: "{title}已恢复原计划"},
	{Key: KeySessionNotePrompt, EN: "Note for {title}", ZH: "{title}的备注"},
	{Key: KeySessionNoteSaved, EN: "Note saved for {title}", ZH: "{title}的备注已保存"},
	{Key: KeySessionBadMinutes, EN: "{input} is not a number of minutes", ZH: "“{input}”不是有效的分钟数"},
	{Key: KeySessionUnknownVenue, EN: "No venue called {input}", ZH: "没有名为“{input}”的场地"},
}
