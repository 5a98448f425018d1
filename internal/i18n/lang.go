package i18n

import "strings"

// Lang is a user-interface language.
type Lang string

// The languages caecw speaks.
const (
	EN Lang = "en"
	ZH Lang = "zh"
)

// Langs lists the supported languages in the order a toggle cycles them.
var Langs = []Lang{EN, ZH}

// ParseLang reads a language name as a user types it ("en", "zh",
// "zh_CN.UTF-8", "zh-Hans", "English", "中文"). ok is false for anything
// it does not recognise, so a --lang flag can reject a typo.
func ParseLang(s string) (l Lang, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "":
		return "", false
	case s == "zh" || strings.HasPrefix(s, "zh_") || strings.HasPrefix(s, "zh-") || strings.HasPrefix(s, "zh.") ||
		s == "chinese" || s == "中文" || s == "简体中文":
		return ZH, true
	case s == "en" || strings.HasPrefix(s, "en_") || strings.HasPrefix(s, "en-") || strings.HasPrefix(s, "en.") ||
		s == "english" || s == "c" || s == "posix" || strings.HasPrefix(s, "c."):
		return EN, true
	}
	return "", false
}

// Detect chooses the language: the --lang flag value if it names a known
// language, else CAECW_LANG, else the POSIX locale variables in their order
// of precedence (LC_ALL, LC_MESSAGES, LANG). As in POSIX, the first of
// those that is set decides: LC_ALL=en_US.UTF-8 with LANG=zh_CN.UTF-8 is
// English. A zh_* locale gives Chinese; everything else, including an
// unknown locale such as de_DE, gives English.
func Detect(flag string, getenv func(string) string) Lang {
	if l, ok := ParseLang(flag); ok {
		return l
	}
	if l, ok := ParseLang(getenv("CAECW_LANG")); ok {
		return l
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(name)
		if v == "" {
			continue
		}
		if l, ok := ParseLang(v); ok {
			return l
		}
		return EN
	}
	return EN
}

// Other is the language a toggle switches to from l.
func (l Lang) Other() Lang {
	if l == ZH {
		return EN
	}
	return ZH
}
