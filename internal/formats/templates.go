package formats

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"caecw/internal/atomicfile"
)

// WriteTemplates writes one empty CSV per kind into dir (created if
// missing), named after the kind (event.csv, venues.csv, ...), holding the
// header row only: required columns, then optional ones. The files carry
// a UTF-8 BOM so that Excel opens Chinese, Thai and Khmer text correctly.
func WriteTemplates(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("templates: %w", err)
	}
	for _, k := range Kinds {
		body := string(utf8BOM) + strings.Join(ColumnsOf[k].All(), ",") + "\r\n"
		path := filepath.Join(dir, string(k)+".csv")
		// No personal data in a header row: readable by all.
		err := atomicfile.Write(path, 0o644, func(w io.Writer) error { _, err := io.WriteString(w, body); return err })
		if err != nil {
			return fmt.Errorf("templates: %w", err)
		}
	}
	return nil
}
