package sqlite

import (
	"context"
	"testing"

	"github.com/dyad-events/dyad"
)

func TestSmoke(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	doc := dyad.Document{ID: "a", Text: "Vladimir Poutine et Kim Jong-un ont signé un traité.", Lang: "fr", URL: "https://www.example.org/a"}
	e := ev(putin, kim, "057", "2024-06-19", 0, 0, "Vladimir Poutine et Kim Jong-un ont signé")
	if !MustIngest(t, db, doc, e, ev(kim, putin, "057", "2024-06-19", 0, 0, "Vladimir Poutine et Kim Jong-un ont signé")) {
		t.Fatal("not stored")
	}
	if MustIngest(t, db, doc, e) {
		t.Fatal("stored twice")
	}
	p, err := db.Events(ctx, dyad.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", p)
	s, _ := db.Stats(ctx)
	t.Logf("%+v", s)
}
