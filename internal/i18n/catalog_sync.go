package i18n

// Keys of the sync failures a person can act on (replication.ErrorKind)
// and of a join file that cannot be used.
const (
	KeySyncErrRefused     Key = "sync.err.refused"
	KeySyncErrUnreachable Key = "sync.err.unreachable"
	KeySyncErrCert        Key = "sync.err.cert"
	KeySyncJoinMissing    Key = "sync.join.missing"
	KeySyncJoinReadable   Key = "sync.join.readable"
	KeySyncJoinInvalid    Key = "sync.join.invalid"
	KeySyncJoinUnreadable Key = "sync.join.unreadable"
)

var syncMessages = []Message{
	{Key: KeySyncErrRefused, EN: "the hub refused this desk's credential (revoked, or enrolled again): ask the hub for a new join file",
		ZH: "同步中心拒绝了本签到台的凭据（已被吊销或已重新登记），请向同步中心索取新的接入文件"},
	{Key: KeySyncErrUnreachable, EN: "cannot reach the hub (network, or the hub laptop is off); entries wait in the outbox",
		ZH: "连不上同步中心（网络问题或同步中心电脑未开）；记录在发件箱中等待发送"},
	{Key: KeySyncErrCert, EN: "the hub's certificate is not the one this join file trusts: ask the hub for a new join file",
		ZH: "同步中心的证书与接入文件信任的不符，请向同步中心索取新的接入文件"},
	{Key: KeySyncJoinMissing, EN: "the join file {path} does not exist.", ZH: "接入文件{path}不存在。"},
	{Key: KeySyncJoinReadable, EN: "the join file {path} can be read by other users and holds this desk's secret: run chmod 600 {path}",
		ZH: "接入文件{path}其他用户也能读取，而其中含有本签到台的密钥：请运行 chmod 600 {path}"},
	{Key: KeySyncJoinInvalid, EN: "{path} is not a usable caecw join file: ask the hub for a new one (caecw hub enroll DESK)",
		ZH: "{path}不是可用的caecw接入文件，请向同步中心索取新的（caecw hub enroll 签到台名）"},
	{Key: KeySyncJoinUnreadable, EN: "cannot read the join file {path}: {err}", ZH: "无法读取接入文件{path}：{err}"},
}
