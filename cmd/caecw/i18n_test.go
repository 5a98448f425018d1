package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"caecw/internal/i18n"
	"caecw/store"
)

// runLang runs caecw in-process with exactly the environment vars (no
// CAECW_LANG unless given) and returns the exit code, stdout and stderr.
func runLang(t *testing.T, vars map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &cliEnv{stdout: &out, stderr: &errb, stdin: strings.NewReader(""), getenv: func(k string) string { return vars[k] }}
	code := run(env, args)
	return code, out.String(), errb.String()
}

// noLocale is an environment that names no language: English.
var noLocale = map[string]string{"CAECW_DESK": "i18n-desk", "CAECW_OPERATOR": "tester"}

func checkNoLeftovers(t *testing.T, what, s string) {
	t.Helper()
	if bad := i18n.Leftovers(s); len(bad) > 0 {
		t.Errorf("%s: untranslated leftovers %v in:\n%s", what, bad, s)
	}
}

// englishWords lists the English leftovers in s (i18n.EnglishWords).
func englishWords(s string, allow ...string) []string { return i18n.EnglishWords(s, allow...) }

// myCommands are the commands whose every word comes from this package's
// files; the others' own flag descriptions are still English.
var myCommands = []string{"demo", "init", "status", "backup", "restore", "check", "version"}

func TestHelpOfEveryCommandInBothLanguages(t *testing.T) {
	names := []string{""}
	for _, c := range commands() {
		names = append(names, c.name)
	}
	for _, lang := range []string{"en", "zh"} {
		p := i18n.New(i18n.Lang(lang))
		for _, name := range names {
			args := []string{"--lang", lang, "--help"}
			if name != "" {
				args = append([]string{name}, args...)
			}
			code, stdout, stderr := runLang(t, noLocale, args...)
			help := stdout + stderr
			if code != 0 {
				t.Errorf("%v: exit %d\n%s", args, code, help)
				continue
			}
			checkNoLeftovers(t, strings.Join(args, " "), help)
			// The heading, the summary and the shared flags speak the
			// chosen language; the other language's never shows.
			other := i18n.New(i18n.Lang(lang).Other())
			wants := []i18n.Key{i18n.KeyCLIUsageFlags, i18n.KeyCLIFlagDB}
			if name == "" {
				wants = append(wants, i18n.KeyCLIUsageTitle, i18n.KeyCLIUsageCommands, i18n.KeyCLICmdStatus, i18n.KeyCLICmdCloseDay)
			} else {
				wants = append(wants, commandSummary(t, name))
			}
			if name == "version" {
				wants = []i18n.Key{i18n.KeyCLIUsageFlags, i18n.KeyCLICmdVersion, i18n.KeyCLIFlagLang}
			}
			for _, k := range wants {
				want := strings.ReplaceAll(p.T(k), "`", "")
				if !strings.Contains(help, want) {
					t.Errorf("%v: lacks %s %q:\n%s", args, k, want, help)
				}
				if bad := strings.ReplaceAll(other.T(k), "`", ""); !strings.Contains(want, bad) && strings.Contains(help, bad) {
					t.Errorf("%v: shows the other language's %s %q", args, k, bad)
				}
			}
			if lang == "zh" && strings.Contains(help, "Usage:") {
				t.Errorf("%v: English \"Usage:\" in the Chinese help:\n%s", args, help)
			}
		}
	}
	// The commands of this package are Chinese through and through.
	for _, name := range myCommands {
		_, stdout, stderr := runLang(t, noLocale, name, "--lang", "zh", "--help")
		if words := englishWords(stdout+stderr, "caecw", "lang", "json", "china", "asean", "education", "cooperation",
			"week", "guiyang", "asia", "shanghai", "yyyy", "tester", name); len(words) > 0 {
			t.Errorf("caecw %s --help in Chinese has English words %v:\n%s", name, words, stdout+stderr)
		}
	}
}

func commandSummary(t *testing.T, name string) i18n.Key {
	t.Helper()
	for _, c := range commands() {
		if c.name == name {
			return c.summary
		}
	}
	t.Fatalf("no command %q", name)
	return ""
}

func TestLanguageChoice(t *testing.T) {
	vars := func(kv ...string) map[string]string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return m
	}
	zh := i18n.New(i18n.ZH).T(i18n.KeyCLICmdVersion)
	en := i18n.New(i18n.EN).T(i18n.KeyCLICmdVersion)
	for _, tc := range []struct {
		env  map[string]string
		args []string
		want string
	}{
		{vars(), nil, en},
		{vars("LANG", "zh_CN.UTF-8"), nil, zh},
		{vars("LANG", "zh_CN.UTF-8"), []string{"--lang", "en"}, en},
		{vars("LANG", "zh_CN.UTF-8"), []string{"--lang=en"}, en},
		{vars("LANG", "en_US.UTF-8"), []string{"-lang", "zh"}, zh},
		{vars("LANG", "en_US.UTF-8", "CAECW_LANG", "zh"), nil, zh},
		{vars("LANG", "zh_CN.UTF-8", "LC_ALL", "en_US.UTF-8"), nil, en},
		{vars("LC_MESSAGES", "zh_TW.UTF-8"), nil, zh},
	} {
		args := append([]string{"version"}, tc.args...)
		args = append(args, "--help")
		code, stdout, stderr := runLang(t, tc.env, args...)
		if code != 0 || !strings.Contains(stdout+stderr, tc.want) {
			t.Errorf("%v with %v: exit %d, want %q in:\n%s", args, tc.env, code, tc.want, stdout+stderr)
		}
	}

	// An unknown language is refused in the language of the environment.
	code, _, stderr := runLang(t, vars("LANG", "zh_CN.UTF-8"), "version", "--lang", "fr")
	if want := i18n.New(i18n.ZH).T(i18n.KeyCLIBadLang, "lang", "fr"); code != 2 || !strings.Contains(stderr, want) {
		t.Errorf("--lang fr: exit %d, want %q in %q", code, want, stderr)
	}
	// Flag errors and unknown commands are worded too.
	code, _, stderr = runLang(t, noLocale, "status", "--lang", "zh", "--bogus")
	if code != 2 || !strings.Contains(stderr, "没有-bogus这个选项") || !strings.Contains(stderr, "用法：caecw status") {
		t.Errorf("status --bogus in Chinese: exit %d %q", code, stderr)
	}
	code, _, stderr = runLang(t, noLocale, "status", "--day")
	if code != 2 || !strings.Contains(stderr, "caecw status: the flag -day needs a value.") {
		t.Errorf("status --day without a value: exit %d %q", code, stderr)
	}
	code, _, stderr = runLang(t, vars("LANG", "zh_CN.UTF-8"), "stats")
	if code != 2 || !strings.Contains(stderr, "没有“stats”这个命令") || !strings.Contains(stderr, "命令：") {
		t.Errorf("unknown command in Chinese: exit %d %q", code, stderr)
	}
}

// demoFile writes the demo programme into a new file in-process.
func demoFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "caecw.db")
	if code, _, stderr := runLang(t, noLocale, "demo", "--db", path); code != 0 {
		t.Fatalf("demo: %d %s", code, stderr)
	}
	return path
}

func TestStatusTextInBothLanguages(t *testing.T) {
	db := demoFile(t)
	args := []string{"status", "--db", db, "--day", "2025-07-26", "--now", "2025-07-26T09:30"}
	status := func(lang string) string {
		t.Helper()
		code, stdout, stderr := runLang(t, noLocale, append(args, "--lang", lang)...)
		if code != 0 {
			t.Fatalf("status --lang %s: %d %s", lang, code, stderr)
		}
		checkNoLeftovers(t, "status "+lang, stdout)
		return stdout
	}
	en, zh := status("en"), status("zh")
	for _, want := range []string{"[DEMO: sample data]", "26 Jul 2025, Sat, now 09:30", "TIME", "SESSION", "VENUE", "STATUS",
		"GIECC Hall A", "now", "delayed +20 min", "Arrivals: 0 of 1490", "Brunei Darussalam Delegation", "2 problems:", "holds 80"} {
		if !strings.Contains(en, want) {
			t.Errorf("English status lacks %q:\n%s", want, en)
		}
	}
	for _, want := range []string{"【演示：示例数据】", "2025年7月26日 周六，现在09:30", "时间", "活动", "类型", "场地", "状态",
		"生态会议中心A厅", "进行中", "推迟20分钟", "典礼", "已到：0/1490人", "文莱代表团", "发现2个问题：", "只能容纳80人"} {
		if !strings.Contains(zh, want) {
			t.Errorf("Chinese status lacks %q:\n%s", want, zh)
		}
	}
	for _, bad := range []string{"[DEMO", "Jul", "Sat", "now 09:30", "TIME", "VENUE", "STATUS", "Arrivals", "problems",
		"Delegation", "GIECC Hall", "delayed", "upcoming", "ceremony  ", "holds"} {
		if strings.Contains(zh, bad) {
			t.Errorf("Chinese status shows English %q:\n%s", bad, zh)
		}
	}
	// Columns line up by display width: the status column starts at the
	// same cell on every session row.
	lines := strings.Split(zh, "\n")
	col := -1
	for _, l := range lines {
		if i := strings.Index(l, "进行中"); i >= 0 {
			col = displayWidth(l[:i])
		}
		if i := strings.Index(l, "推迟20分钟"); i >= 0 && col >= 0 && displayWidth(l[:i]) != col {
			t.Errorf("status column at cell %d and %d:\n%s", col, displayWidth(l[:i]), zh)
		}
	}

	// --json is for scripts: the same keys and values whatever the
	// language.
	_, jsonEN, _ := runLang(t, noLocale, append(args, "--json", "--lang", "en")...)
	_, jsonZH, _ := runLang(t, map[string]string{"LANG": "zh_CN.UTF-8"}, append(args, "--json")...)
	// The clock runs on from --now, so the report's own "now" differs.
	clockLine := regexp.MustCompile(`(?m)^  "now": .*$`)
	jsonEN, jsonZH = clockLine.ReplaceAllString(jsonEN, ""), clockLine.ReplaceAllString(jsonZH, "")
	if jsonEN != jsonZH || !strings.Contains(jsonEN, `"status": "now"`) || !strings.Contains(jsonEN, `"venue_name": "GIECC Hall A`) {
		t.Errorf("status --json differs between languages or lost its English words:\n%s\n%s", jsonEN, jsonZH)
	}
}

func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		if r >= 0x1100 && (r <= 0x115f || (r >= 0x2e80 && r <= 0xa4cf) || (r >= 0xac00 && r <= 0xd7a3) || (r >= 0xf900 && r <= 0xfaff) || (r >= 0xff00 && r <= 0xff60)) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

func TestCommandsInBothLanguages(t *testing.T) {
	badges := badgesOf(t, demoFile(t))
	for _, lang := range []string{"en", "zh"} {
		p := i18n.New(i18n.Lang(lang))
		dir := t.TempDir()
		db := filepath.Join(dir, "caecw.db")
		var all strings.Builder
		step := func(wantCode int, wants []string, args ...string) {
			t.Helper()
			args = append([]string{args[0], "--lang", lang}, args[1:]...)
			code, stdout, stderr := runLang(t, noLocale, args...)
			out := stdout + stderr
			all.WriteString(out)
			if code != wantCode {
				t.Errorf("%s: %v: exit %d, want %d\n%s", lang, args, code, wantCode, out)
			}
			for _, w := range wants {
				if !strings.Contains(out, w) {
					t.Errorf("%s: %v: want %q in:\n%s", lang, args, w, out)
				}
			}
		}
		step(0, []string{p.T(i18n.KeyCLIDemoWritten, "path", db)}, "demo", "--db", db)
		step(1, []string{p.T(i18n.KeyCLIDemoExists, "path", db)}, "demo", "--db", db)
		step(0, []string{"caecw " + version}, "version")
		step(0, []string{p.T(i18n.KeyCLICheckOK, "path", db)}, "check", "--db", db)
		step(0, []string{p.T(i18n.KeyCLICheckinDone, "badge", badges[0])[:len(badges[0])+1]}, "checkin", "--db", db, "--now", "2025-07-26T09:00", badges[0])
		step(0, []string{"09:00"}, "checkin", "--db", db, "--now", "2025-07-26T09:05", badges[0])
		step(1, []string{p.T(i18n.KeyCLICheckinUnknown, "badge", "XX-NOPE")}, "checkin", "--db", db, "XX-NOPE")
		copyPath := filepath.Join(dir, "copy.db")
		step(0, []string{p.T(i18n.KeyCLIBackupDone, "path", db, "backup", copyPath)}, "backup", "--db", db, copyPath)
		step(1, []string{p.T(i18n.KeyCLIBackupExists, "path", copyPath)}, "backup", "--db", db, copyPath)
		step(0, []string{p.T(i18n.KeyCLIRestoreDone, "path", db, "backup", copyPath)}, "restore", "--db", db, copyPath)
		fresh := filepath.Join(dir, "event.db")
		step(0, []string{p.T(i18n.KeyCLIInitDone, "path", fresh)}, "init", "--db", fresh, "--first", "2025-07-24", "--last", "2025-07-27")
		step(1, []string{p.T(i18n.KeyCLIErrExists, "path", fresh)}, "init", "--db", fresh)
		step(1, []string{p.T(i18n.KeyCLIBadDay, "value", "24/07")}, "init", "--db", filepath.Join(dir, "x.db"), "--first", "24/07")
		step(1, []string{p.T(i18n.KeyCLIBadNow, "value", "9:30")}, "status", "--db", db, "--now", "9:30")
		missing := filepath.Join(dir, "missing.db")
		step(1, []string{p.T(i18n.KeyCLIErrMissing, "path", missing)}, "checkin", "--db", missing, badges[1])
		step(1, []string{p.T(i18n.KeyCLIRestoreNoBackups, "path", missing, "dir", store.BackupDir(missing))}, "restore", "--db", missing)
		checkNoLeftovers(t, lang, all.String())
		if lang == "zh" {
			if words := englishWords(all.String(), "caecw", "lang", "force", "import", "restore", "demo", "init",
				"before", "dev", "nope", "yyyy", "charm", "land", "bubbletea", "bubbles", "lipgloss", "etcd", "bbolt"); len(words) > 0 {
				t.Errorf("Chinese command output has English words %v:\n%s", words, all.String())
			}
			for _, w := range []string{"已将", "签到成功", "签到过", "查无此胸卡号", "已存在", "正常", "不存在", "不是有效日期"} {
				if !strings.Contains(all.String(), w) {
					t.Errorf("Chinese command output lacks %q:\n%s", w, all.String())
				}
			}
		}
	}
}

// badgesOf reads the badge codes of the data file at path, in-process
// (demoBadges builds and runs the binary).
func badgesOf(t *testing.T, path string) []string {
	t.Helper()
	s, err := store.Open(path, store.Options{ReadOnly: true, Desk: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	people, err := s.People()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, per := range people {
		if per.Badge != "" {
			out = append(out, per.Badge)
		}
	}
	if len(out) < 2 {
		t.Fatalf("%d badges in the demo", len(out))
	}
	return out
}

func TestStoreErrorsAsSentences(t *testing.T) {
	const path, backup = "/data/caecw.db", "/data/caecw.db.backups/20250726T010000.000Z-auto.db"
	cases := []struct {
		err    error
		is     error
		en, zh []string
	}{
		{&store.FileError{Path: path, Err: store.ErrInUse}, store.ErrInUse,
			[]string{"in use by another caecw process"}, []string{"正被另一个caecw进程使用"}},
		{&store.FileError{Path: path, Err: store.ErrNotCaecw, Detail: "invalid database"}, store.ErrNotCaecw,
			[]string{"is not a caecw data file", "details: invalid database"}, []string{"不是caecw数据文件", "详细信息：invalid database"}},
		{&store.FileError{Path: path, Err: store.ErrNotCaecw, Backup: backup}, store.ErrNotCaecw,
			[]string{"latest backup: " + backup, "caecw restore --db " + path + " " + backup}, []string{"最近的备份：" + backup, "caecw restore --db " + path}},
		{&store.FileError{Path: path, Err: store.ErrDamaged, Detail: "the file is empty", Backup: backup}, store.ErrDamaged,
			[]string{"is damaged", "latest backup: " + backup, "caecw restore", "the file is empty"}, []string{"已损坏", "最近的备份：" + backup, "caecw restore"}},
		{&store.FileError{Path: path, Err: store.ErrDamaged}, store.ErrDamaged,
			[]string{"is damaged", "no backup"}, []string{"已损坏", "没有它的备份"}},
		{&store.FileError{Path: path, Err: store.ErrExists}, store.ErrExists,
			[]string{"already exists"}, []string{"已存在"}},
		{&store.FileError{Path: path, Err: os.ErrNotExist}, os.ErrNotExist,
			[]string{"does not exist"}, []string{"不存在"}},
		{&store.FileError{Path: path, Err: os.ErrPermission}, os.ErrPermission,
			[]string{"cannot be written"}, []string{"无法写入"}},
		{errors.Join(errors.New("badge \"X\""), store.ErrNotFound), store.ErrNotFound,
			[]string{"Not found"}, []string{"找不到"}},
	}
	for _, tc := range cases {
		for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
			err := explain(i18n.New(lang), tc.err)
			if !errors.Is(err, tc.is) {
				t.Errorf("%v: explained error lost %v", tc.err, tc.is)
			}
			var buf bytes.Buffer
			if fail(&buf, err) != 1 {
				t.Errorf("fail did not return 1")
			}
			msg := buf.String()
			wants := tc.en
			if lang == i18n.ZH {
				wants = tc.zh
				if !strings.HasPrefix(msg, "caecw：") {
					t.Errorf("%v: Chinese message %q lacks the full-width prefix", tc.err, msg)
				}
			}
			var fe *store.FileError
			if errors.As(tc.err, &fe) && !strings.Contains(msg, path) {
				t.Errorf("%s %v: message %q does not name the file", lang, tc.err, msg)
			}
			for _, w := range wants {
				if !strings.Contains(msg, w) {
					t.Errorf("%s %v: message %q lacks %q", lang, tc.err, msg, w)
				}
			}
			checkNoLeftovers(t, string(lang), msg)
		}
	}
	if err := errors.New("plain"); explain(i18n.New(i18n.ZH), err) != err {
		t.Errorf("explain changed an error it does not know")
	}

	// End to end: a file that is not a caecw file, in Chinese.
	bad := filepath.Join(t.TempDir(), "notes.db")
	if err := os.WriteFile(bad, bytes.Repeat([]byte("not a database "), 1000), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runLang(t, map[string]string{"LANG": "zh_CN.UTF-8"}, "check", "--db", bad)
	if code != 1 || !strings.Contains(stderr, bad) || !(strings.Contains(stderr, "不是caecw数据文件") || strings.Contains(stderr, "已损坏")) {
		t.Errorf("check on a foreign file in Chinese: exit %d %q", code, stderr)
	}
}
