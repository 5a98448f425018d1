package formats

import (
	"time"

	"golang.org/x/text/unicode/norm"
)

// nfc stores names in one normal form (FINDINGS: search folds NFC text).
func nfc(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// loadLocation is time.LoadLocation; a name for the check.
func loadLocation(name string) (*time.Location, error) { return time.LoadLocation(name) }
