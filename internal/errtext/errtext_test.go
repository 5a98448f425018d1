package errtext_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"caecw/internal/errtext"
	"caecw/internal/i18n"
	"caecw/store"
)

func TestStore(t *testing.T) {
	const path, backup = "/data/caecw.db", "/data/caecw.db.backups/1.db"
	cases := []struct {
		err            error
		key            i18n.Key
		args           []any
		detail         string
		notAStoreError bool
	}{
		{err: &store.FileError{Path: path, Err: store.ErrInUse}, key: i18n.KeyCLIErrInUse, args: []any{"path", path}},
		{err: &store.FileError{Path: path, Err: store.ErrNotCaecw, Detail: "invalid database"}, key: i18n.KeyCLIErrNotCaecw, args: []any{"path", path}, detail: "invalid database"},
		{err: &store.FileError{Path: path, Err: store.ErrNotCaecw, Backup: backup}, key: i18n.KeyCLIErrNotCaecwBackup, args: []any{"path", path, "backup", backup}},
		{err: &store.FileError{Path: path, Err: store.ErrDamaged, Backup: backup, Detail: "empty"}, key: i18n.KeyCLIErrDamagedBackup, args: []any{"path", path, "backup", backup}, detail: "empty"},
		{err: &store.FileError{Path: path, Err: store.ErrDamaged}, key: i18n.KeyCLIErrDamaged, args: []any{"path", path}},
		{err: &store.FileError{Path: path, Err: store.ErrExists}, key: i18n.KeyCLIErrExists, args: []any{"path", path}},
		{err: &store.FileError{Path: path, Err: fmt.Errorf("open: %w", os.ErrNotExist)}, key: i18n.KeyCLIErrNoFile, args: []any{"path", path}},
		{err: &store.FileError{Path: path, Err: fmt.Errorf("open: %w", os.ErrPermission)}, key: i18n.KeyCLIErrPermission, args: []any{"path", path}, detail: "open: permission denied"},
		{err: &store.FileError{Path: path, Err: errors.New("bad magic")}, key: i18n.KeyCLIErrFile, args: []any{"path", path, "err", "bad magic"}},
		{err: fmt.Errorf("badge %q: %w", "X", store.ErrNotFound), key: i18n.KeyCLIErrNotFound, args: []any{"err", `badge "X": not found`}},
		{err: fmt.Errorf("wrapped: %w", &store.FileError{Path: path, Err: store.ErrInUse}), key: i18n.KeyCLIErrInUse, args: []any{"path", path}},
		{err: errors.New("no space left on device"), notAStoreError: true},
		{err: nil, notAStoreError: true},
	}
	for _, tc := range cases {
		for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
			p := i18n.New(lang)
			msg, detail, ok := errtext.Store(p, tc.err)
			if ok == tc.notAStoreError {
				t.Errorf("%s %v: ok = %v", lang, tc.err, ok)
				continue
			}
			if tc.notAStoreError {
				continue
			}
			if want := p.T(tc.key, tc.args...); msg != want {
				t.Errorf("%s %v: %q, want %q", lang, tc.err, msg, want)
			}
			if strings.Contains(msg, "{") {
				t.Errorf("%s %v: unfilled placeholder in %q", lang, tc.err, msg)
			}
			if detail != tc.detail {
				t.Errorf("%s %v: detail %q, want %q", lang, tc.err, detail, tc.detail)
			}
		}
	}
}
