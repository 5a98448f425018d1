package main

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"

	"caecw/internal/i18n"
	"caecw/internal/replication"
)

// syncWords are the words a Chinese sync or merge text may hold in Latin
// letters: those of import and export (transferWords: the program,
// command and kind names, formats, the test operator), the URL scheme of
// --join, the subcommands of caecw hub and the join file's extension, the docs folder the hub's summary points to, and the event's
// name in the title of caecw --help.
var syncWords = append([]string{"nats", "docs", "china", "asean", "education", "cooperation", "week", "join"}, transferWords...)

// syncFlagKeys are the descriptions of the flags syncFlags.register adds,
// with and without the hub's own.
var (
	syncJoinKeys = []i18n.Key{i18n.KeyCLIFlagJoin}
	syncHubKeys  = append([]i18n.Key{i18n.KeyCLIFlagHub, i18n.KeyCLIFlagListen, i18n.KeyCLIFlagTLS, i18n.KeyCLIFlagInsecurePlain}, syncJoinKeys...)
)

func TestSyncHelpInBothLanguages(t *testing.T) {
	cases := []struct {
		name string
		keys []i18n.Key
	}{
		{"hub", append([]i18n.Key{i18n.KeyCLISynopsisHub, i18n.KeyCLICmdHub, i18n.KeyCLIFlagDesk, i18n.KeyCLIFlagLang}, syncHubKeys...)},
		{"merge", []i18n.Key{i18n.KeyCLISynopsisMerge, i18n.KeyCLICmdMerge, i18n.KeyCLIFlagDB, i18n.KeyCLIFlagLang}},
		{"desk", append([]i18n.Key{i18n.KeyCLISynopsisDesk}, syncHubKeys...)},
		{"checkin", append([]i18n.Key{i18n.KeyCLISynopsisCheckin}, syncJoinKeys...)},
		{"", append([]i18n.Key{i18n.KeyCLIUsageScreen}, syncHubKeys...)},
		{"hub enroll", []i18n.Key{i18n.KeyCLISynopsisHubEnroll, i18n.KeyCLIFlagHubURL, i18n.KeyCLIFlagJoinOut, i18n.KeyCLIFlagDB}},
		{"hub revoke", []i18n.Key{i18n.KeyCLISynopsisHubRevoke, i18n.KeyCLIFlagDB}},
	}
	for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
		for _, tc := range cases {
			args, help := checkHelp(t, lang, tc.name, tc.keys)
			// The value names come from the backquoted words, so they
			// change with the language too.
			entries := []string{"  --join FILE\n"}
			if lang == i18n.ZH {
				entries = []string{"  --join 文件\n"}
			}
			if strings.HasPrefix(tc.name, "hub ") {
				// enroll and revoke manage credentials; they do not sync.
				entries = nil
			}
			if tc.name == "merge" {
				// merge reads files; it does not sync.
				entries = nil
				if strings.Contains(help, "  --join") || strings.Contains(help, "  --hub") {
					t.Errorf("%v: merge lists sync flags:\n%s", args, help)
				}
			}
			for _, e := range entries {
				if !strings.Contains(help, e) {
					t.Errorf("%v: no entry %q:\n%s", args, e, help)
				}
			}
			if lang == i18n.ZH {
				if words := englishWords(help, syncWords...); len(words) > 0 {
					t.Errorf("%v: English words %v in:\n%s", args, words, help)
				}
			}
		}
	}
}

func TestJournalMessagesInBothLanguages(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
		p := i18n.New(lang)
		dir := t.TempDir()
		var all strings.Builder
		step := func(wantCode int, wants []string, args ...string) {
			t.Helper()
			args = append([]string{args[0], "--lang", string(lang)}, args[1:]...)
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
		a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
		step(0, nil, "demo", "--db", a, "--desk", "desk-a")
		step(0, nil, "demo", "--db", b, "--desk", "desk-b")

		step(1, []string{p.T(i18n.KeyCLIJournalNeedsOut)}, "export", "--journal", "--db", a)
		missing := filepath.Join(dir, "missing.db")
		step(1, []string{p.T(i18n.KeyCLIErrMissing, "path", missing)}, "export", "--journal", "--db", missing, "-o", "-")

		// The demo's own file holds one entry, its import: the singular.
		// Standard output is the journal itself, the count goes to
		// standard error.
		code, stdout, stderr := runLang(t, noLocale, "export", "--lang", string(lang), "--journal", "--db", a, "-o", "-")
		all.WriteString(stderr)
		if code != 0 || strings.TrimSpace(stderr) != p.N(i18n.KeyCLIJournalWroteN, 1) {
			t.Errorf("%s: export --journal -o -: exit %d, stderr %q", lang, code, stderr)
		}
		if n := strings.Count(stdout, "\n"); n != 1 || !json.Valid([]byte(stdout)) {
			t.Errorf("%s: export --journal -o - wrote %d lines to stdout:\n%s", lang, n, stdout)
		}
		if lang == i18n.EN && stderr != "wrote 1 journal entry\n" {
			t.Errorf("English singular: %q", stderr)
		}

		badges := badgesOf(t, a)
		step(0, nil, "checkin", "--db", a, "--desk", "desk-a", "--now", "2025-07-24T09:30", badges[0], badges[1])
		fa := filepath.Join(dir, "a.jsonl")
		step(0, []string{p.N(i18n.KeyCLIJournalWrote, 3, "path", a, "out", fa)}, "export", "--journal", "--db", a, "-o", fa)
		step(1, []string{p.T(i18n.KeyCLIOutExists, "path", fa)}, "export", "--journal", "--db", a, "-o", fa)
		step(0, []string{p.N(i18n.KeyCLIJournalWrote, 3, "path", a, "out", fa)}, "export", "--journal", "--db", a, "-o", fa, "--force")
		nowhere := filepath.Join(dir, "no-such-folder", "a.jsonl")
		step(1, []string{p.T(i18n.KeyCLIJournalWriteFailed, "path", nowhere)}, "export", "--journal", "--db", a, "-o", nowhere)

		// Each demo file has its own import entry, so all 3 of a's are
		// new to b the first time and none the second.
		step(0, []string{p.N(i18n.KeyCLIMergeDone, 3, "total", 3, "path", b, "here", 0)}, "merge", "--db", b, fa)
		step(0, []string{p.N(i18n.KeyCLIMergeDone, 0, "total", 3, "path", b, "here", 3)}, "merge", "--db", b, fa)
		step(1, []string{p.T(i18n.KeyCLIErrMissing, "path", missing)}, "merge", "--db", missing, fa)
		gone := filepath.Join(dir, "gone.jsonl")
		step(1, []string{p.T(i18n.KeyCLIErrNoFile, "path", gone)}, "merge", "--db", b, gone)
		notes := writeTestFile(t, dir, "notes.jsonl", "{\"id\": 1}\n")
		step(1, []string{p.T(i18n.KeyCLIMergeNotEntry, "path", notes, "n", 1), p.T(i18n.KeyCLIErrDetail, "detail", "")}, "merge", "--db", b, notes)
		forged := writeTestFile(t, dir, "forged.jsonl", `{"id":"not-an-id","desk":"desk-x","kind":"checkin"}`+"\n")
		step(1, []string{p.N(i18n.KeyCLIMergeHeld, 1), p.T(i18n.KeyCLIErrDetail, "detail", "not-an-id: ")}, "merge", "--db", b, forged)

		// The sync flags' own errors.
		step(1, []string{p.T(i18n.KeyCLISyncHubAndJoin)}, "desk", "--db", b, "--hub", "--join", "nats://127.0.0.1:1")
		step(1, []string{p.T(i18n.KeyCLISyncJoinNotFile, "value", "nats://127.0.0.1:4222")}, "checkin", "--db", b, "--join", "nats://127.0.0.1:4222", badges[2])

		text := all.String()
		checkNoLeftovers(t, string(lang), text)
		if lang == i18n.ZH {
			// The detail line under "not a journal entry" is the JSON
			// decoder's own text, kept for whoever digs further.
			detail := regexp.MustCompile(`(?m)^  ` + p.T(i18n.KeyCLIErrDetail, "detail", "") + `.*$`)
			prose := strings.NewReplacer("desk-a", "", "desk-b", "", "desk-x", "", "not-an-id", "").Replace(detail.ReplaceAllString(text, ""))
			if words := englishWords(prose, syncWords...); len(words) > 0 {
				t.Errorf("Chinese journal output has English words %v:\n%s", words, text)
			}
			for _, w := range []string{"已写出1条日志条目", "日志条目写入", "已存在", "合并到", "原已存在", "不是日志条目", "暂存", "不能同时使用", "caecw："} {
				if !strings.Contains(text, w) {
					t.Errorf("Chinese journal output lacks %q:\n%s", w, text)
				}
			}
		} else {
			for _, w := range []string{"wrote 3 journal entries of", "merged 0 new entries of 3", "--force"} {
				if !strings.Contains(text, w) {
					t.Errorf("English journal output lost %q, which scripts and the sync tests look for:\n%s", w, text)
				}
			}
		}
	}
}

// The link state after "sync:" and in the hub's lines, in each language;
// the English is what docs/sync.md quotes.
func TestDescribeLinkInBothLanguages(t *testing.T) {
	diskFull := &replication.Error{Key: i18n.KeySyncErrApply, Args: []any{"n", 3}, Err: syscall.ENOSPC}
	cases := []struct {
		st     replication.Status
		en, zh string
	}{
		{replication.Status{Online: true}, "synced with the hub", "已与同步中心同步"},
		{replication.Status{Online: true, Outbox: -1}, "synced with the hub", "已与同步中心同步"},
		{replication.Status{Online: true, Outbox: 4}, "online, 4 to send", "在线，还有4条待发送"},
		{replication.Status{Outbox: 2}, "offline, 2 to send", "离线，还有2条待发送"},
		{replication.Status{Outbox: -1}, "offline, 0 to send", "离线，还有0条待发送"},
		{replication.Status{Outbox: 1, LastError: "nats: Authorization Violation"}, "offline, 1 to send (nats: Authorization Violation)",
			"离线，还有1条待发送（nats: Authorization Violation）"},
		// A failure caecw words itself: its sentence, then the disk's
		// own words.
		{replication.Status{Outbox: 1, LastError: diskFull.Error(), LastErrorText: replication.Words(diskFull)},
			"offline, 1 to send (could not write 3 entries from other desks to the data file; they come again: no space left on device)",
			"离线，还有1条待发送（无法把其他签到台的3条记录写入数据文件，稍后会再次送来：no space left on device）"},
	}
	for _, tc := range cases {
		for lang, want := range map[i18n.Lang]string{i18n.EN: tc.en, i18n.ZH: tc.zh} {
			p := i18n.New(lang)
			if got := describe(linkState{Status: tc.st, p: p}); got != want {
				t.Errorf("%s %+v: %q, want %q", lang, tc.st, got, want)
			}
		}
	}
	zh := i18n.New(i18n.ZH)
	if got, want := zh.T(i18n.KeyCLIHubDesks, "status", "已与同步中心同步", "desks", strings.Join([]string{"k1", "k2"}, listSep(zh))),
		"已与同步中心同步；签到台：k1、k2"; got != want {
		t.Errorf("hub desks line %q, want %q", got, want)
	}
}

// register takes the language of the flag set newFlags built, so that
// start's own errors speak it too.
func TestSyncFlagsSpeakTheFlagSetLanguage(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
		env := &cliEnv{stdout: &strings.Builder{}, stderr: &strings.Builder{}, lang: lang}
		var c cliFlags
		var f syncFlags
		fs := newFlags(env, "hub", "", &c, "db")
		f.register(fs, true)
		if f.p.Lang() != lang {
			t.Errorf("register in %s: printer speaks %s", lang, f.p.Lang())
		}
		if got, want := fs.Lookup("hub").Usage, i18n.New(lang).T(i18n.KeyCLIFlagHub); got != want {
			t.Errorf("%s: --hub says %q, want %q", lang, got, want)
		}
		f.hub, f.join = true, "nats://127.0.0.1:1"
		_, err := f.start(nil, nil)
		if want := i18n.New(lang).T(i18n.KeyCLISyncHubAndJoin); err == nil || err.Error() != want {
			t.Errorf("%s: start with --hub and --join: %v, want %q", lang, err, want)
		}
	}
}
