package dyad

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"elision", "l'Élysée et d'un", "l'|Élysée|et|d'|un"},
		{"curly elision", "qu’ils", "qu’|ils"},
		{"italian elision", "dell'Onu e all'Ucraina", "dell'|Onu|e|all'|Ucraina"},
		{"not an elision", "the UN's call", "the|UN|'s|call"},
		{"italian article elision", "un'inchiesta", "un'|inchiesta"},
		{"hyphen", "le dirigeant nord-coréen, Kim Jong-un,", "le|dirigeant|nord-coréen|,|Kim|Jong-un|,"},
		{"initialism", "the U.S. said", "the|U.S.|said"},
		{"initialism end", "in the U.S.", "in|the|U.S."},
		{"initialism glued", "the U.S.The", "the|U.S|.|The"},
		{"numbers", "3.5 % le 19/06/2024 à 10:30", "3.5|%|le|19/06/2024|à|10:30"},
		{"glued sentence", "jeudi.Son séjour", "jeudi|.|Son|séjour"},
		{"english clitics", "Russia's army didn't", "Russia|'s|army|did|n't"},
		{"name apostrophe", "O'Brien", "O'Brien"},
		{"quotes", "« alliance »", "«|alliance|»"},
		{"invalid utf8", "a\xffb", "a|b"},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.in, 0) {
			if tt.in[tok.Span.Start:tok.Span.End] != tok.Text {
				t.Errorf("%s: span %v does not cover %q", tt.name, tok.Span, tok.Text)
			}
			got = append(got, tok.Text)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%s: Tokenize(%q) = %q, want %q", tt.name, tt.in, g, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"États-Unis": "etats-unis", "Côte d’Ivoire": "cote d'ivoire", "Œuvre": "oeuvre",
		"Москва": "москва", "plain": "plain",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	f.Add("l'Élysée et les U.S. à 3.5 %")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		prev := 0
		for _, tok := range Tokenize(s, 0) {
			if tok.Span.Start < prev || tok.Span.End > len(s) || tok.Span.Start >= tok.Span.End {
				t.Fatalf("bad span %v in %q", tok.Span, s)
			}
			prev = tok.Span.End
		}
	})
}
