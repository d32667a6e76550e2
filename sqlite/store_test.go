package sqlite

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/dyad-events/dyad"
)

var ukr = dyad.Actor{Text: "l'Ukraine", Name: "Ukraine", Code: "UKR", Country: "UKR"}

// label names a stored event in test expectations: SRC>TGT:CODE@DATE.
func label(e dyad.StoredEvent) string {
	return fmt.Sprintf("%s>%s:%s@%s", e.Source.Key(), e.Target.Key(), e.CAMEO, e.Date)
}

func labels(es []dyad.StoredEvent) []string {
	out := []string{}
	for _, e := range es {
		out = append(out, label(e))
	}
	return out
}

func en(e dyad.Event) dyad.Event { e.Lang = "en"; e.Rule = "en/patterns.txt:1"; return e }

// fixture stores three documents and returns the store. Its events, newest
// first:
//
//	PRK>IGO:UN:130@2024-07-01   fr-2
//	USA>RUS:112@2024-06-20      fr-1
//	PRK>RUS:057@2024-06-19      fr-1
//	RUS>PRK:057@2024-06-19      fr-1, en-1 (two mentions, two sources)
//	UKR>RUS:190@2024-06-10      en-1, at Kharkiv
//	IGO:UN>PRK:111@2024-05-31   en-1
//	RUS>UKR:040@                fr-2, undated
func fixture(t testing.TB) *DB {
	t.Helper()
	db := MustOpenDB(t)
	treaty := "Vladimir Poutine et Kim Jong-un ont scellé un traité"
	MustIngest(t, db, dyad.Document{ID: "fr-1", Lang: "fr", URL: "https://www.a.example/1", Published: "2024-06-20",
		Text: treaty + ". Washington a accusé la Russie."},
		ev(putin, kim, "057", "2024-06-19", 0, 0, treaty),
		ev(kim, putin, "057", "2024-06-19", 0, 0, treaty),
		ev(usa, rus, "112", "2024-06-20", 1, len(treaty)+2, "Washington a accusé la Russie"))
	shell := en(ev(ukrMil, rus, "190", "2024-06-10", 0, 0, "Ukrainian troops shelled Russian positions near Kharkiv"))
	shell.Location = &dyad.Location{Name: "Kharkiv", Country: "UKR"}
	MustIngest(t, db, dyad.Document{ID: "en-1", Lang: "en", URL: "https://b.example/2", Published: "2024-06-21",
		Text: "Ukrainian troops shelled Russian positions near Kharkiv. The UN criticised North Korea. Putin and Kim sealed a treaty."},
		shell,
		en(ev(un, prk, "111", "2024-05-31", 1, 57, "The UN criticised North Korea")),
		en(ev(putin, kim, "057", "2024-06-19", 2, 88, "Putin and Kim sealed a treaty")))
	MustIngest(t, db, dyad.Document{ID: "fr-2", Lang: "fr", Text: "La Russie a consulté l'Ukraine. La Corée du Nord a menacé l'ONU."},
		ev(rus, ukr, "040", "", 0, 0, "La Russie a consulté l'Ukraine"),
		ev(prk, un, "130", "2024-07-01", 1, 32, "La Corée du Nord a menacé l'ONU"))
	return db
}

func TestDedupAcrossDocuments(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	e := ev(putin, kim, "057", "2024-06-19", 0, 0, "Poutine et Kim ont signé")
	e2 := ev(putin, kim, "057", "2024-06-19", 3, 90, "les deux dirigeants ont signé")
	e2.Source = rus // a later mention with other words for the same actor
	docs := []struct {
		doc    dyad.Document
		events []dyad.Event
	}{
		{dyad.Document{ID: "a", Text: "a", URL: "https://www.site.example/a"}, []dyad.Event{e, e2}},
		{dyad.Document{ID: "b", Text: "b", URL: "http://site.example/b?x=1"}, []dyad.Event{e}},     // same site
		{dyad.Document{ID: "c", Text: "c"}, []dyad.Event{e}},                                       // no URL: its own source
		{dyad.Document{ID: "d", Text: "d", URL: "https://other.example/d"}, []dyad.Event{e, e, e}}, // one mention repeated
	}
	for _, d := range docs {
		MustIngest(t, db, d.doc, d.events...)
	}
	page, err := db.Events(ctx, dyad.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Events) != 1 {
		t.Fatalf("events = %v, want one", labels(page.Events))
	}
	got := page.Events[0]
	if got.NumMentions != 5 || got.NumArticles != 4 || got.NumSources != 3 {
		t.Errorf("mentions, articles, sources = %d, %d, %d, want 5, 4, 3", got.NumMentions, got.NumArticles, got.NumSources)
	}
	if got.Source != putin || got.SourceURL != "https://www.site.example/a" {
		t.Errorf("Source = %+v, SourceURL = %q: want the first mention's", got.Source, got.SourceURL)
	}
	if len(got.Mentions) != 5 || got.Mentions[1].Evidence.Text != "les deux dirigeants ont signé" || got.Mentions[4].DocID != "d" {
		t.Errorf("Mentions = %+v", got.Mentions)
	}
	s, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := (dyad.Stats{Documents: 4, Events: 1, Mentions: 5}); s != want {
		t.Errorf("Stats = %+v, want %+v", s, want)
	}
}

func TestIngestIdempotent(t *testing.T) {
	db := fixture(t)
	ctx := context.Background()
	before, _ := db.Events(ctx, dyad.Filter{})
	stats, _ := db.Stats(ctx)
	// the same text again, under its id or another, with or without events
	again := dyad.Document{ID: "fr-1", Lang: "fr", Text: "Vladimir Poutine et Kim Jong-un ont scellé un traité. Washington a accusé la Russie."}
	for _, id := range []string{"fr-1", "other"} {
		again.ID = id
		if MustIngest(t, db, again, ev(putin, kim, "057", "2024-06-19", 0, 0, "x")) {
			t.Errorf("Ingest(%q) of a stored text = true", id)
		}
	}
	after, _ := db.Events(ctx, dyad.Filter{})
	if !reflect.DeepEqual(before, after) {
		t.Errorf("events changed by a re-ingest:\n%+v\n%+v", before, after)
	}
	if s, _ := db.Stats(ctx); s != stats {
		t.Errorf("Stats = %+v, want %+v", s, stats)
	}
}

func TestDocumentIDs(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	items := []Item{
		{Doc: dyad.Document{ID: "x", Text: "one"}},
		{Doc: dyad.Document{ID: "x", Text: "two"}},
		{Doc: dyad.Document{ID: "x", Text: "three"}},
		{Doc: dyad.Document{ID: "x~2", Text: "four"}},
		{Doc: dyad.Document{Text: "five"}},
		{Doc: dyad.Document{ID: "y", Text: "one"}}, // same text as x
	}
	res, err := db.IngestBatch(ctx, items)
	if err != nil {
		t.Fatal(err)
	}
	want := []Result{{"x", true, nil}, {"x~2", true, nil}, {"x~3", true, nil}, {"x~2~2", true, nil},
		{"doc-" + hashOf("five")[:12], true, nil}, {"", false, nil}}
	if !reflect.DeepEqual(res, want) {
		t.Errorf("IngestBatch = %+v, want %+v", res, want)
	}
	d, _, err := db.Document(ctx, "x~3")
	if err != nil || d.Text != "three" || d.Hash != hashOf("three") {
		t.Errorf("Document(x~3) = %+v, %v", d, err)
	}
}

func hashOf(s string) string {
	p, _ := prepare(Item{Doc: dyad.Document{Text: s}})
	return p.hash
}

func TestIngestInvalid(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	bad := []dyad.Event{
		ev(putin, kim, "057", "2024-06-19", 0, 0, "x"),
		{CAMEO: "5x", Source: putin, Target: kim},
	}
	baddate := ev(putin, kim, "057", "2024-06-19", 0, 0, "x")
	d := "2024-13-40"
	baddate.Date = &d
	for name, evs := range map[string][]dyad.Event{"code": bad, "date": {baddate}} {
		ok, err := db.Ingest(ctx, dyad.Document{ID: name, Text: name}, evs)
		if ok || !errors.Is(err, dyad.ErrMalformed) {
			t.Errorf("%s: Ingest = %v, %v; want false, ErrMalformed", name, ok, err)
		}
	}
	// in a batch, the bad document alone is left out
	res, err := db.IngestBatch(ctx, []Item{
		{Doc: dyad.Document{ID: "good1", Text: "good1"}, Events: bad[:1]},
		{Doc: dyad.Document{ID: "bad", Text: "bad"}, Events: bad},
		{Doc: dyad.Document{ID: "good2", Text: "good2"}, Events: bad[:1]},
	})
	if err != nil {
		t.Fatal(err)
	}
	if !res[0].Stored || res[1].Stored || res[1].Err == nil || !res[2].Stored {
		t.Errorf("IngestBatch = %+v", res)
	}
	if s, _ := db.Stats(ctx); s != (dyad.Stats{Documents: 2, Events: 1, Mentions: 2}) {
		t.Errorf("Stats = %+v", s)
	}
}

func TestUndatedEventsStayApart(t *testing.T) {
	db := MustOpenDB(t)
	e := ev(rus, ukr, "040", "", 0, 0, "x")
	MustIngest(t, db, dyad.Document{ID: "a", Text: "a"}, e, e, ev(rus, ukr, "040", "", 1, 5, "y"))
	MustIngest(t, db, dyad.Document{ID: "b", Text: "b"}, e)
	page, err := db.Events(context.Background(), dyad.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Events) != 2 || page.Events[0].NumMentions+page.Events[1].NumMentions != 3 {
		t.Errorf("events = %+v, want two (one per document), with 2 and 1 mentions", page.Events)
	}
}

func TestEventsFilter(t *testing.T) {
	db := fixture(t)
	const (
		threat = "PRK>IGO:UN:130@2024-07-01"
		accuse = "USA>RUS:112@2024-06-20"
		agreeK = "PRK>RUS:057@2024-06-19"
		agreeP = "RUS>PRK:057@2024-06-19"
		fight  = "UKR>RUS:190@2024-06-10"
		critic = "IGO:UN>PRK:111@2024-05-31"
		consul = "RUS>UKR:040@"
	)
	all := []string{threat, accuse, agreeK, agreeP, fight, critic, consul}
	tests := []struct {
		name string
		f    dyad.Filter
		want []string
	}{
		{"none", dyad.Filter{}, all},
		{"actor key", dyad.Filter{Actor: "RUS"}, []string{accuse, agreeK, agreeP, fight, consul}},
		{"actor key lower case", dyad.Filter{Actor: " prk "}, []string{threat, agreeK, agreeP, critic}},
		{"actor igo key", dyad.Filter{Actor: "IGO:UN"}, []string{threat, critic}},
		{"actor igo id", dyad.Filter{Actor: "UN"}, []string{threat, critic}},
		{"actor igo code", dyad.Filter{Actor: "IGOUNO"}, []string{threat, critic}},
		{"actor code", dyad.Filter{Actor: "RUSGOV"}, []string{agreeK, agreeP}},
		{"actor code sector", dyad.Filter{Actor: "UKRMIL"}, []string{fight}},
		{"actor unknown", dyad.Filter{Actor: "FRA"}, nil},
		{"actor and dates", dyad.Filter{Actor: "RUS", From: "2024-06-11", To: "2024-06-19"}, []string{agreeK, agreeP}},
		{"source", dyad.Filter{Source: "RUS"}, []string{agreeP, consul}},
		{"target", dyad.Filter{Target: "RUS"}, []string{accuse, agreeK, fight}},
		{"dyad", dyad.Filter{Source: "USA", Target: "RUS"}, []string{accuse}},
		{"dyad codes", dyad.Filter{Source: "USAGOV", Target: "RUS"}, []string{accuse}},
		{"actor and source", dyad.Filter{Actor: "PRK", Source: "RUS"}, []string{agreeP}},
		{"root", dyad.Filter{CAMEO: "05"}, []string{agreeK, agreeP}},
		{"code prefix", dyad.Filter{CAMEO: "11"}, []string{accuse, critic}},
		{"code exact", dyad.Filter{CAMEO: "112"}, []string{accuse}},
		{"code absent", dyad.Filter{CAMEO: "0571"}, nil},
		{"quad 1", dyad.Filter{Quad: 1}, []string{agreeK, agreeP, consul}},
		{"quad 3", dyad.Filter{Quad: 3}, []string{threat, accuse, critic}},
		{"quad 4", dyad.Filter{Quad: 4}, []string{fight}},
		{"plover", dyad.Filter{Plover: "agree"}, []string{agreeK, agreeP}},
		{"from", dyad.Filter{From: "2024-06-19"}, []string{threat, accuse, agreeK, agreeP}},
		{"to leaves undated out", dyad.Filter{To: "2024-06-10"}, []string{fight, critic}},
		{"one day", dyad.Filter{From: "2024-06-19", To: "2024-06-19"}, []string{agreeK, agreeP}},
		{"lang en", dyad.Filter{Lang: "en"}, []string{agreeP, fight, critic}},
		{"lang FR", dyad.Filter{Lang: "FR"}, []string{threat, accuse, agreeK, agreeP, consul}},
		{"text", dyad.Filter{Text: "traité"}, []string{agreeK, agreeP}},
		{"text without accents", dyad.Filter{Text: "TRAITE"}, []string{agreeK, agreeP}},
		{"text all words", dyad.Filter{Text: "Kim sealed"}, []string{agreeP}},
		{"text prefix", dyad.Filter{Text: "crit*"}, []string{critic}},
		{"text operators are words", dyad.Filter{Text: `Russie OR "NEAR(`}, nil},
		{"text and actor", dyad.Filter{Text: "russie", Actor: "USA"}, []string{accuse}},
		{"doc", dyad.Filter{DocID: "en-1"}, []string{agreeP, fight, critic}},
		{"doc unknown", dyad.Filter{DocID: "nope"}, nil},
		{"min mentions", dyad.Filter{MinMentions: 2}, []string{agreeP}},
		{"everything", dyad.Filter{Actor: "PRK", Source: "RUS", Target: "PRK", CAMEO: "057", Quad: 1, Plover: "AGREE",
			From: "2024-06-01", To: "2024-06-30", Lang: "en", Text: "treaty", DocID: "en-1", MinMentions: 2}, []string{agreeP}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := db.Events(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			got := labels(page.Events)
			want := tt.want
			if want == nil {
				want = []string{}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Events(%+v) = %q, want %q", tt.f, got, want)
			}
			if page.Total != len(want) {
				t.Errorf("Total = %d, want %d", page.Total, len(want))
			}
		})
	}
}

func TestEventsFields(t *testing.T) {
	db := fixture(t)
	page, err := db.Events(context.Background(), dyad.Filter{Target: "RUS", CAMEO: "19"})
	if err != nil || len(page.Events) != 1 {
		t.Fatalf("Events = %+v, %v", page, err)
	}
	e := page.Events[0]
	want := dyad.StoredEvent{ID: e.ID, Date: "2024-06-10", DatePrecision: "day", Source: ukrMil, Target: rus,
		CAMEO: "190", Root: "19", Quad: 4, Goldstein: -10, Plover: dyad.Plover{Type: "FIGHT"},
		Location: &dyad.Location{Name: "Kharkiv", Country: "UKR"}, NumMentions: 1, NumSources: 1, NumArticles: 1,
		Added: e.Added, SourceURL: "https://b.example/2",
		Mentions: []dyad.EventMention{{DocID: "en-1", Sentence: 0,
			Evidence: dyad.Evidence{Start: 0, End: 55, Text: "Ukrainian troops shelled Russian positions near Kharkiv"},
			Lang:     "en", Rule: "en/patterns.txt:1", URL: "https://b.example/2"}}}
	if !reflect.DeepEqual(e, want) {
		t.Errorf("event =\n%+v\nwant\n%+v", e, want)
	}
	if e.Added.IsZero() {
		t.Error("Added is zero")
	}
}

func TestBadFilter(t *testing.T) {
	db := fixture(t)
	ctx := context.Background()
	tests := []struct {
		name string
		f    dyad.Filter
	}{
		{"actor quote", dyad.Filter{Actor: "RUS' OR 1=1 --"}},
		{"actor long", dyad.Filter{Actor: strings.Repeat("A", 65)}},
		{"source space", dyad.Filter{Source: "RU S"}},
		{"target", dyad.Filter{Target: "é"}},
		{"cameo letters", dyad.Filter{CAMEO: "05a"}},
		{"cameo short", dyad.Filter{CAMEO: "5"}},
		{"cameo long", dyad.Filter{CAMEO: "05711"}},
		{"quad", dyad.Filter{Quad: 5}},
		{"quad negative", dyad.Filter{Quad: -1}},
		{"plover", dyad.Filter{Plover: "AGREE;"}},
		{"from", dyad.Filter{From: "2024-6-1"}},
		{"to", dyad.Filter{To: "2024-02-30"}},
		{"from after to", dyad.Filter{From: "2024-06-02", To: "2024-06-01"}},
		{"lang", dyad.Filter{Lang: "french"}},
		{"text punctuation only", dyad.Filter{Text: `"*" ()`}},
		{"text long", dyad.Filter{Text: strings.Repeat("a ", 300)}},
		{"limit", dyad.Filter{Limit: -1}},
		{"offset", dyad.Filter{Offset: -1}},
		{"min mentions", dyad.Filter{MinMentions: -2}},
		{"doc id", dyad.Filter{DocID: strings.Repeat("x", 2000)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := db.Events(ctx, tt.f); !errors.Is(err, dyad.ErrBadFilter) {
				t.Errorf("Events: err = %v, want ErrBadFilter", err)
			}
			if _, err := db.Timeline(ctx, tt.f, dyad.Week); !errors.Is(err, dyad.ErrBadFilter) {
				t.Errorf("Timeline: err = %v, want ErrBadFilter", err)
			}
			if _, err := db.Dyads(ctx, tt.f); !errors.Is(err, dyad.ErrBadFilter) {
				t.Errorf("Dyads: err = %v, want ErrBadFilter", err)
			}
			if _, err := db.Actors(ctx, tt.f); !errors.Is(err, dyad.ErrBadFilter) {
				t.Errorf("Actors: err = %v, want ErrBadFilter", err)
			}
		})
	}
	if _, err := db.Timeline(ctx, dyad.Filter{}, "year"); !errors.Is(err, dyad.ErrBadFilter) {
		t.Errorf("Timeline(year): err = %v, want ErrBadFilter", err)
	}
}

func TestPagination(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	// 1,100 events over 1,100 days in 11 documents; one event in 25 more
	var items []Item
	for d := 0; d < 11; d++ {
		it := Item{Doc: dyad.Document{ID: fmt.Sprint("d", d), Text: fmt.Sprint("doc ", d)}}
		for i := 0; i < 100; i++ {
			day := fmt.Sprintf("%04d-01-01", 1000+d*100+i)
			it.Events = append(it.Events, ev(putin, kim, "057", day, i, 0, "x"))
		}
		items = append(items, it)
	}
	for d := 0; d < 25; d++ {
		items = append(items, Item{Doc: dyad.Document{ID: fmt.Sprint("m", d), Text: fmt.Sprint("mention ", d)},
			Events: []dyad.Event{ev(putin, kim, "057", "2100-01-01", 0, d, "x")}})
	}
	if _, err := db.IngestBatch(ctx, items); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name                    string
		limit, offset           int
		wantLen, wantLimit      int
		wantFirst, wantMentions int
	}{
		{"default", 0, 0, 100, 100, 2100, 20},
		{"small", 7, 0, 7, 7, 2100, 20},
		{"offset", 10, 1, 10, 10, 2099, 1},
		{"capped", 5000, 0, 1000, 1000, 2100, 20},
		{"last page", 100, 1050, 51, 100, 1050, 1},
		{"past the end", 100, 5000, 0, 100, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := db.Events(ctx, dyad.Filter{Limit: tt.limit, Offset: tt.offset})
			if err != nil {
				t.Fatal(err)
			}
			if len(page.Events) != tt.wantLen || page.Limit != tt.wantLimit || page.Total != 1101 || page.Offset != tt.offset {
				t.Fatalf("len, Limit, Total, Offset = %d, %d, %d, %d; want %d, %d, 1101, %d",
					len(page.Events), page.Limit, page.Total, page.Offset, tt.wantLen, tt.wantLimit, tt.offset)
			}
			if tt.wantLen == 0 {
				return
			}
			first := page.Events[0]
			if y := first.Date[:4]; y != fmt.Sprint(tt.wantFirst) || len(first.Mentions) != tt.wantMentions {
				t.Errorf("first = %s with %d mentions, want year %d with %d", first.Date, len(first.Mentions), tt.wantFirst, tt.wantMentions)
			}
			for i := 1; i < len(page.Events); i++ {
				if page.Events[i].Date >= page.Events[i-1].Date {
					t.Fatalf("not newest first: %s after %s", page.Events[i].Date, page.Events[i-1].Date)
				}
			}
		})
	}
	// pages of an actor filter (two branches) join without gaps or repeats
	var all []string
	for off := 0; ; off += 333 {
		page, err := db.Events(ctx, dyad.Filter{Actor: "PRK", Limit: 333, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Events) == 0 {
			break
		}
		all = append(all, labels(page.Events)...)
	}
	seen := map[string]bool{}
	for _, l := range all {
		seen[l] = true
	}
	if len(all) != 1101 || len(seen) != 1101 {
		t.Errorf("paged %d events, %d distinct, want 1101", len(all), len(seen))
	}
}

func TestTimeline(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	// 2024-06-16 is a Sunday, 06-17 a Monday
	MustIngest(t, db, dyad.Document{ID: "a", Text: "a"},
		ev(putin, kim, "057", "2024-06-16", 0, 0, "x"), // quad 1, +3.5
		ev(usa, rus, "112", "2024-06-17", 1, 0, "x"),   // quad 3, -2
		ev(usa, rus, "190", "2024-06-17", 2, 0, "x"),   // quad 4, -10
		ev(rus, ukr, "040", "2024-07-01", 3, 0, "x"),   // quad 1, +1
		ev(rus, ukr, "040", "", 4, 0, "x"),             // undated: in no bucket
	)
	MustIngest(t, db, dyad.Document{ID: "b", Text: "b"}, ev(usa, rus, "112", "2024-06-17", 0, 0, "x"))
	tests := []struct {
		by   dyad.Period
		f    dyad.Filter
		want []dyad.Bucket
	}{
		{dyad.Day, dyad.Filter{}, []dyad.Bucket{
			{Period: "2024-06-16", Events: 1, Mentions: 1, GoldsteinSum: 3.5, GoldsteinAvg: 3.5, Quad: [4]int{1, 0, 0, 0}},
			{Period: "2024-06-17", Events: 2, Mentions: 3, GoldsteinSum: -12, GoldsteinAvg: -6, Quad: [4]int{0, 0, 1, 1}},
			{Period: "2024-07-01", Events: 1, Mentions: 1, GoldsteinSum: 1, GoldsteinAvg: 1, Quad: [4]int{1, 0, 0, 0}},
		}},
		{dyad.Week, dyad.Filter{}, []dyad.Bucket{
			{Period: "2024-06-10", Events: 1, Mentions: 1, GoldsteinSum: 3.5, GoldsteinAvg: 3.5, Quad: [4]int{1, 0, 0, 0}},
			{Period: "2024-06-17", Events: 2, Mentions: 3, GoldsteinSum: -12, GoldsteinAvg: -6, Quad: [4]int{0, 0, 1, 1}},
			{Period: "2024-07-01", Events: 1, Mentions: 1, GoldsteinSum: 1, GoldsteinAvg: 1, Quad: [4]int{1, 0, 0, 0}},
		}},
		{dyad.Month, dyad.Filter{}, []dyad.Bucket{
			{Period: "2024-06", Events: 3, Mentions: 4, GoldsteinSum: -8.5, GoldsteinAvg: -8.5 / 3, Quad: [4]int{1, 0, 1, 1}},
			{Period: "2024-07", Events: 1, Mentions: 1, GoldsteinSum: 1, GoldsteinAvg: 1, Quad: [4]int{1, 0, 0, 0}},
		}},
		{dyad.Month, dyad.Filter{Actor: "RUS"}, []dyad.Bucket{
			{Period: "2024-06", Events: 3, Mentions: 4, GoldsteinSum: -8.5, GoldsteinAvg: -8.5 / 3, Quad: [4]int{1, 0, 1, 1}},
			{Period: "2024-07", Events: 1, Mentions: 1, GoldsteinSum: 1, GoldsteinAvg: 1, Quad: [4]int{1, 0, 0, 0}},
		}},
		{dyad.Week, dyad.Filter{Source: "USA", Target: "RUS"}, []dyad.Bucket{
			{Period: "2024-06-17", Events: 2, Mentions: 3, GoldsteinSum: -12, GoldsteinAvg: -6, Quad: [4]int{0, 0, 1, 1}},
		}},
		{dyad.Week, dyad.Filter{Actor: "FRA"}, []dyad.Bucket{}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s %+v", tt.by, tt.f), func(t *testing.T) {
			got, err := db.Timeline(ctx, tt.f, tt.by)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Timeline =\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

func TestWeekStartsOnMonday(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	// every day of two weeks, around a month and a year boundary
	var evs []dyad.Event
	days := []string{"2024-12-29", "2024-12-30", "2024-12-31", "2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05", "2025-01-06"}
	for i, d := range days {
		evs = append(evs, ev(putin, kim, "057", d, i, 0, "x"))
	}
	MustIngest(t, db, dyad.Document{ID: "a", Text: "a"}, evs...)
	got, err := db.Timeline(ctx, dyad.Filter{}, dyad.Week)
	if err != nil {
		t.Fatal(err)
	}
	var weeks []string
	var n []int
	for _, b := range got {
		weeks, n = append(weeks, b.Period), append(n, b.Events)
	}
	if !reflect.DeepEqual(weeks, []string{"2024-12-23", "2024-12-30", "2025-01-06"}) || !reflect.DeepEqual(n, []int{1, 7, 1}) {
		t.Errorf("weeks = %v %v, want [2024-12-23 2024-12-30 2025-01-06] [1 7 1]", weeks, n)
	}
}

func TestDyads(t *testing.T) {
	db := fixture(t)
	tests := []struct {
		name string
		f    dyad.Filter
		want []dyad.DyadCount
	}{
		{"all", dyad.Filter{}, []dyad.DyadCount{
			dc("IGO:UN", "PRK", 1, -2), dc("PRK", "IGO:UN", 1, 0), dc("PRK", "RUS", 1, 3.5),
			dc("RUS", "PRK", 1, 3.5), dc("RUS", "UKR", 1, 1), dc("UKR", "RUS", 1, -10), dc("USA", "RUS", 1, -2)}},
		{"actor", dyad.Filter{Actor: "RUS", Quad: 1}, []dyad.DyadCount{
			dc("PRK", "RUS", 1, 3.5), dc("RUS", "PRK", 1, 3.5), dc("RUS", "UKR", 1, 1)}},
		{"limit", dyad.Filter{Limit: 2, Offset: 1}, []dyad.DyadCount{dc("PRK", "IGO:UN", 1, 0), dc("PRK", "RUS", 1, 3.5)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.Dyads(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Dyads = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestActors(t *testing.T) {
	db := fixture(t)
	// more mentions of the Russian president than of Russia: the name
	// stays the country's
	MustIngest(t, db, dyad.Document{ID: "p", Text: "p"}, ev(putin, kim, "040", "2024-01-01", 0, 0, "x"),
		ev(putin, kim, "040", "2024-01-02", 0, 0, "x"), ev(putin, kim, "040", "2024-01-03", 0, 0, "x"),
		ev(putin, kim, "040", "2024-01-04", 0, 0, "x"), ev(putin, kim, "040", "2024-01-05", 0, 0, "x"))
	tests := []struct {
		name string
		f    dyad.Filter
		want []dyad.ActorCount
	}{
		{"all", dyad.Filter{}, []dyad.ActorCount{
			ac("RUS", "Russia", 10, (-2+3.5*2-10+1+5)/10),
			ac("PRK", "North Korea", 9, (3.5*2+0-2+5)/9),
			ac("IGO:UN", "United Nations", 2, -1),
			ac("UKR", "Ukraine", 2, -4.5),
			ac("USA", "United States", 1, -2),
		}},
		{"dates", dyad.Filter{From: "2024-06-01", To: "2024-06-30"}, []dyad.ActorCount{
			ac("RUS", "Russia", 4, (-2+3.5*2-10)/4),
			ac("PRK", "North Korea", 2, 3.5),
			ac("UKR", "Ukraine", 1, -10),
			ac("USA", "United States", 1, -2),
		}},
		{"actor", dyad.Filter{Actor: "UKR"}, []dyad.ActorCount{
			ac("RUS", "Russia", 2, -4.5), ac("UKR", "Ukraine", 2, -4.5)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.Actors(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Actors = %+v, want %+v", got, tt.want)
			}
			for i := range got {
				g, w := got[i], tt.want[i]
				if g.Actor != w.Actor || g.Name != w.Name || g.Events != w.Events || !near(g.GoldsteinAvg, w.GoldsteinAvg) {
					t.Errorf("Actors[%d] = %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

func dc(src, tgt string, n int, sum float64) dyad.DyadCount {
	return dyad.DyadCount{Source: src, Target: tgt, Events: n, GoldsteinSum: sum, GoldsteinAvg: sum / float64(n)}
}

func ac(key, name string, n int, avg float64) dyad.ActorCount {
	return dyad.ActorCount{Actor: key, Name: name, Events: n, GoldsteinAvg: avg}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

func TestDocument(t *testing.T) {
	db := fixture(t)
	ctx := context.Background()
	d, evs, err := db.Document(ctx, "en-1")
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "en-1" || d.Lang != "en" || d.URL != "https://b.example/2" || d.Published != "2024-06-21" || d.Events != 3 ||
		len(d.Hash) != 64 || d.Ingested.IsZero() || !strings.HasPrefix(d.Text, "Ukrainian troops") {
		t.Errorf("Document = %+v", d)
	}
	if got, want := labels(evs), []string{"UKR>RUS:190@2024-06-10", "IGO:UN>PRK:111@2024-05-31", "RUS>PRK:057@2024-06-19"}; !reflect.DeepEqual(got, want) {
		t.Errorf("events = %q, want %q", got, want)
	}
	// the shared event carries this document's mention only
	last := evs[2]
	if last.NumMentions != 2 || len(last.Mentions) != 1 || last.Mentions[0].DocID != "en-1" || last.Mentions[0].Evidence.Start != 88 {
		t.Errorf("shared event = %+v", last)
	}
	for _, id := range []string{"nope", "", strings.Repeat("x", 5000)} {
		if _, _, err := db.Document(ctx, id); !errors.Is(err, dyad.ErrNotFound) {
			t.Errorf("Document(%.10q): err = %v, want ErrNotFound", id, err)
		}
	}
}

func TestStats(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	if s, err := db.Stats(ctx); err != nil || s != (dyad.Stats{}) {
		t.Errorf("empty Stats = %+v, %v", s, err)
	}
	db = fixture(t)
	if s, err := db.Stats(ctx); err != nil || s != (dyad.Stats{Documents: 3, Events: 7, Mentions: 8}) {
		t.Errorf("Stats = %+v, %v", s, err)
	}
}

func TestReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	ctx := context.Background()
	if _, err := OpenReadOnly(path); err == nil {
		t.Error("OpenReadOnly of a missing file: no error")
	}
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	MustIngest(t, db, dyad.Document{ID: "a", Text: "a"}, ev(putin, kim, "057", "2024-06-19", 0, 0, "x"))
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// a writer and a reader at once
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	r, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	MustIngest(t, w, dyad.Document{ID: "b", Text: "b"}, ev(putin, kim, "057", "2024-06-19", 0, 0, "x"))
	page, err := r.Events(ctx, dyad.Filter{})
	if err != nil || len(page.Events) != 1 || page.Events[0].NumArticles != 2 {
		t.Errorf("reader Events = %+v, %v", page, err)
	}
	if _, err := r.Ingest(ctx, dyad.Document{ID: "c", Text: "c"}, nil); !errors.Is(err, ErrReadOnly) {
		t.Errorf("read-only Ingest: err = %v, want ErrReadOnly", err)
	}
	var v int
	if err := w.r.QueryRow(`SELECT max(version) FROM schema_version`).Scan(&v); err != nil || v != len(migrations) {
		t.Errorf("schema version = %d, %v; want %d", v, err, len(migrations))
	}
	// a file from a newer program is refused
	if _, err := w.w.Exec(`INSERT INTO schema_version (version, applied) VALUES (?, 0)`, len(migrations)+1); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil || w.Close() != nil {
		t.Fatalf("Close twice: %v", err)
	}
	if db, err := Open(path); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("Open of a newer schema: err = %v", err)
		if db != nil {
			db.Close()
		}
	}
	if db, err := OpenReadOnly(path); err == nil {
		t.Errorf("OpenReadOnly of a newer schema: no error")
		db.Close()
	}
}

func TestConcurrent(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				// every goroutine stores the same 25 texts: each once
				doc := dyad.Document{ID: fmt.Sprint("d", i), Text: fmt.Sprint("text ", i), URL: fmt.Sprintf("https://s%d.example/", i%3)}
				if _, err := db.Ingest(ctx, doc, []dyad.Event{ev(usa, rus, "112", "2024-06-17", 0, 0, "x")}); err != nil {
					t.Error(err)
					return
				}
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				if _, err := db.Events(ctx, dyad.Filter{Actor: "RUS"}); err != nil {
					t.Error(err)
					return
				}
				if _, err := db.Timeline(ctx, dyad.Filter{}, dyad.Week); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	page, err := db.Events(ctx, dyad.Filter{})
	if err != nil || len(page.Events) != 1 {
		t.Fatalf("Events = %+v, %v", page, err)
	}
	if e := page.Events[0]; e.NumMentions != 25 || e.NumArticles != 25 || e.NumSources != 3 {
		t.Errorf("mentions, articles, sources = %d, %d, %d, want 25, 25, 3", e.NumMentions, e.NumArticles, e.NumSources)
	}
}

func TestCanceled(t *testing.T) {
	db := MustOpenDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := db.Ingest(ctx, dyad.Document{ID: "a", Text: "a"}, nil); err == nil {
		t.Error("Ingest with a canceled context: no error")
	}
	if s, _ := db.Stats(context.Background()); s.Documents != 0 {
		t.Errorf("documents = %d, want 0", s.Documents)
	}
}

func TestBatchKeepsGoodDocuments(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	// a document the database refuses though it is valid
	if _, err := db.w.ExecContext(ctx, `CREATE TRIGGER refuse BEFORE INSERT ON mentions WHEN new.ev_text = 'refused'
		BEGIN SELECT RAISE(ABORT, 'refused'); END`); err != nil {
		t.Fatal(err)
	}
	e := ev(putin, kim, "057", "2024-06-19", 0, 0, "x")
	refused := ev(usa, rus, "112", "2024-06-19", 1, 0, "refused")
	res, err := db.IngestBatch(ctx, []Item{
		{Doc: dyad.Document{ID: "a", Text: "a"}, Events: []dyad.Event{e}},
		{Doc: dyad.Document{ID: "b", Text: "b"}, Events: []dyad.Event{e, refused}},
		{Doc: dyad.Document{ID: "c", Text: "c"}, Events: []dyad.Event{e}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if !res[0].Stored || res[0].ID != "a" || res[1].Stored || res[1].Err == nil || !res[2].Stored || res[2].ID != "c" {
		t.Errorf("IngestBatch = %+v", res)
	}
	page, err := db.Events(ctx, dyad.Filter{})
	if err != nil || len(page.Events) != 1 || page.Events[0].NumArticles != 2 || page.Events[0].NumMentions != 2 {
		t.Errorf("Events = %+v, %v; want one event in 2 documents", page, err)
	}
	if ok, err := db.Ingest(ctx, dyad.Document{ID: "b", Text: "b"}, []dyad.Event{refused}); ok || err == nil {
		t.Errorf("Ingest = %v, %v; want false and an error", ok, err)
	}
	if s, _ := db.Stats(ctx); s != (dyad.Stats{Documents: 2, Events: 1, Mentions: 2}) {
		t.Errorf("Stats = %+v", s)
	}
}
