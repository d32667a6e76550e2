package http

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"log"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/lexicon"
	"github.com/dyad-events/dyad/pipeline"
	"github.com/dyad-events/dyad/sqlite"
)

var (
	coderOnce sync.Once
	coder     *pipeline.Pipeline
	coderErr  error
)

// mustPipeline returns the event coder, loaded once for all tests.
func mustPipeline(tb testing.TB) *pipeline.Pipeline {
	tb.Helper()
	coderOnce.Do(func() { coder, coderErr = pipeline.New(lexicon.FS) })
	if coderErr != nil {
		tb.Fatalf("pipeline.New: %v", coderErr)
	}
	return coder
}

// MustOpenStore opens an empty sqlite store in a temporary directory,
// closed when the test ends.
func MustOpenStore(tb testing.TB) dyad.Store {
	tb.Helper()
	db, err := sqlite.Open(filepath.Join(tb.TempDir(), "dyad.db"))
	if err != nil {
		tb.Fatalf("sqlite.Open: %v", err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// sampleDocs reads testdata/samples.jsonl: short news stories written for
// these tests, in English and French.
func sampleDocs(tb testing.TB) []dyad.Document {
	tb.Helper()
	f, err := os.Open("testdata/samples.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var docs []dyad.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d dyad.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatalf("testdata/samples.jsonl:%d: %v", len(docs)+1, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return docs
}

// MustSampleStore returns a store filled with the sample documents, coded
// by the pipeline.
func MustSampleStore(tb testing.TB) dyad.Store {
	tb.Helper()
	p := mustPipeline(tb)
	st := MustOpenStore(tb)
	for _, d := range sampleDocs(tb) {
		evs, err := p.Code(d)
		if err != nil {
			tb.Fatalf("Code(%s): %v", d.ID, err)
		}
		if _, err := st.Ingest(context.Background(), d, evs); err != nil {
			tb.Fatalf("Ingest(%s): %v", d.ID, err)
		}
	}
	return st
}

// newLogger returns a logger that writes to w.
func newLogger(w io.Writer) *log.Logger { return log.New(w, "", 0) }
