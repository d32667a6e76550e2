package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/export"
)

// filterFlags registers the event filters shared by query and export.
func filterFlags(fs *flag.FlagSet) *dyad.Filter {
	f := &dyad.Filter{}
	fs.StringVar(&f.Actor, "actor", "", "actor as source or target: ISO3, IGO:<ID> or CAMEO actor code")
	fs.StringVar(&f.Source, "source", "", "source actor (with -target: a dyad)")
	fs.StringVar(&f.Target, "target", "", "target actor")
	fs.StringVar(&f.CAMEO, "cameo", "", "CAMEO event code or prefix (root \"05\", code \"057\")")
	fs.IntVar(&f.Quad, "quad", 0, "quad class 1-4")
	fs.StringVar(&f.Plover, "plover", "", "PLOVER event type")
	fs.StringVar(&f.From, "from", "", "first event date, YYYY-MM-DD")
	fs.StringVar(&f.To, "to", "", "last event date, YYYY-MM-DD")
	fs.StringVar(&f.Lang, "lang", "", "language of the reporting documents")
	fs.StringVar(&f.Text, "text", "", "full-text search in the evidence")
	fs.StringVar(&f.DocID, "doc", "", "events of this document")
	fs.IntVar(&f.Limit, "limit", 100, "events per page")
	fs.IntVar(&f.Offset, "offset", 0, "events to skip")
	return f
}

func (m *Main) runQuery(ctx context.Context, args []string) error {
	fs := m.newFlags("query", "[flags]")
	db := dbFlag(fs)
	filter := filterFlags(fs)
	format := fs.String("format", "", "output: table, jsonl or csv (default: table on a terminal, else jsonl)")
	agg := fs.String("agg", "", "aggregate instead of listing: day, week, month (timeline), dyad or actor")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *format == "" {
		*format = "jsonl"
		if isTerminal(m.Stdout) {
			*format = "table"
		}
	}
	switch *format {
	case "table", "jsonl", "csv":
	default:
		return fmt.Errorf("%w: -format must be table, jsonl or csv", errUsage)
	}
	store, err := openStore(*db, false)
	if err != nil {
		return err
	}
	defer store.Close()
	switch *agg {
	case "":
		page, err := store.Events(ctx, *filter)
		if err != nil {
			return storeError(err)
		}
		return m.printEvents(page, *format)
	case "day", "week", "month":
		bs, err := store.Timeline(ctx, *filter, dyad.Period(*agg))
		if err != nil {
			return storeError(err)
		}
		return printAgg(m, *format, []string{"period", "events", "mentions", "goldstein_sum", "goldstein_mean", "quad1", "quad2", "quad3", "quad4"}, bs, func(b dyad.Bucket) []any {
			return []any{b.Period, b.Events, b.Mentions, b.GoldsteinSum, b.GoldsteinAvg, b.Quad[0], b.Quad[1], b.Quad[2], b.Quad[3]}
		})
	case "dyad":
		ds, err := store.Dyads(ctx, *filter)
		if err != nil {
			return storeError(err)
		}
		return printAgg(m, *format, []string{"source", "target", "events", "goldstein_sum", "goldstein_mean"}, ds, func(d dyad.DyadCount) []any {
			return []any{d.Source, d.Target, d.Events, d.GoldsteinSum, d.GoldsteinAvg}
		})
	case "actor":
		as, err := store.Actors(ctx, *filter)
		if err != nil {
			return storeError(err)
		}
		return printAgg(m, *format, []string{"actor", "name", "events", "goldstein_mean"}, as, func(a dyad.ActorCount) []any {
			return []any{a.Actor, a.Name, a.Events, a.GoldsteinAvg}
		})
	}
	return fmt.Errorf("%w: -agg must be day, week, month, dyad or actor", errUsage)
}

// storeError turns a store's filter errors into usage errors.
func storeError(err error) error {
	if errors.Is(err, dyad.ErrBadFilter) {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return err
}

// printEvents prints a page of events.
func (m *Main) printEvents(page dyad.EventPage, format string) error {
	if format == "table" {
		tw := tabwriter.NewWriter(m.Stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tDATE\tSOURCE\tTARGET\tCAMEO\tQUAD\tGOLDSTEIN\tMENTIONS\tEVIDENCE")
		for _, e := range page.Events {
			ev := ""
			if len(e.Mentions) > 0 {
				ev = shorten(e.Mentions[0].Evidence.Text, 70)
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%d\t%.1f\t%d\t%s\n", e.ID, e.Date, e.Source.Code, e.Target.Code, e.CAMEO, e.Quad, e.Goldstein, e.NumMentions, ev)
		}
		if err := tw.Flush(); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		fmt.Fprintf(m.Stderr, "%d of %d events (offset %d)\n", len(page.Events), page.Total, page.Offset)
		return nil
	}
	w, err := export.NewWriter(m.Stdout, export.Format(format))
	if err != nil {
		return err
	}
	for _, e := range page.Events {
		if err := w.Write(e); err != nil {
			return err
		}
	}
	return w.Close()
}

// printAgg prints aggregate rows as a table, CSV or JSON Lines.
func printAgg[T any](m *Main, format string, header []string, items []T, row func(T) []any) error {
	cell := func(c any) string {
		if f, ok := c.(float64); ok {
			return strconv.FormatFloat(f, 'f', 3, 64)
		}
		return fmt.Sprint(c)
	}
	switch format {
	case "jsonl":
		enc := json.NewEncoder(m.Stdout)
		for _, it := range items {
			if err := enc.Encode(it); err != nil {
				return fmt.Errorf("write: %w", err)
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(m.Stdout)
		cw.Write(header)
		for _, it := range items {
			var cells []string
			for _, c := range row(it) {
				cells = append(cells, cell(c))
			}
			cw.Write(cells)
		}
		cw.Flush()
		return cw.Error()
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.ToUpper(strings.Join(header, "\t")))
	for _, it := range items {
		var cells []string
		for _, c := range row(it) {
			cells = append(cells, cell(c))
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
