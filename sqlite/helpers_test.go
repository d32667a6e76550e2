package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad"
)

// MustOpenDB opens a fresh store in a temporary directory, closed when the
// test ends.
func MustOpenDB(tb testing.TB) *DB {
	tb.Helper()
	db, err := Open(filepath.Join(tb.TempDir(), "dyad.db"))
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return db
}

// MustIngest stores a document and fails the test on error.
func MustIngest(tb testing.TB, db *DB, doc dyad.Document, events ...dyad.Event) bool {
	tb.Helper()
	ok, err := db.Ingest(context.Background(), doc, events)
	if err != nil {
		tb.Fatalf("Ingest(%q): %v", doc.ID, err)
	}
	return ok
}

// Actors of the fixtures.
var (
	rus    = dyad.Actor{Text: "la Russie", Name: "Russia", Code: "RUS", Country: "RUS"}
	putin  = dyad.Actor{Text: "Vladimir Poutine", Name: "Vladimir Putin", Code: "RUSGOV", Country: "RUS", Sector: "GOV"}
	prk    = dyad.Actor{Text: "la Corée du Nord", Name: "North Korea", Code: "PRK", Country: "PRK"}
	kim    = dyad.Actor{Text: "Kim Jong-un", Name: "Kim Jong-un", Code: "PRKGOV", Country: "PRK", Sector: "GOV"}
	usa    = dyad.Actor{Text: "Washington", Name: "United States", Code: "USAGOV", Country: "USA", Sector: "GOV"}
	un     = dyad.Actor{Text: "l'ONU", Name: "United Nations", Code: "IGOUNO", IGO: "UN"}
	ukrMil = dyad.Actor{Text: "Ukrainian troops", Name: "Ukraine", Code: "UKRMIL", Country: "UKR", Sector: "MIL"}
)

// ev builds an event; evidence is the text at [start, start+len(text)).
func ev(src, tgt dyad.Actor, code, date string, sent, start int, text string) dyad.Event {
	e := dyad.Event{
		Sentence: sent,
		Evidence: dyad.Evidence{Start: start, End: start + len(text), Text: text},
		Source:   src, Target: tgt,
		CAMEO: code, Root: code[:2],
		Quad: quadOf(code), Goldstein: goldsteinOf(code),
		Lang: "fr", Rule: "fr/patterns.txt:1",
	}
	if date != "" {
		e.Date = &date
		e.DatePrecision = dyad.PrecisionDay
	}
	switch code[:2] {
	case "04":
		e.Plover.Type = "CONSULT"
	case "05":
		e.Plover.Type = "AGREE"
	case "19":
		e.Plover.Type = "FIGHT"
	case "11":
		e.Plover.Type = "ACCUSE"
	}
	return e
}

func quadOf(code string) int {
	switch r := code[:2]; {
	case r <= "05":
		return 1
	case r <= "08":
		return 2
	case r <= "13":
		return 3
	}
	return 4
}

func goldsteinOf(code string) float64 {
	switch code[:2] {
	case "04":
		return 1
	case "05":
		return 3.5
	case "11":
		return -2
	case "19":
		return -10
	}
	return 0
}
