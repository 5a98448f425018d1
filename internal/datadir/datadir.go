package datadir

import (
	"slices"
	"strings"
)

// FileName is the data file's name inside its folder.
const FileName = "caecw.db"

// Choose is the data file to use when no --db names one: CAECW_DB if
// set, else Default. When no file is at Default but one is at an older
// default of this system (where caecw kept it before it knew each
// system's folder), that one is used and older is true, so the caller
// can say so.
func Choose(goos string, getenv func(string) string, exists func(string) bool) (path string, older bool) {
	if p := getenv("CAECW_DB"); p != "" {
		return p, false
	}
	path = Default(goos, getenv)
	if exists(path) {
		return path, false
	}
	for _, o := range Older(goos, getenv) {
		if exists(o) {
			return o, true
		}
	}
	return path, false
}

// Default is the data file's place on goos without CAECW_DB.
func Default(goos string, getenv func(string) string) string {
	if x := getenv("XDG_DATA_HOME"); x != "" {
		return join(goos, x, "caecw", FileName)
	}
	switch goos {
	case "windows":
		if l := getenv("LOCALAPPDATA"); l != "" {
			return join(goos, l, "caecw", FileName)
		}
		return join(goos, home(goos, getenv), "AppData", "Local", "caecw", FileName)
	case "darwin", "ios":
		return join(goos, home(goos, getenv), "Library", "Application Support", "caecw", FileName)
	}
	return join(goos, home(goos, getenv), ".local", "share", "caecw", FileName)
}

// Older lists the places where earlier versions kept the data file by
// default on goos and Default no longer points, newest first. Until
// release archives, caecw used the XDG rule on every system, reading
// HOME first and then the system's home folder.
func Older(goos string, getenv func(string) string) []string {
	if getenv("XDG_DATA_HOME") != "" {
		return nil // the XDG rule applied then as now
	}
	cur := Default(goos, getenv)
	var out []string
	for _, h := range []string{getenv("HOME"), home(goos, getenv)} {
		if h == "" {
			continue
		}
		p := join(goos, h, ".local", "share", "caecw", FileName)
		if p != cur && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// home is the user's home folder as os.UserHomeDir finds it on goos.
func home(goos string, getenv func(string) string) string {
	if goos == "windows" {
		return getenv("USERPROFILE")
	}
	return getenv("HOME")
}

// join is filepath.Join for goos, whichever system runs it: its
// separator, empty parts skipped, no doubled or trailing separators
// between the parts.
func join(goos string, parts ...string) string {
	sep, cut := "/", "/"
	if goos == "windows" {
		sep, cut = `\`, `\/`
	}
	var out []string
	for _, p := range parts {
		if p == "" {
			continue
		}
		if len(out) > 0 {
			p = strings.TrimLeft(p, cut)
		}
		// A root ("/", `C:\`) keeps its meaning as the empty first part
		// or the drive: "" + sep + next.
		out = append(out, strings.TrimRight(p, cut))
	}
	return strings.Join(out, sep)
}
