package main

import (
	"errors"
	"fmt"
	"testing"

	"caecw/internal/i18n"
	"caecw/internal/transfer"
)

// explainWrite reads the refused file from the typed error, so the path
// comes out whole however the error was wrapped on its way up.
func TestExplainWriteNamesTheFileItWouldNotReplace(t *testing.T) {
	const path = "/exports/day 1.csv"
	for _, err := range []error{
		&transfer.ExistsError{Path: path},
		fmt.Errorf("close day: %w", &transfer.ExistsError{Path: path}),
	} {
		for _, lang := range []i18n.Lang{i18n.EN, i18n.ZH} {
			p := i18n.New(lang)
			got := explainWrite(p, err)
			if want := p.T(i18n.KeyCLIOutExists, "path", path); got.Error() != want {
				t.Errorf("%s %v: %q, want %q", lang, err, got, want)
			}
			if !errors.Is(got, transfer.ErrExists) {
				t.Errorf("%s %v: the worded error lost ErrExists", lang, err)
			}
		}
	}
}
