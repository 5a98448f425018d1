package i18n

// Keys of the desk area: the header line that says which desk this is,
// who operates it, and whether its work is saved and sent.
const (
	KeyHeaderDesk       Key = "header.desk"
	KeyHeaderOperator   Key = "header.operator"
	KeyHeaderDemo       Key = "header.demo"
	KeyHeaderSaved      Key = "header.saved"
	KeyHeaderSaving     Key = "header.saving"
	KeyHeaderSaveFailed Key = "header.save_failed"
	KeyHeaderOffline    Key = "header.offline"
	KeyHeaderOutbox     Key = "header.outbox"
	KeyHeaderSynced     Key = "header.synced"
	KeyHeaderHeld       Key = "header.held"
	KeyHeaderUnsendable Key = "header.unsendable"
	KeyHeaderSyncError  Key = "header.sync_error"
)

var deskMessages = []Message{
	{Key: KeyHeaderDesk, EN: "desk {desk}", ZH: "签到台 {desk}"},
	{Key: KeyHeaderOperator, EN: "operator {name}", ZH: "操作员 {name}"},
	{Key: KeyHeaderDemo, EN: "DEMO", ZH: "演示"},
	{Key: KeyHeaderSaved, EN: "saved", ZH: "已保存"},
	{Key: KeyHeaderSaving, EN: "saving…", ZH: "保存中…"},
	{Key: KeyHeaderSaveFailed, EN: "save failed: {err}", ZH: "保存失败：{err}"},
	{Key: KeyHeaderOffline, EN: "offline", ZH: "离线"},
	{Key: KeyHeaderOutbox, EN: "{n} to send", ZH: "{n}条待发送"},
	{Key: KeyHeaderSynced, EN: "all sent", ZH: "已全部同步"},
	{Key: KeyHeaderHeld, EN1: "{n} held", EN: "{n} held", ZH: "{n}条暂存"},
	{Key: KeyHeaderUnsendable, EN1: "{n} cannot be sent", EN: "{n} cannot be sent", ZH: "{n}条无法发送"},
	{Key: KeyHeaderSyncError, EN: "sync: {err}", ZH: "同步：{err}"},
}
