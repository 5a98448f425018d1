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
	KeyLogDetailOutage      Key = "log.detail_outage"
	KeyLogDetailImport      Key = "log.detail_import"
	KeyEntryWalkin          Key = "entry.walkin"
	KeyEntryUndoAction      Key = "entry.undo_action"
	KeyEntryUndoReason      Key = "entry.undo_reason"
	KeyEntryDelayTotal      Key = "entry.delay_total"
	KeyEntryMoveTime        Key = "entry.move_time"
	KeyEntryMoveBoth        Key = "entry.move_both"
	KeyEntryPlannedVenue    Key = "entry.planned_venue"
	KeyEntryPlannedTime     Key = "entry.planned_time"
	KeyEntryNote            Key = "entry.note"
	KeyEntryAndNote         Key = "entry.and_note"
	KeyEntryNoteRemoved     Key = "entry.note_removed"
	KeyEntryAssignPut       Key = "entry.assign_put"
	KeyEntryAssignRemove    Key = "entry.assign_remove"
	KeyEntryWholeDelegation Key = "entry.whole_delegation"
	KeyEntryPeople          Key = "entry.people"
	KeyEntryOutageLift      Key = "entry.outage_lift"
	KeyEntryOutageOpen      Key = "entry.outage_open"
	KeyEntryWithReason      Key = "entry.with_reason"
	KeyEntryDayClosed       Key = "entry.day_closed"
	KeyEntryDayClosedIn     Key = "entry.day_closed_in"
	KeyRecordEvent          Key = "record.event"
	KeyRecordVenues         Key = "record.venues"
	KeyRecordDelegations    Key = "record.delegations"
	KeyRecordSessions       Key = "record.sessions"
	KeyRecordPeople         Key = "record.people"
	KeyRecordAssignments    Key = "record.assignments"
	KeyRecordTravel         Key = "record.travel"
	KeyHelpUndoEntry        Key = "help.undo_entry"
	KeyHelpLogHeld          Key = "help.log_held"
)

var actionsMessages = []Message{
	{Key: KeyActionCheckin, EN: "check-in", ZH: "签到"},
	{Key: KeyActionUndo, EN: "undo", ZH: "撤销"},
	{Key: KeyActionSessionDelay, EN: "delay", ZH: "推迟"},
	// The same word as the move key's help (KeyHelpMove).
	{Key: KeyActionSessionMove, EN: "move", ZH: "换场地"},
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
	// Details never repeat the action, which has its own column: "推迟
	// 15分钟", not "推迟 推迟15分钟".
	{Key: KeyLogDetailDelay, EN: "{min} min", ZH: "{min}分钟"},
	{Key: KeyEntryDelayTotal, EN: "{total} min in all (was {before})", ZH: "共{total}分钟（原为{before}分钟）"},
	{Key: KeyLogDetailMove, EN: "to {venue}", ZH: "改到{venue}"},
	{Key: KeyEntryMoveTime, EN: "to {time}", ZH: "改到{time}"},
	{Key: KeyEntryMoveBoth, EN: "to {venue} at {time}", ZH: "改到{venue}，{time}开始"},
	{Key: KeyEntryPlannedVenue, EN: "the planned venue", ZH: "原定场地"},
	{Key: KeyEntryPlannedTime, EN: "the planned time", ZH: "原定时间"},
	{Key: KeyEntryNote, EN: "note: {note}", ZH: "备注：{note}"},
	{Key: KeyEntryAndNote, EN: "{details}; note: {note}", ZH: "{details}；备注：{note}"},
	{Key: KeyEntryNoteRemoved, EN: "note removed", ZH: "备注已删除"},
	{Key: KeyLogDetailUndo, EN: "undoes {action}: {reason}", ZH: "撤销{action}：{reason}"},
	{Key: KeyEntryUndoAction, EN: "undoes {action}", ZH: "撤销{action}"},
	{Key: KeyEntryUndoReason, EN: "reason: {reason}", ZH: "原因：{reason}"},
	{Key: KeyEntryWalkin, EN: "{delegation}, {role}", ZH: "{delegation}，{role}"},
	{Key: KeyEntryAssignPut, EN: "{delegation} to {session} ({people})", ZH: "{delegation}参加{session}（{people}）"},
	{Key: KeyEntryAssignRemove, EN: "{delegation} off {session} ({people})", ZH: "{delegation}不再参加{session}（{people}）"},
	{Key: KeyEntryWholeDelegation, EN: "whole delegation", ZH: "全团"},
	{Key: KeyEntryPeople, EN1: "{n} person", EN: "{n} people", ZH: "{n}人"},
	{Key: KeyLogDetailOutage, EN: "{from}-{to}", ZH: "{from}至{to}"},
	{Key: KeyEntryOutageOpen, EN: "from {from}", ZH: "{from}起"},
	{Key: KeyEntryWithReason, EN: "{details}: {reason}", ZH: "{details}：{reason}"},
	{Key: KeyEntryOutageLift, EN: "back in service", ZH: "恢复使用"},
	{Key: KeyLogDetailImport, EN: "from {files}", ZH: "来自{files}"},
	{Key: KeyEntryDayClosed, EN: "closed {date}", ZH: "{date}已结束"},
	{Key: KeyEntryDayClosedIn, EN: "closed {date}; records in {dir}", ZH: "{date}已结束，记录保存在{dir}"},
	{Key: KeyRecordEvent, EN: "event", ZH: "活动周"},
	{Key: KeyRecordVenues, EN: "venues", ZH: "场地"},
	{Key: KeyRecordDelegations, EN: "delegations", ZH: "代表团"},
	{Key: KeyRecordSessions, EN: "sessions", ZH: "日程"},
	{Key: KeyRecordPeople, EN: "people", ZH: "人员"},
	{Key: KeyRecordAssignments, EN: "assignments", ZH: "分配"},
	{Key: KeyRecordTravel, EN: "travel times", ZH: "路程时间"},
	{Key: KeyHelpUndoEntry, EN: "undo entry", ZH: "撤销记录"},
	{Key: KeyHelpLogHeld, EN: "held entries", ZH: "暂存条目"},
}
