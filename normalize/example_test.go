package normalize_test

import (
	"fmt"
	"strings"

	"github.com/dyad-events/dyad/normalize"
)

func ExampleNormalize() {
	orig := " date 2024-06 Photo : YONHAP News\n\nPARIS, 20 juin (AFP) - Le président russe a signé « un traité » avec l’allié\u00a0nord-coréen."
	r := normalize.Normalize(orig)
	fmt.Printf("%q\n", r.Text)
	fmt.Printf("%+v\n", r.Meta)
	// the word "traité" in the normalized text, and in the original
	s := strings.Index(r.Text, "traité")
	e := s + len("traité")
	fmt.Println(r.Text[s:e], "=", orig[r.Orig(s):r.Orig(e)])
	// Output:
	// "Le président russe a signé \"un traité\" avec l'allié nord-coréen."
	// {Published:2024-06 Credit:YONHAP News Byline: Dateline:PARIS}
	// traité = traité
}
