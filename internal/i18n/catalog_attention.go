package i18n

// Keys of the attention list (issue 19): the header count, the panel
// opened with !, the words for each kind, severity and fix, and the
// Sessions tab's mark-started key.
const (
	KeyAttentionHeader         Key = "attention.header"
	KeyAttentionHeaderCritical Key = "attention.header_critical"
	KeyAttentionTitle          Key = "attention.title"
	KeyAttentionNone           Key = "attention.none"
	KeyAttentionNoDay          Key = "attention.no_day"
	KeyAttentionIn             Key = "attention.in"
	KeyAttentionLate           Key = "attention.late"
	KeyAttentionNow            Key = "attention.now"
	KeyAttentionCritical       Key = "attention.critical"
	KeyAttentionWarning        Key = "attention.warning"
	KeyAttentionMore           Key = "attention.more"

	KeyAttentionKindNotArrived   Key = "attention.kind.not_arrived"
	KeyAttentionKindKnockOn      Key = "attention.kind.knock_on"
	KeyAttentionKindOutOfService Key = "attention.kind.out_of_service"
	KeyAttentionKindClash        Key = "attention.kind.clash"
	KeyAttentionKindTooTight     Key = "attention.kind.too_tight"
	KeyAttentionKindOverCapacity Key = "attention.kind.over_capacity"
	KeyAttentionKindNotStarted   Key = "attention.kind.not_started"

	KeyAttentionMsgNotArrived   Key = "attention.msg.not_arrived"
	KeyAttentionMsgRunsInto     Key = "attention.msg.runs_into"
	KeyAttentionMsgBothAtOnce   Key = "attention.msg.both_at_once"
	KeyAttentionMsgTooTight     Key = "attention.msg.too_tight"
	KeyAttentionMsgOutOfService Key = "attention.msg.out_of_service"
	KeyAttentionMsgOverCapacity Key = "attention.msg.over_capacity"
	KeyAttentionMsgNotStarted   Key = "attention.msg.not_started"
	KeyAttentionShortfall       Key = "attention.shortfall"
	KeyAttentionShortfallNoLiai Key = "attention.shortfall_no_liaison"

	KeyAttentionFixOpenDelegation Key = "attention.fix.open_delegation"
	KeyAttentionFixDelay          Key = "attention.fix.delay"
	KeyAttentionFixMove           Key = "attention.fix.move"
	KeyAttentionFixReassign       Key = "attention.fix.reassign"
	KeyAttentionFixMarkStarted    Key = "attention.fix.mark_started"
	KeyAttentionFixLine           Key = "attention.fix.line"
	KeyAttentionReassignHint      Key = "attention.reassign_hint"

	KeyHelpAttention       Key = "help.attention"
	KeyHelpAttentionJump   Key = "help.attention_jump"
	KeyHelpAttentionFix    Key = "help.attention_fix"
	KeyHelpAttentionWiden  Key = "help.attention_widen"
	KeyHelpAttentionClose  Key = "help.attention_close"
	KeyHelpMarkStarted     Key = "help.mark_started"
	KeySessionMarkedStart  Key = "session.marked_started"
	KeySessionAlreadyStart Key = "session.already_started"

	KeyCLIFlagAttention  Key = "cli.flag.attention"
	KeyCLIAttentionNone  Key = "cli.attention.none"
	KeyCLIAttentionShort Key = "cli.attention.shortfall"
)

var attentionMessages = []Message{
	{Key: KeyAttentionHeader, EN1: "! {n} to watch", EN: "! {n} to watch", ZH: "！{n}项待关注"},
	{Key: KeyAttentionHeaderCritical, EN1: "! {n} to watch, {critical} urgent", EN: "! {n} to watch, {critical} urgent", ZH: "！{n}项待关注，{critical}项紧急"},
	{Key: KeyAttentionTitle, EN: "What needs you in the next {window}", ZH: "接下来{window}内需要处理的事"},
	{Key: KeyAttentionNone, EN: "Nothing needs you in the next {window}.", ZH: "接下来{window}内没有需要处理的事。"},
	{Key: KeyAttentionNoDay, EN: "The day is not read yet.", ZH: "尚未读取当天数据。"},
	{Key: KeyAttentionIn, EN1: "in {n} min", EN: "in {n} min", ZH: "{n}分钟后"},
	{Key: KeyAttentionLate, EN1: "{n} min late", EN: "{n} min late", ZH: "已晚{n}分钟"},
	{Key: KeyAttentionNow, EN: "now", ZH: "现在"},
	{Key: KeyAttentionCritical, EN: "URGENT", ZH: "紧急"},
	{Key: KeyAttentionWarning, EN: "warning", ZH: "注意"},
	{Key: KeyAttentionMore, EN1: "+{n} more delegation", EN: "+{n} more delegations", ZH: "另有{n}个代表团"},

	{Key: KeyAttentionKindNotArrived, EN: "not arrived", ZH: "未到齐"},
	{Key: KeyAttentionKindKnockOn, EN: "knock-on", ZH: "连锁影响"},
	{Key: KeyAttentionKindOutOfService, EN: "out of service", ZH: "场地停用"},
	{Key: KeyAttentionKindClash, EN: "clash", ZH: "冲突"},
	{Key: KeyAttentionKindTooTight, EN: "too tight", ZH: "时间太紧"},
	{Key: KeyAttentionKindOverCapacity, EN: "over capacity", ZH: "超出容量"},
	{Key: KeyAttentionKindNotStarted, EN: "not started", ZH: "未开始"},

	{Key: KeyAttentionMsgNotArrived, EN: "{session}: {have} of {need} assigned have arrived", ZH: "{session}：应到{need}人，已到{have}人"},
	{Key: KeyAttentionMsgRunsInto, EN: "{a} runs into {b} in {venue}", ZH: "{a}与{b}在{venue}时间重叠"},
	{Key: KeyAttentionMsgBothAtOnce, EN: "{delegation} is due at {a} and {b} at once", ZH: "{delegation}同时要参加{a}和{b}"},
	{Key: KeyAttentionMsgTooTight, EN: "{a} → {b}: {have} min to get from {from} to {to}, need {need}", ZH: "{a} → {b}：从{from}到{to}只有{have}分钟，需要{need}分钟"},
	{Key: KeyAttentionMsgOutOfService, EN: "{session} is still in {venue}, which is out of service", ZH: "{session}仍安排在已停用的{venue}"},
	{Key: KeyAttentionMsgOverCapacity, EN: "{session}: {need} people, {venue} holds {have}", ZH: "{session}：{need}人，{venue}只能容纳{have}人"},
	{Key: KeyAttentionMsgNotStarted, EN: "{session} is not marked started", ZH: "{session}尚未标记开始"},
	{Key: KeyAttentionShortfall, EN: "{delegation} {arrived}/{assigned} · liaison {liaison}", ZH: "{delegation} {arrived}/{assigned} · 联络员{liaison}"},
	{Key: KeyAttentionShortfallNoLiai, EN: "{delegation} {arrived}/{assigned}", ZH: "{delegation} 已到{arrived}/{assigned}"},

	{Key: KeyAttentionFixOpenDelegation, EN: "call the liaison, see who is missing", ZH: "联系联络员，查看未到人员"},
	{Key: KeyAttentionFixDelay, EN1: "delay by {n} minute", EN: "delay by {n} minutes", ZH: "推迟{n}分钟"},
	{Key: KeyAttentionFixMove, EN: "move to another venue", ZH: "换场地"},
	{Key: KeyAttentionFixReassign, EN: "change the delegations assigned", ZH: "调整分配的代表团"},
	{Key: KeyAttentionFixMarkStarted, EN: "mark it started", ZH: "标记为已开始"},
	{Key: KeyAttentionFixLine, EN: "fix: {fix}", ZH: "处理：{fix}"},
	{Key: KeyAttentionReassignHint, EN: "Assignments are changed by import; the session is shown.", ZH: "分配需通过导入修改；已显示该场次。"},

	{Key: KeyHelpAttention, EN: "what needs me", ZH: "待处理"},
	{Key: KeyHelpAttentionJump, EN: "go to it", ZH: "跳转"},
	{Key: KeyHelpAttentionFix, EN: "fix", ZH: "处理"},
	{Key: KeyHelpAttentionWiden, EN: "wider window", ZH: "扩大时间范围"},
	{Key: KeyHelpAttentionClose, EN: "close", ZH: "关闭"},
	{Key: KeyHelpMarkStarted, EN: "mark started", ZH: "标记开始"},
	{Key: KeySessionMarkedStart, EN: "{title} marked started", ZH: "{title}已标记开始"},
	{Key: KeyCLIFlagAttention, EN: "print only the attention list of the next hour, one item a line, for a script or a pager", ZH: "只输出接下来一小时的待处理事项，每项一行，便于脚本或分页查看"},
	{Key: KeyCLIAttentionNone, EN: "Nothing needs attention in the next {window}.", ZH: "接下来{window}内没有待处理事项。"},
	{Key: KeyCLIAttentionShort, EN: "  short: {shortfall}", ZH: "  缺员：{shortfall}"},
	{Key: KeySessionAlreadyStart, EN: "{title} is marked started already", ZH: "{title}已标记过开始"},
}
