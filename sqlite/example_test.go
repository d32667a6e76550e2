package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sqlite"
)

// Two articles report the same signing: the store keeps one event with two
// mentions from two sites.
func Example() {
	dir, err := os.MkdirTemp("", "dyad")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	db, err := sqlite.Open(filepath.Join(dir, "dyad.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()

	day := "2024-06-19"
	signed := func(evidence string) dyad.Event {
		return dyad.Event{
			Evidence: dyad.Evidence{Start: 0, End: len(evidence), Text: evidence},
			Source:   dyad.Actor{Name: "Russia", Code: "RUSGOV", Country: "RUS", Sector: "GOV"},
			Target:   dyad.Actor{Name: "North Korea", Code: "PRKGOV", Country: "PRK", Sector: "GOV"},
			CAMEO:    "057", Root: "05", Quad: 1, Goldstein: 8, Plover: dyad.Plover{Type: "AGREE"},
			Date: &day, DatePrecision: dyad.PrecisionDay,
		}
	}
	a := "Vladimir Poutine et Kim Jong-un ont signé un traité."
	b := "Putin and Kim signed a mutual defence treaty."
	if _, err := db.Ingest(ctx, dyad.Document{ID: "a", Text: a, Lang: "fr", URL: "https://a.example/1"}, []dyad.Event{signed(a)}); err != nil {
		log.Fatal(err)
	}
	if _, err := db.Ingest(ctx, dyad.Document{ID: "b", Text: b, Lang: "en", URL: "https://b.example/2"}, []dyad.Event{signed(b)}); err != nil {
		log.Fatal(err)
	}
	stored, _ := db.Ingest(ctx, dyad.Document{ID: "b", Text: b}, []dyad.Event{signed(b)})
	fmt.Println("stored again:", stored)

	page, err := db.Events(ctx, dyad.Filter{Actor: "PRK", Text: "treaty"})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range page.Events {
		fmt.Println(e.Date, e.Source.Key(), e.Target.Key(), e.CAMEO, e.NumMentions, e.NumArticles, e.NumSources)
		for _, m := range e.Mentions {
			fmt.Printf("  %s: %s\n", m.DocID, m.Evidence.Text)
		}
	}
	// Output:
	// stored again: false
	// 2024-06-19 RUS PRK 057 2 2 2
	//   a: Vladimir Poutine et Kim Jong-un ont signé un traité.
	//   b: Putin and Kim signed a mutual defence treaty.
}
