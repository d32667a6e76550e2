package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/eval"
	"github.com/dyad-events/dyad/pipeline"
)

func (m *Main) runEval(ctx context.Context, args []string) error {
	fs := m.newFlags("eval", "[flags] GOLD.jsonl...")
	var f codeFlags
	f.register(fs)
	asJSON := fs.Bool("json", false, "print the reports as JSON")
	explain := fs.Bool("explain", false, "list misses and false alarms with their evidence")
	p, err := parseCoding(fs, &f, args)
	if err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: eval needs at least one gold file", errUsage)
	}
	var reports []*eval.Report
	for _, name := range fs.Args() {
		r, err := m.evalFile(ctx, p, f, name)
		if err != nil {
			return err
		}
		reports = append(reports, r)
		if !*asJSON {
			if err := r.WriteText(m.Stdout, *explain); err != nil {
				return err
			}
			fmt.Fprintln(m.Stdout)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(reports); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
	}
	return nil
}

// evalFile codes the documents of one gold file and scores them.
func (m *Main) evalFile(ctx context.Context, p *pipeline.Pipeline, f codeFlags, name string) (*eval.Report, error) {
	fh, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%w: open gold: %v", errUsage, err)
	}
	defer fh.Close()
	gold, err := eval.ReadGold(fh, name)
	if err != nil {
		return nil, err
	}
	docs := make(chan dyad.Document)
	type coded struct {
		id  string
		evs []dyad.Event
	}
	out := make(chan coded)
	go func() {
		defer close(docs)
		for _, g := range gold {
			docs <- dyad.Document{ID: g.ID, Text: g.Text, Published: g.Published, Lang: g.Lang}
		}
	}()
	for i := 0; i < f.workers; i++ {
		go func() {
			for d := range docs {
				evs, _ := codeSafely(p, d) // unsupported languages score as misses
				out <- coded{d.ID, evs}
			}
		}()
	}
	var all []dyad.Event
	for range gold {
		c := <-out
		all = append(all, c.evs...)
	}
	return eval.Score(name, gold, eval.FromEvents(all)), ctx.Err()
}
