package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/input"
	"github.com/dyad-events/dyad/lexicon"
	"github.com/dyad-events/dyad/pipeline"
)

// codeFlags are the flags shared by the commands that code documents.
type codeFlags struct {
	mode       string
	published  string
	lang       string
	workers    int
	background bool
}

func (f *codeFlags) register(fs interface {
	StringVar(*string, string, string, string)
	IntVar(*int, string, int, string)
	BoolVar(*bool, string, bool, string)
}) {
	fs.StringVar(&f.mode, "input", "auto", "input format: auto, text or jsonl")
	fs.StringVar(&f.published, "published", "", "publication date of plain-text documents (YYYY-MM-DD or YYYY-MM)")
	fs.StringVar(&f.lang, "lang", "", "language of plain-text documents (default: identified)")
	fs.IntVar(&f.workers, "workers", runtime.GOMAXPROCS(0), "documents coded at once")
	fs.BoolVar(&f.background, "background", false, "also code events dated by a bare past year or month (history told as background)")
}

func (f *codeFlags) check() error {
	switch input.Mode(f.mode) {
	case input.Auto, input.Text, input.JSONL:
	default:
		return fmt.Errorf("%w: -input must be auto, text or jsonl, not %q", errUsage, f.mode)
	}
	if f.published != "" && !input.ValidDate(f.published) {
		return fmt.Errorf("%w: -published must be YYYY-MM-DD or YYYY-MM, not %q", errUsage, f.published)
	}
	if f.workers < 1 {
		f.workers = 1
	}
	return nil
}

// parseCoding parses a coding command's flags (registered on fs before),
// checks them and loads the coder.
func parseCoding(fs *flag.FlagSet, f *codeFlags, args []string) (*pipeline.Pipeline, error) {
	if err := parseFlags(fs, args); err != nil {
		return nil, err
	}
	if err := f.check(); err != nil {
		return nil, err
	}
	return newPipeline(*f)
}

// newPipeline loads the embedded lexicon.
func newPipeline(f codeFlags) (*pipeline.Pipeline, error) {
	p, err := pipeline.New(lexicon.FS)
	if err != nil {
		return nil, err
	}
	p.KeepBackground = f.background
	return p, nil
}

func (m *Main) runCode(ctx context.Context, args []string) error {
	fs := m.newFlags("code", "[flags] [FILE...]")
	var f codeFlags
	f.register(fs)
	p, err := parseCoding(fs, &f, args)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(m.Stdout, 64<<10)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	problems, err := m.codeFiles(ctx, p, f, fs.Args(), func(_ dyad.Document, evs []dyad.Event, _ bool) error {
		for i := range evs {
			if err := enc.Encode(&evs[i]); err != nil {
				return fmt.Errorf("write events: %w", err)
			}
		}
		return nil
	})
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write events: %w", ferr)
	}
	return outcome(problems, err)
}

// outcome is a batch's error: err, else badInput when some inputs had
// problems, else nil.
func outcome(problems int, err error) error {
	if err != nil {
		return err
	}
	if problems > 0 {
		return badInput{problems}
	}
	return nil
}

// result is a coded document, or a chunk of one.
type result struct {
	doc  dyad.Document
	evs  []dyad.Event
	last bool // the document is complete
	pos  string
	err  error // the document was not coded
	warn error // the document was repaired, then coded
}

// codeFiles reads every file (stdin for none or "-"; directories are read
// recursively), codes its documents on f.workers goroutines and calls emit
// in input order: with each chunk of a document's events, then with
// last=true once the document is complete. It reports each bad input on
// stderr and returns how many there were.
func (m *Main) codeFiles(ctx context.Context, p *pipeline.Pipeline, f codeFlags, files []string, emit func(doc dyad.Document, evs []dyad.Event, last bool) error) (int, error) {
	if len(files) == 0 {
		files = []string{"-"}
	}
	files, walkErrs := expand(files)
	problems := 0
	report := func(pos string, err error) {
		problems++
		fmt.Fprintf(m.Stderr, "%s: %v\n", pos, err)
	}

	for _, e := range walkErrs {
		report(e.pos, e.err)
	}
	queue := make(chan chan result, 4*f.workers)
	var wg sync.WaitGroup
	sem := make(chan struct{}, f.workers)
	go func() {
		defer close(queue)
		for _, name := range files {
			if ctx.Err() != nil {
				return
			}
			r, display, closeFn, err := m.open(name)
			if err != nil {
				queue <- done(result{pos: display, err: err})
				continue
			}
			id := filepath.Base(display)
			err = input.Read(r, display, input.Mode(f.mode), id, f.published, func(it input.Item) error {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				if it.Err != nil && !it.Warn {
					queue <- done(result{pos: it.Position(), err: it.Err})
					return nil
				}
				c := make(chan result, 16)
				queue <- c
				doc := it.Doc
				if doc.Lang == "" {
					doc.Lang = f.lang
				}
				sem <- struct{}{}
				wg.Add(1)
				go func() {
					defer wg.Done()
					defer func() { <-sem }()
					streamSafely(p, doc, it.Position(), it.Err, c)
				}()
				return nil
			})
			closeFn()
			if err != nil && !errors.Is(err, context.Canceled) {
				queue <- done(result{pos: display, err: err})
			}
		}
		wg.Wait()
	}()
	var emitErr error
	for c := range queue {
		for r := range c {
			if r.warn != nil {
				report(r.pos, fmt.Errorf("warning: %w", r.warn))
			}
			if r.err != nil {
				report(r.pos, r.err)
				continue
			}
			if emitErr == nil && (r.evs != nil || r.last) {
				emitErr = emit(r.doc, r.evs, r.last)
			}
		}
	}
	if emitErr != nil {
		return problems, emitErr
	}
	return problems, ctx.Err()
}

// streamSafely codes a document and sends its events to c one chunk at a
// time, then closes c. A panic becomes an error so one bad document cannot
// stop a batch.
func streamSafely(p *pipeline.Pipeline, doc dyad.Document, pos string, warn error, c chan<- result) {
	defer close(c)
	defer func() {
		if r := recover(); r != nil {
			c <- result{pos: pos, err: fmt.Errorf("internal error coding document %q: %v", doc.ID, r)}
		}
	}()
	if warn != nil {
		c <- result{pos: pos, warn: warn}
	}
	err := p.Stream(doc, func(evs []dyad.Event) error {
		c <- result{doc: doc, evs: evs, pos: pos}
		return nil
	})
	if err != nil {
		c <- result{pos: pos, err: err}
		return
	}
	c <- result{doc: doc, pos: pos, last: true}
}

// codeSafely codes a document, turning a panic into an error so one bad
// document cannot stop a batch.
func codeSafely(p *pipeline.Pipeline, doc dyad.Document) (evs []dyad.Event, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error coding document %q: %v", doc.ID, r)
		}
	}()
	return p.Code(doc)
}

// done returns a closed channel holding one result.
func done(r result) chan result {
	c := make(chan result, 1)
	c <- r
	close(c)
	return c
}

// open opens a named input; "-" is stdin, a ".gz" file is decompressed.
func (m *Main) open(name string) (io.Reader, string, func(), error) {
	if name == "-" {
		return m.Stdin, "stdin", func() {}, nil
	}
	fh, err := os.Open(name)
	if err != nil {
		return nil, name, nil, fmt.Errorf("open: %w", err)
	}
	if !strings.HasSuffix(name, ".gz") {
		return fh, name, func() { fh.Close() }, nil
	}
	zr, err := gzip.NewReader(fh)
	if err != nil {
		fh.Close()
		return nil, name, nil, fmt.Errorf("open gzip: %w", err)
	}
	return zr, name, func() { zr.Close(); fh.Close() }, nil
}

// walkError is a problem met while listing inputs.
type walkError struct {
	pos string
	err error
}

// inputExts are the file endings read inside directories.
var inputExts = []string{".txt", ".jsonl", ".json", ".ndjson", ".txt.gz", ".jsonl.gz", ".json.gz", ".ndjson.gz"}

// expand replaces directories by the input files below them, sorted.
func expand(names []string) ([]string, []walkError) {
	var out []string
	var errs []walkError
	for _, name := range names {
		fi, err := os.Stat(name)
		if name == "-" || err != nil || !fi.IsDir() {
			out = append(out, name) // open reports a missing file
			continue
		}
		err = filepath.WalkDir(name, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, walkError{path, err})
				return nil
			}
			if d.IsDir() {
				if path != name && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			for _, ext := range inputExts {
				if strings.HasSuffix(path, ext) {
					out = append(out, path)
					break
				}
			}
			return nil
		})
		if err != nil {
			errs = append(errs, walkError{name, err})
		}
	}
	return out, errs
}
