package dyad

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldTable maps letters with diacritics to their base letters.
var foldTable = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'ç': "c", 'ć': "c", 'č': "c", 'ĉ': "c", 'ċ': "c",
	'ď': "d", 'đ': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e",
	'ğ': "g", 'ģ': "g",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'į': "i", 'ı': "i",
	'ķ': "k", 'ľ': "l", 'ĺ': "l", 'ļ': "l", 'ł': "l",
	'ñ': "n", 'ń': "n", 'ň': "n", 'ņ': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o",
	'ŕ': "r", 'ř': "r",
	'ś': "s", 'š': "s", 'ş': "s", 'ș': "s",
	'ť': "t", 'ţ': "t", 'ț': "t",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u", 'ų': "u",
	'ý': "y", 'ÿ': "y",
	'ź': "z", 'ż': "z", 'ž': "z",
	'œ': "oe", 'æ': "ae", 'ß': "ss", 'ð': "d", 'þ': "th",
	'ё': "е", '’': "'", '‘': "'", 'ʼ': "'",
}

// Fold returns s in lower case with Latin diacritics removed, so that
// "États-Unis", "Etats-Unis" and "ETATS-UNIS" compare equal. It is the form
// every lexicon lookup uses.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// elisions are the French and Italian words that end in an apostrophe and
// are split off the word they are glued to: "l'Élysée" is "l'" + "Élysée",
// "dell'Onu" is "dell'" + "Onu".
var elisions = map[string]bool{
	"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true, "c": true,
	"qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true, "presqu": true,
	"dell": true, "dall": true, "nell": true, "all": true, "sull": true, "coll": true,
	"quest": true, "quell": true, "sant": true, "un": true, "nessun": true,
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// Tokenize splits text into words and punctuation marks. base is added to
// every offset, so tokens of a sentence can carry offsets into the whole
// document. Words keep inner hyphens ("nord-coréen"), numbers keep inner
// separators ("3.5", "19/06/2024"), initialisms keep their periods ("U.S."),
// French elisions are split after the apostrophe ("l'", "Élysée") and English
// clitics before it ("Russia", "'s"; "did", "n't").
func Tokenize(text string, base int) []Token {
	toks := make([]Token, 0, len(text)/5+1)
	add := func(s, e int) {
		t := text[s:e]
		toks = append(toks, Token{Text: t, Fold: Fold(t), Span: Span{base + s, base + e}})
	}
	i := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || r == utf8.RuneError && w <= 1 {
			i += w
			continue
		}
		if !isWordRune(r) {
			add(i, i+w)
			i += w
			continue
		}
		start := i
		j := i + w
		for j < len(text) {
			r2, w2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				j += w2
				continue
			}
			// inner joiners: a hyphen or apostrophe between letters, a
			// separator between digits, a period in an initialism
			if j+w2 < len(text) {
				n, _ := utf8.DecodeRuneInString(text[j+w2:])
				prev, _ := utf8.DecodeLastRuneInString(text[start:j])
				switch {
				case (r2 == '-' || r2 == '‑') && isWordRune(n):
					j += w2
					continue
				case isApos(r2) && unicode.IsLetter(n):
					j += w2
					continue
				case (r2 == '.' || r2 == ',' || r2 == '/' || r2 == ':') && unicode.IsDigit(prev) && unicode.IsDigit(n):
					j += w2
					continue
				case r2 == '.' && utf8.RuneCountInString(text[start:j]) == 1 && unicode.IsUpper(prev) && unicode.IsUpper(n):
					j = initialism(text, j)
				}
			}
			break
		}
		splitWord(text[start:j], start, add)
		i = j
	}
	return toks
}

// initialism returns the end of an initialism such as "U.S." whose first
// period is at text[k].
func initialism(text string, k int) int {
	for k < len(text) && text[k] == '.' {
		c, cw := utf8.DecodeRuneInString(text[k+1:])
		if !unicode.IsUpper(c) {
			return k + 1 // the closing period
		}
		after := k + 1 + cw
		if after < len(text) {
			if c2, _ := utf8.DecodeRuneInString(text[after:]); isWordRune(c2) {
				return k // "U.S.The": the period ends a sentence
			}
		}
		k = after
	}
	return k
}

// isInitialism reports whether w is two or more capitals ("UN" in "UN's"
// is no Italian "un'").
func isInitialism(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n > 1
}

// splitWord emits a word, splitting French elisions and English clitics.
func splitWord(w string, start int, add func(s, e int)) {
	for {
		k := strings.IndexFunc(w, isApos)
		if k <= 0 {
			add(start, start+len(w))
			return
		}
		_, aw := utf8.DecodeRuneInString(w[k:])
		head, tail := Fold(w[:k]), Fold(w[k+aw:])
		switch {
		case elisions[head] && !isInitialism(w[:k]):
			add(start, start+k+aw)
			start += k + aw
			w = w[k+aw:]
			continue
		case tail == "s" || tail == "t" && strings.HasSuffix(head, "n"):
			if tail == "t" { // "didn't" -> "did" "n't"
				add(start, start+k-1)
				add(start+k-1, start+len(w))
				return
			}
			add(start, start+k)
			add(start+k, start+len(w))
			return
		}
		add(start, start+len(w))
		return
	}
}

// Line is one non-blank, non-comment line of a lexicon file.
type Line struct {
	No     int      // 1-based line number
	Indent bool     // the line starts with white space (a continuation)
	Fields []string // tab-separated fields, trimmed
}

// ReadLines reads a UTF-8 lexicon file from fsys: blank lines and lines whose
// first non-blank character is '#' are skipped, the rest split on tabs.
func ReadLines(fsys fs.FS, name string) ([]Line, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("open lexicon: %w", err)
	}
	defer f.Close()
	var out []Line
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	no := 0
	for sc.Scan() {
		no++
		raw := sc.Text()
		t := strings.TrimSpace(raw)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if !utf8.ValidString(raw) {
			return nil, &Error{File: name, Line: no, Err: fmt.Errorf("invalid UTF-8")}
		}
		var fields []string
		for _, f := range strings.Split(t, "\t") {
			if f = strings.TrimSpace(f); f != "" {
				fields = append(fields, f)
			}
		}
		out = append(out, Line{No: no, Indent: raw[0] == ' ' || raw[0] == '\t', Fields: fields})
	}
	if err := sc.Err(); err != nil {
		return nil, &Error{File: name, Line: no, Err: err}
	}
	return out, nil
}

// Alternatives splits a field of '|'-separated phrases, trimming each.
func Alternatives(field string) []string {
	var out []string
	for _, p := range strings.Split(field, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// FoldWords tokenizes a phrase and returns the folded words, the key form
// used by every phrase dictionary.
func FoldWords(phrase string) []string {
	toks := Tokenize(phrase, 0)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Fold
	}
	return out
}
