package transfer

import "errors"

// ErrExists is what an [ExistsError] is: an export would overwrite a file
// and force was not given.
var ErrExists = errors.New("exists")

// ExistsError names the file an export refused to replace; it matches
// [ErrExists] under errors.Is, and the CLI reads Path from it to word the
// refusal in the user's language.
type ExistsError struct{ Path string }

func (e *ExistsError) Error() string { return e.Path + " exists; use --force to replace it" }

// Is reports whether target is ErrExists.
func (e *ExistsError) Is(target error) bool { return target == ErrExists }
