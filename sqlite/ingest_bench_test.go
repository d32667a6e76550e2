package sqlite_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/lexicon"
	"github.com/dyad-events/dyad/pipeline"
	"github.com/dyad-events/dyad/sqlite"
)

// benchDocs reads the dev-sized articles of testdata (about 1 KB, 5 to 10
// events each).
func benchDocs(tb testing.TB) []dyad.Document {
	tb.Helper()
	data, err := os.ReadFile("testdata/articles.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	var docs []dyad.Document
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var d dyad.Document
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// variant returns the i-th distinct document made from docs: its text
// differs and it is published on another day, so its events are new.
func variant(docs []dyad.Document, i int) dyad.Document {
	d := docs[i%len(docs)]
	d.ID = fmt.Sprint(d.ID, "-", i)
	d.Text += fmt.Sprintf(" (%d)", i)
	p, _ := time.Parse(time.DateOnly, d.Published)
	d.Published = p.AddDate(0, 0, (i/len(docs))%1000).Format(time.DateOnly)
	return d
}

// BenchmarkIngest measures documents per second on dev-sized documents:
// coding alone, storing alone (events coded beforehand), and both, one
// transaction per document or 100 documents per transaction.
func BenchmarkIngest(b *testing.B) {
	docs := benchDocs(b)
	p, err := pipeline.New(lexicon.FS)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	docsPerSec := func(b *testing.B) { b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s") }
	b.Run("code", func(b *testing.B) {
		events := 0
		for i := 0; i < b.N; i++ {
			evs, err := p.Code(variant(docs, i))
			if err != nil {
				b.Fatal(err)
			}
			events += len(evs)
		}
		docsPerSec(b)
		b.ReportMetric(float64(events)/float64(b.N), "events/doc")
	})
	// 400 coded documents, stored over and over with new texts and dates
	const pool = 400
	coded := make([]sqlite.Item, pool)
	for i := range coded {
		d := variant(docs, i)
		evs, err := p.Code(d)
		if err != nil {
			b.Fatal(err)
		}
		coded[i] = sqlite.Item{Doc: d, Events: evs}
	}
	b.Run("store", func(b *testing.B) {
		db := sqlite.MustOpenDB(b)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			it := coded[i%pool]
			it.Doc.Text += fmt.Sprint(" ", i)
			// events of new dates, as when coding new documents
			evs := make([]dyad.Event, len(it.Events))
			for j, e := range it.Events {
				if e.Date != nil {
					d, _ := time.Parse(time.DateOnly, *e.Date)
					day := d.AddDate(0, 0, 1000*(i/pool)).Format(time.DateOnly)
					e.Date = &day
				}
				evs[j] = e
			}
			if _, err := db.Ingest(ctx, it.Doc, evs); err != nil {
				b.Fatal(err)
			}
		}
		docsPerSec(b)
	})
	b.Run("code+store", func(b *testing.B) {
		db := sqlite.MustOpenDB(b)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			d := variant(docs, i)
			evs, err := p.Code(d)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := db.Ingest(ctx, d, evs); err != nil {
				b.Fatal(err)
			}
		}
		docsPerSec(b)
	})
	b.Run("code+store/batch100", func(b *testing.B) {
		db := sqlite.MustOpenDB(b)
		b.ResetTimer()
		var items []sqlite.Item
		for i := 0; i < b.N; i++ {
			d := variant(docs, i)
			evs, err := p.Code(d)
			if err != nil {
				b.Fatal(err)
			}
			items = append(items, sqlite.Item{Doc: d, Events: evs})
			if len(items) == 100 || i == b.N-1 {
				if _, err := db.IngestBatch(ctx, items); err != nil {
					b.Fatal(err)
				}
				items = items[:0]
			}
		}
		docsPerSec(b)
	})
}
