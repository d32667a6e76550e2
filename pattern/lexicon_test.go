package pattern_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/lexicon"
	"github.com/dyad-events/dyad/pipeline"
)

// TestLexicon codes every example sentence of every language's
// patterns.txt through the whole pipeline: the lexicon is its own test
// suite. An example lists the events it must give, or "-" for none.
func TestLexicon(t *testing.T) {
	p, err := pipeline.New(lexicon.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range p.Languages() {
		t.Run(lang, func(t *testing.T) {
			failed, total := 0, 0
			for _, pat := range p.Coder(lang).Patterns() {
				for _, code := range []string{pat.Code, pat.Rev} {
					if code != "" && !cameo.Valid(code) {
						t.Errorf("%s: %s is no CAMEO 1.1b3 code", pat.Rule, code)
					}
				}
				for _, ex := range pat.Examples {
					total++
					evs, err := p.Code(dyad.Document{ID: "ex", Text: ex.Sentence, Published: "2024-06-20", Lang: lang})
					if err != nil {
						t.Errorf("%s/patterns.txt:%d: %v", lang, ex.Line, err)
						failed++
						continue
					}
					got := map[string]bool{}
					var list []string
					for _, e := range evs {
						k := fmt.Sprintf("%s>%s %s", e.Source.Key(), e.Target.Key(), e.CAMEO)
						if !got[k] {
							list = append(list, k)
						}
						got[k] = true
					}
					sort.Strings(list)
					var missing []string
					for _, w := range ex.Want {
						if !got[w.String()] {
							missing = append(missing, w.String())
						}
					}
					switch {
					case len(ex.Want) == 0 && len(evs) > 0:
						t.Errorf("%s/patterns.txt:%d: %q\n\tgot %s, want no event", lang, ex.Line, ex.Sentence, strings.Join(list, ", "))
						failed++
					case len(missing) > 0:
						t.Errorf("%s/patterns.txt:%d: %q\n\tgot [%s], missing %s", lang, ex.Line, ex.Sentence, strings.Join(list, ", "), strings.Join(missing, ", "))
						failed++
					}
				}
			}
			t.Logf("%s: %d of %d examples pass", lang, total-failed, total)
		})
	}
}
