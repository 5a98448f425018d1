package i18n

import "testing"

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		flag string
		env  map[string]string
		want Lang
	}{
		{"nothing set", "", nil, EN},
		{"flag zh", "zh", map[string]string{"LANG": "en_US.UTF-8"}, ZH},
		{"flag en beats zh locale", "en", map[string]string{"CAECW_LANG": "zh", "LANG": "zh_CN.UTF-8"}, EN},
		{"flag zh-Hans", "zh-Hans", nil, ZH},
		{"flag in Chinese", "中文", nil, ZH},
		{"unknown flag falls through", "fr", map[string]string{"CAECW_LANG": "zh"}, ZH},
		{"CAECW_LANG beats locale", "", map[string]string{"CAECW_LANG": "en", "LC_ALL": "zh_CN.UTF-8"}, EN},
		{"LC_ALL zh", "", map[string]string{"LC_ALL": "zh_CN.UTF-8", "LANG": "en_GB.UTF-8"}, ZH},
		{"LC_ALL en beats LANG zh", "", map[string]string{"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, EN},
		{"LC_MESSAGES zh", "", map[string]string{"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, ZH},
		{"LANG zh_TW is Chinese", "", map[string]string{"LANG": "zh_TW.UTF-8"}, ZH},
		{"LANG zh_CN.GB18030", "", map[string]string{"LANG": "zh_CN.GB18030"}, ZH},
		{"C locale", "", map[string]string{"LANG": "C.UTF-8"}, EN},
		{"other language", "", map[string]string{"LANG": "vi_VN.UTF-8"}, EN},
		{"empty LC_ALL is unset", "", map[string]string{"LC_ALL": "", "LANG": "zh_CN.UTF-8"}, ZH},
	}
	for _, tt := range tests {
		if got := Detect(tt.flag, env(tt.env)); got != tt.want {
			t.Errorf("%s: Detect(%q, %v) = %q, want %q", tt.name, tt.flag, tt.env, got, tt.want)
		}
	}
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]Lang{"en": EN, "EN": EN, " zh ": ZH, "zh_CN": ZH, "English": EN, "简体中文": ZH} {
		if got, ok := ParseLang(in); !ok || got != want {
			t.Errorf("ParseLang(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "fr", "zhx", "e"} {
		if got, ok := ParseLang(in); ok {
			t.Errorf("ParseLang(%q) = %q, want not ok", in, got)
		}
	}
}

func TestOther(t *testing.T) {
	if EN.Other() != ZH || ZH.Other() != EN {
		t.Error("Other does not toggle between EN and ZH")
	}
}
