package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"caecw/internal/i18n"
	"caecw/store"
)

// version and commit are stamped by the release build (.goreleaser.yaml):
// -ldflags "-X main.version=... -X main.commit=...".
var (
	version = "dev"
	commit  = ""
)

func runVersion(env *cliEnv, args []string) int {
	p := env.printer()
	var c cliFlags
	fs := newFlags(env, "version", "[--lang en|zh]", &c, "lang")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	bi, _ := debug.ReadBuildInfo()
	rev := buildCommit(commit, bi)
	if rev == "" {
		rev = p.T(i18n.KeyCLICommitUnknown)
	}
	fmt.Fprintln(env.stdout, p.T(i18n.KeyCLIVersion, "version", version, "commit", rev, "go", runtime.Version(), "schema", store.SchemaVersion))
	if bi != nil {
		for _, d := range bi.Deps {
			switch d.Path {
			case "charm.land/bubbletea/v2", "charm.land/bubbles/v2", "charm.land/lipgloss/v2", "go.etcd.io/bbolt":
				fmt.Fprintf(env.stdout, "  %s %s\n", d.Path, d.Version)
			}
		}
	}
	return 0
}

// buildCommit is the stamped commit, else the one the go command recorded
// (a build inside a git checkout), else "".
func buildCommit(stamped string, bi *debug.BuildInfo) string {
	if stamped != "" {
		return stamped
	}
	if bi != nil {
		rev, dirty := "", false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
		if rev != "" {
			if dirty {
				rev += "-dirty"
			}
			return rev
		}
	}
	return ""
}
