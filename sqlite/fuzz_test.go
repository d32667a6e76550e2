package sqlite

import (
	"context"
	"errors"
	"testing"

	"github.com/dyad-events/dyad"
)

// FuzzFilter runs every query with arbitrary filter values: each must
// answer or fail with ErrBadFilter, never panic, and no value may change
// the store (values are always parameters).
func FuzzFilter(f *testing.F) {
	f.Add("RUS", "", "", "05", 1, "AGREE", "2024-01-01", "2024-12-31", "fr", "traité", "", 10, 0, 0)
	f.Add("IGO:UN", "USA", "PRK", "190", 4, "fight", "", "2024-06-30", "EN", "crit*", "en-1", 0, 5, 1)
	f.Add("x'); DROP TABLE events; --", "UN", "RUSGOV", "0571", 0, "", "2024-02-30", "", "", `"NEAR(a b)" OR *`, "fr-1", -1, -1, -1)
	f.Add("", "", "", "", 0, "", "", "", "", "☃ ‘’ \x00 \"", "", 1001, 1<<50, 1<<40)
	db := fixture(f)
	ctx := context.Background()
	before, err := db.Stats(ctx)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, actor, source, target, cameo string, quad int, plover, from, to, lang, text, doc string,
		limit, offset, minMentions int) {
		if len(actor)+len(source)+len(target)+len(cameo)+len(plover)+len(from)+len(to)+len(lang)+len(text)+len(doc) > 2000 {
			return
		}
		flt := dyad.Filter{Actor: actor, Source: source, Target: target, CAMEO: cameo, Quad: quad, Plover: plover,
			From: from, To: to, Lang: lang, Text: text, DocID: doc, Limit: limit, Offset: offset, MinMentions: minMentions}
		check := func(what string, err error) {
			if err != nil && !errors.Is(err, dyad.ErrBadFilter) {
				t.Errorf("%s(%+v): %v", what, flt, err)
			}
		}
		page, err := db.Events(ctx, flt)
		check("Events", err)
		if err == nil && (len(page.Events) > MaxLimit || page.Total < len(page.Events)) {
			t.Errorf("Events(%+v): %d events of %d", flt, len(page.Events), page.Total)
		}
		_, err = db.Timeline(ctx, flt, dyad.Week)
		check("Timeline", err)
		_, err = db.Dyads(ctx, flt)
		check("Dyads", err)
		_, err = db.Actors(ctx, flt)
		check("Actors", err)
		_, _, err = db.Document(ctx, doc)
		if err != nil && !errors.Is(err, dyad.ErrNotFound) {
			t.Errorf("Document(%q): %v", doc, err)
		}
		if s, err := db.Stats(ctx); err != nil || s != before {
			t.Fatalf("Stats = %+v, %v; want %+v", s, err, before)
		}
	})
}
