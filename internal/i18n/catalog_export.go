package i18n

// Keys of the export and import area: the day-log column headers and
// report labels (formats.Labels), and the screen's import and close-day
// prompts. Column headers are short nouns, not sentences: a spreadsheet
// header row.
const (
	KeyExportInstant           Key = "export.col.instant"
	KeyExportDesk              Key = "export.col.desk"
	KeyExportOperator          Key = "export.col.operator"
	KeyExportAction            Key = "export.col.action"
	KeyExportSubject           Key = "export.col.subject"
	KeyExportDetails           Key = "export.col.details"
	KeyExportUndoneBy          Key = "export.col.undone_by"
	KeyExportEntryID           Key = "export.entry_id"
	KeyExportTitle             Key = "export.title"
	KeyExportSummary           Key = "export.summary"
	KeyExportLog               Key = "export.log"
	KeyExportArrivals          Key = "export.arrivals"
	KeyExportSessions          Key = "export.sessions"
	KeyExportOpenProblems      Key = "export.open_problems"
	KeyExportDelegation        Key = "export.delegation"
	KeyExportExpected          Key = "export.expected"
	KeyExportArrived           Key = "export.arrived"
	KeyExportMissing           Key = "export.missing"
	KeyExportHeld              Key = "export.held"
	KeyExportDelayed           Key = "export.delayed"
	KeyExportMoved             Key = "export.moved"
	KeyExportCancelled         Key = "export.cancelled"
	KeyExportAssignmentChanges Key = "export.assignment_changes"
	KeyExportCount             Key = "export.count"
	KeyExportProblem           Key = "export.problem"
	KeyExportMessage           Key = "export.message"
	KeyExportNone              Key = "export.none"
	KeyExportUndoneAt          Key = "export.undone_at"

	KeyImportPrompt      Key = "import.prompt"
	KeyImportHint        Key = "import.hint"
	KeyImportReading     Key = "import.reading"
	KeyImportChecking    Key = "import.checking"
	KeyImportNoFiles     Key = "import.no_files"
	KeyImportProblems    Key = "import.problems"
	KeyImportNothing     Key = "import.nothing_imported"
	KeyImportDone        Key = "import.done"
	KeyImportCounts      Key = "import.counts"
	KeyImportDemoWarning Key = "import.demo_warning"
	KeyImportClose       Key = "import.close"
	KeyCloseDayPrompt    Key = "closeday.prompt"
	KeyCloseDayHint      Key = "closeday.hint"
	KeyCloseDayRunning   Key = "closeday.running"
	KeyCloseDayDone      Key = "closeday.done"
	KeyHelpImport        Key = "help.import"
	KeyHelpCloseDay      Key = "help.close_day"
)

var exportMessages = []Message{
	{Key: KeyExportInstant, EN: "instant", ZH: "时间"},
	{Key: KeyExportDesk, EN: "desk", ZH: "签到台"},
	{Key: KeyExportOperator, EN: "operator", ZH: "操作员"},
	{Key: KeyExportAction, EN: "action", ZH: "操作"},
	{Key: KeyExportSubject, EN: "subject", ZH: "对象"},
	{Key: KeyExportDetails, EN: "details", ZH: "详情"},
	{Key: KeyExportUndoneBy, EN: "undone_by", ZH: "撤销记录"},
	{Key: KeyExportEntryID, EN: "entry_id", ZH: "条目编号"},
	{Key: KeyExportTitle, EN: "Day log", ZH: "当日日志"},
	{Key: KeyExportSummary, EN: "Summary", ZH: "概况"},
	{Key: KeyExportLog, EN: "Log", ZH: "日志"},
	{Key: KeyExportArrivals, EN: "Arrivals", ZH: "报到情况"},
	{Key: KeyExportSessions, EN: "Sessions", ZH: "活动"},
	{Key: KeyExportOpenProblems, EN: "Open problems at close", ZH: "收尾时未解决的问题"},
	{Key: KeyExportDelegation, EN: "Delegation", ZH: "代表团"},
	{Key: KeyExportExpected, EN: "Expected", ZH: "应到"},
	{Key: KeyExportArrived, EN: "Arrived", ZH: "实到"},
	{Key: KeyExportMissing, EN: "Missing", ZH: "未到"},
	{Key: KeyExportHeld, EN: "Held", ZH: "已举行"},
	{Key: KeyExportDelayed, EN: "Delayed", ZH: "推迟"},
	{Key: KeyExportMoved, EN: "Moved", ZH: "改场地或时间"},
	{Key: KeyExportCancelled, EN: "Cancelled", ZH: "取消"},
	{Key: KeyExportAssignmentChanges, EN: "Assignment changes", ZH: "分配调整"},
	{Key: KeyExportCount, EN: "Count", ZH: "数量"},
	{Key: KeyExportProblem, EN: "Problem", ZH: "问题"},
	{Key: KeyExportMessage, EN: "Message", ZH: "说明"},
	{Key: KeyExportNone, EN: "none", ZH: "无"},
	{Key: KeyExportUndoneAt, EN: "undone at", ZH: "撤销于"},

	{Key: KeyImportPrompt, EN: "Import files:", ZH: "导入文件："},
	{Key: KeyImportHint, EN: "Paths separated by spaces or commas (.csv, .json, .xlsx). Enter imports, Esc closes.",
		ZH: "多个路径用空格或逗号分隔（支持 .csv、.json、.xlsx）。按回车导入，按 Esc 关闭。"},
	{Key: KeyImportReading, EN: "Reading and checking {files}…", ZH: "正在读取并检查{files}……"},
	{Key: KeyImportChecking, EN: "Files read; checking the records and saving them… {seconds} s", ZH: "文件已读取，正在检查记录并保存……{seconds}秒"},
	{Key: KeyImportNoFiles, EN: "Type the path of at least one file.", ZH: "请至少输入一个文件路径。"},
	{Key: KeyImportProblems, EN1: "{n} problem found; nothing was imported. Fix the files and try again.",
		EN: "{n} problems found; nothing was imported. Fix the files and try again.", ZH: "发现{n}个问题，未导入任何内容。请修改文件后重试。"},
	{Key: KeyImportNothing, EN: "Nothing was imported: {err}", ZH: "未导入任何内容：{err}"},
	{Key: KeyImportDone, EN: "Imported {files}.", ZH: "已导入{files}。"},
	{Key: KeyImportCounts, EN: "{kind}: {created} new, {updated} updated, {unchanged} unchanged",
		ZH: "{kind}：新增{created}，更新{updated}，未变{unchanged}"},
	{Key: KeyImportDemoWarning, EN: "This data file holds the sample demo programme: the import is mixed with sample data.",
		ZH: "此数据文件含示例演示日程，导入的数据会与示例数据混在一起。"},
	{Key: KeyImportClose, EN: "Esc closes; ↑/↓ scroll.", ZH: "按 Esc 关闭；↑/↓ 滚动。"},
	{Key: KeyCloseDayPrompt, EN: "Close {date}: write the day's records to folder:", ZH: "结束{date}：将当天记录写入文件夹："},
	{Key: KeyCloseDayHint, EN: "Writes the log as CSV, JSON, Markdown and XLSX plus a backup, then records the day as closed. Enter starts, Esc closes.",
		ZH: "将日志写成 CSV、JSON、Markdown 和 XLSX 并附一份备份，然后记录当天已结束。按回车开始，按 Esc 关闭。"},
	{Key: KeyCloseDayRunning, EN: "Writing the records of {date}…", ZH: "正在写入{date}的记录……"},
	{Key: KeyCloseDayDone, EN: "Closed {date}; records in {dir}", ZH: "已结束{date}，记录保存在{dir}"},
	{Key: KeyHelpImport, EN: "import", ZH: "导入"},
	{Key: KeyHelpCloseDay, EN: "close day", ZH: "结束当天"},
}
