package search

// Kind is how a person matched, best first: results are ordered by it.
type Kind uint8

// The kinds of match, from strongest to weakest.
const (
	// KindBadge: the query is the person's badge code.
	KindBadge Kind = iota
	// KindDelegation: the person is listed as a member of the delegation the
	// query names or filters by, with no name query.
	KindDelegation
	// KindWord: every query word is a whole part of a name.
	KindWord
	// KindPrefix: every query word begins a part of a name (at worst).
	KindPrefix
	// KindSubstring: some query word only occurs inside a name, as it must
	// for Thai or Khmer names written without spaces.
	KindSubstring
	// KindInitials: the query is the first letters of the parts of a name.
	KindInitials
	kindNone
)

// String names the kind for logs and tests.
func (k Kind) String() string {
	switch k {
	case KindBadge:
		return "badge"
	case KindDelegation:
		return "delegation"
	case KindWord:
		return "word"
	case KindPrefix:
		return "prefix"
	case KindSubstring:
		return "substring"
	case KindInitials:
		return "initials"
	}
	return "none"
}

// score turns a kind into Result.Score: higher is better.
func (k Kind) score() int { return 100 * int(kindNone-k) }

// Range is a run of runes to highlight, [Start, End) counted in runes (not
// bytes, not cells) of the displayed name, as the name is stored.
type Range struct {
	Start, End int
}

// Result is one person found.
type Result struct {
	// Index is the person's position in the index; see [Index.Person].
	Index int
	// ID is the person's ID.
	ID string
	// Kind is how the person matched; Score is Kind as a number, higher is
	// better, for callers that merge results.
	Kind  Kind
	Score int
	// Name highlights runes of Person.Name (the native-script name) and
	// Latin runes of Person.NameLatin. Either may be empty: a badge or
	// delegation match highlights nothing.
	Name, Latin []Range
}
