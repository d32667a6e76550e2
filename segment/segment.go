// Package segment splits a normalized document into sentences.
//
// A sentence ends at a line break, and at . ! ? … (with the closing quotes and
// brackets that follow them) when the next word starts a sentence: a capital
// letter, a letter of a script without case, a digit, or an opening quote or
// bracket. Sentences glued by broken spacing, "jeudi.Son séjour" or
// "said.The minister" (a lower-case letter, a closing quote or bracket before
// the period; a capital and a lower-case letter after it), are split too.
//
// A period does not end a sentence after a title ("M. Macron", "Gen. Smith"),
// a single capital ("J. Biden"), inside a number or an address ("3.5",
// "www.gov.fr"), or before a lower-case word ("etc. et", "U.S. officials").
// After other abbreviations, initialisms and numbers of one or two digits
// ("etc.", "U.S.", "23.")
// it ends a sentence only when the next word is a function word of the
// language ("in the U.S. The minister", not "the U.S. State Department", nor
// German "am 23. Februar"); after a longer number ("in 1980. Army trucks")
// it does.
//
// The abbreviations are data: lexicon/<lang>/abbreviations.txt, and the
// function words lexicon/<lang>/stopwords.txt. A language without these files
// gets the rules above without them. Sentences longer than MaxLen bytes are
// cut at a space or punctuation mark.
package segment

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// MaxLen is the longest sentence, in bytes, that Split returns; longer ones
// are cut at the last space or punctuation mark before the limit.
const MaxLen = 4000

// Segmenter splits text into sentences by the rules of one language. It is
// safe for concurrent use.
type Segmenter struct {
	lang   string
	titles map[string]bool // folded abbreviations, no final period, that precede a name
	abbrev map[string]bool // other folded abbreviations, no final period
	stop   map[string]bool // folded function words
}

// Load reads "<lang>/abbreviations.txt" and "<lang>/stopwords.txt" from fsys.
// A missing file is not an error: the segmenter then uses the rules that need
// no data. A malformed file is.
func Load(fsys fs.FS, lang string) (*Segmenter, error) {
	s := &Segmenter{lang: lang, titles: map[string]bool{}, abbrev: map[string]bool{}, stop: map[string]bool{}}
	name := lang + "/abbreviations.txt"
	lines, err := dyad.ReadLines(fsys, name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("load abbreviations: %w", err)
	}
	var errs dyad.ErrorList
	for _, l := range lines {
		dict := s.abbrev
		switch {
		case len(l.Fields) == 2 && l.Fields[1] == "title":
			dict = s.titles
		case len(l.Fields) != 1:
			errs.Add(name, l.No, `want abbreviations and an optional "title", got %q`, strings.Join(l.Fields, "\t"))
			continue
		}
		for _, a := range dyad.Alternatives(l.Fields[0]) {
			key := dyad.Fold(strings.TrimSuffix(a, "."))
			if key == "" || strings.ContainsFunc(key, unicode.IsSpace) {
				errs.Add(name, l.No, "bad abbreviation %q", a)
				continue
			}
			dict[key] = true
		}
	}
	name = lang + "/stopwords.txt"
	lines, err = dyad.ReadLines(fsys, name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("load stop words: %w", err)
	}
	for _, l := range lines {
		for _, f := range l.Fields {
			for _, a := range dyad.Alternatives(f) {
				for _, w := range foldWords(a) {
					s.stop[w] = true
				}
			}
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return s, nil
}

// Split returns the sentences of text: trimmed, without empty ones, numbered
// from 0, with spans into text and tokens from dyad.Tokenize.
func (s *Segmenter) Split(text string) []dyad.Sentence {
	var out []dyad.Sentence
	emit := func(start, end int) {
		for {
			for start < end {
				r, w := utf8.DecodeRuneInString(text[start:])
				if !isSpace(r) {
					break
				}
				start += w
			}
			for end > start {
				r, w := utf8.DecodeLastRuneInString(text[start:end])
				if !isSpace(r) {
					break
				}
				end -= w
			}
			if start >= end {
				return
			}
			e, next := end, end
			if e-start > MaxLen {
				e = cut(text, start, start+MaxLen)
				next = e
				for e > start {
					r, w := utf8.DecodeLastRuneInString(text[start:e])
					if !isSpace(r) {
						break
					}
					e -= w
				}
			}
			if t := text[start:e]; hasWord(t) {
				out = append(out, dyad.Sentence{
					Index:  len(out),
					Span:   dyad.Span{Start: start, End: e},
					Text:   t,
					Tokens: dyad.Tokenize(t, start),
				})
			}
			start = next
		}
	}
	start := 0
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			emit(start, i)
			start = i + w
			i += w
		case isTerminal(r):
			if end, ok := s.boundary(text, i); ok {
				emit(start, end)
				start = end
				i = end
			} else {
				i = end
			}
		default:
			i += w
		}
	}
	emit(start, len(text))
	return out
}

// boundary decides whether the terminal mark at text[i] ends a sentence. It
// returns the end of the sentence (after the marks and closing quotes) and
// true, or the position to scan on from and false.
func (s *Segmenter) boundary(text string, i int) (int, bool) {
	// the run of terminal marks: "?!", "...", "…"
	j := i
	single := true // one period, which may be an abbreviation's
	n := 0
	for j < len(text) {
		r, w := utf8.DecodeRuneInString(text[j:])
		if !isTerminal(r) {
			break
		}
		if r != '.' || n > 0 {
			single = false
		}
		n++
		j += w
	}
	marks := j
	if r, _ := utf8.DecodeRuneInString(text[i:]); isCJKTerminal(r) {
		return closers(text, j), true
	}
	// closing quotes and brackets: a straight quote closes only when no
	// letter follows it ("dit." Puis / dit."Puis)
	j = closers(text, j)
	if j == len(text) {
		return j, true
	}
	next, _ := utf8.DecodeRuneInString(text[j:])
	if j == marks && !isSpace(next) {
		// glued: "jeudi.Son", "traité".Selon", "(JCS).South"
		if single || text[i] != '.' {
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			if s.glued(text, i, marks, prev) {
				return marks, true
			}
		}
		return marks, false
	}
	if j > marks && !isSpace(next) {
		// closing marks glued to what follows: "dit.»Puis"
		return j, unicode.IsUpper(next)
	}
	// white space: look at the first character after it
	k := j
	for k < len(text) {
		r, w := utf8.DecodeRuneInString(text[k:])
		if !isSpace(r) || r == '\n' {
			break
		}
		k += w
	}
	if k == len(text) {
		return j, true
	}
	c, _ := utf8.DecodeRuneInString(text[k:])
	switch {
	case c == '\n':
		return j, true
	case unicode.IsLower(c):
		return j, false
	case unicode.IsUpper(c), unicode.IsLetter(c), unicode.IsDigit(c), isOpener(c):
	default:
		return j, false
	}
	if !single || j > marks {
		return j, true // "?", "!", "...", or a quote closed after the period
	}
	return j, s.periodEnds(text, i, k, c)
}

// periodEnds decides whether the period at text[i], followed by white space
// and the character c at text[k], ends a sentence.
func (s *Segmenter) periodEnds(text string, i, k int, c rune) bool {
	w := wordBefore(text, i)
	if w == "" {
		return true
	}
	key := dyad.Fold(w)
	if s.titles[key] {
		return false
	}
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) {
		return false // an initial: "J. Biden"
	}
	// an ordinal ("am 23. Februar") or an abbreviation
	ambiguous := s.abbrev[key] || isInitialism(w) || isNumber(w) && len(w) <= 2
	if !ambiguous {
		return true
	}
	if !unicode.IsLetter(c) {
		return isOpener(c) && !isNumber(w)
	}
	return s.stop[nextWord(text, k)]
}

// glued reports whether the period (or mark) at text[i:marks], with no space
// after it, joins two sentences: a lower-case letter, digit, closing quote or
// bracket before it; a capital and a lower-case letter after it.
func (s *Segmenter) glued(text string, i, marks int, prev rune) bool {
	switch {
	case unicode.IsLower(prev), unicode.IsDigit(prev), isCloser(prev):
	case unicode.IsUpper(prev) && isInitialism(wordBefore(text, i)): // "U.S.The"
	default:
		return false
	}
	if unicode.IsDigit(prev) && text[i] == '.' {
		return false // "3.5", "19.06.2024"
	}
	c, w := utf8.DecodeRuneInString(text[marks:])
	if c == '"' || c == '«' || c == '“' { // "dit."Puis": the quote opens
		marks += w
		c, w = utf8.DecodeRuneInString(text[marks:])
	}
	if !unicode.IsUpper(c) {
		return false
	}
	d, _ := utf8.DecodeRuneInString(text[marks+w:])
	return unicode.IsLower(d)
}

// closers returns the position after the closing quotes and brackets at
// text[j:]. A straight quote followed by a letter opens rather than closes.
func closers(text string, j int) int {
	for j < len(text) {
		r, w := utf8.DecodeRuneInString(text[j:])
		if r == ' ' || r == '\u00a0' || r == '\u202f' {
			// French spacing: "fini. »"
			k := j + w
			for k < len(text) && text[k] == ' ' {
				k++
			}
			if n, nw := utf8.DecodeRuneInString(text[k:]); n == '»' || n == '›' {
				j = k + nw
				continue
			}
			break
		}
		if !isCloser(r) {
			break
		}
		if r == '"' || r == '\'' {
			if n, _ := utf8.DecodeRuneInString(text[j+w:]); j+w < len(text) && (unicode.IsLetter(n) || unicode.IsDigit(n)) {
				break
			}
		}
		j += w
	}
	return j
}

// wordBefore returns the word that ends at text[i], with its inner periods
// and hyphens: "U.S", "J.-C", "Gen", "etc".
func wordBefore(text string, i int) string {
	j := i
	for j > 0 {
		r, w := utf8.DecodeLastRuneInString(text[:j])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '.' || r == '-' || r == '°') {
			break
		}
		j -= w
	}
	return strings.TrimLeft(text[j:i], ".-")
}

// nextWord returns the folded first word at text[k:].
func nextWord(text string, k int) string {
	e := min(len(text), k+64)
	for e < len(text) && e > k && !utf8.RuneStart(text[e]) {
		e--
	}
	toks := dyad.Tokenize(text[k:e], 0)
	if len(toks) == 0 {
		return ""
	}
	return toks[0].Fold
}

// isInitialism reports a word of single letters joined by periods: "U.S",
// "a.m", "J.-C".
func isInitialism(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '.' || r == '-' }) {
		if utf8.RuneCountInString(part) > 2 {
			return false
		}
	}
	return true
}

// foldWords folds a phrase into words as dyad.Tokenize would find them in
// text; an elided word ("l'", "qu'") stays one word.
func foldWords(phrase string) []string {
	if r, _ := utf8.DecodeLastRuneInString(phrase); (r == '\'' || r == '’') && !strings.Contains(phrase, " ") {
		return []string{dyad.Fold(phrase)}
	}
	return dyad.FoldWords(phrase)
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// cut returns where to end a sentence that runs from start past limit: after
// the last space or punctuation mark in text[start:limit], else at the last
// rune boundary before limit.
func cut(text string, start, limit int) int {
	for j := limit; j > start+MaxLen/2; {
		r, w := utf8.DecodeLastRuneInString(text[start:j])
		if isSpace(r) || unicode.IsPunct(r) {
			return j
		}
		j -= w
	}
	for limit > start+1 && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

func hasWord(t string) bool {
	return strings.ContainsFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '؟', '。', '！', '？', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

func isCJKTerminal(r rune) bool { return r == '。' || r == '！' || r == '？' }

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '»', '”', '’', '›', '」', '』', '）':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '«', '“', '„', '‘', '‹', '¿', '¡', '「', '『', '（':
		return true
	}
	return false
}
