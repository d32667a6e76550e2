package pattern

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dyad-events/dyad"
)

// testFS is a small French lexicon that exercises every engine feature.
var testFS = fstest.MapFS{
	"fr/grammar.txt": {Data: []byte(`
det	le|la|les|l'|un|une|des|du|son|sa|ses|ce|cette
prep	de|du|des|à|au|aux|avec|contre|pour|sur|en|auprès
locative	à|au|aux|en|dans
agent	par
passive	été|est|sont
neg_before	ne|n'
neg_after	pas|jamais
modal	pourrait|aurait
coord	et|ainsi que
between	entre
pronoun_sing	il|elle
pronoun_plur	ils
possessive	son|sa|ses
pair	les deux pays
endings	ent|ont
`)},
	"fr/patterns.txt": {Data: []byte(`
057	signer|sceller .. accord|traité	sym
	ex	x	-
057	accord|traité .. signer|conclure	sym
	ex	x	-
042	visite|séjour|atterrir	rev=043,loc
	ex	x	-
043	recevoir|reçu	rev=042
	ex	x	-
163	sanctionner
	ex	x	-
130	menacer de	gov
	ex	x	-
111	condamner
	ex	x	-
112	accuser + de
	ex	x	-
`)},
}

var mark = regexp.MustCompile(`\[([A-Z:]+)(@\w+)? ([^\]]+)\]`)

// input builds a sentence from text with actors marked [KEY words],
// [KEY@seat words] or [KEY@place words].
func input(index int, marked string) Input {
	var text strings.Builder
	type span struct {
		start, end int
		key, kind  string
	}
	var spans []span
	last := 0
	for _, m := range mark.FindAllStringSubmatchIndex(marked, -1) {
		text.WriteString(marked[last:m[0]])
		s := text.Len()
		text.WriteString(marked[m[6]:m[7]])
		kind := ""
		if m[4] >= 0 {
			kind = marked[m[4]+1 : m[5]]
		}
		spans = append(spans, span{s, text.Len(), marked[m[2]:m[3]], kind})
		last = m[1]
	}
	text.WriteString(marked[last:])
	t := text.String()
	toks := dyad.Tokenize(t, 0)
	in := Input{Sentence: dyad.Sentence{Index: index, Span: dyad.Span{End: len(t)}, Text: t, Tokens: toks}}
	for _, sp := range spans {
		m := dyad.Mention{Start: -1}
		for i, tok := range toks {
			if tok.Span.Start >= sp.start && tok.Span.End <= sp.end {
				if m.Start < 0 {
					m.Start = i
				}
				m.End = i + 1
			}
		}
		a := dyad.Actor{Name: sp.key, Code: sp.key, Country: sp.key}
		if strings.HasPrefix(sp.key, "IGO:") {
			a = dyad.Actor{Name: sp.key, Code: sp.key, IGO: strings.TrimPrefix(sp.key, "IGO:")}
		}
		switch sp.kind {
		case "seat":
			m.Kind, a.Sector, m.Place = dyad.KindSeat, "GOV", t[sp.start:sp.end]
		case "place":
			m.Kind, m.Place = dyad.KindPlace, t[sp.start:sp.end]
		}
		m.Actor = a
		in.Mentions = append(in.Mentions, m)
	}
	return in
}

func TestCode(t *testing.T) {
	c, err := Load(testFS, "fr")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		sents []string
		want  string
	}{
		{"simple", []string{"[FRA La France] a condamné [RUS la Russie]."}, "FRA>RUS 111"},
		{"inflection by ending", []string{"[FRA Paris@seat] et [DEU Berlin] condamnent [RUS Moscou]."}, "DEU>RUS 111, FRA>RUS 111"},
		{"coordinated symmetric", []string{"[RUS Vladimir Poutine] et [PRK le dirigeant nord-coréen], [PRK Kim Jong-un], ont scellé ce traité."},
			"PRK>RUS 057, RUS>PRK 057"},
		{"symmetric with target", []string{"[FRA La France] a signé un accord avec [CIV la Côte d'Ivoire]."}, "CIV>FRA 057, FRA>CIV 057"},
		{"agentless passive between", []string{"Quatre accords ont été signés entre [CIV la Côte d'Ivoire] et [FRA la France]."}, "CIV>FRA 057, FRA>CIV 057"},
		{"passive with agent", []string{"[IRN L'Iran] a été sanctionné par [USA les États-Unis]."}, "USA>IRN 163"},
		{"negation", []string{"[FRA La France] n'a pas condamné [RUS la Russie]."}, ""},
		{"modal", []string{"[FRA La France] pourrait sanctionner [RUS la Russie]."}, ""},
		{"governed verb", []string{"[USA Washington@seat] a menacé de sanctionner [IRN l'Iran]."}, "USA>IRN 130"},
		{"visit to a place", []string{"[RUS Le président russe] a atterri au [VNM Vietnam]."}, "RUS>VNM 042, VNM>RUS 043"},
		{"place is not a target", []string{"[FRA La France] a condamné à [BEL Bruxelles@place] l'attaque."}, ""},
		{"explicit target slot", []string{"[FRA La France] a accusé [RUS la Russie] de mentir."}, "FRA>RUS 112"},
		{"possessive refers to subject", []string{"[RUS Le président russe] a parlé.", "Son séjour à [PRK Pyongyang@seat] a duré un jour."},
			"PRK>RUS 043, RUS>PRK 042"},
		{"pronoun refers back", []string{"[FRA La France] a parlé.", "Elle a condamné [RUS la Russie]."}, "FRA>RUS 111"},
		{"the two countries", []string{"[FRA La France] et [CIV la Côte d'Ivoire] se sont vus.", "Les deux pays ont signé un traité."},
			"CIV>FRA 057, FRA>CIV 057"},
		{"reception", []string{"[FRA Macron] a reçu [DEU le chancelier allemand]."}, "DEU>FRA 042, FRA>DEU 043"},
		{"no self event", []string{"[FRA La France] a condamné [FRA Paris@seat]."}, ""},
	}
	for _, tt := range tests {
		var ins []Input
		for i, s := range tt.sents {
			ins = append(ins, input(i, s))
		}
		var got []string
		for _, m := range c.Code(ins) {
			got = append(got, fmt.Sprintf("%s>%s %s", m.Source.Key(), m.Target.Key(), m.Code))
		}
		sort.Strings(got)
		if g := strings.Join(got, ", "); g != tt.want {
			t.Errorf("%s: Code = %q, want %q", tt.name, g, tt.want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	fsys := fstest.MapFS{
		"fr/grammar.txt":  {Data: []byte("det\tle\nbogus\tx\n")},
		"fr/patterns.txt": {Data: []byte("999\tsigner\n\tex\tx\t-\n057\tsigner\n057\tsigner\tsym\n\tex\tbad\tRUS PRK\n")},
	}
	_, err := Load(fsys, "fr")
	if err == nil || !strings.Contains(err.Error(), "fr/grammar.txt:2") {
		t.Fatalf("Load = %v, want an error at fr/grammar.txt:2", err)
	}
	fsys["fr/grammar.txt"] = &fstest.MapFile{Data: []byte("det\tle\n")}
	_, err = Load(fsys, "fr")
	el, ok := err.(dyad.ErrorList)
	if !ok || len(el) != 4 {
		t.Fatalf("Load = %v, want 4 errors (bad code, no example, bad example, no example)", err)
	}
}

func BenchmarkCode(b *testing.B) {
	c, err := Load(testFS, "fr")
	if err != nil {
		b.Fatal(err)
	}
	ins := []Input{
		input(0, "[RUS Vladimir Poutine] et [PRK le dirigeant nord-coréen], [PRK Kim Jong-un], ont scellé ce traité à [PRK Pyongyang@seat]."),
		input(1, "[USA Washington@seat] a menacé de sanctionner [IRN l'Iran] et a condamné [RUS la Russie] pour son soutien."),
	}
	n := 0
	for _, in := range ins {
		n += len(in.Sentence.Text)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		c.Code(ins)
	}
}
