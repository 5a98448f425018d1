package replication

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

// ReadToken reads the venue token from a file: its first line, trimmed.
// The token is never taken from the command line, where any user of the
// laptop could read it in the process list.
func ReadToken(path string) (string, error) {
	if path == "" {
		return "", errors.New("sync needs a venue token: give --token-file FILE")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("token file: %w", err)
	}
	tok, _, _ := strings.Cut(string(b), "\n")
	tok = strings.TrimSpace(tok)
	if len(tok) < 8 {
		return "", fmt.Errorf("token file %s: the token must be at least 8 characters", path)
	}
	return tok, nil
}
