package pattern

import (
	"testing"
	"testing/fstest"

	"github.com/dyad-events/dyad"
)

// FuzzLoad feeds arbitrary pattern and grammar files to the loader: it
// must return errors, never panic.
func FuzzLoad(f *testing.F) {
	f.Add("057\tsigner .. accord\tsym\n\tex\tLa France a signé.\tFRA>DEU 057\n", "det\tle|la\n")
	f.Add("042\t$ visite à|en +?\trev=043,loc\n\tex\tx\t-\n", "endings\tent|ont\npair\tles deux pays\n")
	f.Fuzz(func(t *testing.T, patterns, grammar string) {
		if len(patterns)+len(grammar) > 1<<14 {
			return
		}
		fsys := fstest.MapFS{
			"xx/patterns.txt": {Data: []byte(patterns)},
			"xx/grammar.txt":  {Data: []byte(grammar)},
		}
		c, err := Load(fsys, "xx")
		if err != nil {
			return
		}
		// whatever loaded must code without panicking
		text := "A signé un accord avec B à C le 3 mai, selon D et E."
		toks := dyad.Tokenize(text, 0)
		in := Input{Sentence: dyad.Sentence{Text: text, Span: dyad.Span{End: len(text)}, Tokens: toks},
			Mentions: []dyad.Mention{{Start: 0, End: 1}, {Start: 5, End: 6}, {Start: 7, End: 8, Kind: dyad.KindSeat}}}
		c.Code([]Input{in})
	})
}

// FuzzCode codes arbitrary sentences with arbitrary mentions: no panic,
// evidence inside the sentence.
func FuzzCode(f *testing.F) {
	c, err := Load(testFS, "fr")
	if err != nil {
		f.Fatal(err)
	}
	f.Add("La France a condamné la Russie.", uint8(0), uint8(2), uint8(4), uint8(6))
	f.Add("Les deux pays ont signé un traité entre eux.", uint8(0), uint8(3), uint8(1), uint8(9))
	f.Fuzz(func(t *testing.T, text string, a, b, c2, d uint8) {
		if len(text) > 2048 {
			return
		}
		toks := dyad.Tokenize(text, 0)
		var ms []dyad.Mention
		for _, se := range [][2]uint8{{a, b}, {c2, d}} {
			s, e := int(se[0]), int(se[1])
			if s < e && e <= len(toks) {
				ms = append(ms, dyad.Mention{Start: s, End: e, Actor: dyad.Actor{Country: string(rune('A' + s%26))}})
			}
		}
		in := Input{Sentence: dyad.Sentence{Text: text, Span: dyad.Span{End: len(text)}, Tokens: toks}, Mentions: ms}
		for _, m := range c.Code([]Input{in, in}) {
			if m.Span.Start < 0 || m.Span.End > len(text) || m.Span.Start > m.Span.End {
				t.Fatalf("evidence %v outside %q", m.Span, text)
			}
		}
	})
}
