package event

import "strings"

// BadgeKey is how badge codes compare: trimmed and in upper case, so a
// scanner's trailing space or a typed "y-cn-0001" finds "Y-CN-0001". The
// store keys its badge bucket by it, so changing it needs a migration.
func BadgeKey(badge string) string { return strings.ToUpper(strings.TrimSpace(badge)) }
