package timex_test

import (
	"fmt"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/lexicon"
	"github.com/dyad-events/dyad/timex"
)

func ExampleResolver_Find() {
	r, err := timex.Load(lexicon.FS, "fr")
	if err != nil {
		panic(err)
	}
	toks := dyad.Tokenize("Le président a atterri dans la nuit de mercredi à jeudi, après le traité de 1961.", 0)
	for _, e := range r.Find(toks, "2024-06-20") {
		fmt.Println(e.Start, e.End, e.Date, e.Precision, e.Relative)
	}
	// Output:
	// 6 11 2024-06-19 day true
	// 16 17 1961 year false
}
