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
	KeyStatusLate        Key = "status.late"
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
	KeyProblemBadgeConflict       Key = "problem.badge_conflict"
	KeyProblemBadgeConflictMsg    Key = "problem.badge_conflict.msg"
	KeyProblemVenueClashMsg       Key = "problem.venue_clash.msg"
	KeyProblemDelegationClashMsg  Key = "problem.delegation_clash.msg"
	KeyProblemOverCapacityMsg     Key = "problem.over_capacity.msg"
	KeyProblemTooTightMsg         Key = "problem.too_tight.msg"
	KeyProblemOutOfServiceMsg     Key = "problem.out_of_service.msg"
	KeyProblemOutOfServiceOpenMsg Key = "problem.out_of_service.open_msg"
	KeyProblemWithReason          Key = "problem.with_reason"
	KeyProblemCount               Key = "problem.count"

	KeySessionsColTime   Key = "sessions.col.time"
	KeySessionsColTitle  Key = "sessions.col.title"
	KeySessionsColVenue  Key = "sessions.col.venue"
	KeySessionsColStatus Key = "sessions.col.status"
	KeySessionsNone      Key = "sessions.none"

	KeySessionDelayPrompt    Key = "session.delay.prompt"
	KeySessionDelayed        Key = "session.delayed"
	KeySessionMovePrompt     Key = "session.move.prompt"
	KeySessionMoved          Key = "session.moved"
	KeySessionCancelPrompt   Key = "session.cancel.prompt"
	KeySessionUndoAsk        Key = "session.undo.ask"
	KeySessionUndoOpen       Key = "session.undo.open"
	KeySessionUndoNothing    Key = "session.undo.nothing"
	KeySessionUndoReason     Key = "session.undo.reason"
	KeySessionDetailUndoHint Key = "session.detail.undo_hint"
	KeySessionCancelled      Key = "session.cancelled"
	KeySessionRestored       Key = "session.restored"
	KeySessionNotePrompt     Key = "session.note.prompt"
	KeySessionNoteSaved      Key = "session.note.saved"
	KeySessionBadMinutes     Key = "session.bad_minutes"

	KeySessionsTitle           Key = "sessions.title"
	KeySessionsCount           Key = "sessions.count"
	KeySessionsFilterShown     Key = "sessions.filter_shown"
	KeySessionsNoMatch         Key = "sessions.no_match"
	KeySessionsColKind         Key = "sessions.col.kind"
	KeySessionsColPeople       Key = "sessions.col.people"
	KeySessionsHelpDisabled    Key = "sessions.help_disabled"
	KeySessionsHelpYes         Key = "sessions.help_yes"
	KeySessionsHelpNo          Key = "sessions.help_no"
	KeySessionsHelpScroll      Key = "sessions.help_scroll"
	KeySessionsDeskRefused     Key = "sessions.desk_refused"
	KeySessionDetailStatus     Key = "session.detail.status"
	KeySessionDetailTimes      Key = "session.detail.times"
	KeySessionDetailTimesSame  Key = "session.detail.times_same"
	KeySessionDetailVenue      Key = "session.detail.venue"
	KeySessionDetailPlannedAt  Key = "session.detail.planned_at"
	KeySessionDetailHost       Key = "session.detail.host"
	KeySessionDetailNote       Key = "session.detail.note"
	KeySessionDetailDelegs     Key = "session.detail.delegations"
	KeySessionDetailExpected   Key = "session.detail.expected"
	KeySessionDetailDelegLine  Key = "session.detail.delegation_line"
	KeySessionDetailNoDelegs   Key = "session.detail.no_delegations"
	KeySessionDetailProblems   Key = "session.detail.problems"
	KeySessionDetailJournal    Key = "session.detail.journal"
	KeySessionDetailNoJournal  Key = "session.detail.no_journal"
	KeySessionDetailReading    Key = "session.detail.reading"
	KeySessionDetailEntry      Key = "session.detail.entry"
	KeySessionBroughtForward   Key = "session.brought_forward"
	KeySessionMoveTimePrompt   Key = "session.move.time_prompt"
	KeySessionMoveKeepVenue    Key = "session.move.keep_venue"
	KeySessionMoveFilter       Key = "session.move.filter"
	KeySessionMovedTime        Key = "session.moved_time"
	KeySessionMovedBoth        Key = "session.moved_both"
	KeySessionMoveNothing      Key = "session.move.nothing"
	KeySessionBadTime          Key = "session.bad_time"
	KeySessionAsPlanned        Key = "session.as_planned"
	KeySessionAlreadyCancelled Key = "session.already_cancelled"
	KeySessionWouldDelay       Key = "session.would_delay"
	KeySessionWouldForward     Key = "session.would_forward"
	KeySessionWouldMove        Key = "session.would_move"
	KeySessionWouldRestore     Key = "session.would_restore"
	KeySessionConfirmBreaks    Key = "session.confirm.breaks"
	KeySessionConfirmAsk       Key = "session.confirm.ask"
	KeySessionConfirmYesNo     Key = "session.confirm.yes_no"
	KeySessionChangeDropped    Key = "session.change_dropped"
	KeySessionConfirmMore      Key = "session.confirm.more"
)

var sessionsMessages = []Message{
	{Key: KeyStatusUpcoming, EN: "upcoming", ZH: "未开始"},
	{Key: KeyStatusNext, EN: "next", ZH: "下一场"},
	{Key: KeyStatusNow, EN: "now", ZH: "进行中"},
	{Key: KeyStatusOverrunning, EN: "overrunning", ZH: "已超时"},
	{Key: KeyStatusDone, EN: "done", ZH: "已结束"},
	{Key: KeyStatusDelayed, EN: "delayed +{min} min", ZH: "推迟{min}分钟"},
	{Key: KeyStatusLate, EN: "{status} +{min} min", ZH: "{status}（推迟{min}分钟）"},
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
	{Key: KeyProblemBadgeConflict, EN: "badge conflict", ZH: "胸卡冲突"},
	{Key: KeyProblemBadgeConflictMsg, EN: "badge {badge} belongs to {holder}; {person} registered with it too and needs a new badge",
		ZH: "胸卡{badge}属于{holder}；{person}也用此胸卡登记，需要换发新胸卡"},
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

	{Key: KeySessionsColTime, EN: "Time", ZH: "时间"},
	{Key: KeySessionsColTitle, EN: "Session", ZH: "活动"},
	{Key: KeySessionsColVenue, EN: "Venue", ZH: "场地"},
	{Key: KeySessionsColStatus, EN: "Status", ZH: "状态"},
	{Key: KeySessionsNone, EN: "No sessions on {date}.", ZH: "{date}没有安排活动。"},

	{Key: KeySessionDelayPrompt, EN: "Delay {title} by how many minutes?", ZH: "{title}推迟多少分钟？"},
	{Key: KeySessionDelayed, EN1: "{title} delayed by {n} minute", EN: "{title} delayed by {n} minutes", ZH: "{title}已推迟{n}分钟"},
	{Key: KeySessionMovePrompt, EN: "Move {title} to which venue?", ZH: "{title}换到哪个场地？"},
	{Key: KeySessionMoved, EN: "{title} moved to {venue}", ZH: "{title}已换到{venue}"},
	{Key: KeySessionCancelPrompt, EN: "Cancel {title}?", ZH: "确定取消{title}吗？"},
	{Key: KeySessionUndoAsk, EN: "Undo the {action} of {title} made at {time} (desk {desk})?", ZH: "撤销{time}（签到台{desk}）对{title}的{action}吗？"},
	{Key: KeySessionUndoOpen, EN: "These are the session's changes; u again undoes the last one.", ZH: "这是本场活动的改动；再按 u 撤销最近一次。"},
	{Key: KeySessionUndoNothing, EN: "{title} has no change of today to undo.", ZH: "{title}今天没有可撤销的改动。"},
	{Key: KeySessionUndoReason, EN: "undone from the session detail", ZH: "在活动详情中撤销"},
	{Key: KeySessionDetailUndoHint, EN: "u undoes the last change ({action} at {time})", ZH: "按 u 撤销最近的改动（{time}的{action}）"},
	{Key: KeySessionCancelled, EN: "{title} cancelled", ZH: "{title}已取消"},
	{Key: KeySessionRestored, EN: "{title} restored as planned", ZH: "{title}已恢复原计划"},
	{Key: KeySessionNotePrompt, EN: "Note for {title}", ZH: "{title}的备注"},
	{Key: KeySessionNoteSaved, EN: "Note saved for {title}", ZH: "{title}的备注已保存"},
	{Key: KeySessionBadMinutes, EN: "{input} is not a number of minutes", ZH: "“{input}”不是有效的分钟数"},
	{Key: KeySessionsTitle, EN: "Sessions of {date}", ZH: "{date}的活动"},
	{Key: KeySessionsCount, EN1: "{n} session", EN: "{n} sessions", ZH: "共{n}场"},
	{Key: KeySessionsFilterShown, EN: "filter: {query}", ZH: "筛选：{query}"},
	{Key: KeySessionsNoMatch, EN: "No session matches {query}.", ZH: "没有符合“{query}”的活动。"},
	{Key: KeySessionsColKind, EN: "Kind", ZH: "类型"},
	{Key: KeySessionsColPeople, EN: "Asgd/Cap", ZH: "安排/容量"},
	{Key: KeySessionsHelpDisabled, EN: "{action} (coordinators only)", ZH: "{action}（仅限协调员）"},
	{Key: KeySessionsHelpYes, EN: "go ahead", ZH: "确认执行"},
	{Key: KeySessionsHelpNo, EN: "keep as is", ZH: "不改动"},
	{Key: KeySessionsHelpScroll, EN: "scroll details", ZH: "滚动详情"},
	{Key: KeySessionsDeskRefused, EN: "Check-in desks cannot change the programme; ask a coordinator.", ZH: "签到台不能修改日程，请联系协调员。"},
	{Key: KeySessionDetailStatus, EN: "Status: {status} · {kind}", ZH: "状态：{status} · {kind}"},
	{Key: KeySessionDetailTimes, EN: "Planned {planned}, now {effective}", ZH: "原定{planned}，现为{effective}"},
	{Key: KeySessionDetailTimesSame, EN: "Time: {planned}", ZH: "时间：{planned}"},
	{Key: KeySessionDetailVenue, EN: "Venue: {venue}, {site}, holds {capacity}", ZH: "场地：{venue}，{site}，可容纳{capacity}人"},
	{Key: KeySessionDetailPlannedAt, EN: "Planned venue: {venue}", ZH: "原定场地：{venue}"},
	{Key: KeySessionDetailHost, EN: "Host: {host}", ZH: "主办：{host}"},
	{Key: KeySessionDetailNote, EN: "Note: {note}", ZH: "备注：{note}"},
	{Key: KeySessionDetailDelegs, EN: "Delegations: {people} assigned, {present} present, venue holds {capacity}", ZH: "代表团：安排{people}人，已到{present}人，场地可容纳{capacity}人"},
	{Key: KeySessionDetailExpected, EN: "Programme expects {n} people", ZH: "日程预计{n}人"},
	{Key: KeySessionDetailDelegLine, EN: "{delegation}: {arrived} of {headcount} arrived", ZH: "{delegation}：已到{arrived}人，共{headcount}人"},
	{Key: KeySessionDetailNoDelegs, EN: "No delegations assigned.", ZH: "尚未安排代表团。"},
	{Key: KeySessionDetailProblems, EN: "Problems", ZH: "问题"},
	{Key: KeySessionDetailJournal, EN: "Changes today", ZH: "今日改动"},
	{Key: KeySessionDetailNoJournal, EN: "No changes recorded today.", ZH: "今天没有改动记录。"},
	{Key: KeySessionDetailReading, EN: "Reading the log…", ZH: "正在读取日志…"},
	{Key: KeySessionDetailEntry, EN: "{time} {action} by {operator} ({desk}) {details}", ZH: "{time} {operator}（{desk}）{action} {details}"},
	{Key: KeySessionBroughtForward, EN1: "{title} brought forward by {n} minute", EN: "{title} brought forward by {n} minutes", ZH: "{title}已提前{n}分钟"},
	{Key: KeySessionMoveTimePrompt, EN: "New start for {title} (HH:MM, empty keeps {time})", ZH: "{title}的新开始时间（HH:MM，留空则保持{time}）"},
	{Key: KeySessionMoveKeepVenue, EN: "Keep {venue}", ZH: "保持{venue}"},
	{Key: KeySessionMoveFilter, EN: "Venue:", ZH: "场地："},
	{Key: KeySessionMovedTime, EN: "{title} moved to {time}", ZH: "{title}已改到{time}"},
	{Key: KeySessionMovedBoth, EN: "{title} moved to {venue} at {time}", ZH: "{title}已改到{venue}，{time}开始"},
	{Key: KeySessionMoveNothing, EN: "Nothing changed for {title}.", ZH: "{title}没有改动。"},
	{Key: KeySessionBadTime, EN: "{input} is not a time; type HH:MM", ZH: "“{input}”不是有效时间，请按HH:MM输入"},
	{Key: KeySessionAsPlanned, EN: "{title} is already as planned.", ZH: "{title}已是原计划。"},
	{Key: KeySessionAlreadyCancelled, EN: "{title} is cancelled already.", ZH: "{title}已经取消。"},
	{Key: KeySessionWouldDelay, EN1: "Delay {title} by {n} minute?", EN: "Delay {title} by {n} minutes?", ZH: "将{title}推迟{n}分钟？"},
	{Key: KeySessionWouldForward, EN1: "Bring {title} forward by {n} minute?", EN: "Bring {title} forward by {n} minutes?", ZH: "将{title}提前{n}分钟？"},
	{Key: KeySessionWouldMove, EN: "Move {title} to {venue} at {time}?", ZH: "将{title}改到{venue}，{time}开始？"},
	{Key: KeySessionWouldRestore, EN: "Restore {title} to its plan?", ZH: "将{title}恢复原计划？"},
	{Key: KeySessionConfirmBreaks, EN: "This change would cause:", ZH: "这项改动会造成："},
	{Key: KeySessionConfirmAsk, EN: "Go ahead anyway?", ZH: "仍要执行吗？"},
	{Key: KeySessionConfirmYesNo, EN: "y = yes, go ahead    n or esc = no, keep as is", ZH: "y = 确认执行    n 或 esc = 不改动"},
	{Key: KeySessionConfirmMore, EN1: "…and {n} more problem", EN: "…and {n} more problems", ZH: "……另有{n}个问题"},
	{Key: KeySessionChangeDropped, EN: "Nothing changed.", ZH: "未做任何改动。"},
}
