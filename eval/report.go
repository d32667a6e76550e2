package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteText writes the report as a human-readable table: one row per level
// and language (gold events, distinct predicted keys, matched keys, matched
// gold events, precision, recall, F1), then the date accuracy per language. With explain, it then
// lists each document's misses and false alarms, level by level.
func (r *Report) WriteText(out io.Writer, explain bool) error {
	w := &errWriter{w: out}
	levels := make([]string, len(r.Levels))
	for i, l := range r.Levels {
		levels[i] = string(l)
	}
	if len(levels) == 0 {
		levels = []string{"none"}
	}
	fmt.Fprintf(w, "%s: %d documents; levels: %s\n\n", r.File, r.Docs, strings.Join(levels, ", "))
	const rowFmt = "%-6s %-5s %6v %9v %12v %12v %6v %6v %6v\n"
	fmt.Fprintf(w, rowFmt, "level", "lang", "gold", "predicted", "matched pred", "matched gold", "P", "R", "F1")
	for _, row := range r.Rows {
		fmt.Fprintf(w, rowFmt, row.Level, row.Lang, row.Gold, row.Predicted, row.MatchedPredicted,
			row.MatchedGold, f3(row.Precision), f3(row.Recall), f3(row.F1))
	}
	const dateFmt = "%-6s %-5s %6v %9v %12v\n"
	fmt.Fprintf(w, "\n"+dateFmt, "date", "lang", "n", "correct", "accuracy")
	for _, d := range r.Dates {
		fmt.Fprintf(w, dateFmt, "date", d.Lang, d.N, d.Correct, f3(d.Accuracy))
	}
	if len(r.UnknownDocs) > 0 {
		fmt.Fprintf(w, "\n%d predicted documents are not in %s: %s\n", len(r.UnknownDocs), r.File,
			strings.Join(r.UnknownDocs, ", "))
	}
	if explain {
		doc := ""
		for _, it := range r.Explain {
			if it.Doc != doc {
				doc = it.Doc
				fmt.Fprintf(w, "\n%s (%s)\n", it.Doc, it.Lang)
			}
			kind := "miss"
			if it.Kind == FalseAlarm {
				kind = "false alarm"
			}
			fmt.Fprintf(w, "  %-6s %-11s %s -> %s %s  %q\n", it.Level, kind, actorText(it.Source),
				actorText(it.Target), it.Label, it.Evidence)
		}
	}
	if w.err != nil {
		return fmt.Errorf("write report: %w", w.err)
	}
	return nil
}

// errWriter keeps the first write error and drops every later write.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

// WriteJSON writes the report as one indented JSON object: the fields of
// Report with their json names. Consumers should ignore unknown fields.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

func f3(x float64) string { return fmt.Sprintf("%.3f", x) }

func actorText(a string) string {
	if a == "" {
		return "-"
	}
	return a
}
