// Package screens holds golden tests of whole screens: the root app with
// the four tabs, as cmd/caecw builds them, on the demo programme with a
// fixed clock, in English and Simplified Chinese, at 80x24 and 100x30.
// It has no code of its own beyond this comment; the tests live in its
// _test files.
package screens
