// Package langid identifies the language of a news text from its script and
// its most frequent function words.
//
// Each language is a profile: the words of lexicon/<lang>/stopwords.txt,
// folded with dyad.Fold so that accents and case do not matter. A text is
// first assigned its dominant script (Latin, Cyrillic, Arabic, Greek, Han,
// ...); only profiles written in that script compete, and a script without a
// profile gives "unknown". Each word of the text that belongs to k of the
// competing profiles gives 1/k of a vote to each of them, so words many
// languages share ("de", "a", "in") count less than words only one language
// has.
//
// The identifier answers ok=false rather than guess when the text has too few
// words, when the winner's votes are too few in all or per word (the text is
// in another language that merely shares some short words), or when the
// winner does not lead the runner-up clearly. Adding a language means adding
// its stopwords.txt; no code changes. Closely related languages without a
// profile (Catalan, Galician) can still be taken for their profiled
// neighbours.
package langid

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// The thresholds of the decision, measured on the project's evaluation
// sentences (single news sentences and whole articles in nine languages) and
// on sentences in twenty languages without a profile.
var defaultRule = rule{
	minWords: 4,     // fewer words are never enough
	minVotes: 1.5,   // the winner's votes
	minShare: 0.125, // the winner's votes per word: one in eight
	minLead:  1.5,   // the winner's votes over the runner-up's ...
	minNear:  1.3,   // ... or at least this ratio
	minGap:   1,     // ... and this many votes more
}

// maxBytes bounds the part of a long text that is read.
const maxBytes = 64 << 10

// errNoProfiles reports a file system without any stopwords.txt.
var errNoProfiles = errors.New("no <lang>/stopwords.txt found")

// Identifier tells the language of a text. It is safe for concurrent use.
type Identifier struct {
	langs  []string              // ISO 639-1 codes, sorted
	script []*unicode.RangeTable // the script of each profile
	words  map[string][]int      // folded word -> profiles that list it
}

// scripts are the writing systems a text can be assigned to.
var scripts = []*unicode.RangeTable{
	unicode.Latin, unicode.Cyrillic, unicode.Arabic, unicode.Greek, unicode.Han,
	unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Hebrew,
	unicode.Devanagari, unicode.Bengali, unicode.Tamil, unicode.Telugu,
	unicode.Thai, unicode.Armenian, unicode.Georgian, unicode.Ethiopic,
	unicode.Gujarati, unicode.Gurmukhi, unicode.Kannada, unicode.Malayalam,
	unicode.Sinhala, unicode.Khmer, unicode.Lao, unicode.Myanmar, unicode.Tibetan,
	unicode.Syriac, unicode.Thaana,
}

// Load reads every "<lang>/stopwords.txt" of fsys, one profile per folder.
// A file holds one or more |-separated words a line.
func Load(fsys fs.FS) (*Identifier, error) {
	names, err := fs.Glob(fsys, "*/stopwords.txt")
	if err != nil {
		return nil, fmt.Errorf("list profiles: %w", err)
	}
	if len(names) == 0 {
		return nil, errNoProfiles
	}
	sort.Strings(names)
	id := &Identifier{words: make(map[string][]int)}
	var errs dyad.ErrorList
	for _, name := range names {
		lines, err := dyad.ReadLines(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("load profile: %w", err)
		}
		p := len(id.langs)
		seen := map[string]bool{}
		counts := map[*unicode.RangeTable]int{}
		for _, l := range lines {
			if len(l.Fields) != 1 {
				errs.Add(name, l.No, "want one field of |-separated words, got %d fields", len(l.Fields))
				continue
			}
			for _, alt := range dyad.Alternatives(l.Fields[0]) {
				for _, w := range foldWords(alt) {
					s := scriptOf(w)
					if seen[w] || s == nil {
						continue
					}
					seen[w] = true
					id.words[w] = append(id.words[w], p)
					counts[s]++
				}
			}
		}
		if len(seen) == 0 {
			errs.Add(name, 0, "no words")
			continue
		}
		var best *unicode.RangeTable
		for _, s := range scripts { // in table order, so ties are deterministic
			if best == nil || counts[s] > counts[best] {
				best = s
			}
		}
		id.langs = append(id.langs, path.Dir(name))
		id.script = append(id.script, best)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return id, nil
}

// Languages returns the ISO 639-1 codes of the profiles, sorted.
func (id *Identifier) Languages() []string {
	return append([]string(nil), id.langs...)
}

// Identify returns the language of text. ok is false, and lang "", when the
// script has no profile or the evidence is too thin or too even to decide.
// Only the first 64 KiB of a long text are read.
func (id *Identifier) Identify(text string) (lang string, ok bool) {
	if len(text) > maxBytes {
		cut := maxBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	votes, words := id.score(text)
	best, ok := decide(votes, words, defaultRule)
	if !ok {
		return "", false
	}
	return id.langs[best], true
}

// score returns the votes of each profile for the words of text written in
// its dominant script, and the number of those words. votes is nil when no
// profile uses that script.
func (id *Identifier) score(text string) (votes []float64, words int) {
	script := dominantScript(text)
	if script == nil {
		return nil, 0
	}
	compete := make([]bool, len(id.langs))
	any := false
	for p, s := range id.script {
		compete[p] = s == script
		any = any || compete[p]
	}
	if !any {
		return nil, 0
	}
	votes = make([]float64, len(id.langs))
	for _, tok := range dyad.Tokenize(text, 0) {
		if scriptOf(tok.Fold) != script {
			continue
		}
		words++
		ps := id.words[tok.Fold]
		n := 0
		for _, p := range ps {
			if compete[p] {
				n++
			}
		}
		for _, p := range ps {
			if compete[p] {
				votes[p] += 1 / float64(n)
			}
		}
	}
	return votes, words
}

// rule holds the thresholds of a decision.
type rule struct {
	minWords int     // fewest words of the text's script
	minVotes float64 // fewest votes for the winner
	minShare float64 // fewest votes for the winner per word
	minLead  float64 // least ratio of the winner's votes to the runner-up's,
	minNear  float64 // or at least this ratio
	minGap   float64 // together with this many more votes
}

// decide returns the winning profile, or ok=false.
func decide(votes []float64, words int, r rule) (int, bool) {
	if votes == nil || words < r.minWords {
		return 0, false
	}
	best, second := -1, -1
	for p := range votes {
		switch {
		case best < 0 || votes[p] > votes[best]:
			best, second = p, best
		case second < 0 || votes[p] > votes[second]:
			second = p
		}
	}
	v := votes[best]
	if v < r.minVotes || v < r.minShare*float64(words) {
		return 0, false
	}
	if second >= 0 && v < r.minLead*votes[second] &&
		(v < r.minNear*votes[second] || v-votes[second] < r.minGap) {
		return 0, false
	}
	return best, true
}

// dominantScript returns the script most letters of text are written in, or
// nil when text has no letter of a known script.
func dominantScript(text string) *unicode.RangeTable {
	counts := make([]int, len(scripts))
	last := 0
	for _, r := range text {
		if r < utf8.RuneSelf {
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				counts[0]++ // ASCII letters are Latin
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.Is(scripts[last], r) {
			counts[last]++
			continue
		}
		for i, s := range scripts {
			if unicode.Is(s, r) {
				counts[i]++
				last = i
				break
			}
		}
	}
	best := -1
	for i, c := range counts {
		if c > 0 && (best < 0 || c > counts[best]) {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	return scripts[best]
}

// scriptOf returns the script of the first letter of w, or nil.
func scriptOf(w string) *unicode.RangeTable {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		for _, s := range scripts {
			if unicode.Is(s, r) {
				return s
			}
		}
		return nil
	}
	return nil
}

// foldWords folds a phrase into words as dyad.Tokenize finds them in text;
// an elided word ("l'", "qu'") stays one word.
func foldWords(phrase string) []string {
	if r, _ := utf8.DecodeLastRuneInString(phrase); (r == '\'' || r == '’') && !strings.Contains(phrase, " ") {
		return []string{dyad.Fold(phrase)}
	}
	return dyad.FoldWords(phrase)
}
