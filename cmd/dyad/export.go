package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dyad-events/dyad/export"
)

func (m *Main) runExport(ctx context.Context, args []string) error {
	fs := m.newFlags("export", "--format FORMAT [flags]")
	db := dbFlag(fs)
	filter := filterFlags(fs)
	format := fs.String("format", "jsonl", "gdelt, plover, csv, jsonl or parquet")
	out := fs.String("o", "", "output file (default stdout)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	valid := false
	for _, f := range export.Formats() {
		valid = valid || string(f) == *format
	}
	if !valid {
		return fmt.Errorf("%w: -format must be one of %v", errUsage, export.Formats())
	}
	store, err := openStore(*db, false)
	if err != nil {
		return err
	}
	defer store.Close()

	dst := m.Stdout
	var file *os.File
	if *out != "" {
		// write beside the target and rename at the end: a killed export
		// leaves no half-written file under the final name
		file, err = os.CreateTemp(filepath.Dir(*out), ".dyad-export-*")
		if err != nil {
			return fmt.Errorf("create output: %w", err)
		}
		defer os.Remove(file.Name())
		dst = file
	}
	bw := bufio.NewWriterSize(dst, 256<<10)
	w, err := export.NewWriter(bw, export.Format(*format))
	if err != nil {
		return err
	}
	// page through the matching events; without -limit, export them all
	limited := false
	fs.Visit(func(fl *flag.Flag) { limited = limited || fl.Name == "limit" })
	f := *filter
	all := !limited || f.Limit <= 0
	f.Limit = 1000
	n := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		page, err := store.Events(ctx, f)
		if err != nil {
			return storeError(err)
		}
		for _, e := range page.Events {
			if err := w.Write(e); err != nil {
				return fmt.Errorf("export: %w", err)
			}
			n++
			if !all && n >= filter.Limit {
				break
			}
		}
		if len(page.Events) < f.Limit || !all && n >= filter.Limit {
			break
		}
		f.Offset += len(page.Events)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if file != nil {
		if err := file.Close(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := os.Rename(file.Name(), *out); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	fmt.Fprintf(m.Stderr, "exported %d events as %s\n", n, *format)
	return nil
}
