// Package i18n is caecw's message catalogue: every string a coordinator
// reads on the screen or from the CLI, in English and Simplified Chinese.
//
// # Why a small typed catalogue and not golang.org/x/text/message
//
// x/text/message keeps its catalogue in a process-wide registry filled at
// init (or by gotext-generated code), keys are the English sentences
// themselves, and printf verbs (%[1]s) are the only placeholders. Here that
// would mean: a generator step in the build, a global that tests cannot swap,
// renaming a key whenever the English wording changes, and translators
// reading "%[2]s" instead of "{delegation}". caecw has two languages, a few
// hundred strings and one plural rule worth the name (English one/other;
// Chinese has a single form), so a typed catalogue is smaller and easier to
// check:
//
//   - Each key is a typed constant (KeyStatusNow) declared next to its English
//     and Chinese text, so a reviewer reads both languages side by side and
//     the compiler rejects a misspelt key. An unused key is found by grepping
//     for its identifier (see usage_test.go).
//   - Placeholders are named, {name}, so a translation may reorder them and a
//     test checks that both languages use exactly the same names.
//   - The catalogue is plain data (package-level slices joined by all()) read
//     into a map once at package initialisation and never written again; a
//     Printer is a value holding only its language, so it is cheap to copy
//     into every component and safe to use from any goroutine.
//
// # Using it
//
//	p := i18n.New(i18n.Detect(*langFlag, os.Getenv))
//	p.T(i18n.KeyCheckinDone, "name", person.Name, "delegation", d.Name, "time", p.Clock(at))
//	p.N(i18n.KeyHeaderOutbox, pending)          // "3 to send" / "3条待发送"
//	p.Date(t)                                   // "26 Jul 2025, Sat" / "2025年7月26日 周六"
//	p.Status(st)                                // "delayed +15 min" / "推迟15分钟"
//	p.Problem(pr, plan, loc)                    // a whole sentence, Chinese venue names on a Chinese screen
//
// What stays on screen across frames (the status and error lines, a
// confirmation, an open question, a report) is kept as a Text, worded when
// drawn, so that L rewords it; names inside are Text arguments too:
//
//	common.Status(i18n.Say(i18n.KeySessionDelayed, "title", i18n.SessionText(s)))
//
// Journal entries are never worded when written: p.EntryDetails words one
// from its kind and payload (entry.go), for the Log tab, the session
// detail and the day-log exports alike.
//
// Arguments after the key are name/value pairs. N passes its count as {n}.
// A missing key prints the key itself and an unfilled placeholder stays
// visible as {name}, so a mistake shows on screen instead of vanishing.
//
// # Adding a key
//
// See the comment at the top of catalog_common.go.
package i18n
