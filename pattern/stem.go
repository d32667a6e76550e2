package pattern

import (
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/arabic"
	"github.com/blevesearch/snowballstem/dutch"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/italian"
	"github.com/blevesearch/snowballstem/portuguese"
	"github.com/blevesearch/snowballstem/russian"
	"github.com/blevesearch/snowballstem/spanish"
)

// stemmers are the Snowball stemmers a grammar.txt may name.
var stemmers = map[string]func(*snowballstem.Env) bool{
	"arabic": arabic.Stem, "dutch": dutch.Stem, "english": english.Stem, "french": french.Stem,
	"german": german.Stem, "italian": italian.Stem, "portuguese": portuguese.Stem,
	"russian": russian.Stem, "spanish": spanish.Stem,
}

// defaultStemmers maps language codes to their stemmer's name.
var defaultStemmers = map[string]string{
	"ar": "arabic", "nl": "dutch", "en": "english", "fr": "french", "de": "german",
	"it": "italian", "pt": "portuguese", "ru": "russian", "es": "spanish",
}

// snowballStem stems a word with the named stemmer.
func snowballStem(name, w string) string {
	f := stemmers[name]
	if f == nil {
		return w
	}
	env := snowballstem.NewEnv(w)
	f(env)
	return env.Current()
}
