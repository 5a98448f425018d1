package app_test

import (
	"strings"
	"testing"

	"caecw/internal/i18n"
	"caecw/store"
	"caecw/ui/common"
	"caecw/ui/uitest"
)

// The error line words the store's errors as the CLI does (errtext), and
// in the screen's language: not the store's raw English.
func TestErrorLineWordsStoreErrorsLikeTheCLI(t *testing.T) {
	m := newApp(t, 200, 30)
	err := &store.FileError{Path: "/d/x.db", Err: store.ErrInUse}
	uitest.Drive(m, common.ErrMsg{Action: i18n.Verbatim("backup"), Err: err}, wait)
	en := i18n.New(i18n.EN).T(i18n.KeyCLIErrInUse, "path", "/d/x.db")
	if !strings.Contains(screen(m), "save failed: backup: "+en) {
		t.Errorf("English error line lacks %q:\n%s", en, screen(m))
	}
	uitest.Drive(m, uitest.Key("L"), wait)
	zh := i18n.New(i18n.ZH).T(i18n.KeyCLIErrInUse, "path", "/d/x.db")
	if !strings.Contains(screen(m), zh) {
		t.Errorf("Chinese error line lacks %q:\n%s", zh, screen(m))
	}
}
