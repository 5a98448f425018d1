package i18n

// Keys of replication.Error: the hub, enrolment and sync failures caecw
// words itself. The system's reason (a socket's, a disk's) follows the
// sentence as it was said (KeySyncErrDetail).
const (
	KeySyncErrDetail      Key = "sync.err.detail"
	KeySyncHubNoFolder    Key = "sync.hub.no_folder"
	KeySyncHubListenAddr  Key = "sync.hub.listen_addr"
	KeySyncHubPortInUse   Key = "sync.hub.port_in_use"
	KeySyncHubListen      Key = "sync.hub.listen"
	KeySyncHubFolder      Key = "sync.hub.folder"
	KeySyncHubTLS         Key = "sync.hub.tls"
	KeySyncHubKeyReadable Key = "sync.hub.key_readable"
	KeySyncHubStart       Key = "sync.hub.start"
	KeySyncHubURLBad      Key = "sync.hub.url_bad"
	KeySyncHubAllAddrs    Key = "sync.hub.all_addrs"
	KeySyncRegistryRead   Key = "sync.registry.read"
	KeySyncRegistryWrite  Key = "sync.registry.write"
	KeySyncDeskName       Key = "sync.desk.name"
	KeySyncDeskTooClose   Key = "sync.desk.too_close"
	KeySyncNotEnrolled    Key = "sync.desk.not_enrolled"
	KeySyncEnrolFailed    Key = "sync.desk.enrol_failed"
	KeySyncConnect        Key = "sync.connect"
	KeySyncErrOutbox      Key = "sync.err.outbox"
	KeySyncErrAck         Key = "sync.err.ack"
	KeySyncErrSend        Key = "sync.err.send"
	KeySyncErrUnsendable  Key = "sync.err.unsendable"
	KeySyncErrTooBig      Key = "sync.err.too_big"
	KeySyncErrApply       Key = "sync.err.apply"
	KeySyncErrHeld        Key = "sync.err.held"
	KeySyncErrHeldMore    Key = "sync.err.held_more"
	KeySyncErrHoldWrite   Key = "sync.err.hold_write"
	KeySyncErrForged      Key = "sync.err.forged"
	KeySyncErrNotEntry    Key = "sync.err.not_entry"
	KeySyncErrParts       Key = "sync.err.parts"
	KeySyncErrPartsLate   Key = "sync.err.parts_late"
	KeySyncErrJoin        Key = "sync.err.join"
	KeySyncJoinBadRequest Key = "sync.join.bad_request"
	KeySyncJoinBusy       Key = "sync.join.busy"
	KeySyncJoinInUse      Key = "sync.join.in_use"
	KeySyncJoinConsumer   Key = "sync.join.consumer"
	KeySyncJoinWrite      Key = "sync.join.write"
)

var hubMessages = []Message{
	{Key: KeySyncErrDetail, EN: "{msg}: {err}", ZH: "{msg}：{err}"},
	{Key: KeySyncHubNoFolder, EN: "the hub has no folder to keep its data in", ZH: "同步中心没有存放数据的文件夹"},
	{Key: KeySyncHubListenAddr, EN: "the hub cannot listen on {addr}: write HOST:PORT, e.g. 0.0.0.0:4222",
		ZH: "同步中心无法在{addr}上监听：请写成 主机:端口，例如 0.0.0.0:4222"},
	{Key: KeySyncHubPortInUse, EN: "the hub cannot listen on {addr}: another program (or another hub) already uses that port; stop it or give --listen another port",
		ZH: "同步中心无法在{addr}上监听：该端口已被其他程序（或另一个同步中心）占用；请先关闭它，或用 --listen 换一个端口"},
	{Key: KeySyncHubListen, EN: "the hub cannot listen on {addr}", ZH: "同步中心无法在{addr}上监听"},
	{Key: KeySyncHubFolder, EN: "the hub cannot use its folder {dir}", ZH: "同步中心无法使用其文件夹{dir}"},
	{Key: KeySyncHubTLS, EN: "the hub cannot make or read its TLS certificate in {dir}", ZH: "同步中心无法在{dir}中生成或读取其TLS证书"},
	{Key: KeySyncHubKeyReadable, EN: "the hub's key {path} can be read by other users and it is a secret: run chmod 600 {path}",
		ZH: "同步中心的密钥{path}其他用户也能读取，而它是机密：请运行 chmod 600 {path}"},
	{Key: KeySyncHubStart, EN: "the hub could not start", ZH: "同步中心未能启动"},
	{Key: KeySyncHubURLBad, EN: "hub address {url}: write tls://HOST:PORT", ZH: "同步中心地址{url}无效：请写成 tls://主机:端口"},
	{Key: KeySyncHubAllAddrs, EN: "the hub listens on every address ({url}): give the one desks reach with --url tls://HOST:{port}",
		ZH: "同步中心在所有地址上监听（{url}）：请用 --url tls://主机:{port} 给出签到台能连上的地址"},
	{Key: KeySyncRegistryRead, EN: "cannot read the enrolled desks in {dir}", ZH: "无法读取{dir}中已登记的签到台"},
	{Key: KeySyncRegistryWrite, EN: "cannot save the enrolled desks in {dir} (is it the hub's folder?)",
		ZH: "无法在{dir}中保存已登记的签到台（这是同步中心的文件夹吗？）"},
	{Key: KeySyncDeskName, EN: "desk name {desk}: use letters, digits, '-' or '_', at most 64 bytes",
		ZH: "签到台名{desk}无效：只能用字母、数字、“-”或“_”，最多64字节"},
	{Key: KeySyncDeskTooClose, EN: "desk name {desk} is too close to the enrolled {other}: choose another",
		ZH: "签到台名{desk}与已登记的{other}太相近，请另选一个"},
	{Key: KeySyncNotEnrolled, EN: "{desk} is not an enrolled desk: give the name it was enrolled with",
		ZH: "{desk}不是已登记的签到台，请写登记时用的名字"},
	{Key: KeySyncEnrolFailed, EN: "could not make a credential for {desk}", ZH: "无法为{desk}生成凭据"},
	{Key: KeySyncConnect, EN: "cannot start syncing", ZH: "无法开始同步"},
	{Key: KeySyncErrOutbox, EN: "cannot read this desk's outbox in the data file", ZH: "无法读取数据文件中本签到台的发件箱"},
	{Key: KeySyncErrAck, EN: "cannot mark sent entries in the data file; they are sent again", ZH: "无法在数据文件中标记已发送的记录，这些记录会再次发送"},
	{Key: KeySyncErrSend, EN: "could not send to the hub; entries wait in the outbox", ZH: "未能发送到同步中心；记录在发件箱中等待发送"},
	{Key: KeySyncErrUnsendable, EN: "entry {id} cannot be sent", ZH: "记录{id}无法发送"},
	{Key: KeySyncErrTooBig, EN: "entry {id} cannot be sent: it is {mb} MB, more than the {limit} MB an entry may be",
		ZH: "记录{id}无法发送：它有{mb} MB，超过单条记录上限{limit} MB"},
	{Key: KeySyncErrApply, EN: "could not write {n} entries from other desks to the data file; they come again",
		ZH: "无法把其他签到台的{n}条记录写入数据文件，稍后会再次送来"},
	{Key: KeySyncErrHeld, EN: "held {id} from {desk}: {reason}", ZH: "暂缓应用来自{desk}的记录{id}：{reason}"},
	{Key: KeySyncErrHeldMore, EN: "held {id} from {desk} (and {more} more): {reason}", ZH: "暂缓应用来自{desk}的记录{id}（另有{more}条）：{reason}"},
	{Key: KeySyncErrHoldWrite, EN: "could not keep entry {id} aside in the data file; it comes again", ZH: "无法在数据文件中暂存记录{id}，稍后会再次送来"},
	{Key: KeySyncErrForged, EN: "entry {id} claims desk {desk} but came on another desk's channel",
		ZH: "记录{id}自称来自{desk}，却来自另一个签到台的同步通道"},
	{Key: KeySyncErrNotEntry, EN: "dropped a message that is not an entry", ZH: "丢弃了一条不是记录的消息"},
	{Key: KeySyncErrParts, EN: "dropped a damaged entry in parts; its desk sends it again", ZH: "丢弃了一条分段受损的记录，其签到台会重新发送"},
	{Key: KeySyncErrPartsLate, EN: "dropped entry {id}: {have} of {parts} parts came; its desk sends it again",
		ZH: "丢弃了记录{id}：只收到{parts}段中的{have}段，其签到台会重新发送"},
	{Key: KeySyncErrJoin, EN: "the hub did not answer this desk's request to join; tried again",
		ZH: "同步中心没有回应本签到台的接入请求，稍后重试"},
	{Key: KeySyncJoinBadRequest, EN: "the hub refused this desk's request to join as not valid", ZH: "同步中心认为本签到台的接入请求无效，予以拒绝"},
	{Key: KeySyncJoinBusy, EN: "too many join requests; retrying", ZH: "接入请求过于频繁，稍后重试"},
	{Key: KeySyncJoinInUse, EN: "desk name {desk} is already in use by another laptop connected to this hub: every laptop needs its own desk name and join file (caecw hub enroll NAME)",
		ZH: "签到台名{desk}已被连到同步中心的另一台电脑使用：每台电脑都需要自己的签到台名和接入文件（caecw hub enroll 名字）"},
	{Key: KeySyncJoinConsumer, EN: "the hub could not prepare this desk's deliveries; tried again", ZH: "同步中心未能为本签到台准备投递，稍后重试"},
	{Key: KeySyncJoinWrite, EN: "cannot write the join file {path}: {err}", ZH: "无法写入接入文件{path}：{err}"},
}
