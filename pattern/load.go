package pattern

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dyad-events/dyad"
)

// elemKind is what a pattern element matches.
type elemKind int

const (
	elemWord   elemKind = iota // one token, by stem, exact form or prefix
	elemGap                    // ".." 0 to maxGap tokens
	elemSource                 // "$" an actor group
	elemTarget                 // "+" an actor group
)

// maxGap is how many tokens ".." may skip.
const maxGap = 4

// altMode is how one alternative of a word element compares to a token.
type altMode int

const (
	altStem   altMode = iota // same stem
	altExact                 // same folded form
	altPrefix                // folded form starts with
)

type alt struct {
	mode altMode
	text string // folded word, its stem, or the prefix
}

// element is one element of a pattern.
type element struct {
	kind     elemKind
	alts     []alt
	optional bool
	id       int // the same word element in several patterns has one id
}

// Expect is one event an example sentence must produce.
type Expect struct {
	Source, Target, Code string
}

// String returns "SOURCE>TARGET CODE", the form examples are written in.
func (e Expect) String() string { return e.Source + ">" + e.Target + " " + e.Code }

// Example is an example sentence of a pattern and the events it gives.
type Example struct {
	Line     int
	Sentence string
	Want     []Expect // empty: the sentence gives no event
}

// Pattern is one event pattern of a language.
type Pattern struct {
	Code     string
	Source   string // the pattern as written
	Rule     string // "<lang>/patterns.txt:<line>"
	Examples []Example
	Sym      bool   // mutual act: also target->source with Code
	Rev      string // also target->source with this code
	Loc      bool   // the target may be a place
	Gov      bool   // governs a following verb
	Self     bool   // without a target, the source's own country

	elems   []element
	literal int // number of word elements: the match's weight
	line    int
	id      int // index in the coder's patterns
}

// Grammar holds the closed-class words of a language (grammar.txt).
type Grammar struct {
	sets  map[string]map[string]bool
	first map[string]map[string]bool // per key: first words of its phrases
	long  map[string]int             // per key: words in its longest phrase
	pairs [][]string
	ends  []string // inflection endings a stem may carry
}

// has reports whether the folded word w is in the grammar set key.
func (g *Grammar) has(key, w string) bool { return g.sets[key][w] }

// Coder codes the sentences of one language with its patterns.
type Coder struct {
	lang    string
	stemmer string
	g       Grammar
	pats    []*Pattern
	// byWord indexes patterns by the exact folded form or stem of their
	// first word element, byPrefix by the start of a prefix element;
	// prefixed holds those that must be tried at every token.
	byWord   map[string][]*Pattern
	byPrefix map[string][]*Pattern // by the first prefixKey bytes of a prefix
	prefixed []*Pattern
	elemIDs  map[string]int // word elements by their text
	stemCache
}

// stemCache is embedded in Coder.
type stemCache struct {
	stems  sync.Map // folded word -> stem
	nstems atomic.Int64
}

// prefixKey is how many leading bytes of a prefix element index it.
const prefixKey = 3

// grammarKeys are the keys grammar.txt may use.
var grammarKeys = map[string]bool{
	"det": true, "prep": true, "locative": true, "agent": true, "passive": true,
	"neg_before": true, "neg_after": true, "modal": true, "coord": true, "between": true,
	"clause": true, "pronoun_sing": true, "pronoun_plur": true, "possessive": true, "pair": true,
	"stemmer": true, "endings": true, "impersonal": true, "stop": true, "inf": true, "anaphor": true, "quantity": true, "adverb": true, "active_endings": true, "conditional": true, "possessive_plur": true, "reflexive": true, "subject_fallback": true, "coord_prefix": true,
}

// Load reads "<lang>/grammar.txt" and "<lang>/patterns.txt" from fsys.
func Load(fsys fs.FS, lang string) (*Coder, error) {
	c := &Coder{lang: lang, stemmer: defaultStemmers[lang], byWord: map[string][]*Pattern{}, byPrefix: map[string][]*Pattern{}, elemIDs: map[string]int{}}
	if err := c.loadGrammar(fsys, lang+"/grammar.txt"); err != nil {
		return nil, err
	}
	if err := c.loadPatterns(fsys, lang+"/patterns.txt"); err != nil {
		return nil, err
	}
	return c, nil
}

// Lang returns the language the coder codes.
func (c *Coder) Lang() string { return c.lang }

// Patterns returns the coder's patterns in file order.
func (c *Coder) Patterns() []*Pattern { return c.pats }

func (c *Coder) loadGrammar(fsys fs.FS, name string) error {
	lines, err := dyad.ReadLines(fsys, name)
	if err != nil {
		return err
	}
	c.g.sets = map[string]map[string]bool{}
	var errs dyad.ErrorList
	for _, l := range lines {
		if len(l.Fields) != 2 || !grammarKeys[l.Fields[0]] {
			errs.Add(name, l.No, "want KEY<TAB>words with a known key, got %q", strings.Join(l.Fields, "\t"))
			continue
		}
		key := l.Fields[0]
		switch key {
		case "stemmer":
			c.stemmer = strings.TrimSpace(l.Fields[1])
			if c.stemmer == "none" {
				c.stemmer = ""
			} else if stemmers[c.stemmer] == nil {
				errs.Add(name, l.No, "unknown stemmer %q", c.stemmer)
			}
			continue
		case "endings":
			c.g.ends = append(c.g.ends, splitWords(dyad.Fold(l.Fields[1]))...)
			continue
		}
		if c.g.sets[key] == nil {
			c.g.sets[key] = map[string]bool{}
		}
		for _, p := range splitWords(l.Fields[1]) {
			w := dyad.FoldWords(p)
			switch {
			case key == "pair":
				c.g.pairs = append(c.g.pairs, canonAll(w))
			case len(w) == 1:
				c.g.sets[key][canon(w[0])] = true
				c.g.sets[key][w[0]] = true
			default:
				// multi-word entries ("ainsi que", "as well as") are kept
				// whole and matched as sequences
				c.g.sets[key][strings.Join(canonAll(w), " ")] = true
			}
		}
	}
	sort.Slice(c.g.ends, func(i, j int) bool { return len(c.g.ends[i]) > len(c.g.ends[j]) })
	c.g.first, c.g.long = map[string]map[string]bool{}, map[string]int{}
	for key, set := range c.g.sets {
		c.g.first[key] = map[string]bool{}
		for phrase := range set {
			ws := strings.Split(phrase, " ")
			c.g.first[key][ws[0]] = true
			c.g.long[key] = max(c.g.long[key], len(ws))
		}
	}
	return errs.Err()
}

// splitWords splits a grammar field on '|' or, when it has none, on spaces.
func splitWords(f string) []string {
	if strings.Contains(f, "|") {
		return dyad.Alternatives(f)
	}
	return strings.Fields(f)
}

func (c *Coder) loadPatterns(fsys fs.FS, name string) error {
	lines, err := dyad.ReadLines(fsys, name)
	if err != nil {
		return err
	}
	var errs dyad.ErrorList
	var cur *Pattern
	bad := false // the pattern above is in error: its examples are skipped
	for _, l := range lines {
		if l.Indent {
			if cur == nil {
				if !bad {
					errs.Add(name, l.No, "example before any pattern")
				}
				continue
			}
			ex, err := parseExample(l.Fields)
			if err != nil {
				errs.Add(name, l.No, "%v", err)
				continue
			}
			ex.Line = l.No
			cur.Examples = append(cur.Examples, ex)
			continue
		}
		p, err := c.parsePattern(l.Fields)
		if err != nil {
			errs.Add(name, l.No, "%v", err)
			cur, bad = nil, true
			continue
		}
		bad = false
		p.line = l.No
		p.id = len(c.pats)
		p.Rule = fmt.Sprintf("%s:%d", name, l.No)
		c.pats = append(c.pats, p)
		cur = p
	}
	for _, p := range c.pats {
		if len(p.Examples) == 0 {
			errs.Add(name, p.line, "pattern %q has no example", p.Source)
		}
		c.index(p)
	}
	return errs.Err()
}

// index files p under its first word element.
func (c *Coder) index(p *Pattern) {
	for _, e := range p.elems {
		if e.kind != elemWord {
			continue
		}
		if e.optional {
			break // an optional first word: fall back to scanning
		}
		for _, a := range e.alts {
			if a.mode == altPrefix && len(a.text) < prefixKey {
				c.prefixed = append(c.prefixed, p)
				return
			}
		}
		for _, a := range e.alts {
			if a.mode == altPrefix {
				k := a.text[:prefixKey]
				c.byPrefix[k] = appendOnce(c.byPrefix[k], p)
				continue
			}
			c.byWord[a.text] = appendOnce(c.byWord[a.text], p)
		}
		return
	}
	c.prefixed = append(c.prefixed, p)
}

func appendOnce(ps []*Pattern, p *Pattern) []*Pattern {
	if n := len(ps); n > 0 && ps[n-1] == p {
		return ps
	}
	return append(ps, p)
}

func (c *Coder) parsePattern(f []string) (*Pattern, error) {
	if len(f) < 2 || len(f) > 3 {
		return nil, errors.New("want CODE<TAB>PATTERN[<TAB>FLAGS]")
	}
	if !validCode(f[0]) {
		return nil, fmt.Errorf("bad CAMEO code %q", f[0])
	}
	p := &Pattern{Code: f[0], Source: f[1]}
	for _, tok := range strings.Fields(f[1]) {
		e, err := c.parseElement(tok)
		if err != nil {
			return nil, err
		}
		if e.kind == elemWord {
			p.literal++
			key := strings.TrimSuffix(tok, "?")
			id, ok := c.elemIDs[key]
			if !ok {
				id = len(c.elemIDs)
				c.elemIDs[key] = id
			}
			e.id = id
		}
		p.elems = append(p.elems, e)
	}
	if p.literal == 0 {
		return nil, errors.New("pattern has no word")
	}
	if len(f) == 3 {
		for _, fl := range strings.Split(f[2], ",") {
			fl = strings.TrimSpace(fl)
			switch {
			case fl == "sym":
				p.Sym = true
			case fl == "loc":
				p.Loc = true
			case fl == "gov":
				p.Gov = true
			case fl == "self":
				p.Self = true
			case strings.HasPrefix(fl, "rev="):
				p.Rev = strings.TrimPrefix(fl, "rev=")
				if !validCode(p.Rev) {
					return nil, fmt.Errorf("bad CAMEO code in flag %q", fl)
				}
			case fl == "":
			default:
				return nil, fmt.Errorf("unknown flag %q", fl)
			}
		}
	}
	return p, nil
}

func validCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s[:2] >= "01" && s[:2] <= "20"
}

func (c *Coder) parseElement(tok string) (element, error) {
	var e element
	if strings.HasSuffix(tok, "?") && len(tok) > 1 {
		e.optional = true
		tok = strings.TrimSuffix(tok, "?")
	}
	switch tok {
	case "..":
		e.kind = elemGap
		return e, nil
	case "$":
		e.kind = elemSource
		return e, nil
	case "+":
		e.kind = elemTarget
		return e, nil
	}
	for _, a := range strings.Split(tok, "|") {
		if a == "" {
			return e, fmt.Errorf("empty alternative in %q", tok)
		}
		var x alt
		switch {
		case strings.HasPrefix(a, "="):
			x = alt{altExact, canon(dyad.Fold(a[1:]))}
		case strings.HasSuffix(a, "*"):
			x = alt{altPrefix, dyad.Fold(strings.TrimSuffix(a, "*"))}
		default:
			w := canon(dyad.Fold(a))
			if len([]rune(w)) <= 3 || strings.ContainsAny(w, "'-") {
				x = alt{altExact, w}
			} else {
				x = alt{altStem, c.stem(w)}
			}
		}
		if x.text == "" {
			return e, fmt.Errorf("empty word in %q", tok)
		}
		e.alts = append(e.alts, x)
	}
	return e, nil
}

// maxStems bounds the stem cache.
const maxStems = 200000

// stem returns the stem of a folded word, or the word when the language
// has no stemmer. Stems are cached: stemming is the coder's costliest step.
func (c *Coder) stem(w string) string {
	if c.stemmer == "" || len(w) <= 3 {
		return w
	}
	if s, ok := c.stems.Load(w); ok {
		return s.(string)
	}
	s := snowballStem(c.stemmer, w)
	if s == "" {
		s = w
	}
	if c.nstems.Add(1) <= maxStems {
		c.stems.Store(w, s)
	}
	return s
}

// canon turns an elided form into its full form, so that "d'" matches "de"
// and "qu'" matches "que": a token that ends in an apostrophe is the word
// with "e" in place of the apostrophe.
func canon(w string) string {
	if n := len(w); n > 1 && w[n-1] == '\'' {
		return w[:n-1] + "e"
	}
	return w
}

func canonAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = canon(w)
	}
	return out
}

// parseExample parses "ex<TAB>SENTENCE<TAB>EXPECTED".
func parseExample(f []string) (Example, error) {
	if len(f) != 3 || f[0] != "ex" {
		return Example{}, errors.New("want ex<TAB>SENTENCE<TAB>EXPECTED")
	}
	ex := Example{Sentence: f[1]}
	if strings.TrimSpace(f[2]) == "-" {
		return ex, nil
	}
	for _, item := range strings.Split(f[2], ",") {
		item = strings.TrimSpace(item)
		var dy, code string
		if _, err := fmt.Sscan(item, &dy, &code); err != nil {
			return ex, fmt.Errorf("bad expected event %q: want SOURCE>TARGET CODE", item)
		}
		src, tgt, ok := strings.Cut(dy, ">")
		if !ok || src == "" || tgt == "" || !validCode(code) {
			return ex, fmt.Errorf("bad expected event %q: want SOURCE>TARGET CODE", item)
		}
		ex.Want = append(ex.Want, Expect{src, tgt, code})
	}
	return ex, nil
}
