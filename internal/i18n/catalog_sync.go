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

// Keys of why an entry is held (store.HeldEntry.Code) and where it came
// from (HeldEntry.Source).
const (
	KeyHeldInvalid     Key = "held.invalid"
	KeyHeldClock       Key = "held.clock"
	KeyHeldReferent    Key = "held.referent"
	KeyHeldRefused     Key = "held.refused"
	KeyHeldConflict    Key = "held.conflict"
	KeyHeldOrigin      Key = "held.origin"
	KeyHeldSourceSync  Key = "held.source.sync"
	KeyHeldSourceMerge Key = "held.source.merge"
	KeyHeldSourceLocal Key = "held.source.local"
)

var heldMessages = []Message{
	{Key: KeyHeldInvalid, EN: "invalid entry (caecw export --held gives the detail)", ZH: "记录无效（caecw export --held 可查看详情）"},
	{Key: KeyHeldClock, EN: "its clock is too far ahead of this desk's; tried again when the clock catches up",
		ZH: "其时钟比本签到台快太多，待时钟赶上后重试"},
	{Key: KeyHeldReferent, EN: "names a session, delegation, venue or person not here yet; tried again after the next import or walk-in",
		ZH: "所指的活动、代表团、场地或人员在本文件中还没有，下次导入或现场登记后重试"},
	{Key: KeyHeldRefused, EN: "the rules refuse it here", ZH: "按规则不能在此应用"},
	{Key: KeyHeldConflict, EN: "another entry with the same id was kept", ZH: "已保留另一条同编号的记录"},
	{Key: KeyHeldOrigin, EN: "came on another desk's channel than its own", ZH: "来自与其签到台不符的同步通道"},
	{Key: KeyHeldSourceSync, EN: "sync", ZH: "同步"},
	{Key: KeyHeldSourceMerge, EN: "merge", ZH: "合并"},
	{Key: KeyHeldSourceLocal, EN: "this file", ZH: "本文件"},
}
