package i18n

// Keys of the journal actions, as the Log tab and the day log name them.
const (
	KeyActionCheckin        Key = "action.checkin"
	KeyActionUndo           Key = "action.undo"
	KeyActionSessionDelay   Key = "action.session_delay"
	KeyActionSessionMove    Key = "action.session_move"
	KeyActionSessionCancel  Key = "action.session_cancel"
	KeyActionSessionRestore Key = "action.session_restore"
	KeyActionSessionStart   Key = "action.session_start"
	KeyActionSessionNote    Key = "action.session_note"
	KeyActionAssign         Key = "action.assign"
	KeyActionOutage         Key = "action.outage"
	KeyActionWalkin         Key = "action.walkin"
	KeyActionImport         Key = "action.import"
	KeyActionDayClose       Key = "action.day_close"
	KeyLogColTime           Key = "log.col_time"
	KeyLogColDesk           Key = "log.col_desk"
	KeyLogColOperator       Key = "log.col_operator"
	KeyLogColAction         Key = "log.col_action"
	KeyLogColSubject        Key = "log.col_subject"
	KeyLogColDetails        Key = "log.col_details"
	KeyLogUndone            Key = "log.undone"
	KeyLogUndoPrompt        Key = "log.undo_prompt"
	KeyLogUndoDone          Key = "log.undo_done"
	KeyLogUndoNotOwn        Key = "log.undo_not_own"
	KeyLogUndoNotUndoable   Key = "log.undo_not_undoable"
	KeyLogFilterPrompt      Key = "log.filter_prompt"
	KeyLogCount             Key = "log.count"
	KeyLogHeldCount         Key = "log.held_count"
	KeyLogHeldTitle         Key = "log.held_title"
	KeyLogHeldNone          Key = "log.held_none"
	KeyLogHeldMore          Key = "log.held_more"
	KeyLogDetailDelay       Key = "log.detail_delay"
	KeyLogDetailMove        Key = "log.detail_move"
	KeyLogDetailUndo        Key = "log.detail_undo"
	KeyLogDetailAssign      Key = "log.detail_assign"
	KeyLogDetailOutage      Key = "log.detail_outage"
	KeyLogDetailImport      Key = "log.detail_import"
	KeyHelpUndoEntry        Key = "help.undo_entry"
	KeyHelpLogHeld          Key = "help.log_held"
)

var actionsMessages = []Message{
	{Key: KeyActionCheckin, EN: "check-in", ZH: "签到"},
	{Key: KeyActionUndo, EN: "undo", ZH: "撤销"},
	{Key: KeyActionSessionDelay, EN: "delay", ZH: "推迟"},
	{Key: KeyActionSessionMove, EN: "move", ZH: "调整"},
	{Key: KeyActionSessionCancel, EN: "cancel", ZH: "取消"},
	{Key: KeyActionSessionRestore, EN: "restore", ZH: "恢复"},
	{Key: KeyActionSessionStart, EN: "started", ZH: "已开始"},
	{Key: KeyActionSessionNote, EN: "note", ZH: "备注"},
	{Key: KeyActionAssign, EN: "assignment", ZH: "分配"},
	{Key: KeyActionOutage, EN: "out of service", ZH: "场地停用"},
	{Key: KeyActionWalkin, EN: "walk-in", ZH: "现场登记"},
	{Key: KeyActionImport, EN: "import", ZH: "导入"},
	{Key: KeyActionDayClose, EN: "day closed", ZH: "日终结束"},
	{Key: KeyLogColTime, EN: "Time", ZH: "时间"},
	{Key: KeyLogColDesk, EN: "Desk", ZH: "签到台"},
	{Key: KeyLogColOperator, EN: "Operator", ZH: "操作员"},
	{Key: KeyLogColAction, EN: "Action", ZH: "操作"},
	{Key: KeyLogColSubject, EN: "Subject", ZH: "对象"},
	{Key: KeyLogColDetails, EN: "Details", ZH: "详情"},
	{Key: KeyLogUndone, EN: "undone", ZH: "已撤销"},
	{Key: KeyLogUndoPrompt, EN: "Reason for undoing {action} of {subject}:", ZH: "撤销“{subject}”的{action}，原因："},
	{Key: KeyLogUndoDone, EN: "Undone: {action} of {subject}", ZH: "已撤销：{subject}的{action}"},
	{Key: KeyLogUndoNotOwn, EN: "A desk can only undo its own entries; this one is from desk {desk}.", ZH: "签到台只能撤销本台的记录；这条来自签到台{desk}。"},
	{Key: KeyLogUndoNotUndoable, EN: "This entry cannot be undone.", ZH: "这条记录不能撤销。"},
	{Key: KeyLogFilterPrompt, EN: "Filter:", ZH: "筛选："},
	{Key: KeyLogCount, EN1: "{n} entry", EN: "{n} entries", ZH: "共{n}条"},
	{Key: KeyLogHeldCount, EN1: "{n} held", EN: "{n} held", ZH: "暂存{n}条"},
	{Key: KeyLogHeldTitle, EN: "Held entries: never applied, with why (h: back to the log; caecw export --held writes them out)",
		ZH: "暂存条目：从未被应用，附原因（h：返回日志；caecw export --held 可导出）"},
	{Key: KeyLogHeldNone, EN: "No entry is held.", ZH: "没有暂存条目。"},
	{Key: KeyLogHeldMore, EN1: "… and {n} more (caecw export --held writes them all out)", EN: "… and {n} more (caecw export --held writes them all out)",
		ZH: "……另有{n}条（caecw export --held 可全部导出）"},
	{Key: KeyLogDetailDelay, EN: "+{min} min", ZH: "推迟{min}分钟"},
	{Key: KeyLogDetailMove, EN: "to {venue}", ZH: "改到{venue}"},
	{Key: KeyLogDetailUndo, EN: "undoes {action}: {reason}", ZH: "撤销{action}：{reason}"},
	{Key: KeyLogDetailAssign, EN: "{n} change(s) to assignments", ZH: "{n}项分配调整"},
	{Key: KeyLogDetailOutage, EN: "{from}-{to} {reason}", ZH: "{from}至{to}，{reason}"},
	{Key: KeyLogDetailImport, EN: "from {files}", ZH: "来自{files}"},
	{Key: KeyHelpUndoEntry, EN: "undo entry", ZH: "撤销记录"},
	{Key: KeyHelpLogHeld, EN: "held entries", ZH: "暂存条目"},
}
