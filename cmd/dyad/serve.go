package main

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/examples"
	dyadhttp "github.com/dyad-events/dyad/http"
	"github.com/dyad-events/dyad/sqlite"
)

func (m *Main) runServe(ctx context.Context, args []string) error {
	fs := m.newFlags("serve", "[flags]")
	db := dbFlag(fs)
	addr := fs.String("addr", dyadhttp.DefaultAddr, "address to listen on (loopback unless told otherwise)")
	write := fs.Bool("write", false, "enable POST /api/documents (code and store posted documents)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	store, err := openStore(*db, *write)
	if err != nil {
		return err
	}
	defer store.Close()
	opts := dyadhttp.Options{Addr: *addr, AllowWrite: *write, ErrorLog: log.New(m.Stderr, "dyad serve: ", log.LstdFlags)}
	if *write {
		p, err := newPipeline(codeFlags{})
		if err != nil {
			return err
		}
		opts.Code = p.Code
	}
	return m.serve(ctx, store, opts)
}

// serve runs the web server until ctx is cancelled (Ctrl-C).
func (m *Main) serve(ctx context.Context, store dyad.Store, opts dyadhttp.Options) error {
	srv := dyadhttp.NewServer(store, opts)
	if err := srv.Open(); err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	fmt.Fprintf(m.Stdout, "dyad is serving %s\n", srv.URL())
	<-ctx.Done()
	return srv.Close()
}

func (m *Main) runDemo(ctx context.Context, args []string) error {
	fs := m.newFlags("demo", "[flags]")
	db := fs.String("db", "", "database to fill (default: a fresh one in a temporary directory)")
	addr := fs.String("addr", dyadhttp.DefaultAddr, "address to listen on")
	noServe := fs.Bool("no-serve", false, "fill the database and stop")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	path := *db
	if path == "" {
		dir, err := os.MkdirTemp("", "dyad-demo-")
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "demo.db")
	}
	store, err := sqlite.Open(path)
	if err != nil {
		return err
	}
	defer store.Close()
	p, err := newPipeline(codeFlags{})
	if err != nil {
		return err
	}
	// code the sample stories the binary embeds, read as stdin
	data, err := examples.FS.ReadFile("stories.jsonl")
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	sub := *m
	sub.Stdin = bytes.NewReader(data)
	if _, err := sub.ingest(ctx, store, p, codeFlags{mode: "jsonl", workers: 2}, []string{"-"}, false); err != nil {
		return err
	}
	fmt.Fprintf(m.Stderr, "demo database: %s\n", path)
	if *noServe {
		return nil
	}
	return m.serve(ctx, store, dyadhttp.Options{Addr: *addr, ErrorLog: log.New(m.Stderr, "dyad demo: ", log.LstdFlags)})
}
