package i18n

// Keys of the check-ins area: scanning badges, walk-ins, roles and undo.
const (
	KeyCheckinSearch       Key = "checkin.search"
	KeyCheckinDone         Key = "checkin.done"
	KeyCheckinProgress     Key = "checkin.progress"
	KeyCheckinArrived      Key = "checkin.arrived"
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
	KeyUndoSession Key = "undo.session"
	KeyUndoNothing Key = "undo.nothing"

	KeyRoleHead     Key = "role.head"
	KeyRoleDelegate Key = "role.delegate"
	KeyRoleStudent  Key = "role.student"
	KeyRoleStaff    Key = "role.staff"
	KeyRoleGuest    Key = "role.guest"
)

var checkinsMessages = []Message{
	{Key: KeyCheckinSearch, EN: "Scan a badge or type a name", ZH: "扫描证件或输入姓名"},
	{Key: KeyCheckinDone, EN: "Checked in {name} ({delegation}) at {time}", ZH: "{name}（{delegation}）已于{time}签到"},
	{Key: KeyCheckinProgress, EN: "{delegation}: {n} of {m} arrived", ZH: "{delegation}：已到{n}人，共{m}人"},
	{Key: KeyCheckinArrived, EN1: "{n} person arrived today", EN: "{n} people arrived today", ZH: "今天已到{n}人"},
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
	{Key: KeyUndoSession, EN: "Last change to {title} undone", ZH: "已撤销对{title}的上一次修改"},
	{Key: KeyUndoNothing, EN: "Nothing to undo", ZH: "没有可撤销的操作"},

	{Key: KeyRoleHead, EN: "head of delegation", ZH: "团长"},
	{Key: KeyRoleDelegate, EN: "delegate", ZH: "代表"},
	{Key: KeyRoleStudent, EN: "student", ZH: "学生"},
	{Key: KeyRoleStaff, EN: "staff", ZH: "工作人员"},
	{Key: KeyRoleGuest, EN: "guest", ZH: "嘉宾"},
}
