package i18n

// Keys of the log area: the day's log and its export.
const (
	KeyLogTitle        Key = "log.title"
	KeyLogEmpty        Key = "log.empty"
	KeyLogNoMatch      Key = "log.no_match"
	KeyHelpLogApply    Key = "help.log_apply"
	KeyHelpLogUndo     Key = "help.log_confirm_undo"
	KeyLogExportFailed Key = "log.export_failed"
)

var logMessages = []Message{
	{Key: KeyLogTitle, EN: "Log for {date}", ZH: "{date}的日志"},
	{Key: KeyLogEmpty, EN: "Nothing logged on {date}.", ZH: "{date}暂无记录。"},
	{Key: KeyHelpLogApply, EN: "keep filter", ZH: "保留筛选"},
	{Key: KeyHelpLogUndo, EN: "undo with this reason", ZH: "按此原因撤销"},
	{Key: KeyLogNoMatch, EN: "No entry matches “{filter}”; esc shows them all.", ZH: "没有与“{filter}”相符的记录；按 esc 显示全部。"},
	{Key: KeyLogExportFailed, EN: "Export failed: {err}", ZH: "导出失败：{err}"},
}
