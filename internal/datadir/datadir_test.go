package datadir

import (
	"slices"
	"testing"
)

func env(kv ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

func TestDefaultPerSystem(t *testing.T) {
	cases := []struct {
		name, goos string
		env        func(string) string
		want       string
	}{
		{"windows LocalAppData", "windows", env("LOCALAPPDATA", `C:\Users\Ana\AppData\Local`, "USERPROFILE", `C:\Users\Ana`),
			`C:\Users\Ana\AppData\Local\caecw\caecw.db`},
		{"windows trailing separator", "windows", env("LOCALAPPDATA", `C:\Users\Ana\AppData\Local\`),
			`C:\Users\Ana\AppData\Local\caecw\caecw.db`},
		{"windows without LocalAppData", "windows", env("USERPROFILE", `C:\Users\Ana`),
			`C:\Users\Ana\AppData\Local\caecw\caecw.db`},
		{"windows HOME is not its home", "windows", env("HOME", "/home/ana", "LOCALAPPDATA", `D:\Local`),
			`D:\Local\caecw\caecw.db`},
		{"windows XDG wins", "windows", env("XDG_DATA_HOME", `E:\data`, "LOCALAPPDATA", `C:\L`),
			`E:\data\caecw\caecw.db`},
		{"macOS", "darwin", env("HOME", "/Users/ana"),
			"/Users/ana/Library/Application Support/caecw/caecw.db"},
		{"macOS XDG wins", "darwin", env("HOME", "/Users/ana", "XDG_DATA_HOME", "/Users/ana/.data/"),
			"/Users/ana/.data/caecw/caecw.db"},
		{"linux XDG", "linux", env("HOME", "/home/ana", "XDG_DATA_HOME", "/srv/x"),
			"/srv/x/caecw/caecw.db"},
		{"linux home", "linux", env("HOME", "/home/ana"),
			"/home/ana/.local/share/caecw/caecw.db"},
		{"linux root home", "linux", env("HOME", "/"),
			"/.local/share/caecw/caecw.db"},
		{"linux no home: relative, as before", "linux", env(),
			".local/share/caecw/caecw.db"},
		{"freebsd is XDG", "freebsd", env("HOME", "/home/ana"),
			"/home/ana/.local/share/caecw/caecw.db"},
	}
	for _, c := range cases {
		if got := Default(c.goos, c.env); got != c.want {
			t.Errorf("%s: Default = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestOlderDefaults(t *testing.T) {
	cases := []struct {
		name, goos string
		env        func(string) string
		want       []string
	}{
		{"linux: the rule did not change", "linux", env("HOME", "/home/ana"), nil},
		{"macOS: XDG under HOME", "darwin", env("HOME", "/Users/ana"),
			[]string{"/Users/ana/.local/share/caecw/caecw.db"}},
		{"windows: under the profile", "windows", env("USERPROFILE", `C:\Users\Ana`, "LOCALAPPDATA", `C:\Users\Ana\AppData\Local`),
			[]string{`C:\Users\Ana\.local\share\caecw\caecw.db`}},
		{"windows: HOME first (Git Bash sets it), then the profile", "windows",
			env("HOME", `C:\msys\home\ana`, "USERPROFILE", `C:\Users\Ana`, "LOCALAPPDATA", `C:\L`),
			[]string{`C:\msys\home\ana\.local\share\caecw\caecw.db`, `C:\Users\Ana\.local\share\caecw\caecw.db`}},
		{"XDG set: the rule did not change", "darwin", env("HOME", "/Users/ana", "XDG_DATA_HOME", "/x"), nil},
	}
	for _, c := range cases {
		if got := Older(c.goos, c.env); !slices.Equal(got, c.want) {
			t.Errorf("%s: Older = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestChoose(t *testing.T) {
	mac := env("HOME", "/Users/ana")
	const cur = "/Users/ana/Library/Application Support/caecw/caecw.db"
	const old = "/Users/ana/.local/share/caecw/caecw.db"
	files := func(names ...string) func(string) bool {
		return func(p string) bool { return slices.Contains(names, p) }
	}
	cases := []struct {
		name      string
		env       func(string) string
		have      func(string) bool
		want      string
		wantOlder bool
	}{
		{"first run: the new default", mac, files(), cur, false},
		{"a file at the new default", mac, files(cur, old), cur, false},
		{"only at the older default: used, and said", mac, files(old), old, true},
		{"CAECW_DB wins, even missing", env("HOME", "/Users/ana", "CAECW_DB", "/tmp/x.db"), files(old), "/tmp/x.db", false},
		{"XDG_DATA_HOME wins", env("HOME", "/Users/ana", "XDG_DATA_HOME", "/x"), files(old), "/x/caecw/caecw.db", false},
	}
	for _, c := range cases {
		got, older := Choose("darwin", c.env, c.have)
		if got != c.want || older != c.wantOlder {
			t.Errorf("%s: Choose = %q, %v; want %q, %v", c.name, got, older, c.want, c.wantOlder)
		}
	}
	w := env("USERPROFILE", `C:\Users\Ana`, "LOCALAPPDATA", `C:\Users\Ana\AppData\Local`)
	if got, older := Choose("windows", w, files(`C:\Users\Ana\.local\share\caecw\caecw.db`)); !older || got != `C:\Users\Ana\.local\share\caecw\caecw.db` {
		t.Errorf("windows older default: Choose = %q, %v", got, older)
	}
}
