package i18n

// Keys of the command line: usage, flags and the messages printed before
// or instead of the screen.
const (
	// caecw --help
	KeyCLIUsageTitle     Key = "cli.usage.title"
	KeyCLIUsageHeading   Key = "cli.usage.heading"
	KeyCLIUsageScreen    Key = "cli.usage.screen"
	KeyCLIUsageScreenDoc Key = "cli.usage.screen_doc"
	KeyCLIUsageCommand   Key = "cli.usage.command"
	KeyCLIUsageCommands  Key = "cli.usage.commands"
	KeyCLIUnknownCommand Key = "cli.unknown_command"

	// caecw COMMAND --help and flag errors
	KeyCLIUsageLine       Key = "cli.usage.line"
	KeyCLIUsageFlags      Key = "cli.usage.flags"
	KeyCLIErrorLine       Key = "cli.error_line"
	KeyCLIFlagDefault     Key = "cli.flag.default"
	KeyCLIFlagValueName   Key = "cli.flag.value_name"
	KeyCLIFlagDuration    Key = "cli.flag.duration_name"
	KeyCLIFlagUndefined   Key = "cli.flag.undefined"
	KeyCLIFlagNeedsValue  Key = "cli.flag.needs_value"
	KeyCLIFlagBadValue    Key = "cli.flag.bad_value"
	KeyCLIFlagBadSyntax   Key = "cli.flag.bad_syntax"
	KeyCLIBadLang         Key = "cli.bad_lang"
	KeyCLIBadDay          Key = "cli.bad_day"
	KeyCLIBadNow          Key = "cli.bad_now"
	KeyCLINowOutOfRange   Key = "cli.now_out_of_range"
	KeyCLIFlagDB          Key = "cli.flag.db"
	KeyCLIFlagNow         Key = "cli.flag.now"
	KeyCLIFlagDesk        Key = "cli.flag.desk"
	KeyCLIFlagOperator    Key = "cli.flag.operator"
	KeyCLIFlagLang        Key = "cli.flag.lang"
	KeyCLIFlagDay         Key = "cli.flag.day"
	KeyCLIFlagJSON        Key = "cli.flag.json"
	KeyCLIFlagDemoForce   Key = "cli.flag.demo_force"
	KeyCLIFlagInitName    Key = "cli.flag.init_name"
	KeyCLIFlagInitCity    Key = "cli.flag.init_city"
	KeyCLIFlagInitTZ      Key = "cli.flag.init_tz"
	KeyCLIFlagInitFirst   Key = "cli.flag.init_first"
	KeyCLIFlagInitLast    Key = "cli.flag.init_last"
	KeyCLISynopsisStatus  Key = "cli.synopsis.status"
	KeyCLISynopsisCheckin Key = "cli.synopsis.checkin"
	KeyCLISynopsisDemo    Key = "cli.synopsis.demo"
	KeyCLISynopsisInit    Key = "cli.synopsis.init"
	KeyCLISynopsisBackup  Key = "cli.synopsis.backup"
	KeyCLISynopsisRestore Key = "cli.synopsis.restore"
	KeyCLISynopsisCheck   Key = "cli.synopsis.check"
	KeyCLISynopsisDesk    Key = "cli.synopsis.desk"
	KeyCLISynopsisImport  Key = "cli.synopsis.import"
	KeyCLISynopsisExport  Key = "cli.synopsis.export"
	KeyCLISynopsisClose   Key = "cli.synopsis.close_day"

	// Flags of import, export and close-day.
	KeyCLIFlagDryRun       Key = "cli.flag.dry_run"
	KeyCLIFlagTemplate     Key = "cli.flag.template"
	KeyCLIFlagExportDay    Key = "cli.flag.export_day"
	KeyCLIFlagExportFormat Key = "cli.flag.export_format"
	KeyCLIFlagExportOut    Key = "cli.flag.export_out"
	KeyCLIFlagExportDir    Key = "cli.flag.export_dir"
	KeyCLIFlagExportLang   Key = "cli.flag.export_lang"
	KeyCLIFlagExportForce  Key = "cli.flag.export_force"
	KeyCLIFlagProgramme    Key = "cli.flag.programme"
	KeyCLIFlagJournal      Key = "cli.flag.journal"
	KeyCLIFlagHeld         Key = "cli.flag.held"
	KeyCLIFlagCloseDay     Key = "cli.flag.close_day"
	KeyCLIFlagCloseDir     Key = "cli.flag.close_dir"
	KeyCLIFlagCloseLang    Key = "cli.flag.close_lang"
	KeyCLIFlagCloseForce   Key = "cli.flag.close_force"

	// One line per command in caecw --help.
	KeyCLICmdDemo     Key = "cli.cmd.demo"
	KeyCLICmdInit     Key = "cli.cmd.init"
	KeyCLICmdStatus   Key = "cli.cmd.status"
	KeyCLICmdCheckin  Key = "cli.cmd.checkin"
	KeyCLICmdDesk     Key = "cli.cmd.desk"
	KeyCLICmdImport   Key = "cli.cmd.import"
	KeyCLICmdExport   Key = "cli.cmd.export"
	KeyCLICmdHub      Key = "cli.cmd.hub"
	KeyCLICmdMerge    Key = "cli.cmd.merge"
	KeyCLICmdCloseDay Key = "cli.cmd.close_day"
	KeyCLICmdBackup   Key = "cli.cmd.backup"
	KeyCLICmdRestore  Key = "cli.cmd.restore"
	KeyCLICmdCheck    Key = "cli.cmd.check"
	KeyCLICmdVersion  Key = "cli.cmd.version"

	// Errors about the data file, as whole sentences.
	KeyCLIErrInUse          Key = "cli.err.in_use"
	KeyCLIErrNotCaecw       Key = "cli.err.not_caecw"
	KeyCLIErrNotCaecwBackup Key = "cli.err.not_caecw_backup"
	KeyCLIErrDamaged        Key = "cli.err.damaged"
	KeyCLIErrDamagedBackup  Key = "cli.err.damaged_backup"
	KeyCLIErrExists         Key = "cli.err.exists"
	KeyCLIErrMissing        Key = "cli.err.missing"
	KeyCLIErrMissingKept    Key = "cli.err.missing_kept"
	KeyCLIErrMissingPart    Key = "cli.err.missing_part"
	KeyCLIErrNoFile         Key = "cli.err.no_file"
	KeyCLIErrPermission     Key = "cli.err.permission"
	KeyCLIErrFile           Key = "cli.err.file"
	KeyCLIErrNotFound       Key = "cli.err.not_found"
	KeyCLIErrDetail         Key = "cli.err.detail"

	// Command output.
	KeyCLIDemoCreated      Key = "cli.demo_created"
	KeyCLIOlderDefault     Key = "cli.older_default"
	KeyCLIDemoWritten      Key = "cli.demo_written"
	KeyCLIDemoExists       Key = "cli.demo_exists"
	KeyCLIInitDone         Key = "cli.init_done"
	KeyCLIStatusDemo       Key = "cli.status.demo"
	KeyCLIStatusDayNow     Key = "cli.status.day_now"
	KeyCLIStatusColTime    Key = "cli.status.col_time"
	KeyCLIStatusColSession Key = "cli.status.col_session"
	KeyCLIStatusColKind    Key = "cli.status.col_kind"
	KeyCLIStatusColVenue   Key = "cli.status.col_venue"
	KeyCLIStatusColStatus  Key = "cli.status.col_status"
	KeyCLIStatusColAssign  Key = "cli.status.col_assigned"
	KeyCLIStatusNoSessions Key = "cli.status.no_sessions"
	KeyCLIStatusArrivals   Key = "cli.status.arrivals"
	KeyCLIStatusOutside    Key = "cli.status.outside"
	KeyCLIStatusOtherDay   Key = "cli.status.other_day"
	KeyCLIStatusNoProblems Key = "cli.status.no_problems"
	KeyCLIStatusProblems   Key = "cli.status.problems"
	KeyCLICheckinUnknown   Key = "cli.checkin.unknown"
	KeyCLICheckinAlready   Key = "cli.checkin.already"
	KeyCLICheckinDone      Key = "cli.checkin.done"
	KeyCLICheckinLate      Key = "cli.checkin.late"
	KeyCLIStatusClosed     Key = "cli.status.closed"
	KeyCLICheckinFailed    Key = "cli.checkin.failed"
	KeyCLICheckinSync      Key = "cli.checkin.sync"
	KeyCLIVersion          Key = "cli.version"
	KeyCLICommitUnknown    Key = "cli.commit_unknown"
	KeyCLIBackupExists     Key = "cli.backup_exists"
	KeyCLIBackupDone       Key = "cli.backup_done"
	KeyCLIRestoreNoBackups Key = "cli.restore_no_backups"
	KeyCLIRestoreDone      Key = "cli.restore_done"
	KeyCLIRestoreKept      Key = "cli.restore_kept"
	KeyCLICheckKept        Key = "cli.check_kept"
	KeyCLICheckUnfinished  Key = "cli.check_unfinished"
	KeyCLICheckOK          Key = "cli.check_ok"
	KeyCLICheckProblem     Key = "cli.check_problem"
	KeyCLICheckSummary     Key = "cli.check_summary"
	KeyCLICheckHeld        Key = "cli.check_held"
	KeyCLIScreenFailed     Key = "cli.screen_failed"
	KeyCLIWrote            Key = "cli.wrote"
	KeyCLIOutExists        Key = "cli.out_exists"
	KeyCLIWriteFailed      Key = "cli.write_failed"
	KeyCLILabelsLang       Key = "cli.labels_lang"

	// caecw import
	KeyCLIImportTemplates   Key = "cli.import.templates"
	KeyCLIImportNoEvent     Key = "cli.import.no_event"
	KeyCLIImportWouldCreate Key = "cli.import.would_create"
	KeyCLIImportCreated     Key = "cli.import.created"
	KeyCLIImportNothing     Key = "cli.import.nothing"
	KeyCLIImportProblems    Key = "cli.import.problems"
	KeyCLIImportDemo        Key = "cli.import.demo"
	KeyCLIImportDone        Key = "cli.import.done"
	KeyCLIImportDryRun      Key = "cli.import.dry_run"
	KeyCLIImportCounts      Key = "cli.import.counts"

	// caecw export and close-day
	KeyCLIExportBadFormat       Key = "cli.export.bad_format"
	KeyCLIExportProgrammeFormat Key = "cli.export.programme_format"
	KeyCLIExportNeedsDir        Key = "cli.export.needs_dir"
	KeyCLICloseDayDone          Key = "cli.close_day.done"

	// Sync: the flags of hub, desk, checkin and the screen; the link
	// state; caecw hub.
	KeyCLIFlagHub           Key = "cli.flag.hub"
	KeyCLIFlagListen        Key = "cli.flag.listen"
	KeyCLIFlagTLS           Key = "cli.flag.tls"
	KeyCLIFlagInsecurePlain Key = "cli.flag.insecure_plain"
	KeyCLIFlagJoin          Key = "cli.flag.join"
	KeyCLIFlagHubURL        Key = "cli.flag.hub_url"
	KeyCLIFlagJoinOut       Key = "cli.flag.join_out"
	KeyCLISyncHubAndJoin    Key = "cli.sync.hub_and_join"
	KeyCLISyncJoinNotFile   Key = "cli.sync.join_not_file"
	KeyCLISyncJoinDesk      Key = "cli.sync.join_desk"
	KeyCLISyncSynced        Key = "cli.sync.synced"
	KeyCLISyncOnline        Key = "cli.sync.online"
	KeyCLISyncOffline       Key = "cli.sync.offline"
	KeyCLISyncOfflineWhy    Key = "cli.sync.offline_why"
	KeyCLISynopsisHub       Key = "cli.synopsis.hub"
	KeyCLISynopsisHubEnroll Key = "cli.synopsis.hub_enroll"
	KeyCLISynopsisHubRevoke Key = "cli.synopsis.hub_revoke"
	KeyCLIHubListening      Key = "cli.hub.listening"
	KeyCLIHubPlainWarning   Key = "cli.hub.plain_warning"
	KeyCLIHubEnrolled       Key = "cli.hub.enrolled"
	KeyCLIHubRevoked        Key = "cli.hub.revoked"
	KeyCLIHubNoURL          Key = "cli.hub.no_url"
	KeyCLIHubDesks          Key = "cli.hub.desks"
	KeyCLIHubStopped        Key = "cli.hub.stopped"

	// caecw export --journal and caecw merge
	KeyCLIJournalNeedsOut    Key = "cli.journal.needs_out"
	KeyCLIJournalWroteN      Key = "cli.journal.wrote_n"
	KeyCLIJournalWrote       Key = "cli.journal.wrote"
	KeyCLIJournalWriteFailed Key = "cli.journal.write_failed"
	KeyCLISynopsisMerge      Key = "cli.synopsis.merge"
	KeyCLIMergeNothing       Key = "cli.merge.nothing"
	KeyCLIMergeDone          Key = "cli.merge.done"
	KeyCLIMergeNotEntry      Key = "cli.merge.not_entry"
	KeyCLIMergeHeld          Key = "cli.merge.held"
	KeyCLIMergeHeldMore      Key = "cli.merge.held_more"
)

var cliMessages = []Message{
	{Key: KeyCLIUsageTitle, EN: "caecw: on-site coordination for the China-ASEAN Education Cooperation Week",
		ZH: "caecw：中国—东盟教育交流周现场协调工具"},
	{Key: KeyCLIUsageHeading, EN: "Usage:", ZH: "用法："},
	// What follows "caecw" on the usage line of the coordinator's screen.
	{Key: KeyCLIUsageScreen, EN: "[--db FILE] [--now 2025-07-26T09:30] [--desk NAME] [--operator NAME] [--lang en|zh]",
		ZH: "[--db 文件] [--now 2025-07-26T09:30] [--desk 签到台] [--operator 姓名] [--lang en|zh]"},
	{Key: KeyCLIUsageScreenDoc, EN: "opens the coordinator's screen: sessions, check-ins, venues and the day log",
		ZH: "打开协调员界面：日程、签到、场地和当日日志"},
	{Key: KeyCLIUsageCommand, EN: "caecw COMMAND [flags]   (caecw COMMAND --help lists its flags)",
		ZH: "caecw 命令 [选项]   （caecw 命令 --help 可查看该命令的选项）"},
	{Key: KeyCLIUsageCommands, EN: "Commands:", ZH: "命令："},
	{Key: KeyCLIUnknownCommand, EN: "caecw: unknown command {command}; caecw --help lists the commands.",
		ZH: "caecw：没有“{command}”这个命令，可用 caecw --help 查看全部命令。"},

	{Key: KeyCLIUsageLine, EN: "Usage: caecw {args}", ZH: "用法：caecw {args}"},
	{Key: KeyCLIErrorLine, EN: "caecw: {err}", ZH: "caecw：{err}"},
	{Key: KeyCLIUsageFlags, EN: "Flags:", ZH: "选项："},
	{Key: KeyCLIFlagDefault, EN: "(default {value})", ZH: "（默认：{value}）"},
	// The name of a flag's value in the flag list, "-name VALUE".
	{Key: KeyCLIFlagValueName, EN: "VALUE", ZH: "值"},
	{Key: KeyCLIFlagDuration, EN: "DURATION", ZH: "时长"},
	{Key: KeyCLIFlagUndefined, EN: "{command}: there is no flag {flag}.",
		ZH: "{command}：没有{flag}这个选项。"},
	{Key: KeyCLIFlagNeedsValue, EN: "{command}: the flag {flag} needs a value.",
		ZH: "{command}：选项{flag}后面要跟一个值。"},
	{Key: KeyCLIFlagBadValue, EN: "{command}: {value} is not a valid value for {flag}.",
		ZH: "{command}：“{value}”不是选项{flag}的有效值。"},
	{Key: KeyCLIFlagBadSyntax, EN: "{command}: cannot read the flag {flag}.",
		ZH: "{command}：无法识别选项{flag}。"},
	{Key: KeyCLIBadLang, EN: "caecw: unknown language {lang}; use en or zh.",
		ZH: "caecw：不支持的语言“{lang}”，请用 en 或 zh。"},
	{Key: KeyCLIBadDay, EN: "{value} is not a day; write it as YYYY-MM-DD, for example 2025-07-26.",
		ZH: "“{value}”不是有效日期，请写成YYYY-MM-DD，例如2025-07-26。"},
	{Key: KeyCLINowOutOfRange, EN: "--now {value} is outside the years caecw accepts (2000 to 2099).",
		ZH: "--now {value}超出caecw接受的年份范围（2000至2099年）。"},
	{Key: KeyCLIBadNow, EN: "--now {value} is not a time; write it as 2025-07-26T09:30 (event time).",
		ZH: "--now 的值“{value}”不是有效时间，请写成2025-07-26T09:30（活动当地时间）。"},

	// Flag descriptions. The word in backquotes is the value's name in
	// the flag list ("-db FILE" / "-db 文件"); the backquotes are not shown.
	{Key: KeyCLIFlagDB, EN: "data `FILE` (default $CAECW_DB, else caecw.db in this system's data folder)",
		ZH: "数据`文件`（默认取 $CAECW_DB，否则为本系统数据文件夹中的 caecw.db）"},
	{Key: KeyCLIFlagNow, EN: "fix the app's clock at this `TIME` (2025-07-26T09:30, event time); it runs on from there",
		ZH: "把程序时钟设到这个`时间`（如2025-07-26T09:30，活动当地时间），之后照常走时"},
	{Key: KeyCLIFlagDesk, EN: "this desk's `NAME`, shown in the log (default $CAECW_DESK, else the host name)",
		ZH: "本签到台`名称`，记入日志（默认取 $CAECW_DESK，否则为主机名）"},
	{Key: KeyCLIFlagOperator, EN: "your `NAME`, shown in the log (default $CAECW_OPERATOR, else the login name)",
		ZH: "操作员`姓名`，记入日志（默认取 $CAECW_OPERATOR，否则为登录名）"},
	{Key: KeyCLIFlagLang, EN: "interface `LANGUAGE`: en or zh (default $CAECW_LANG, else the locale)",
		ZH: "界面`语言`：en 或 zh（默认取 $CAECW_LANG，否则按系统语言设置）"},
	{Key: KeyCLIFlagDay, EN: "the `DAY` to show, YYYY-MM-DD (default today, or the nearest event day)",
		ZH: "要查看的`日期`，格式YYYY-MM-DD（默认今天，不在会期内则取最近的会期日）"},
	{Key: KeyCLIFlagJSON, EN: "print a stable JSON object for scripts (its keys are always English)",
		ZH: "输出供脚本使用的固定格式JSON（键名始终为英文）"},
	{Key: KeyCLIFlagDemoForce, EN: "replace an existing data file (its old contents are lost)",
		ZH: "覆盖已有的数据文件（原有内容将丢失）"},
	{Key: KeyCLIFlagInitName, EN: "the event's `NAME`", ZH: "活动`名称`"},
	{Key: KeyCLIFlagInitCity, EN: "the `CITY` where the event takes place", ZH: "举办`城市`"},
	{Key: KeyCLIFlagInitTZ, EN: "the event's time `ZONE`", ZH: "活动所在`时区`"},
	{Key: KeyCLIFlagInitFirst, EN: "first `DAY`, YYYY-MM-DD (else set by importing an event file)",
		ZH: "首日`日期`，格式YYYY-MM-DD（不填则由导入的活动文件决定）"},
	{Key: KeyCLIFlagInitLast, EN: "last `DAY`, YYYY-MM-DD", ZH: "末日`日期`，格式YYYY-MM-DD"},

	// Synopses: what follows "caecw COMMAND" on the usage line.
	{Key: KeyCLISynopsisStatus, EN: "[--db FILE] [--day YYYY-MM-DD] [--now TIME] [--json] [--attention] [--lang en|zh]",
		ZH: "[--db 文件] [--day YYYY-MM-DD] [--now 时间] [--json] [--attention] [--lang en|zh]"},
	{Key: KeyCLISynopsisCheckin, EN: "[--db FILE] [--desk NAME] [--operator NAME] [--now TIME] [--join FILE] [--lang en|zh] BADGE...",
		ZH: "[--db 文件] [--desk 签到台] [--operator 姓名] [--now 时间] [--join 文件] [--lang en|zh] 胸卡号..."},
	{Key: KeyCLISynopsisDemo, EN: "[--db FILE] [--force] [--lang en|zh]", ZH: "[--db 文件] [--force] [--lang en|zh]"},
	{Key: KeyCLISynopsisInit, EN: "[--db FILE] [--name NAME] [--city CITY] [--tz ZONE] [--first DAY --last DAY] [--lang en|zh]",
		ZH: "[--db 文件] [--name 名称] [--city 城市] [--tz 时区] [--first 日期 --last 日期] [--lang en|zh]"},
	{Key: KeyCLISynopsisBackup, EN: "[--db FILE] [--lang en|zh] COPY", ZH: "[--db 文件] [--lang en|zh] 备份文件"},
	{Key: KeyCLISynopsisRestore, EN: "[--db FILE] [--lang en|zh] [BACKUP]   (without BACKUP: the latest automatic backup)",
		ZH: "[--db 文件] [--lang en|zh] [备份文件]   （不指定备份文件时，用最近一次自动备份）"},
	{Key: KeyCLISynopsisCheck, EN: "[--db FILE] [--lang en|zh]", ZH: "[--db 文件] [--lang en|zh]"},
	{Key: KeyCLISynopsisDesk, EN: "[--db FILE] [--desk NAME] [--operator NAME] [--now TIME] [--join FILE] [--lang en|zh]",
		ZH: "[--db 文件] [--desk 签到台] [--operator 姓名] [--now 时间] [--join 文件] [--lang en|zh]"},
	{Key: KeyCLISynopsisImport, EN: "[--db FILE] [--dry-run] [--lang en|zh] FILE...  |  caecw import --template DIR",
		ZH: "[--db 文件] [--dry-run] [--lang en|zh] 文件...  |  caecw import --template 文件夹"},
	// The later lines start under "caecw" of the usage line: seven spaces
	// after "Usage: " in English, six cells after "用法：" in Chinese.
	{Key: KeyCLISynopsisExport, EN: "[--db FILE] --day YYYY-MM-DD [--format csv|json|md|xlsx] [-o FILE] [--force] [--lang en|zh]\n" +
		"       caecw export --programme --format ics [--day YYYY-MM-DD] [-o FILE] [--force]\n" +
		"       caecw export --programme --format csv --dir DIR [--force]\n" +
		"       caecw export --journal -o FILE\n" +
		"       caecw export --held -o FILE",
		ZH: "[--db 文件] --day YYYY-MM-DD [--format csv|json|md|xlsx] [-o 文件] [--force] [--lang en|zh]\n" +
			"      caecw export --programme --format ics [--day YYYY-MM-DD] [-o 文件] [--force]\n" +
			"      caecw export --programme --format csv --dir 文件夹 [--force]\n" +
			"      caecw export --journal -o 文件\n" +
			"      caecw export --held -o 文件"},
	{Key: KeyCLISynopsisClose, EN: "[--db FILE] --day YYYY-MM-DD --dir DIR [--lang en|zh] [--force]",
		ZH: "[--db 文件] --day YYYY-MM-DD --dir 文件夹 [--lang en|zh] [--force]"},

	{Key: KeyCLIFlagDryRun, EN: "check the files and print what would change, without writing",
		ZH: "只检查文件并列出将会有的变化，不写入"},
	{Key: KeyCLIFlagTemplate, EN: "write empty CSV templates (header rows) into `DIR` and stop",
		ZH: "把空白CSV模板（只有表头）写入`文件夹`，然后结束"},
	{Key: KeyCLIFlagExportDay, EN: "the `DAY`, YYYY-MM-DD (the day log needs it; for --programme it picks one day's sessions)",
		ZH: "`日期`，格式YYYY-MM-DD（导出当日日志时必填；与 --programme 同用时只导出这一天的活动）"},
	{Key: KeyCLIFlagExportFormat, EN: "csv, json, md or xlsx for the day log (default csv); ics or csv with --programme",
		ZH: "当日日志的格式：csv、json、md或xlsx（默认csv）；与 --programme 同用时为ics或csv"},
	{Key: KeyCLIFlagExportOut, EN: "output `FILE` (- for standard output; default caecw-daylog-DAY.FORMAT in the current folder)",
		ZH: "输出`文件`（- 表示标准输出；默认为当前文件夹下的 caecw-daylog-日期.格式）"},
	{Key: KeyCLIFlagExportDir, EN: "`DIR` for --programme --format csv (one file per kind)",
		ZH: "--programme --format csv 的输出`文件夹`（每类记录一个文件）"},
	{Key: KeyCLIFlagExportLang, EN: "`LANGUAGE` of the messages and of the file's labels (column headers, report headings): en or zh; JSON keys never change",
		ZH: "提示信息和文件标签（列标题、报告标题）的`语言`：en 或 zh；JSON键名始终不变"},
	{Key: KeyCLIFlagExportForce, EN: "replace an existing output file", ZH: "覆盖已有的输出文件"},
	{Key: KeyCLIFlagProgramme, EN: "export the programme (sessions as iCalendar, or rosters as import CSV) instead of the day log",
		ZH: "导出日程（活动为iCalendar格式，名单为可再导入的CSV），而不是当日日志"},
	{Key: KeyCLIFlagJournal, EN: "export the whole journal (for merging into another desk's file)",
		ZH: "导出全部日志条目（用于合并到其他签到台的数据文件）"},
	{Key: KeyCLIFlagHeld, EN: "export the held entries, those never applied, with why (JSON lines)",
		ZH: "导出暂存条目（从未被应用的条目及原因，JSON 行格式）"},
	{Key: KeyCLIFlagCloseDay, EN: "the `DAY` to close, YYYY-MM-DD", ZH: "要结束的`日期`，格式YYYY-MM-DD"},
	{Key: KeyCLIFlagCloseDir, EN: "`DIR` for the day's records (created if missing)",
		ZH: "存放当天记录的`文件夹`（不存在则新建）"},
	{Key: KeyCLIFlagCloseLang, EN: "`LANGUAGE` of the messages and of the log files' labels: en or zh",
		ZH: "提示信息和日志文件标签的`语言`：en 或 zh"},
	{Key: KeyCLIFlagCloseForce, EN: "replace records of this day already in the folder",
		ZH: "覆盖文件夹中已有的当天记录"},

	{Key: KeyCLICmdDemo, EN: "write the built-in CAECW 2025 demo programme into a data file",
		ZH: "把内置的CAECW 2025演示日程写入数据文件"},
	{Key: KeyCLICmdInit, EN: "create an empty data file for a real event", ZH: "为正式活动新建空白数据文件"},
	{Key: KeyCLICmdStatus, EN: "the day at a glance: sessions, arrivals, problems", ZH: "当天概况：日程、到达人数、问题"},
	{Key: KeyCLICmdCheckin, EN: "check people in by badge code", ZH: "按胸卡号签到"},
	{Key: KeyCLICmdDesk, EN: "the check-in desk screen: scan badges, find names, walk-ins, roll-calls",
		ZH: "签到台界面：扫胸卡、查姓名、现场登记、点名"},
	{Key: KeyCLICmdImport, EN: "import the programme from CSV, JSON or XLSX files (all or nothing)",
		ZH: "从CSV、JSON或XLSX文件导入日程（要么全部导入，要么一条不导）"},
	{Key: KeyCLICmdExport, EN: "write the day log (csv, json, md, xlsx) or the programme (ics, csv)",
		ZH: "导出当日日志（csv、json、md、xlsx）或日程（ics、csv）"},
	{Key: KeyCLICmdHub, EN: "run the sync hub that the other desks join (offline-first; see docs/sync.md)",
		ZH: "运行同步中心，供其他签到台接入（断网也能用，详见docs/sync.md）"},
	{Key: KeyCLICmdMerge, EN: "merge journal files of other desks (written by export --journal) into this data file",
		ZH: "把其他签到台的日志文件（由 export --journal 导出）合并到本数据文件"},
	{Key: KeyCLICmdCloseDay, EN: "write the day's log in every format plus a backup, and record the day closed",
		ZH: "以全部格式导出当日日志并备份，然后记录当天已结束"},
	{Key: KeyCLICmdBackup, EN: "write a consistent copy of the data file", ZH: "备份数据文件（完整一致的副本）"},
	{Key: KeyCLICmdRestore, EN: "replace the data file with a backup", ZH: "用备份替换数据文件"},
	{Key: KeyCLICmdCheck, EN: "check the data file for damage and inconsistencies", ZH: "检查数据文件是否损坏或前后矛盾"},
	{Key: KeyCLICmdVersion, EN: "print the version", ZH: "显示版本号"},

	// The English in-use sentence keeps "in use by another caecw process":
	// scripts and the lock tests look for it.
	{Key: KeyCLIErrInUse, EN: "{path} is in use by another caecw process; close the other caecw first, or open another file.",
		ZH: "{path}正被另一个caecw进程使用，请先关闭那个caecw，或打开其他文件。"},
	{Key: KeyCLIErrNotCaecw, EN: "{path} is not a caecw data file; it was left untouched.",
		ZH: "{path}不是caecw数据文件，文件未作任何改动。"},
	{Key: KeyCLIErrNotCaecwBackup, EN: "{path} is not a caecw data file; it was left untouched. The latest backup: {backup} (to go back to it: caecw restore --db {path} {backup})",
		ZH: "{path}不是caecw数据文件，文件未作任何改动。最近的备份：{backup}（恢复方法：caecw restore --db {path} {backup}）"},
	{Key: KeyCLIErrDamaged, EN: "{path} is damaged; it was left untouched, and there is no backup of it yet.",
		ZH: "{path}已损坏，文件未作任何改动，目前也没有它的备份。"},
	// "latest backup: " and "caecw restore" are what the damage tests look
	// for in English.
	{Key: KeyCLIErrDamagedBackup, EN: "{path} is damaged; it was left untouched. The latest backup: {backup} (to go back to it: caecw restore --db {path} {backup})",
		ZH: "{path}已损坏，文件未作任何改动。最近的备份：{backup}（恢复方法：caecw restore --db {path} {backup}）"},
	{Key: KeyCLIErrExists, EN: "{path} already exists; choose another file name.", ZH: "{path}已存在，请换一个文件名。"},
	{Key: KeyCLIErrMissing, EN: "{path} does not exist; create it with caecw demo --db {path} or caecw init --db {path}.",
		ZH: "{path}不存在，可用 caecw demo --db {path} 或 caecw init --db {path} 创建。"},
	{Key: KeyCLIErrMissingKept, EN: "{path} does not exist, but a restore left {kept} beside it, so caecw makes no new file there. To bring that file back: caecw restore --db {path} {kept}; to start afresh, move {kept} away first.",
		ZH: "{path}不存在，但旁边有恢复时留下的{kept}，因此caecw不在此新建文件。要找回该文件：caecw restore --db {path} {kept}；要重新开始，请先移走{kept}。"},
	{Key: KeyCLIErrMissingPart, EN: "{path} does not exist, but an unfinished copy {part} was left beside it, so caecw makes no new file there. Go back to the latest backup with caecw restore --db {path}, or remove {part} to start afresh.",
		ZH: "{path}不存在，但旁边留有未完成的副本{part}，因此caecw不在此新建文件。可用 caecw restore --db {path} 恢复最近的备份，或删除{part}后重新开始。"},
	{Key: KeyCLIErrNoFile, EN: "{path} does not exist.", ZH: "{path}不存在。"},
	{Key: KeyCLIErrPermission, EN: "{path} cannot be written: no permission, or the disk is read-only.",
		ZH: "无法写入{path}：没有权限，或磁盘为只读。"},
	{Key: KeyCLIErrFile, EN: "{path} cannot be opened: {err}", ZH: "无法打开{path}：{err}"},
	{Key: KeyCLIErrNotFound, EN: "Not found: {err}", ZH: "找不到：{err}"},
	{Key: KeyCLIErrDetail, EN: "details: {detail}", ZH: "详细信息：{detail}"},

	{Key: KeyCLIDemoCreated, EN: "caecw: created {path} from the built-in CAECW 2025 demo programme (sample data)",
		ZH: "caecw：已用内置的CAECW 2025演示日程创建{path}（示例数据）"},
	{Key: KeyCLIOlderDefault, EN: "caecw: using {path}, where earlier versions kept the data file; move it to {default} to use this system's data folder",
		ZH: "caecw：正在使用{path}（旧版本存放数据文件的位置）；如要改用本系统的数据文件夹，请把它移到{default}"},
	{Key: KeyCLIDemoWritten, EN: "wrote the CAECW 2025 demo programme (sample data) to {path}",
		ZH: "已将CAECW 2025演示日程（示例数据）写入{path}"},
	{Key: KeyCLIDemoExists, EN: "{path} already exists; use --force to replace it with the demo.",
		ZH: "{path}已存在，如要用演示数据覆盖，请加 --force。"},
	{Key: KeyCLIInitDone, EN: "created an empty data file at {path}; import the programme with caecw import --db {path} FILE...",
		ZH: "已新建空白数据文件{path}，可用 caecw import --db {path} 文件... 导入日程"},

	{Key: KeyCLIStatusDemo, EN: "[DEMO: sample data]", ZH: "【演示：示例数据】"},
	{Key: KeyCLIStatusDayNow, EN: "{date}, now {time}", ZH: "{date}，现在{time}"},
	{Key: KeyCLIStatusColTime, EN: "TIME", ZH: "时间"},
	{Key: KeyCLIStatusColSession, EN: "SESSION", ZH: "活动"},
	{Key: KeyCLIStatusColKind, EN: "KIND", ZH: "类型"},
	{Key: KeyCLIStatusColVenue, EN: "VENUE", ZH: "场地"},
	{Key: KeyCLIStatusColStatus, EN: "STATUS", ZH: "状态"},
	{Key: KeyCLIStatusColAssign, EN: "ASSIGNED/CAP", ZH: "安排/容量"},
	{Key: KeyCLIStatusNoSessions, EN: "No sessions on this day.", ZH: "当天没有安排活动。"},
	{Key: KeyCLIStatusOutside, EN: "Today, {today}, is not one of the event's days ({from} to {to}); today's check-ins are kept under it: caecw status --day {day}", ZH: "今天（{today}）不在活动日期内（{from}至{to}）；今天的签到记在今天：caecw status --day {day}"},
	{Key: KeyCLIStatusOtherDay, EN: "Not today: today's check-ins are kept under {today}", ZH: "不是今天：今天的签到记在{today}"},
	{Key: KeyCLIStatusArrivals, EN: "Arrivals: {arrived} of {expected} expected, {missing} missing", ZH: "已到：{arrived}/{expected}人，未到{missing}人"},
	{Key: KeyCLIStatusNoProblems, EN: "No problems.", ZH: "没有发现问题。"},
	{Key: KeyCLIStatusProblems, EN1: "{n} problem:", EN: "{n} problems:", ZH: "发现{n}个问题："},

	{Key: KeyCLICheckinUnknown, EN: "{badge}: unknown badge", ZH: "{badge}：查无此胸卡号"},
	{Key: KeyCLICheckinAlready, EN: "{badge}: {name} already checked in at {time} (desk {desk})",
		ZH: "{badge}：{name}已于{time}在{desk}签到过"},
	{Key: KeyCLICheckinLate, EN: "  note: {date} was closed at {time}; this check-in is kept as a late addition: run close-day again to write the updated records", ZH: "  注意：{date}已于{time}结束；此次签到记为结束后补录：请再次运行 close-day 写出更新的记录"},
	{Key: KeyCLIStatusClosed, EN: "Closed at {time} ({times}x); {late} late addition since close", ZH: "已于{time}结束（{times}次）；结束后补录{late}条"},
	{Key: KeyCLICheckinDone, EN: "{badge}: checked in {name} ({delegation}) at {time}, {arrived} of {expected} arrived",
		ZH: "{badge}：{name}（{delegation}）{time}签到成功，已到{arrived}/{expected}人"},
	{Key: KeyCLICheckinFailed, EN: "{badge}: the check-in was not saved: {err}", ZH: "{badge}：签到未保存：{err}"},
	{Key: KeyCLICheckinSync, EN: "sync: {status}", ZH: "同步：{status}"},

	{Key: KeyCLIVersion, EN: "caecw {version} (commit {commit}, {go}, data schema {schema})", ZH: "caecw {version}（提交 {commit}，{go}，数据格式第{schema}版）"},
	{Key: KeyCLICommitUnknown, EN: "unknown", ZH: "未知"},
	{Key: KeyCLIBackupExists, EN: "{path} already exists; choose a new file name for the backup.",
		ZH: "{path}已存在，请给备份换一个新文件名。"},
	{Key: KeyCLIBackupDone, EN: "backed up {path} to {backup}", ZH: "已将{path}备份到{backup}"},
	{Key: KeyCLIRestoreNoBackups, EN: "there are no backups of {path} in {dir}.", ZH: "{dir}中没有{path}的备份。"},
	{Key: KeyCLIRestoreDone, EN: "restored {path} from {backup}", ZH: "已用{backup}恢复{path}"},
	{Key: KeyCLIRestoreKept, EN: "the file as it was before is kept as {kept}", ZH: "恢复前的文件已保留为{kept}"},
	{Key: KeyCLICheckKept, EN: "{path}: note: {kept} is the file as it was before a restore; remove it when no longer wanted",
		ZH: "{path}：提示：{kept}是恢复前的文件，不再需要时可删除"},
	{Key: KeyCLICheckUnfinished, EN: "{path}: {part} is an unfinished copy left by a restore or backup that stopped midway; it is not the data file; remove it",
		ZH: "{path}：{part}是中途停止的恢复或备份留下的未完成副本，并非数据文件，请删除"},
	{Key: KeyCLICheckOK, EN: "{path}: ok", ZH: "{path}：正常"},
	{Key: KeyCLICheckProblem, EN: "{path}: {problem}", ZH: "{path}：{problem}"},
	{Key: KeyCLICheckHeld, EN1: "{path}: {n} entry from elsewhere is held, never applied (caecw export --held writes it out):",
		EN: "{path}: {n} entries from elsewhere are held, never applied (caecw export --held writes them out):",
		ZH: "{path}：有{n}条来自其他地方的条目被暂存、从未应用（caecw export --held 可导出）："},
	{Key: KeyCLICheckSummary, EN1: "{path}: {n} problem found.", EN: "{path}: {n} problems found.",
		ZH: "{path}：发现{n}个问题。"},

	{Key: KeyCLIScreenFailed, EN: "the screen stopped: {err}", ZH: "界面意外退出：{err}"},
	{Key: KeyCLIWrote, EN: "wrote {path}", ZH: "已写入{path}"},
	// The English keeps "--force": scripts and tests look for it.
	{Key: KeyCLIOutExists, EN: "{path} already exists; use --force to replace it.",
		ZH: "{path}已存在，如要覆盖，请加 --force。"},
	{Key: KeyCLIWriteFailed, EN: "could not write the file: {err}", ZH: "无法写入文件：{err}"},
	{Key: KeyCLILabelsLang, EN: "unknown language {lang} for the file's labels; use en or zh.",
		ZH: "文件标签不支持“{lang}”语言，请用 en 或 zh。"},

	{Key: KeyCLIImportTemplates, EN: "wrote templates for {kinds} into {dir}", ZH: "已将{kinds}的模板写入{dir}"},
	// The English keeps "caecw init --db {path}": the import tests look
	// for it.
	{Key: KeyCLIImportNoEvent, EN: "{path} does not exist; create it first with caecw init --db {path}, or import an event file with the rest.",
		ZH: "{path}不存在，请先用 caecw init --db {path} 创建，或把活动文件（event）一起导入。"},
	{Key: KeyCLIImportWouldCreate, EN: "{path} does not exist; the import would create it",
		ZH: "{path}不存在，正式导入时会新建它"},
	{Key: KeyCLIImportCreated, EN: "created {path} for {event}", ZH: "已为{event}新建{path}"},
	{Key: KeyCLIImportNothing, EN: "nothing imported: {err}", ZH: "未导入任何内容：{err}"},
	// The English ends in "nothing was imported": the import tests and
	// scripts look for it.
	{Key: KeyCLIImportProblems, EN1: "{n} problem found; nothing was imported", EN: "{n} problems found; nothing was imported",
		ZH: "发现{n}个问题，未导入任何内容"},
	{Key: KeyCLIImportDemo, EN: "warning: this data file holds the built-in demo programme (sample data); the import is mixed with it",
		ZH: "注意：此数据文件含内置演示日程（示例数据），导入的数据会与之混在一起"},
	{Key: KeyCLIImportDone, EN: "imported {files}", ZH: "已导入{files}"},
	{Key: KeyCLIImportDryRun, EN: "checked (dry run, nothing written) {files}", ZH: "已检查（试运行，未写入任何内容）{files}"},
	// One line per kind of record after the kind's name, which stays as
	// in the file names (venues.csv) and sheet names.
	{Key: KeyCLIImportCounts, EN: "{created} created, {updated} updated, {unchanged} unchanged",
		ZH: "新增{created}，更新{updated}，未变{unchanged}"},

	// The English keeps "unknown format": scripts and tests look for it.
	{Key: KeyCLIExportBadFormat, EN: "unknown format {format}: use one of {list}.",
		ZH: "不支持“{format}”格式，请用以下之一：{list}。"},
	{Key: KeyCLIExportProgrammeFormat, EN: "--programme needs --format ics or --format csv (got {format}).",
		ZH: "--programme 需要 --format ics 或 --format csv（现为“{format}”）。"},
	{Key: KeyCLIExportNeedsDir, EN: "--programme --format csv needs --dir DIR (one file per kind).",
		ZH: "--programme --format csv 需要用 --dir 指定文件夹（每类记录一个文件）。"},
	{Key: KeyCLICloseDayDone, EN: "closed {day} (journal entry {id})", ZH: "已结束{day}（日志条目{id}）"},

	// Sync flags; the backquoted word is the value's name, as above.
	{Key: KeyCLIFlagHub, EN: "run the sync hub in this process (other desks --join it)",
		ZH: "在本程序中运行同步中心（其他签到台用 --join 接入）"},
	{Key: KeyCLIFlagListen, EN: "with --hub: the `ADDRESS` to listen on (loopback unless you name a LAN address; beyond loopback the hub speaks TLS)",
		ZH: "与 --hub 同用：监听的`地址`（默认只接受本机连接，要让其他电脑接入请写局域网地址；此时同步中心一律使用TLS加密）"},
	{Key: KeyCLIFlagTLS, EN: "with --hub: speak TLS on loopback too (beyond loopback the hub always does)",
		ZH: "与 --hub 同用：本机连接也使用TLS加密（对局域网监听时一律加密）"},
	{Key: KeyCLIFlagInsecurePlain, EN: "with --hub: listen beyond loopback WITHOUT TLS (insecure: anyone on the network can read and alter the entries)",
		ZH: "与 --hub 同用：对局域网监听但不加密（不安全：网络上任何人都能读取和篡改记录）"},
	{Key: KeyCLIFlagJoin, EN: "sync through a hub with the join `FILE` it made for this desk (caecw hub enroll DESK)",
		ZH: "用同步中心为本签到台生成的接入`文件`同步（由 caecw hub enroll 签到台名 生成）"},
	{Key: KeyCLIFlagHubURL, EN: "the hub's `URL` to write in the join file, tls://HOST:PORT (default: where the hub last listened)",
		ZH: "写入接入文件的同步中心`地址`，tls://主机:端口（默认：同步中心上次监听的地址）"},
	{Key: KeyCLIFlagJoinOut, EN: "write the join file to `FILE` (default DESK.join)",
		ZH: "把接入文件写到这个`文件`（默认：签到台名.join）"},
	{Key: KeyCLISyncHubAndJoin, EN: "--hub and --join exclude each other: this laptop is either the hub or joins one.",
		ZH: "--hub 和 --join 不能同时使用：这台电脑要么自己做同步中心，要么接入别的同步中心。"},
	{Key: KeyCLISyncJoinNotFile, EN: "--join takes the join file the hub made for this desk (caecw hub enroll DESK on the hub laptop), not an address: {value}",
		ZH: "--join 需要同步中心为本签到台生成的接入文件（在同步中心电脑上运行 caecw hub enroll 签到台名），而不是地址：{value}"},
	{Key: KeyCLISyncJoinDesk, EN: "the join file {path} is for desk {want}, but this laptop was told to write as desk {desk}: leave out --desk (and CAECW_DESK) or give --desk {want}.",
		ZH: "接入文件{path}属于签到台{want}，但本机被指定为签到台{desk}：请去掉 --desk（及 $CAECW_DESK），或改为 --desk {want}。"},
	// The link state after "sync: " (KeyCLICheckinSync) and in caecw hub.
	// The English is what docs/sync.md and the sync tests quote. {err} is
	// the network library's own text.
	{Key: KeyCLISyncSynced, EN: "synced with the hub", ZH: "已与同步中心同步"},
	{Key: KeyCLISyncOnline, EN: "online, {n} to send", ZH: "在线，还有{n}条待发送"},
	{Key: KeyCLISyncOffline, EN: "offline, {n} to send", ZH: "离线，还有{n}条待发送"},
	{Key: KeyCLISyncOfflineWhy, EN: "offline, {n} to send ({err})", ZH: "离线，还有{n}条待发送（{err}）"},
	{Key: KeyCLISynopsisHub, EN: "[--db FILE] [--listen 127.0.0.1:4222] [--tls | --insecure-plain] [--desk NAME] [--operator NAME] [--lang en|zh]\n       caecw hub enroll [--db FILE] [--url URL] [-o FILE] DESK\n       caecw hub revoke [--db FILE] DESK",
		ZH: "[--db 文件] [--listen 127.0.0.1:4222] [--tls | --insecure-plain] [--desk 签到台] [--operator 姓名] [--lang en|zh]\n       caecw hub enroll [--db 文件] [--url 地址] [-o 文件] 签到台\n       caecw hub revoke [--db 文件] 签到台"},
	{Key: KeyCLISynopsisHubEnroll, EN: "[--db FILE] [--url URL] [-o FILE] DESK", ZH: "[--db 文件] [--url 地址] [-o 文件] 签到台"},
	{Key: KeyCLISynopsisHubRevoke, EN: "[--db FILE] DESK", ZH: "[--db 文件] 签到台"},
	{Key: KeyCLIHubListening, EN: "hub for {path} listening at {url} (its folder: {dir}); give each desk its own join file: caecw hub enroll DESK",
		ZH: "{path}的同步中心正在{url}监听（其文件夹：{dir}）；请为每个签到台生成各自的接入文件：caecw hub enroll 签到台名"},
	{Key: KeyCLIHubPlainWarning, EN: "WARNING: the link with {addr} is plain TCP: anyone on this network can read the entries and alter them on the way. Use it only on a closed network you trust.",
		ZH: "警告：与{addr}的连接未加密：这个网络上的任何人都能读取记录并在传输中篡改。只应在可信的封闭网络中使用。"},
	{Key: KeyCLIHubEnrolled, EN: "desk {desk} enrolled: wrote {path} (hub {url}). Give this file to that desk's laptop only; it joins with: caecw desk --join {path}",
		ZH: "已登记签到台{desk}：已写出{path}（同步中心{url}）。只把这个文件交给该签到台的电脑；它用以下命令接入：caecw desk --join {path}"},
	{Key: KeyCLIHubRevoked, EN: "desk {desk} revoked: a running hub cuts it off within a second; its entries already sent stay.",
		ZH: "已吊销签到台{desk}：正在运行的同步中心会在一秒内断开它；它已发送的记录仍保留。"},
	{Key: KeyCLIHubNoURL, EN: "no address for the join file: the hub in {dir} never started, or listens on every address. Start it once with --listen, or give --url tls://HOST:PORT.",
		ZH: "无法确定写入接入文件的地址：{dir}中的同步中心从未启动，或在所有地址上监听。请先用 --listen 启动一次，或用 --url tls://主机:端口 指定。"},
	// {status} is one of the link states above; {desks} the desks seen.
	{Key: KeyCLIHubDesks, EN: "{status}; desks: {desks}", ZH: "{status}；签到台：{desks}"},
	{Key: KeyCLIHubStopped, EN: "hub stopped", ZH: "同步中心已停止"},

	{Key: KeyCLIJournalNeedsOut, EN: "export --journal needs -o FILE (- for standard output).",
		ZH: "export --journal 需要用 -o 指定文件（- 表示标准输出）。"},
	// The English plural is what the sync tests look for.
	{Key: KeyCLIJournalWroteN, EN1: "wrote {n} journal entry", EN: "wrote {n} journal entries", ZH: "已写出{n}条日志条目"},
	{Key: KeyCLIJournalWrote, EN1: "wrote {n} journal entry of {path} to {out}", EN: "wrote {n} journal entries of {path} to {out}",
		ZH: "已将{path}的{n}条日志条目写入{out}"},
	{Key: KeyCLIJournalWriteFailed, EN: "could not write the journal to {path}; nothing was replaced.",
		ZH: "无法把日志条目写入{path}，原有文件未被替换。"},
	{Key: KeyCLISynopsisMerge, EN: "[--db FILE] [--lang en|zh] FILE...  (files written by caecw export --journal)",
		ZH: "[--db 文件] [--lang en|zh] 文件...  （由 caecw export --journal 导出的文件）"},
	{Key: KeyCLIMergeNothing, EN: "the merge failed and nothing was changed: {err}", ZH: "合并失败，数据文件没有任何改动：{err}"},
	// "merged {n} new entries of {total}" is what the sync tests look for.
	{Key: KeyCLIMergeDone, EN1: "merged {n} new entry of {total} into {path} ({here} were here already)",
		EN: "merged {n} new entries of {total} into {path} ({here} were here already)",
		ZH: "已将{total}条中的{n}条新条目合并到{path}（另有{here}条原已存在）"},
	{Key: KeyCLIMergeNotEntry, EN: "{path}: line {n} is not a journal entry; it was skipped.",
		ZH: "{path}：第{n}行不是日志条目，已跳过。"},
	{Key: KeyCLIMergeHeld, EN1: "{n} entry was not applied and is held (caecw check lists it; caecw export --held writes it out):",
		EN: "{n} entries were not applied and are held (caecw check lists them; caecw export --held writes them out):",
		ZH: "有{n}条条目未被应用，已暂存（caecw check 会列出；caecw export --held 可导出）："},
	{Key: KeyCLIMergeHeldMore, EN1: "... and {n} more held entry", EN: "... and {n} more held entries", ZH: "……另有{n}条暂存条目"},
}
