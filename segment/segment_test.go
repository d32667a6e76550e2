package segment

import (
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/dyad-events/dyad/lexicon"
)

func mustLoad(tb testing.TB, lang string) *Segmenter {
	tb.Helper()
	s, err := Load(lexicon.FS, lang)
	if err != nil {
		tb.Fatalf("Load(%q): %v", lang, err)
	}
	return s
}

// split returns the sentence texts joined by " | ".
func split(s *Segmenter, text string) string {
	var out []string
	for _, st := range s.Split(text) {
		out = append(out, st.Text)
	}
	return strings.Join(out, " | ")
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name, lang, in, want string
	}{
		// French
		{"fr two sentences", "fr", "Le ministre est arrivé. Il a parlé.", "Le ministre est arrivé. | Il a parlé."},
		{"fr glued", "fr", "dans la nuit de mercredi à jeudi.Son séjour a duré 21 heures.", "dans la nuit de mercredi à jeudi. | Son séjour a duré 21 heures."},
		{"fr glued after quote", "fr", `une "assistance mutuelle".Selon le régime, c'est tout.`, `une "assistance mutuelle". | Selon le régime, c'est tout.`},
		{"fr M.", "fr", "M. Macron a reçu Mme Dupont.", "M. Macron a reçu Mme Dupont."},
		{"fr title before function word", "fr", "Il a vu M. Le Drian hier.", "Il a vu M. Le Drian hier."},
		{"fr Mme with period", "fr", "Il a vu Mme. Dupont hier.", "Il a vu Mme. Dupont hier."},
		{"fr initial", "fr", "Le chef J. Dupont a parlé.", "Le chef J. Dupont a parlé."},
		{"fr etc lower", "fr", "Des chars, des avions, etc. ont été livrés.", "Des chars, des avions, etc. ont été livrés."},
		{"fr etc end", "fr", "Des chars, des avions, etc. Le ministre a confirmé.", "Des chars, des avions, etc. | Le ministre a confirmé."},
		{"fr number", "fr", "La croissance est de 3.5 % cette année. Elle baisse.", "La croissance est de 3.5 % cette année. | Elle baisse."},
		{"fr url", "fr", "Voir www.gouv.fr et e-mail@x.fr pour plus. Merci.", "Voir www.gouv.fr et e-mail@x.fr pour plus. | Merci."},
		{"fr quote closes", "fr", `Il a dit : "Non." Puis il est parti.`, `Il a dit : "Non." | Puis il est parti.`},
		{"fr quote lower", "fr", `"Pourquoi ?" a demandé le ministre.`, `"Pourquoi ?" a demandé le ministre.`},
		{"fr guillemets", "fr", "« C'est fini. » Le ministre est parti.", "« C'est fini. » | Le ministre est parti."},
		{"fr digit next", "fr", "Il est parti. 300 soldats sont restés.", "Il est parti. | 300 soldats sont restés."},
		{"fr question", "fr", "Que faire ? Rien.", "Que faire ? | Rien."},
		{"fr ellipsis", "fr", "Il attendait… Puis tout a changé.", "Il attendait… | Puis tout a changé."},
		{"fr line break", "fr", "Titre sans point\nLe texte suit.", "Titre sans point | Le texte suit."},
		{"fr J.-C.", "fr", "En 52 av. J.-C. les Gaulois ont perdu.", "En 52 av. J.-C. les Gaulois ont perdu."},
		// English
		{"en two sentences", "en", "The minister arrived. He spoke.", "The minister arrived. | He spoke."},
		{"en glued", "en", "the minister said.The talks ended.", "the minister said. | The talks ended."},
		{"en glued bracket", "en", "the Joint Chiefs of Staff(JCS).South Korean officials met.", "the Joint Chiefs of Staff(JCS). | South Korean officials met."},
		{"en U.S. before name", "en", "The U.S. State Department said so.", "The U.S. State Department said so."},
		{"en U.S. lower", "en", "U.S. officials said so.", "U.S. officials said so."},
		{"en U.S. end", "en", "He flew to the U.S. The talks begin today.", "He flew to the U.S. | The talks begin today."},
		{"en U.S. glued", "en", "exercises with the U.S.In the statement, it said so.", "exercises with the U.S. | In the statement, it said so."},
		{"en Gen.", "en", "Gen. Smith met Lt. Col. Jones.", "Gen. Smith met Lt. Col. Jones."},
		{"en Dr. before function word", "en", "He met Dr. The Ngoc Tran.", "He met Dr. The Ngoc Tran."},
		{"en initial", "en", "J. Biden spoke on Monday.", "J. Biden spoke on Monday."},
		{"en Jan.", "en", "It happened on Jan. 5 in Kabul.", "It happened on Jan. 5 in Kabul."},
		{"en Inc. end", "en", "He works for Acme Inc. The firm denied it.", "He works for Acme Inc. | The firm denied it."},
		{"en p.m.", "en", "It began at 3 p.m. on Friday.", "It began at 3 p.m. on Friday."},
		{"en year end", "en", "The treaty was signed in 1961. It was abandoned.", "The treaty was signed in 1961. | It was abandoned."},
		{"en year before noun", "en", "It was the biggest since 1980. Army trucks came.", "It was the biggest since 1980. | Army trucks came."},
		{"en exclamation", "en", `"Stop!" he said. "Now!"`, `"Stop!" he said. | "Now!"`},
		{"en quote opens", "en", `He left. "We will return," he said.`, `He left. | "We will return," he said.`},
		{"en parenthesis", "en", "He left. (The talks had failed.) Nobody came.", "He left. | (The talks had failed.) | Nobody came."},
		// other languages
		{"de ordinal", "de", "Sie haben bis zum 23. Februar Zeit. Dann gehen sie.", "Sie haben bis zum 23. Februar Zeit. | Dann gehen sie."},
		{"ru", "ru", "Москва, 21 февраля. Посла США вызвали в МИД. В. Путин выступил.", "Москва, 21 февраля. | Посла США вызвали в МИД. | В. Путин выступил."},
		{"ar", "ar", "قال الوزير إن المحادثات ستستأنف. وأضاف أن الوفد سيصل غدا؟ نعم.", "قال الوزير إن المحادثات ستستأنف. | وأضاف أن الوفد سيصل غدا؟ | نعم."},
		{"zh", "zh", "外交部长表示。会谈将于下周恢复。", "外交部长表示。 | 会谈将于下周恢复。"},
		{"no data language", "xx", "The end. A new start.", "The end. | A new start."},
		// fixed bugs
		{"empty", "fr", "", ""},
		{"only spaces", "fr", " \n\n  \n", ""},
		{"only punctuation", "fr", "- | -\n* * *", ""},
		{"trailing period", "en", "Done.", "Done."},
	}
	segs := map[string]*Segmenter{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := segs[tt.lang]
			if s == nil {
				s = mustLoad(t, tt.lang)
				segs[tt.lang] = s
			}
			if got := split(s, tt.in); got != tt.want {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			checkSentences(t, tt.in, s)
		})
	}
}

// checkSentences checks the invariants of Split: indices from 0, spans inside
// text, increasing and not overlapping, Text the span's text, trimmed and not
// empty, tokens inside the sentence.
func checkSentences(t *testing.T, text string, s *Segmenter) {
	t.Helper()
	prev := 0
	for i, st := range s.Split(text) {
		if st.Index != i {
			t.Fatalf("sentence %d: Index=%d", i, st.Index)
		}
		if st.Span.Start < prev || st.Span.End > len(text) || st.Span.Start >= st.Span.End {
			t.Fatalf("sentence %d: bad span %v (previous end %d, len %d)", i, st.Span, prev, len(text))
		}
		if text[st.Span.Start:st.Span.End] != st.Text {
			t.Fatalf("sentence %d: Text=%q, span gives %q", i, st.Text, text[st.Span.Start:st.Span.End])
		}
		if st.Span.Len() > MaxLen {
			t.Fatalf("sentence %d: %d bytes, over MaxLen", i, st.Span.Len())
		}
		if strings.TrimSpace(st.Text) != st.Text {
			t.Fatalf("sentence %d: not trimmed: %q", i, st.Text)
		}
		for _, tok := range st.Tokens {
			if tok.Span.Start < st.Span.Start || tok.Span.End > st.Span.End || text[tok.Span.Start:tok.Span.End] != tok.Text {
				t.Fatalf("sentence %d: token %q has bad span %v", i, tok.Text, tok.Span)
			}
		}
		prev = st.Span.End
	}
}

func TestLongSentence(t *testing.T) {
	s := mustLoad(t, "fr")
	tests := []struct {
		name, text string
	}{
		{"words", strings.Repeat("mot ", 5000)},
		{"one word", strings.Repeat("é", 5000)},
		{"commas", strings.Repeat("a,", 5000)},
	}
	for _, tt := range tests {
		sents := s.Split(tt.text)
		if len(sents) < 2 {
			t.Errorf("%s: %d sentences, want the text cut", tt.name, len(sents))
		}
		for _, st := range sents {
			if !utf8.ValidString(st.Text) {
				t.Errorf("%s: sentence cut inside a character", tt.name)
			}
		}
		checkSentences(t, tt.text, s)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"bad kind", fstest.MapFS{"fr/abbreviations.txt": {Data: []byte("M.\tname\n")}}, "fr/abbreviations.txt:1: want abbreviations"},
		{"space", fstest.MapFS{"fr/abbreviations.txt": {Data: []byte("# c\nc. à d.\n")}}, `fr/abbreviations.txt:2: bad abbreviation "c. à d."`},
		{"bad utf8", fstest.MapFS{"fr/abbreviations.txt": {Data: []byte("M\xff.\n")}}, "invalid UTF-8"},
	}
	for _, tt := range tests {
		_, err := Load(tt.fsys, "fr")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Load error = %v, want %q", tt.name, err, tt.want)
		}
	}
	if _, err := Load(fstest.MapFS{}, "fr"); err != nil {
		t.Errorf("Load without files: %v, want no error", err)
	}
}

func FuzzSplit(f *testing.F) {
	s := mustLoad(f, "fr")
	for _, seed := range []string{
		"M. Macron a reçu Mme Dupont.Son séjour. U.S. 3.5 www.gov.fr etc. Le",
		`« C'est fini. » "Non."Puis (JCS).South… ?! 。会谈`,
		"a.\n\n. .. ...A\r\n\"'\"'",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<14 {
			return
		}
		checkSentences(t, text, s)
	})
}

func BenchmarkSplit(b *testing.B) {
	s := mustLoad(b, "fr")
	text := strings.Repeat("M. Macron a reçu jeudi.Son homologue, etc. Le ministre a dit : « Non. » Puis il est parti à 3.5 km. ", 100)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		s.Split(text)
	}
}
