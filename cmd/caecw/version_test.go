package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

// The release build stamps version and commit; `caecw version` prints both.
func TestVersionPrintsStampedVersionAndCommit(t *testing.T) {
	defer func(v, c string) { version, commit = v, c }(version, commit)
	version, commit = "1.2.3", "0123456789abcdef0123456789abcdef01234567"
	code, out, _ := runLang(t, noLocale, "version")
	if code != 0 || !strings.Contains(out, "caecw 1.2.3 ") || !strings.Contains(out, "commit 0123456789abcdef0123456789abcdef01234567") {
		t.Errorf("version: exit %d:\n%s", code, out)
	}
}

func TestBuildCommit(t *testing.T) {
	bi := &debug.BuildInfo{Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc"}, {Key: "vcs.modified", Value: "true"}}}
	for _, c := range []struct {
		stamped string
		bi      *debug.BuildInfo
		want    string
	}{
		{"def", bi, "def"},
		{"", bi, "abc-dirty"},
		{"", &debug.BuildInfo{}, ""},
		{"", nil, ""},
	} {
		if got := buildCommit(c.stamped, c.bi); got != c.want {
			t.Errorf("buildCommit(%q) = %q, want %q", c.stamped, got, c.want)
		}
	}
}
