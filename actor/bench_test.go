package actor

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
)

var benchText = map[string]string{
	"fr": "Après son premier voyage en Corée du Nord depuis 24 ans, le président russe Vladimir Poutine a été reçu à " +
		"Pyongyang par le dirigeant nord-coréen, Kim Jong-un, tandis que le ministre russe des Affaires étrangères " +
		"s'entretenait avec son homologue chinois et que les gouvernements français, allemand et britannique " +
		"condamnaient à Bruxelles, avec l'Union européenne et l'OTAN, les frappes des soldats russes sur Kharkiv.",
	"en": "After his first trip to North Korea in 24 years, Russian President Vladimir Putin was received in " +
		"Pyongyang by the North Korean leader, Kim Jong Un, while Russia's foreign minister met his Chinese " +
		"counterpart and French, German and British officials condemned in Brussels, with the European Union " +
		"and NATO, the strikes by Russian troops on Kharkiv.",
}

func BenchmarkFind(b *testing.B) {
	for _, lang := range []string{"fr", "en"} {
		d := mustLoad(b, lang)
		toks := dyad.Tokenize(benchText[lang], 0)
		b.Run(lang, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				d.Find(toks, "2024-06-20")
			}
		})
	}
}

func BenchmarkLoad(b *testing.B) {
	fsys := testFS(b)
	for b.Loop() {
		if _, err := Load(fsys, "fr"); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleDict_Find() {
	d, err := Load(exampleFS, "en")
	if err != nil {
		panic(err)
	}
	toks := dyad.Tokenize("Russian troops and French, German and British officials met in Kyiv.", 0)
	for _, m := range d.Find(toks, "2024-06-20") {
		fmt.Printf("%s: %s", m.Actor.Text, m.Actor.Code)
		if m.Place != "" {
			fmt.Printf(" at %s", m.Place)
		}
		fmt.Println()
	}
	// Output:
	// Russian troops: RUSMIL
	// French: FRAGOV
	// German: DEUGOV
	// British officials: GBRGOV
	// Kyiv: UKRGOV at Kyiv
}
