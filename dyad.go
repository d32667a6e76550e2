package dyad

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Sentinel errors shared by the stages and mapped to exit codes at the CLI.
var (
	// ErrEmpty reports a document with no text.
	ErrEmpty = errors.New("empty document")
	// ErrBinary reports input that is not text.
	ErrBinary = errors.New("binary input")
	// ErrUnknownLanguage reports a document in a language dyad cannot code.
	ErrUnknownLanguage = errors.New("unknown or unsupported language")
	// ErrMalformed reports a malformed input record (bad JSON, bad field).
	ErrMalformed = errors.New("malformed input")
	// ErrTooLarge reports a document over the size limit.
	ErrTooLarge = errors.New("document too large")
)

// Document is one news document as dyad receives it.
type Document struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD, YYYY-MM or ""
	Lang      string `json:"lang,omitempty"`      // ISO 639-1 code, "" when unknown
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
}

// Span is a half-open byte range [Start, End).
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Token is one word or punctuation mark of a sentence.
type Token struct {
	Text string // the token as it stands in the normalized text
	Fold string // Fold(Text): lower case, diacritics removed
	Span Span   // byte offsets into the normalized text
}

// Sentence is one sentence of a normalized document.
type Sentence struct {
	Index  int     // position in the document, from 0
	Span   Span    // byte offsets into the normalized text
	Text   string  // the sentence text (normalized)
	Tokens []Token // Tokenize(Text, Span.Start)
}

// Actor is a resolved participant of an event.
type Actor struct {
	Text    string `json:"text"`    // the words of the text that name it
	Name    string `json:"name"`    // canonical name: "Russia", "Vladimir Putin"
	Code    string `json:"code"`    // CAMEO actor code: RUSGOV, PRKMIL, IGOUNO
	Country string `json:"country"` // ISO 3166-1 alpha-3, "" for none
	IGO     string `json:"igo"`     // organisation id (UN, EU, NATO), "" for none
	Sector  string `json:"sector"`  // GOV, MIL, REB, OPP, CVL, ... or ""
}

// MarshalJSON writes the actor with null for an empty country or
// organisation, as the output contract says (docs/output.md).
func (a Actor) MarshalJSON() ([]byte, error) {
	type plain struct {
		Text    string  `json:"text"`
		Name    string  `json:"name"`
		Code    string  `json:"code"`
		Country *string `json:"country"`
		IGO     *string `json:"igo"`
		Sector  string  `json:"sector"`
	}
	orNull := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	return json.Marshal(plain{a.Text, a.Name, a.Code, orNull(a.Country), orNull(a.IGO), a.Sector})
}

// Key returns the actor at the level the evaluation scores it:
// the ISO3 country, or "IGO:<id>" for an organisation, or "" when neither.
func (a Actor) Key() string {
	if a.IGO != "" {
		return "IGO:" + a.IGO
	}
	return a.Country
}

// MentionKind says how a text names an actor.
type MentionKind int

// The kinds of actor mentions.
const (
	KindCountry   MentionKind = iota // a country's name: "la Russie", "North Korea"
	KindDemonym                      // a demonym noun: "les Russes", "the Iranians"
	KindTitle                        // a title or group with a country: "le président russe", "Russian troops"
	KindPerson                       // a named person: "Vladimir Poutine"
	KindSeat                         // a capital or seat of power: "Moscou", "le Kremlin"
	KindPlace                        // a place that is not a seat: "Osaka"
	KindIGO                          // an organisation: "l'ONU", "NATO"
	KindPronoun                      // a pronoun or anaphor resolved by the coder
	KindAdjective                    // a bare demonym adjective: "les frappes russes", "Israeli strikes"
)

// Mention is an actor named in a sentence.
type Mention struct {
	Start, End int // token indices [Start, End) in the sentence
	Kind       MentionKind
	Actor      Actor
	Place      string // for KindSeat and KindPlace: the place name, for locations
}

// Location is where an event took place.
type Location struct {
	Name    string `json:"name"`
	Country string `json:"country"`
}

// Plover is a PLOVER 2.0 event type and mode.
type Plover struct {
	Type string `json:"type"`
	Mode string `json:"mode"`
}

// Evidence is the text that asserts an event, with byte offsets into the
// original document text.
type Evidence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Date precisions.
const (
	PrecisionDay   = "day"
	PrecisionMonth = "month"
	PrecisionYear  = "year"
	PrecisionWeek  = "week" // the date is the Monday of the week
)

// Event is one coded political event: the output record of dyad.
type Event struct {
	DocID         string    `json:"doc_id"`
	Sentence      int       `json:"sentence"`
	Evidence      Evidence  `json:"evidence"`
	Source        Actor     `json:"source"`
	Target        Actor     `json:"target"`
	CAMEO         string    `json:"cameo"`
	Root          string    `json:"root"`
	Quad          int       `json:"quad"`
	Goldstein     float64   `json:"goldstein"`
	Plover        Plover    `json:"plover"`
	Date          *string   `json:"date"`
	DatePrecision string    `json:"date_precision"`
	Location      *Location `json:"location"`
	Lang          string    `json:"lang"`
	Rule          string    `json:"rule"`
}

// Error is a problem at a position in a named input: a lexicon file, an
// input document. Line is 1-based; 0 means the whole file.
type Error struct {
	File string
	Line int
	Err  error
}

// Error returns "file:line: message".
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList collects errors, like go/scanner.ErrorList.
type ErrorList []*Error

// Add appends an error at file:line.
func (l *ErrorList) Add(file string, line int, format string, args ...any) {
	*l = append(*l, &Error{File: file, Line: line, Err: fmt.Errorf(format, args...)})
}

// Error returns the first error and how many more there are.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Unwrap returns the errors of the list, for errors.Is and errors.As.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
