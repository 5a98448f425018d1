package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"caecw/internal/i18n"
)

// transferWords are the words a Chinese import, export or close-day text
// may hold in Latin letters: the program, formats, and the kinds of
// record, which keep their file and sheet names (venues.csv).
var transferWords = []string{"caecw", "lang", "yyyy", "json", "xlsx", "icalendar", "daylog", "programme", "tester",
	"event", "venues", "delegations", "sessions", "people", "assignments", "travel", "backup",
	// command names
	"demo", "init", "status", "checkin", "desk", "import", "export", "merge", "close", "restore", "check", "version",
	// caecw hub's subcommands
	"enroll", "revoke"}

func TestTransferHelpInBothLanguages(t *testing.T) {
	cases := []struct {
		name string
		keys []i18n.Key
	}{
		{"import", []i18n.Key{i18n.KeyCLISynopsisImport, i18n.KeyCLIFlagDryRun, i18n.KeyCLIFlagTemplate, i18n.KeyCLIFlagLang}},
		{"export", []i18n.Key{i18n.KeyCLISynopsisExport, i18n.KeyCLIFlagExportDay, i18n.KeyCLIFlagExportFormat, i18n.KeyCLIFlagExportOut,
			i18n.KeyCLIFlagExportDir, i18n.KeyCLIFlagExportLang, i18n.KeyCLIFlagExportForce, i18n.KeyCLIFlagProgramme, i18n.KeyCLIFlagJournal}},
		{"close-day", []i18n.Key{i18n.KeyCLISynopsisClose, i18n.KeyCLIFlagCloseDay, i18n.KeyCLIFlagCloseDir, i18n.KeyCLIFlagCloseLang, i18n.KeyCLIFlagCloseForce}},
		{"desk", []i18n.Key{i18n.KeyCLISynopsisDesk, i18n.KeyCLIFlagLang}},
		{"", []i18n.Key{i18n.KeyCLIUsageScreen, i18n.KeyCLIFlagLang}},
	}
	for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
		for _, tc := range cases {
			args, help := checkHelp(t, lang, tc.name, tc.keys)
			// One --lang only: the screens' own used to shadow the shared one.
			if n := strings.Count(help, "  --lang "); n != 1 {
				t.Errorf("%v: %d --lang entries:\n%s", args, n, help)
			}
			if lang == i18n.ZH {
				if words := englishWords(help, append(transferWords, "china", "asean", "education", "cooperation", "week", "docs", "nats")...); len(words) > 0 {
					t.Errorf("%v: English words %v in:\n%s", args, words, help)
				}
			}
		}
	}
}

func TestImportMessagesInBothLanguages(t *testing.T) {
	valid := sampleFiles(t)
	var venues string
	for _, f := range valid {
		if filepath.Base(f) == "venues.csv" {
			venues = f
		}
	}
	for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
		p := i18n.New(lang)
		dir := t.TempDir()
		var all strings.Builder
		step := func(wantCode int, wants []string, args ...string) string {
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
			return out
		}
		tmpl := filepath.Join(dir, "templates")
		step(0, []string{p.T(i18n.KeyCLIImportTemplates, "kinds", kindList(p), "dir", tmpl)}, "import", "--template", tmpl)

		fresh := filepath.Join(dir, "fresh.db")
		step(1, []string{p.T(i18n.KeyCLIImportNoEvent, "path", fresh)}, "import", "--db", fresh, venues)
		step(0, []string{p.T(i18n.KeyCLIImportWouldCreate, "path", fresh), p.T(i18n.KeyCLIImportDryRun, "files", "")},
			append([]string{"import", "--db", fresh, "--dry-run"}, valid...)...)
		out := step(0, []string{p.T(i18n.KeyCLIImportDone, "files", ""),
			"venues       " + p.T(i18n.KeyCLIImportCounts, "created", 3, "updated", 0, "unchanged", 0)},
			append([]string{"import", "--db", fresh}, valid...)...)
		ev, err := readOnly(t, fresh).Event()
		if err != nil {
			t.Fatal(err)
		}
		if want := p.T(i18n.KeyCLIImportCreated, "path", fresh, "event", ev.Name); !strings.Contains(out, want) {
			t.Errorf("%s: want %q in:\n%s", lang, want, out)
		}
		if lang == i18n.ZH && !strings.Contains(out, "、") {
			t.Errorf("Chinese import lists its files without 、:\n%s", out)
		}

		// Into the demo: the warning.
		demo := filepath.Join(dir, "demo.db")
		step(0, nil, "demo", "--db", demo)
		step(0, []string{p.T(i18n.KeyCLIImportDemo), p.T(i18n.KeyCLIImportDryRun, "files", venues)}, "import", "--db", demo, "--dry-run", venues)

		// Problems: the lines keep formats' file:line: field: text, the
		// summary counts them, with the plural in English.
		bad1 := writeTestFile(t, dir, "v1.csv", "id,name,site,capacity\nhall-z,Z,gicc,many\n")
		out = step(1, []string{bad1 + ":2: capacity: ", p.N(i18n.KeyCLIImportProblems, 1)}, "import", "--db", demo, bad1)
		if lang == i18n.EN && !strings.Contains(out, "1 problem found;") {
			t.Errorf("English singular: %s", out)
		}
		bad2 := writeTestFile(t, dir, "v2.csv", "id,name,site,capacity\nhall-y,Y,gicc,many\nhall-x,X,gicc,lots\n")
		out = step(1, []string{p.N(i18n.KeyCLIImportProblems, 2)}, "import", "--db", demo, bad2)
		last := strings.Split(strings.TrimSpace(out), "\n")
		if want := p.T(i18n.KeyCLIErrorLine, "err", p.N(i18n.KeyCLIImportProblems, 2)); last[len(last)-1] != want {
			t.Errorf("%s: last line %q, want %q", lang, last[len(last)-1], want)
		}

		text := all.String()
		checkNoLeftovers(t, string(lang), text)
		if lang == i18n.ZH {
			// The problem lines are formats' own English, by design.
			prose := regexp.MustCompile(`(?m)^\S+:\d+: .*$`).ReplaceAllString(text, "")
			// The event's name is the file's own data.
			if words := englishWords(prose, append(transferWords, "china", "asean", "education", "cooperation", "week")...); len(words) > 0 {
				t.Errorf("Chinese import output has English words %v:\n%s", words, text)
			}
			for _, w := range []string{"已导入", "试运行", "新增", "注意", "发现1个问题", "caecw：", "不存在"} {
				if !strings.Contains(text, w) {
					t.Errorf("Chinese import output lacks %q:\n%s", w, text)
				}
			}
		}
	}
}

func TestExportAndCloseDayMessagesInBothLanguages(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
		p := i18n.New(lang)
		dir := t.TempDir()
		db := filepath.Join(dir, "caecw.db")
		var all strings.Builder
		step := func(wantCode int, wants []string, args ...string) string {
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
			return out
		}
		step(0, nil, "demo", "--db", db)
		log := filepath.Join(dir, "day.csv")
		step(0, []string{p.T(i18n.KeyCLIWrote, "path", log)}, "export", "--db", db, "--day", "2025-07-24", "-o", log)
		step(1, []string{p.T(i18n.KeyCLIOutExists, "path", log)}, "export", "--db", db, "--day", "2025-07-24", "-o", log)
		step(0, []string{p.T(i18n.KeyCLIWrote, "path", log)}, "export", "--db", db, "--day", "2025-07-24", "-o", log, "--force")
		step(1, []string{p.T(i18n.KeyCLIExportBadFormat, "format", "pdf", "list", strings.Join([]string{"csv", "json", "md", "xlsx"}, listSep(p)))},
			"export", "--db", db, "--day", "2025-07-24", "--format", "pdf", "-o", "-")
		step(1, []string{p.T(i18n.KeyCLIBadDay, "value", "24/07")}, "export", "--db", db, "--day", "24/07")
		step(1, []string{p.T(i18n.KeyCLIExportProgrammeFormat, "format", "")}, "export", "--db", db, "--programme")
		step(1, []string{p.T(i18n.KeyCLIExportNeedsDir)}, "export", "--db", db, "--programme", "--format", "csv")
		rosters := filepath.Join(dir, "rosters")
		step(0, []string{p.T(i18n.KeyCLIWrote, "path", filepath.Join(rosters, "venues.csv"))}, "export", "--db", db, "--programme", "--format", "csv", "--dir", rosters)
		missing := filepath.Join(dir, "missing.db")
		step(1, []string{p.T(i18n.KeyCLIErrMissing, "path", missing)}, "export", "--db", missing, "--day", "2025-07-24", "-o", "-")
		// A file that is not caecw's: the read-only open's error is a
		// sentence too, not bbolt's English.
		foreign := writeTestFile(t, dir, "notes.db", strings.Repeat("not a database ", 1000))
		out := step(1, []string{foreign}, "export", "--db", foreign, "--day", "2025-07-24", "-o", "-")
		if !strings.Contains(out, p.T(i18n.KeyCLIErrNotCaecw, "path", foreign)) && !strings.Contains(out, p.T(i18n.KeyCLIErrDamaged, "path", foreign)) {
			t.Errorf("%s: a foreign file's error is not the catalogue's sentence:\n%s", lang, out)
		}

		records := filepath.Join(dir, "records")
		step(0, []string{p.T(i18n.KeyCLIWrote, "path", filepath.Join(records, "caecw-daylog-2025-07-24.csv")),
			p.T(i18n.KeyCLICloseDayDone, "day", "2025-07-24", "id", "")[:len(p.T(i18n.KeyCLICloseDayDone, "day", "2025-07-24", "id", ""))/2]},
			"close-day", "--db", db, "--day", "2025-07-24", "--dir", records, "--desk", "k7", "--operator", "op")
		if lang == i18n.ZH {
			if data, err := os.ReadFile(filepath.Join(records, "caecw-daylog-2025-07-24.md")); err != nil || !strings.Contains(string(data), "当日日志") {
				t.Errorf("close-day --lang zh: the Markdown log is not labelled in Chinese (%v)", err)
			}
		}
		// Closed again: a numbered set beside the first, never over it.
		step(0, []string{p.T(i18n.KeyCLIWrote, "path", filepath.Join(records, "caecw-daylog-2025-07-24-2.csv"))},
			"close-day", "--db", db, "--day", "2025-07-24", "--dir", records)
		step(1, []string{p.T(i18n.KeyCLIBadDay, "value", "24/07")}, "close-day", "--db", db, "--day", "24/07", "--dir", records)

		text := all.String()
		checkNoLeftovers(t, string(lang), text)
		if lang == i18n.ZH {
			// The detail line under a store error is the library's own
			// text, kept for whoever digs further (see explain).
			// Journal ids are hex (01a2338bbfa20000-desk): not words.
			ids := regexp.MustCompile(`[0-9a-f]{16}-[^）)\s]+`)
			if words := englishWords(ids.ReplaceAllString(text, ""), append(transferWords, "invalid", "database")...); len(words) > 0 {
				t.Errorf("Chinese export output has English words %v:\n%s", words, text)
			}
			for _, w := range []string{"已写入", "已存在", "不支持", "需要", "不存在", "已结束", "日志条目", "caecw："} {
				if !strings.Contains(text, w) {
					t.Errorf("Chinese export output lacks %q:\n%s", w, text)
				}
			}
		} else if !strings.Contains(text, "unknown format") || !strings.Contains(text, "--force") {
			t.Errorf("English export output lost the words scripts look for:\n%s", text)
		}
	}
}

// checkHelp runs `caecw NAME --lang LANG --help` and checks that it
// succeeds, has no unfilled placeholder, shows every key in lang and none
// in the other language. It returns the arguments and the help text.
func checkHelp(t *testing.T, lang i18n.Lang, name string, keys []i18n.Key) ([]string, string) {
	t.Helper()
	p, other := i18n.New(lang), i18n.New(lang.Other())
	args := []string{"--lang", string(lang), "--help"}
	if name != "" {
		args = append(strings.Fields(name), args...)
	}
	code, stdout, stderr := runLang(t, noLocale, args...)
	help := stdout + stderr
	if code != 0 {
		t.Fatalf("%v: exit %d\n%s", args, code, help)
	}
	checkNoLeftovers(t, strings.Join(args, " "), help)
	for _, k := range keys {
		want := strings.ReplaceAll(p.T(k), "`", "")
		if !strings.Contains(help, want) {
			t.Errorf("%v: lacks %s %q:\n%s", args, k, want, help)
		}
		if bad := strings.ReplaceAll(other.T(k), "`", ""); strings.Contains(help, bad) {
			t.Errorf("%v: shows the other language's %s %q", args, k, bad)
		}
	}
	return args, help
}
