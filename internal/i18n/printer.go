package i18n

import (
	"fmt"
	"strconv"
	"strings"
)

// Key names one message of the catalogue. Use the Key... constants, never
// a literal: the constants are what the unused-key check looks for.
type Key string

// Message is one entry of the catalogue: a key and its text in both
// languages. Placeholders are written {name}.
type Message struct {
	Key Key
	// EN is the English text; for a plural message, the form used for
	// every count but one.
	EN string
	// EN1 is the English singular, used by Printer.N when the count is 1.
	// Leave it empty for a message that has no plural.
	EN1 string
	// ZH is the Simplified Chinese text. Chinese has one form for every
	// count.
	ZH string
}

// catalogue is built once at package initialisation and only read after.
var catalogue = index(all())

func index(ms []Message) map[Key]Message {
	m := make(map[Key]Message, len(ms))
	for _, msg := range ms {
		if _, dup := m[msg.Key]; !dup {
			m[msg.Key] = msg
		}
	}
	return m
}

// Keys lists every key of the catalogue in declaration order.
func Keys() []Key {
	ms := all()
	out := make([]Key, len(ms))
	for i, m := range ms {
		out[i] = m.Key
	}
	return out
}

// Lookup returns the catalogue entry for k.
func Lookup(k Key) (Message, bool) {
	m, ok := catalogue[k]
	return m, ok
}

// Printer renders catalogue messages, dates and statuses in one language.
// The zero Printer speaks English.
type Printer struct {
	lang Lang
}

// New returns a Printer for l; an unknown l speaks English.
func New(l Lang) Printer {
	if l != ZH {
		l = EN
	}
	return Printer{lang: l}
}

// Lang is the printer's language.
func (p Printer) Lang() Lang {
	if p.lang == ZH {
		return ZH
	}
	return EN
}

// T renders message key with args given as name/value pairs:
// p.T(KeyCheckinDone, "name", "Lina", "delegation", "Laos", "time", "09:30").
// Values are printed with fmt's %v. An unknown key renders as the key
// itself.
func (p Printer) T(key Key, args ...any) string {
	m, ok := catalogue[key]
	if !ok {
		return string(key)
	}
	if p.Lang() == ZH {
		return p.fill(m.ZH, args)
	}
	return p.fill(m.EN, args)
}

// N renders a message that depends on the count n, which it also passes
// as the placeholder {n}. English uses EN1 when n is 1 and EN otherwise;
// Chinese has one form.
func (p Printer) N(key Key, n int, args ...any) string {
	m, ok := catalogue[key]
	if !ok {
		return string(key)
	}
	args = append([]any{"n", n}, args...)
	switch {
	case p.Lang() == ZH:
		return p.fill(m.ZH, args)
	case n == 1 && m.EN1 != "":
		return p.fill(m.EN1, args)
	}
	return p.fill(m.EN, args)
}

// Text is a message worded when it is drawn, not when it is made: a
// status or error line keeps a Text, so that L rewords it on the next
// frame. A Text may also be an argument of T, N or another Text (a
// venue's name in the language of the moment, say).
type Text func(Printer) string

// Say is key with args as a Text, worded by whichever printer draws it.
func Say(key Key, args ...any) Text {
	return func(p Printer) string { return p.T(key, args...) }
}

// SayN is Printer.N as a Text.
func SayN(key Key, n int, args ...any) Text {
	return func(p Printer) string { return p.N(key, n, args...) }
}

// Verbatim is text that reads the same in every language (a name, a
// note as typed, a system's own message) as a Text.
func Verbatim(s string) Text { return func(Printer) string { return s } }

// fill replaces each {name} in text by the value paired with name in args.
// A placeholder without a value stays as written, so the gap is visible.
func (p Printer) fill(text string, args []any) string {
	if !strings.Contains(text, "{") {
		return text
	}
	var b strings.Builder
	b.Grow(len(text) + 16)
	for {
		i := strings.IndexByte(text, '{')
		if i < 0 {
			b.WriteString(text)
			return b.String()
		}
		name, n := placeholderAt(text[i:])
		if n == 0 {
			b.WriteString(text[:i+1])
			text = text[i+1:]
			continue
		}
		b.WriteString(text[:i])
		if v, ok := p.arg(args, name); ok {
			b.WriteString(v)
		} else {
			b.WriteString(text[i : i+n])
		}
		text = text[i+n:]
	}
}

// placeholderAt reads "{name}" at the start of s and returns the name and
// its length in bytes, or n == 0 when s does not start with a placeholder.
func placeholderAt(s string) (name string, n int) {
	for j := 1; j < len(s); j++ {
		c := s[j]
		switch {
		case c == '}' && j > 1:
			return s[1:j], j + 1
		case c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (j > 1 && c >= '0' && c <= '9'):
		default:
			return "", 0
		}
	}
	return "", 0
}

// placeholders lists the names of the placeholders in text, each once.
func placeholders(text string) map[string]bool {
	out := map[string]bool{}
	for {
		i := strings.IndexByte(text, '{')
		if i < 0 {
			return out
		}
		name, n := placeholderAt(text[i:])
		if n == 0 {
			text = text[i+1:]
			continue
		}
		out[name] = true
		text = text[i+n:]
	}
}

func (p Printer) arg(args []any, name string) (string, bool) {
	for i := 0; i+1 < len(args); i += 2 {
		if k, ok := args[i].(string); ok && k == name {
			return p.format(args[i+1]), true
		}
	}
	return "", false
}

func (p Printer) format(v any) string {
	switch x := v.(type) {
	case Text:
		if x == nil {
			return ""
		}
		return x(p)
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case fmt.Stringer:
		return x.String()
	case error:
		return x.Error()
	}
	return fmt.Sprint(v)
}
