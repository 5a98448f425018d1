package i18n

// Keys of the log area: the day's log and its export.
const (
	KeyLogTitle        Key = "log.title"
	KeyLogEmpty        Key = "log.empty"
	KeyLogExported     Key = "log.exported"
	KeyLogExportFailed Key = "log.export_failed"
	KeyLogExportPrompt Key = "log.export_prompt"
	KeyLogCheckin      Key = "log.checkin"
	KeyLogDelay        Key = "log.delay"
	KeyLogMove         Key = "log.move"
	KeyLogCancel       Key = "log.cancel"
	KeyLogRestore      Key = "log.restore"
	KeyLogNote         Key = "log.note"
)

var logMessages = []Message{
	{Key: KeyLogTitle, EN: "Log for {date}", ZH: "{date}的日志"},
	{Key: KeyLogEmpty, EN: "Nothing logged on {date}.", ZH: "{date}暂无记录。"},
	{Key: KeyLogExported, EN1: "Exported {n} entry to {path}", EN: "Exported {n} entries to {path}", ZH: "已导出{n}条记录到{path}"},
	{Key: KeyLogExportFailed, EN: "Export failed: {err}", ZH: "导出失败：{err}"},
	{Key: KeyLogExportPrompt, EN: "Export the log for {date} to", ZH: "将{date}的日志导出到"},
	{Key: KeyLogCheckin, EN: "{time} {name} ({delegation}) checked in at desk {desk}", ZH: "{time} {name}（{delegation}）在签到台{desk}签到"},
	{Key: KeyLogDelay, EN: "{time} {title} delayed by {min} min ({operator})", ZH: "{time} {title}推迟{min}分钟（{operator}）"},
	{Key: KeyLogMove, EN: "{time} {title} moved to {venue} ({operator})", ZH: "{time} {title}换到{venue}（{operator}）"},
	{Key: KeyLogCancel, EN: "{time} {title} cancelled ({operator})", ZH: "{time} {title}已取消（{operator}）"},
	{Key: KeyLogRestore, EN: "{time} {title} restored as planned ({operator})", ZH: "{time} {title}恢复原计划（{operator}）"},
	{Key: KeyLogNote, EN: "{time} note on {title}: {note} ({operator})", ZH: "{time} {title}备注：{note}（{operator}）"},
}
