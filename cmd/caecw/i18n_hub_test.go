package main

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"caecw/internal/i18n"
	"caecw/internal/replication"
)

// hubErrWords may stay Latin in a Chinese hub or enrolment error: the
// addresses' schemes and hosts, the flags, the desk names of the test and
// the TLS named in the certificate's sentence.
var hubErrWords = append([]string{"tls", "host", "port", "listen", "localhost", "nobody", "nowhere", "desk", "bad", "name", "enroll", "caecw", "url"}, syncWords...)

// TestHubErrorsInBothLanguages makes each hub, enrolment and link failure
// happen without a network beyond this laptop and reads it: worded in
// Chinese with --lang zh (the system's own reason, when there is one,
// stays as its detail line), in English without.
func TestHubErrorsInBothLanguages(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "hub.db")
	if code, _, errs := runLang(t, noLocale, "demo", "--db", db); code != 0 {
		t.Fatal(errs)
	}
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	closed, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closedAddr := closed.Addr().String()
	closed.Close()

	// A running hub, a desk enrolled on it and then revoked: its
	// credential is refused.
	hubDB := filepath.Join(dir, "run.db")
	h, err := replication.StartHub(replication.HubOptions{Listen: "127.0.0.1:-1", Dir: replication.StoreDirFor(hubDB)})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Shutdown()
	revoked := filepath.Join(dir, "revoked.join")
	if code, _, errs := runLang(t, noLocale, "hub", "enroll", "--db", hubDB, "-o", revoked, "i18n-desk"); code != 0 {
		t.Fatal(errs)
	}
	if code, _, errs := runLang(t, noLocale, "hub", "revoke", "--db", hubDB, "i18n-desk"); code != 0 {
		t.Fatal(errs)
	}
	// A desk enrolled for a hub address where nothing listens.
	nowhere := filepath.Join(dir, "nowhere.join")
	if code, _, errs := runLang(t, noLocale, "hub", "enroll", "--db", hubDB, "--url", "nats://"+closedAddr, "-o", nowhere, "i18n-desk"); code != 0 {
		t.Fatal(errs)
	}
	badge := syncBadges(t, db, 1)[0]

	cases := []struct {
		name string
		args []string
		// en and zh are what the message says in each language.
		en, zh string
		// detail is the system's reason, the same in both.
		detail string
	}{
		{"port in use", []string{"hub", "--db", db, "--listen", busy.Addr().String()},
			"another program (or another hub) already uses that port", "该端口已被其他程序", "address already in use"},
		{"bad listen address", []string{"hub", "--db", db, "--listen", "nowhere"},
			"write HOST:PORT", "请写成 主机:端口", "missing port"},
		{"enrol into a missing hub folder", []string{"hub", "enroll", "--db", filepath.Join(dir, "no", "such", "hub.db"), "--url", "tls://127.0.0.1:4222", "-o", filepath.Join(dir, "x.join"), "desk-x"},
			"the hub cannot use its folder", "同步中心无法使用其文件夹", "no such file or directory"},
		{"enrol a bad desk name", []string{"hub", "enroll", "--db", hubDB, "--url", "nats://" + closedAddr, "-o", filepath.Join(dir, "y.join"), "bad name!"},
			"use letters, digits", "只能用字母", ""},
		{"enrol with a bad hub address", []string{"hub", "enroll", "--db", hubDB, "--url", "localhost", "-o", filepath.Join(dir, "w.join"), "desk-w"},
			"write tls://HOST:PORT", "请写成 tls://主机:端口", ""},
		{"enrol for every address", []string{"hub", "enroll", "--db", hubDB, "--url", "tls://0.0.0.0:4222", "-o", filepath.Join(dir, "v.join"), "desk-v"},
			"listens on every address", "在所有地址上监听", ""},
		{"revoke a desk not enrolled", []string{"hub", "revoke", "--db", hubDB, "nobody"},
			"is not an enrolled desk", "不是已登记的签到台", ""},
		{"hub address where nothing listens", []string{"checkin", "--db", db, "--join", nowhere, badge},
			"cannot reach the hub", "连不上同步中心", ""},
		{"revoked desk", []string{"checkin", "--db", db, "--join", revoked, badge},
			"refused this desk's credential", "拒绝了本签到台的凭据", ""},
	}
	for _, tc := range cases {
		for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
			args := append([]string{tc.args[0], "--lang", string(lang)}, tc.args[1:]...)
			for i, a := range args {
				if strings.HasSuffix(a, ".join") && a != nowhere && a != revoked {
					args[i] = strings.TrimSuffix(a, ".join") + "-" + string(lang) + ".join"
				}
			}
			if tc.args[0] == "hub" && len(tc.args) > 1 && !strings.HasPrefix(tc.args[1], "-") {
				args = append([]string{"hub", tc.args[1], "--lang", string(lang)}, tc.args[2:]...)
			}
			_, stdout, stderr := runLang(t, noLocale, args...)
			out := strings.ReplaceAll(stdout+stderr, dir, "/tmp")
			want := tc.en
			if lang == i18n.ZH {
				want = tc.zh
			}
			if !strings.Contains(out, want) {
				t.Errorf("%s, %s: no %q in:\n%s", tc.name, lang, want, out)
			}
			if tc.detail != "" && !strings.Contains(out, tc.detail) {
				t.Errorf("%s, %s: the system's reason %q is gone:\n%s", tc.name, lang, tc.detail, out)
			}
			if lang != i18n.ZH {
				continue
			}
			// The system's reason is its own words, on its own line.
			var ours []string
			for _, l := range strings.Split(out, "\n") {
				if !strings.HasPrefix(l, "  详细信息：") {
					ours = append(ours, l)
				}
			}
			if words := englishWords(strings.Join(ours, "\n"), hubErrWords...); len(words) > 0 {
				t.Errorf("%s: English words %v in:\n%s", tc.name, words, out)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "no")); err == nil {
		t.Error("enrolling into a missing hub folder made it")
	}
}
