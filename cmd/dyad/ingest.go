package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/pipeline"
	"github.com/dyad-events/dyad/sqlite"
)

// dbFlag registers --db, shared by every command that reads the store.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "dyad.db", "the event database (SQLite file)")
}

// openStore opens the database, read-only unless write is set.
func openStore(path string, write bool) (*sqlite.DB, error) {
	if !write {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("%w: open database: %v (create it with dyad ingest)", errUsage, err)
		}
		return sqlite.OpenReadOnly(path)
	}
	return sqlite.Open(path)
}

func (m *Main) runIngest(ctx context.Context, args []string) error {
	fs := m.newFlags("ingest", "[flags] PATH...")
	var f codeFlags
	f.register(fs)
	db := dbFlag(fs)
	quiet := fs.Bool("quiet", false, "no progress bar")
	p, err := parseCoding(fs, &f, args)
	if err != nil {
		return err
	}
	store, err := openStore(*db, true)
	if err != nil {
		return err
	}
	defer store.Close()
	return outcome(m.ingest(ctx, store, p, f, fs.Args(), !*quiet && isTerminal(m.Stderr)))
}

// ingestStats counts what an ingest did.
type ingestStats struct {
	docs, stored, events int
	bytes, total         int64 // text coded so far; input size, 0 if unknown
	start                time.Time
}

// inputBytes returns the size of the plain input files, or 0 when some
// input's size is unknown (stdin, compressed files).
func inputBytes(files []string) int64 {
	files, _ = expand(files)
	var n int64
	for _, f := range files {
		fi, err := os.Stat(f)
		if f == "-" || err != nil || strings.HasSuffix(f, ".gz") {
			return 0
		}
		n += fi.Size()
	}
	return n
}

// ingest codes the inputs and stores every document with its events,
// each in its own transaction, and prints a summary line. It returns the
// number of input problems.
func (m *Main) ingest(ctx context.Context, store *sqlite.DB, p *pipeline.Pipeline, f codeFlags, files []string, bar bool) (int, error) {
	st := ingestStats{start: time.Now(), total: inputBytes(files)}
	var prog *progress
	if bar {
		prog = newProgress(m.Stderr)
	}
	// documents are stored in batches of up to batchSize or batchAge, one
	// transaction each; every document is all-or-nothing within it
	const batchSize, batchAge = 100, time.Second
	var batch []sqlite.Item
	var pending []dyad.Event
	last := time.Now()
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		res, err := store.IngestBatch(ctx, batch)
		if err != nil {
			return fmt.Errorf("store documents: %w", err)
		}
		for i, r := range res {
			if r.Err != nil {
				return fmt.Errorf("store document %q: %w", batch[i].Doc.ID, r.Err)
			}
			st.docs++
			st.bytes += int64(len(batch[i].Doc.Text))
			if r.Stored {
				st.stored++
				st.events += len(batch[i].Events)
			}
		}
		batch, last = batch[:0], time.Now()
		if prog != nil {
			prog.update(st)
		}
		return nil
	}
	problems, err := m.codeFiles(ctx, p, f, files, func(doc dyad.Document, evs []dyad.Event, done bool) error {
		pending = append(pending, evs...)
		if !done {
			return nil
		}
		batch = append(batch, sqlite.Item{Doc: doc, Events: pending})
		pending = nil
		if len(batch) >= batchSize || time.Since(last) >= batchAge {
			return flush()
		}
		return nil
	})
	if ferr := flush(); err == nil {
		err = ferr
	}
	if prog != nil {
		prog.done()
	}
	secs := time.Since(st.start).Seconds()
	fmt.Fprintf(m.Stderr, "ingested %d documents (%d new, %d already stored), %d events, %d input problems, in %.1fs (%.0f documents/s)\n",
		st.docs, st.stored, st.docs-st.stored, st.events, problems, secs, float64(st.docs)/max(secs, 1e-9))
	return problems, err
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progress draws a one-line progress bar on a terminal.
type progress struct {
	w    io.Writer
	last time.Time
}

func newProgress(w io.Writer) *progress { return &progress{w: w} }

func (p *progress) update(st ingestStats) {
	now := time.Now()
	if now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	secs := now.Sub(st.start).Seconds()
	rate := float64(st.docs) / max(secs, 1e-9)
	eta := "ETA ?"
	bar := ""
	if st.total > 0 && st.bytes > 0 {
		frac := min(float64(st.bytes)/float64(st.total), 1)
		left := time.Duration(secs * (1 - frac) / frac * float64(time.Second))
		eta = "ETA " + left.Round(time.Second).String()
		n := int(frac * 24)
		bar = "[" + strings.Repeat("=", n) + strings.Repeat(" ", 24-n) + "] "
	}
	fmt.Fprintf(p.w, "\r%s%d documents  %.0f docs/s  %d events  %s ", bar, st.docs, rate, st.events, eta)
}

func (p *progress) done() { fmt.Fprint(p.w, "\r\033[K") }
