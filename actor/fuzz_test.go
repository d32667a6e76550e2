package actor

import (
	"testing"
	"testing/fstest"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/lexicon"
)

// exampleFS is the embedded lexicon.
var exampleFS = lexicon.FS

const maxFuzz = 4096

// FuzzFind checks that Find never panics and returns ordered,
// non-overlapping mentions inside the sentence.
func FuzzFind(f *testing.F) {
	for _, s := range benchText {
		f.Add(s, "2024-06-20")
	}
	f.Add("le président , , et de l' Kim", "")
	f.Add("Russia's 's of the US and", "2019")
	d := mustLoad(f, "fr")
	e := mustLoad(f, "en")
	f.Fuzz(func(t *testing.T, text, date string) {
		if len(text) > maxFuzz {
			return
		}
		toks := dyad.Tokenize(text, 0)
		for _, dict := range []*Dict{d, e} {
			last := 0
			for _, m := range dict.Find(toks, date) {
				if m.Start < last || m.End <= m.Start || m.End > len(toks) {
					t.Fatalf("bad mention %+v after %d in %q", m, last, text)
				}
				last = m.End
			}
		}
	})
}

// FuzzLoad checks that the loader reports errors, never panics, on any
// content of the files it parses.
func FuzzLoad(f *testing.F) {
	f.Add("RUS\trusse|russes\n", "GOV\tprésident\n@of\tde\n", "Ivan Petrov|Petrov\tRUS\tGOV\tminister\t2020-01-01\t\n")
	f.Add("\t\n#\nZZZ\t|\n", "@order\tafter\n@capnoun\tyes\nMIL\t|armée\n", "X\tIGO:\t\n")
	f.Fuzz(func(t *testing.T, demonyms, titles, people string) {
		if len(demonyms)+len(titles)+len(people) > maxFuzz {
			return
		}
		m := fstest.MapFS{
			"world/countries.tsv":   {Data: []byte("RUS\tRU\tRUS\tRussia\nUKR\tUA\tUKR\tUkraine\n")},
			"world/igos.tsv":        {Data: []byte("UN\tIGOUNO\tUnited Nations\n")},
			"xx/demonyms.txt":       {Data: []byte(demonyms)},
			"xx/titles.txt":         {Data: []byte(titles)},
			"world/people-fuzz.tsv": {Data: []byte(people)},
		}
		d, err := Load(m, "xx")
		if err != nil {
			return
		}
		d.Find(dyad.Tokenize(demonyms+" "+titles+" "+people, 0), "2024-06-20")
	})
}
