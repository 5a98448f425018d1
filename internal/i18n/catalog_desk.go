package i18n

// Keys of the desk area: the header line that says which desk this is,
// who operates it, and whether its work is saved and sent.
const (
	KeyHeaderDesk          Key = "header.desk"
	KeyHeaderOperator      Key = "header.operator"
	KeyHeaderDemo          Key = "header.demo"
	KeyHeaderViewing       Key = "header.viewing"
	KeyHeaderClosed        Key = "header.closed"
	KeySavedAfterClose     Key = "saved.after_close"
	KeySavedUndoCheckin    Key = "saved.undo_checkin"
	KeySavedUndoLog        Key = "saved.undo_log"
	KeyHeaderOutside       Key = "header.outside"
	KeyHeaderSaved         Key = "header.saved"
	KeyHeaderSaving        Key = "header.saving"
	KeyHeaderSaveFailed    Key = "header.save_failed"
	KeyHeaderOffline       Key = "header.offline"
	KeyHeaderOutbox        Key = "header.outbox"
	KeyHeaderOfflineOutbox Key = "header.offline_outbox"
	KeyHeaderSynced        Key = "header.synced"
	KeyHeaderUnsendable    Key = "header.unsendable"
	KeyHeaderSyncError     Key = "header.sync_error"
)

var deskMessages = []Message{
	{Key: KeyHeaderDesk, EN: "desk {desk}", ZH: "签到台 {desk}"},
	{Key: KeyHeaderOperator, EN: "operator {name}", ZH: "操作员 {name}"},
	{Key: KeyHeaderDemo, EN: "DEMO", ZH: "演示"},
	{Key: KeyHeaderClosed, EN1: "closed {time}, {n} late addition since", EN: "closed {time}, {n} late additions since", ZH: "{time}已结束，之后补录{n}条"},
	{Key: KeySavedUndoCheckin, EN: "{text} (ctrl+z undoes it)", ZH: "{text}（ctrl+z 可撤销）"},
	{Key: KeySavedUndoLog, EN: "{text} (undo it on the Log tab: u)", ZH: "{text}（可在日志页按 u 撤销）"},
	{Key: KeySavedAfterClose, EN: "{text} · day closed at {time}: kept as a late addition; close the day again (C) for updated records", ZH: "{text} · 当日已于{time}结束：已记为补录；请再次结束当日（C）以写出更新的记录"},
	{Key: KeyHeaderViewing, EN: "viewing {day} · today's check-ins: {today}", ZH: "查看{day} · 今天的签到记入{today}"},
	{Key: KeyHeaderOutside, EN: "{date}, not an event day", ZH: "{date}，非活动日"},
	{Key: KeyHeaderSaved, EN: "saved", ZH: "已保存"},
	{Key: KeyHeaderSaving, EN: "saving…", ZH: "保存中…"},
	{Key: KeyHeaderSaveFailed, EN: "save failed: {err}", ZH: "保存失败：{err}"},
	{Key: KeyHeaderOffline, EN: "offline", ZH: "离线"},
	{Key: KeyHeaderOutbox, EN: "{n} to send", ZH: "{n}条待发送"},
	// One sentence, not two joined by the code: Chinese takes a full-width comma.
	{Key: KeyHeaderOfflineOutbox, EN: "offline, {n} to send", ZH: "离线，{n}条待发送"},
	{Key: KeyHeaderSynced, EN: "all sent", ZH: "已全部同步"},
	{Key: KeyHeaderUnsendable, EN1: "{n} cannot be sent", EN: "{n} cannot be sent", ZH: "{n}条无法发送"},
	{Key: KeyHeaderSyncError, EN: "sync: {err}", ZH: "同步：{err}"},
}
