package i18n

// Keys of the command line: usage, flags and the messages printed before
// or instead of the screen.
const (
	KeyCLIUsage        Key = "cli.usage"
	KeyCLIUsageDemo    Key = "cli.usage.demo"
	KeyCLIUsageExport  Key = "cli.usage.export"
	KeyCLIFlagLang     Key = "cli.flag.lang"
	KeyCLIFlagDesk     Key = "cli.flag.desk"
	KeyCLIFlagOperator Key = "cli.flag.operator"
	KeyCLIBadLang      Key = "cli.bad_lang"
	KeyCLIFileInUse    Key = "cli.file_in_use"
	KeyCLINotDataFile  Key = "cli.not_data_file"
	KeyCLIDemoCreated  Key = "cli.demo_created"
	KeyCLIFileMissing  Key = "cli.file_missing"
	KeyCLINeedsTTY     Key = "cli.needs_tty"
)

var cliMessages = []Message{
	{Key: KeyCLIUsage, EN: "Usage: caecw [flags] FILE", ZH: "用法：caecw [选项] 文件"},
	{Key: KeyCLIUsageDemo, EN: "       caecw --demo FILE    create a demo file with the sample programme and open it",
		ZH: "      caecw --demo 文件    用示例日程创建演示文件并打开"},
	{Key: KeyCLIUsageExport, EN: "       caecw export --day YYYY-MM-DD FILE OUT    write the day's log to OUT",
		ZH: "      caecw export --day YYYY-MM-DD 文件 输出    将当天日志写入“输出”文件"},
	{Key: KeyCLIFlagLang, EN: "interface language: en or zh (default: from CAECW_LANG or the locale)",
		ZH: "界面语言：en 或 zh（默认取 CAECW_LANG 或系统语言设置）"},
	{Key: KeyCLIFlagDesk, EN: "name of this desk, shown in the log", ZH: "本签到台名称，记入日志"},
	{Key: KeyCLIFlagOperator, EN: "your name, shown in the log", ZH: "操作员姓名，记入日志"},
	{Key: KeyCLIBadLang, EN: "unknown language {lang}: use en or zh", ZH: "不支持的语言“{lang}”：请用 en 或 zh"},
	{Key: KeyCLIFileInUse, EN: "{path} is in use by another caecw process; close that one first or open another file.",
		ZH: "{path}正被另一个caecw进程使用，请先关闭那个进程，或打开其他文件。"},
	{Key: KeyCLINotDataFile, EN: "{path} is not a caecw data file.", ZH: "{path}不是caecw数据文件。"},
	{Key: KeyCLIDemoCreated, EN: "Created demo file {path}", ZH: "已创建演示文件：{path}"},
	{Key: KeyCLIFileMissing, EN: "{path} does not exist; use --demo to create a demo file.",
		ZH: "{path}不存在；可用 --demo 创建演示文件。"},
	{Key: KeyCLINeedsTTY, EN: "caecw needs a terminal; run it in one, not through a pipe.",
		ZH: "caecw需要在终端中运行，不能通过管道调用。"},
}
