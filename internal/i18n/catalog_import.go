package i18n

// Keys of the import problems (formats.Problem): the message after
// "file:line: field: ", which keeps its file, line and field (column or
// JSON key) as written in the file in both languages.
const (
	KeyImpTooManyProblems  Key = "imp.too_many_problems"
	KeyImpTooManyRecords   Key = "imp.too_many_records"
	KeyImpTooManyPeople    Key = "imp.too_many_people"
	KeyImpTooLong          Key = "imp.too_long"
	KeyImpIsFolder         Key = "imp.is_folder"
	KeyImpCannotRead       Key = "imp.cannot_read"
	KeyImpNoSuchFile       Key = "imp.no_such_file"
	KeyImpNoPermission     Key = "imp.no_permission"
	KeyImpTooLarge         Key = "imp.too_large"
	KeyImpUnknownType      Key = "imp.unknown_type"
	KeyImpUnknownVenue     Key = "imp.unknown_venue"
	KeyImpUnknownDeleg     Key = "imp.unknown_delegation"
	KeyImpUnknownSession   Key = "imp.unknown_session"
	KeyImpUnknownSite      Key = "imp.unknown_site"
	KeyImpDuplicateBadge   Key = "imp.duplicate_badge"
	KeyImpBadgeTaken       Key = "imp.badge_taken"
	KeyImpEmptyFile        Key = "imp.empty_file"
	KeyImpCSV              Key = "imp.csv"
	KeyImpInvalidUTF8      Key = "imp.invalid_utf8"
	KeyImpJSONShape        Key = "imp.json_shape"
	KeyImpBadJSON          Key = "imp.bad_json"
	KeyImpJSONUnknownKind  Key = "imp.json_unknown_kind"
	KeyImpWantArray        Key = "imp.want_array"
	KeyImpRecordNotObject  Key = "imp.record_not_object"
	KeyImpRecordNotObj1    Key = "imp.record_not_object_any"
	KeyImpKindNotFound     Key = "imp.kind_not_recognised"
	KeyImpUnknownField     Key = "imp.unknown_field"
	KeyImpWantStringNumber Key = "imp.want_string_number"
	KeyImpNotWorkbook      Key = "imp.not_workbook"
	KeyImpSheetKind        Key = "imp.sheet_kind"
	KeyImpCannotReadSheet  Key = "imp.cannot_read_sheet"
	KeyImpCannotReadRow    Key = "imp.cannot_read_row"
	KeyImpEmptySheet       Key = "imp.empty_sheet"
	KeyImpColumnUTF8       Key = "imp.column_utf8"
	KeyImpHeaderUnknown    Key = "imp.header_unknown"
	KeyImpMissingColumn    Key = "imp.missing_column"
	KeyImpColumnNoName     Key = "imp.column_no_name"
	KeyImpUnknownColumn    Key = "imp.unknown_column"
	KeyImpColumnTwice      Key = "imp.column_twice"
	KeyImpFieldCount       Key = "imp.field_count"
	KeyImpRequired         Key = "imp.required"
	KeyImpBadNumber        Key = "imp.bad_number"
	KeyImpTooBig           Key = "imp.too_big"
	KeyImpBadDay           Key = "imp.bad_day"
	KeyImpBadTime          Key = "imp.bad_time"
	KeyImpBadKind          Key = "imp.bad_kind"
	KeyImpBadRole          Key = "imp.bad_role"
	KeyImpDuplicate        Key = "imp.duplicate"
	KeyImpUnknownZone      Key = "imp.unknown_zone"
	KeyImpLastBeforeFirst  Key = "imp.last_before_first"
	KeyImpArrivalsFrom     Key = "imp.arrivals_from"
	KeyImpArrivalsTo       Key = "imp.arrivals_to"
	KeyImpTwoEvents        Key = "imp.two_events"
	KeyImpOutsideDays      Key = "imp.outside_days"
	KeyImpEndNotAfter      Key = "imp.end_not_after"
	KeyImpWhatVenue        Key = "imp.what.venue"
	KeyImpWhatDelegation   Key = "imp.what.delegation"
	KeyImpWhatSession      Key = "imp.what.session"
	KeyImpWhatPerson       Key = "imp.what.person"
	KeyImpWhatAssignment   Key = "imp.what.assignment"
	KeyImpWhatTravel       Key = "imp.what.travel"
)

var importMessages = []Message{
	{Key: KeyImpTooManyProblems, EN: "more than {n} problems; stopped looking", ZH: "问题超过{n}个，不再继续检查"},
	{Key: KeyImpTooManyRecords, EN: "more than {n} {kind} records: the most one data file holds (docs/import.md)",
		ZH: "{kind}记录超过{n}条，超出一个数据文件的上限（见 docs/import.md）"},
	{Key: KeyImpTooManyPeople, EN: "the roster would hold {n} people, more than the {max} one data file holds (docs/import.md)",
		ZH: "名单将有{n}人，超出一个数据文件最多{max}人的上限（见 docs/import.md）"},
	{Key: KeyImpTooLong, EN: "too long: {n} bytes, at most {max} (docs/import.md)", ZH: "太长：{n}字节，最多{max}字节（见 docs/import.md）"},
	{Key: KeyImpIsFolder, EN: "is a folder, not a file", ZH: "这是文件夹，不是文件"},
	{Key: KeyImpCannotRead, EN: "cannot read: {err}", ZH: "无法读取：{err}"},
	{Key: KeyImpNoSuchFile, EN: "cannot open: no such file", ZH: "无法打开：文件不存在"},
	{Key: KeyImpNoPermission, EN: "cannot open: permission denied", ZH: "无法打开：没有读取权限"},
	{Key: KeyImpTooLarge, EN: "larger than {n} MB, the most one file may hold (docs/import.md)", ZH: "超过{n} MB，超出单个文件的上限（见 docs/import.md）"},
	{Key: KeyImpUnknownType, EN: "unknown file type: want .csv, .json or .xlsx", ZH: "无法识别的文件类型：应为 .csv、.json 或 .xlsx"},
	{Key: KeyImpUnknownVenue, EN: "unknown venue \"{id}\"", ZH: "没有场地“{id}”"},
	{Key: KeyImpUnknownDeleg, EN: "unknown delegation \"{id}\"", ZH: "没有代表团“{id}”"},
	{Key: KeyImpUnknownSession, EN: "unknown session \"{id}\"", ZH: "没有活动“{id}”"},
	{Key: KeyImpUnknownSite, EN: "unknown site \"{id}\" (no venue has it)", ZH: "没有地点“{id}”（没有场地在此）"},
	{Key: KeyImpDuplicateBadge, EN: "duplicate badge \"{badge}\" (first at {first})", ZH: "胸卡号“{badge}”重复（首次出现在{first}）"},
	{Key: KeyImpBadgeTaken, EN: "badge \"{badge}\" already belongs to person \"{person}\"", ZH: "胸卡号“{badge}”已属于人员“{person}”"},
	{Key: KeyImpEmptyFile, EN: "empty file: a header row is required", ZH: "文件为空：需要一行表头"},
	{Key: KeyImpCSV, EN: "{err}", ZH: "CSV格式错误：{err}"},
	{Key: KeyImpInvalidUTF8, EN: "invalid UTF-8", ZH: "不是有效的UTF-8文本"},
	{Key: KeyImpJSONShape, EN: "want an object with an array per kind, or an array of records", ZH: "应为每类记录一个数组的对象，或一个记录数组"},
	{Key: KeyImpBadJSON, EN: "bad JSON: {err}", ZH: "JSON格式错误：{err}"},
	{Key: KeyImpJSONUnknownKind, EN: "unknown kind (want one of event, venues, sessions, delegations, people, assignments, travel)",
		ZH: "无法识别的记录类别（应为 event、venues、sessions、delegations、people、assignments、travel 之一）"},
	{Key: KeyImpWantArray, EN: "want an array of records", ZH: "应为记录数组"},
	{Key: KeyImpRecordNotObject, EN: "record {n} of {kind} is not an object", ZH: "{kind}的第{n}条记录不是对象"},
	{Key: KeyImpRecordNotObj1, EN: "record {n} is not an object", ZH: "第{n}条记录不是对象"},
	{Key: KeyImpKindNotFound, EN: "kind not recognised from the keys; name the file after its kind or use {\"kind\": [...]}",
		ZH: "无法从字段名判断记录类别；请按类别命名文件，或把记录放进以类别为键的数组对象"},
	{Key: KeyImpUnknownField, EN: "unknown field for {kind} (want {want})", ZH: "{kind}没有这个字段（应为 {want}）"},
	{Key: KeyImpWantStringNumber, EN: "want a string or a number", ZH: "应为文本或数字"},
	{Key: KeyImpNotWorkbook, EN: "not a readable XLSX workbook: {err}", ZH: "不是可读取的XLSX工作簿：{err}"},
	{Key: KeyImpSheetKind, EN: "unknown kind: name each sheet after its kind (event, venues, sessions, delegations, people, assignments, travel)",
		ZH: "无法识别的类别：请按类别命名每个工作表（event、venues、sessions、delegations、people、assignments、travel）"},
	{Key: KeyImpCannotReadSheet, EN: "cannot read sheet: {err}", ZH: "无法读取工作表：{err}"},
	{Key: KeyImpCannotReadRow, EN: "cannot read row: {err}", ZH: "无法读取该行：{err}"},
	{Key: KeyImpEmptySheet, EN: "empty sheet: a header row is required", ZH: "工作表为空：需要一行表头"},
	{Key: KeyImpColumnUTF8, EN: "column {n}: invalid UTF-8", ZH: "第{n}列不是有效的UTF-8文本"},
	{Key: KeyImpHeaderUnknown, EN: "header not recognised: want the columns of one of event, venues, sessions, delegations, people, assignments, travel",
		ZH: "无法识别表头：应为 event、venues、sessions、delegations、people、assignments、travel 之一的列"},
	{Key: KeyImpMissingColumn, EN: "missing required column for {kind}", ZH: "{kind}缺少必需的列"},
	{Key: KeyImpColumnNoName, EN: "column {n} has no name", ZH: "第{n}列没有列名"},
	{Key: KeyImpUnknownColumn, EN: "unknown column for {kind} (want {want})", ZH: "{kind}没有这一列（应为 {want}）"},
	{Key: KeyImpColumnTwice, EN: "column appears twice", ZH: "这一列出现了两次"},
	{Key: KeyImpFieldCount, EN: "has {n} fields, header has {header}", ZH: "有{n}个字段，表头有{header}个"},
	{Key: KeyImpRequired, EN: "is required", ZH: "必须填写"},
	{Key: KeyImpBadNumber, EN: "bad number \"{value}\": want a whole number from 0", ZH: "“{value}”不是有效数字：应为0或正整数"},
	{Key: KeyImpTooBig, EN: "{n} is more than {max}, the most allowed (docs/import.md)", ZH: "{n}超过上限{max}（见 docs/import.md）"},
	{Key: KeyImpBadDay, EN: "bad day \"{value}\": want YYYY-MM-DD", ZH: "“{value}”不是有效日期：应写成YYYY-MM-DD"},
	{Key: KeyImpBadTime, EN: "bad time \"{value}\": want HH:MM", ZH: "“{value}”不是有效时间：应写成HH:MM"},
	{Key: KeyImpBadKind, EN: "unknown kind \"{value}\" (want one of {want})", ZH: "没有“{value}”这种活动类型（应为 {want} 之一）"},
	{Key: KeyImpBadRole, EN: "unknown role \"{value}\" (want one of {want})", ZH: "没有“{value}”这种身份（应为 {want} 之一）"},
	{Key: KeyImpDuplicate, EN: "duplicate {what} (first at {first})", ZH: "{what}重复（首次出现在{first}）"},
	{Key: KeyImpUnknownZone, EN: "unknown time zone \"{value}\"", ZH: "没有“{value}”这个时区"},
	{Key: KeyImpLastBeforeFirst, EN: "last day {last} is before first day {first}", ZH: "最后一天{last}早于第一天{first}"},
	{Key: KeyImpArrivalsFrom, EN: "arrivals from {from} is after the first day {first}", ZH: "报到开始日{from}晚于第一天{first}"},
	{Key: KeyImpArrivalsTo, EN: "arrivals to {to} is before the last day {last}", ZH: "报到截止日{to}早于最后一天{last}"},
	{Key: KeyImpTwoEvents, EN: "more than one event record (first at {first})", ZH: "活动周记录不止一条（首条在{first}）"},
	{Key: KeyImpOutsideDays, EN: "{day} is outside the event's days {first} to {last}", ZH: "{day}不在活动周{first}至{last}之内"},
	{Key: KeyImpEndNotAfter, EN: "end {end} is not after start {start}", ZH: "结束时间{end}不晚于开始时间{start}"},
	{Key: KeyImpWhatVenue, EN: "venue id", ZH: "场地编号"},
	{Key: KeyImpWhatDelegation, EN: "delegation id", ZH: "代表团编号"},
	{Key: KeyImpWhatSession, EN: "session id", ZH: "活动编号"},
	{Key: KeyImpWhatPerson, EN: "person id", ZH: "人员编号"},
	{Key: KeyImpWhatAssignment, EN: "assignment of this delegation to this session", ZH: "该代表团到该活动的分配"},
	{Key: KeyImpWhatTravel, EN: "travel time for this pair of sites", ZH: "这两个地点之间的路程时间"},
}
