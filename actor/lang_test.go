package actor_test

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actor"
	"github.com/dyad-events/dyad/lexicon"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Helpers for the tests of one language's actor data (lexicon/<lang>/*.txt)
// through the public API: actor.Load on the embedded lexicon, people files
// included, and Find.

// langSpec is what the checks of a language need beyond its files: the
// date given to Find and the words that compose an entry into a mention.
type langSpec struct {
	lang string
	// date is the publication date of the checks and of the find cases that
	// have none; "" for no date.
	date string
	// govTitle composes a demonym form with a GOV title, as a format:
	// "el Gobierno %s".
	govTitle string
	// titleOf puts a title with a country, as formats: "%s ruso".
	titleOf []string
	// titleCountry is the country of titleOf: "RUS".
	titleCountry string
}

// loaded is the outcome of loading one language.
type loaded struct {
	d   *actor.Dict
	err error
}

var (
	dictsMu sync.Mutex
	dicts   = map[string]*loaded{}
)

// loadDict returns the dictionary of lang in the embedded lexicon, loading
// it once.
func loadDict(tb testing.TB, lang string) *actor.Dict {
	tb.Helper()
	dictsMu.Lock()
	l := dicts[lang]
	if l == nil {
		l = &loaded{}
		l.d, l.err = actor.Load(lexicon.FS, lang)
		dicts[lang] = l
	}
	dictsMu.Unlock()
	if l.err != nil {
		var list dyad.ErrorList
		if errors.As(l.err, &list) {
			for _, e := range list {
				tb.Error(e)
			}
		}
		tb.Fatalf("Load(lexicon.FS, %q): %v", lang, l.err)
	}
	return l.d
}

var kinds = map[dyad.MentionKind]string{
	dyad.KindCountry: "country", dyad.KindDemonym: "demonym", dyad.KindTitle: "title",
	dyad.KindPerson: "person", dyad.KindSeat: "seat", dyad.KindPlace: "place", dyad.KindIGO: "igo",
}

// show renders mentions as "[text] KIND CODE KEY @place; ...".
func show(toks []dyad.Token, ms []dyad.Mention) string {
	var out []string
	for _, m := range ms {
		var words []string
		for _, t := range toks[m.Start:m.End] {
			words = append(words, t.Text)
		}
		s := fmt.Sprintf("[%s] %s %s %s", strings.Join(words, " "), kinds[m.Kind], m.Actor.Code, m.Actor.Key())
		if m.Place != "" {
			s += " @" + m.Place
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

// records returns the records of a file of lang: neither the indented
// lines nor the @settings.
func records(t *testing.T, lang, file string) []dyad.Line {
	t.Helper()
	lines, err := dyad.ReadLines(lexicon.FS, lang+"/"+file)
	if err != nil {
		t.Fatal(err)
	}
	var out []dyad.Line
	for _, l := range lines {
		if !l.Indent && !strings.HasPrefix(l.Fields[0], "@") {
			out = append(out, l)
		}
	}
	return out
}

// worldCountries returns the lines of world/countries.tsv.
func worldCountries(t *testing.T) []dyad.Line {
	t.Helper()
	lines, err := dyad.ReadLines(lexicon.FS, "world/countries.tsv")
	if err != nil {
		t.Fatal(err)
	}
	return lines
}

type findCase struct {
	name, text, date, want string
}

// runFind checks the mentions Find returns in each case's text, on the
// case's date or else on l.date.
func runFind(t *testing.T, l langSpec, cases []findCase) {
	d := loadDict(t, l.lang)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			date := c.date
			if date == "" {
				date = l.date
			}
			toks := dyad.Tokenize(c.text, 0)
			if got := show(toks, d.Find(toks, date)); got != c.want {
				t.Errorf("Find(%q)\n got: %s\nwant: %s", c.text, got, c.want)
			}
		})
	}
}

// checkEntriesFindThemselves checks that every name of the country, seat,
// place and organisation files, written alone, is one mention of its
// record's referent: no entry is shadowed by another or split by the
// tokenizer.
func checkEntriesFindThemselves(t *testing.T, l langSpec) {
	d := loadDict(t, l.lang)
	for _, file := range []string{"countries.txt", "seats.txt", "places.txt", "igos.txt"} {
		for _, r := range records(t, l.lang, file) {
			ref := r.Fields[0]
			if ref == "-" {
				continue
			}
			if file == "igos.txt" {
				ref = "IGO:" + ref
			}
			for _, name := range dyad.Alternatives(r.Fields[1]) {
				toks := dyad.Tokenize(name, 0)
				ms := d.Find(toks, l.date)
				if len(ms) != 1 || ms[0].Start != 0 || ms[0].End != len(toks) || ms[0].Actor.Key() != ref {
					t.Errorf("%s/%s:%d: Find(%q) = %s, want one mention of %s", l.lang, file, r.No, name, show(toks, ms), ref)
				}
			}
		}
	}
}

// checkDemonyms checks that every adjective form of demonyms.txt composed
// with l.govTitle is the government of its country, and that every noun
// form (third field) is a demonym mention of it.
func checkDemonyms(t *testing.T, l langSpec) {
	d := loadDict(t, l.lang)
	for _, r := range records(t, l.lang, "demonyms.txt") {
		ref := r.Fields[0]
		for _, adj := range dyad.Alternatives(r.Fields[1]) {
			text := fmt.Sprintf(l.govTitle, adj)
			toks := dyad.Tokenize(text, 0)
			ms := d.Find(toks, l.date)
			if len(ms) != 1 || ms[0].End != len(toks) || ms[0].Actor.Key() != ref || ms[0].Actor.Sector != "GOV" {
				t.Errorf("%s/demonyms.txt:%d: Find(%q) = %s, want a GOV title of %s", l.lang, r.No, text, show(toks, ms), ref)
			}
		}
		if len(r.Fields) < 3 {
			continue
		}
		for _, noun := range dyad.Alternatives(r.Fields[2]) {
			toks := dyad.Tokenize(noun, 0)
			ms := d.Find(toks, l.date)
			if len(ms) != 1 || ms[0].Kind != dyad.KindDemonym || ms[0].Actor.Key() != ref {
				t.Errorf("%s/demonyms.txt:%d: Find(%q) = %s, want a demonym of %s", l.lang, r.No, noun, show(toks, ms), ref)
			}
		}
	}
}

// checkTitles checks that every title of titles.txt composed with each of
// l.titleOf is one mention of l.titleCountry with the title's sector.
func checkTitles(t *testing.T, l langSpec) {
	d := loadDict(t, l.lang)
	for _, r := range records(t, l.lang, "titles.txt") {
		sector := r.Fields[0]
		for _, title := range dyad.Alternatives(r.Fields[1]) {
			for _, format := range l.titleOf {
				text := fmt.Sprintf(format, title)
				toks := dyad.Tokenize(text, 0)
				ms := d.Find(toks, l.date)
				if len(ms) != 1 || ms[0].End != len(toks) || ms[0].Actor.Key() != l.titleCountry || ms[0].Actor.Sector != sector {
					t.Errorf("%s/titles.txt:%d: Find(%q) = %s, want %s%s", l.lang, r.No, text, show(toks, ms), l.titleCountry, sector)
				}
			}
		}
	}
}

// checkDemonymsCover checks that every country of world/countries.tsv but
// the ones of none has a record in demonyms.txt.
func checkDemonymsCover(t *testing.T, l langSpec, none ...string) {
	have := map[string]bool{}
	for _, r := range records(t, l.lang, "demonyms.txt") {
		have[r.Fields[0]] = true
	}
	for _, iso := range none {
		have[iso] = true
	}
	for _, c := range worldCountries(t) {
		if iso := c.Fields[0]; !have[iso] {
			t.Errorf("%s/demonyms.txt: no demonym for %s", l.lang, iso)
		}
	}
}

// checkCountriesNamed checks that every country of world/countries.tsv is
// found by one of its names in l.lang: its CLDR name or a name of
// countries.txt.
func checkCountriesNamed(t *testing.T, l langSpec) {
	d := loadDict(t, l.lang)
	names := map[string][]string{}
	for _, r := range records(t, l.lang, "countries.txt") {
		names[r.Fields[0]] = dyad.Alternatives(r.Fields[1])
	}
	tag := language.Make(l.lang)
	cldr := display.Regions(tag)
	langName := display.English.Languages().Name(tag)
	for _, c := range worldCountries(t) {
		iso, iso2 := c.Fields[0], c.Fields[1]
		cands := names[iso]
		if r, err := language.ParseRegion(iso2); err == nil {
			cands = append(cands, cldr.Name(r))
		}
		found := false
		for _, n := range cands {
			toks := dyad.Tokenize(n, 0)
			if ms := d.Find(toks, l.date); len(ms) == 1 && ms[0].Actor.Key() == iso && ms[0].End == len(toks) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("%s (%s): no %s name among %q", iso, c.Fields[3], langName, cands)
		}
	}
}
