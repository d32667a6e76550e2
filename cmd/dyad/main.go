// Command dyad turns news text into political event data coded in CAMEO
// and PLOVER.
//
//	dyad demo                     code the sample stories and serve the web page
//	dyad code [flags] [FILE...]   code documents, print one JSON event per line
//	dyad ingest [flags] PATH...   code documents into the event database
//	dyad query [flags]            list or aggregate stored events
//	dyad export --format F        export stored events (gdelt, plover, csv, jsonl, parquet)
//	dyad serve [flags]            serve the JSON API and web page
//	dyad eval [flags] GOLD.jsonl  score the coder against gold annotations
//	dyad version                  print the version
//
// Exit codes: 0 every input was coded; 1 some input was skipped or repaired
// (each problem is reported on stderr as file:line: message) and the rest
// was coded; 2 usage error; 3 internal failure (lexicon, output).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
)

// Exit codes, documented in the README.
const (
	ExitOK       = 0
	ExitBadInput = 1
	ExitUsage    = 2
	ExitFailure  = 3
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	tuneGC()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	m := NewMain()
	code := m.Run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}

// tuneGC trades memory for speed: coding allocates many small short-lived
// values, and the collector's default pace costs a quarter of the CPU. A
// soft memory limit keeps the heap well under 300 MB. GOGC and GOMEMLIMIT
// in the environment win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(256 << 20)
	}
}

// Main is the program, with its streams, so tests can run it in-process.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// NewMain returns a Main on the process's standard streams.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
}

// errUsage marks an error in the command line.
var errUsage = errors.New("usage")

const usage = `dyad turns news text into political event data (CAMEO, PLOVER).

Usage:
  dyad demo [flags]               code the sample stories into a fresh database and serve the web page
  dyad code [flags] [FILE...]     code documents (text or JSON Lines; - for stdin), print events as JSON Lines
  dyad ingest [flags] PATH...     code files, directories and .gz files into the event database
  dyad query [flags]              list or aggregate stored events (table, jsonl, csv)
  dyad export --format F [flags]  export stored events: gdelt, plover, csv, jsonl, parquet
  dyad serve [flags]              serve the JSON API and the web page
  dyad eval [flags] GOLD.jsonl... score the coder against gold-annotated documents
  dyad version                    print the version

Run 'dyad COMMAND -h' for a command's flags.
`

// Run runs the command line args and returns the exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(m.Stderr, usage)
		return ExitUsage
	}
	var err error
	switch args[0] {
	case "code":
		err = m.runCode(ctx, args[1:])
	case "eval":
		err = m.runEval(ctx, args[1:])
	case "ingest":
		err = m.runIngest(ctx, args[1:])
	case "query":
		err = m.runQuery(ctx, args[1:])
	case "export":
		err = m.runExport(ctx, args[1:])
	case "serve":
		err = m.runServe(ctx, args[1:])
	case "demo":
		err = m.runDemo(ctx, args[1:])
	case "version":
		fmt.Fprintln(m.Stdout, "dyad", version)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(m.Stdout, usage)
	default:
		fmt.Fprintf(m.Stderr, "dyad: unknown command %q\n\n%s", args[0], usage)
		return ExitUsage
	}
	return m.exitCode(err)
}

// exitCode maps an error to the exit code and reports it.
func (m *Main) exitCode(err error) int {
	var bad badInput
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, flag.ErrHelp):
		return ExitOK
	case errors.Is(err, errUsage):
		fmt.Fprintf(m.Stderr, "dyad: %v\n", err)
		return ExitUsage
	case errors.As(err, &bad):
		fmt.Fprintf(m.Stderr, "dyad: %v\n", err)
		return ExitBadInput
	default:
		fmt.Fprintf(m.Stderr, "dyad: %v\n", err)
		return ExitFailure
	}
}

// badInput reports that some inputs were skipped or repaired.
type badInput struct{ n int }

func (b badInput) Error() string {
	if b.n == 1 {
		return "1 input problem (see messages above)"
	}
	return fmt.Sprintf("%d input problems (see messages above)", b.n)
}

// newFlags returns a flag set that reports errors as usage errors.
func (m *Main) newFlags(name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(m.Stderr, "Usage: dyad %s %s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}
