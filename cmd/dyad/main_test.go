package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// run runs the program in-process and returns its exit code and output.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	code := m.Run(context.Background(), args)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCodeText(t *testing.T) {
	code, out, stderr := run(t, "La France a condamné la Russie mardi.", "code", "--lang", "fr", "--published", "2024-06-20", "-")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	var ev struct {
		DocID    string `json:"doc_id"`
		CAMEO    string `json:"cameo"`
		Date     string `json:"date"`
		Evidence struct {
			Start, End int
			Text       string
		}
		Source struct{ Country string }
		Target struct{ Country string }
	}
	if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &ev); err != nil {
		t.Fatalf("output %q: %v", out, err)
	}
	if ev.Source.Country != "FRA" || ev.Target.Country != "RUS" || ev.CAMEO[:2] != "11" || ev.Date != "2024-06-18" || ev.DocID != "stdin" {
		t.Errorf("event = %+v", ev)
	}
}

// TestBadInput runs one batch with every kind of bad input among good
// documents: each problem is named on stderr with its file (and line), the
// exit code is ExitBadInput, and every good document is still coded.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	good := "La France a condamné mardi la Russie pour ses frappes contre les villes de l'Ukraine, a indiqué le ministère des Affaires étrangères."
	size := 3 << 20
	if os.Getenv("DYAD_BIG") != "" {
		size = 50 << 20
	}
	big := bytes.Repeat([]byte("Rien de neuf. "), size/14)
	big = append(big, " La France a condamné la Russie mardi."...)
	files := []string{
		writeFile(t, dir, "empty.txt", nil),
		writeFile(t, dir, "binary.bin", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00")),
		writeFile(t, dir, "latin1.txt", []byte("La France a condamn\xe9 mardi la Russie pour ses frappes contre les villes de l'Ukraine, a indiqu\xe9 le minist\xe8re des Affaires \xe9trang\xe8res.")),
		writeFile(t, dir, "big.txt", big),
		writeFile(t, dir, "docs.jsonl", []byte(`{"id":"a","text":"`+good+`","published":"2024-06-20"}`+"\n"+
			`{"id":"b","text": broken}`+"\n"+
			`{"id":"c","text":"这是一个中文句子，没有人能读懂它。"}`+"\n"+
			`{"id":"d","text":"Russia condemned France on Tuesday for the sanctions it imposed on the country last week, the foreign ministry said.","published":"2024-06-20"}`+"\n")),
		writeFile(t, dir, "good.txt", []byte(good)),
		filepath.Join(dir, "missing.txt"),
	}
	code, out, stderr := run(t, "", append([]string{"code", "--published", "2024-06-20"}, files...)...)
	if code != ExitBadInput {
		t.Errorf("exit code %d, want %d", code, ExitBadInput)
	}
	for _, want := range []string{
		"empty.txt: empty document",
		"binary.bin: binary input",
		"latin1.txt:1: warning: invalid UTF-8",
		"docs.jsonl:2: malformed input",
		"docs.jsonl:3: unknown or unsupported language",
		"missing.txt: open:",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	docs := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var ev struct {
			DocID string `json:"doc_id"`
		}
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatalf("bad output line %q", line)
		}
		docs[ev.DocID] = true
	}
	for _, id := range []string{"latin1.txt", "big.txt", "a", "d", "good.txt"} {
		if !docs[id] {
			t.Errorf("document %s was not coded; coded: %v", id, docs)
		}
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{}, {"frobnicate"}, {"code", "--input", "xml"}, {"code", "--published", "June"}, {"eval"}} {
		if code, _, _ := run(t, "", args...); code != ExitUsage {
			t.Errorf("dyad %v: exit %d, want %d", args, code, ExitUsage)
		}
	}
	if code, out, _ := run(t, "", "version"); code != ExitOK || !strings.HasPrefix(out, "dyad ") {
		t.Errorf("version: %d %q", code, out)
	}
}

func TestEval(t *testing.T) {
	dir := t.TempDir()
	gold := writeFile(t, dir, "gold.jsonl", []byte(`{"id":"g1","lang":"fr","published":"2024-06-20","text":"La France a condamné la Russie mardi.","events":[{"source":"FRA","target":"RUS","cameo":"111","root":"11","quad":3,"plover":null,"date":"2024-06-18","evidence":"La France a condamné la Russie"}]}`+"\n"))
	code, out, stderr := run(t, "", "eval", gold)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "root") || !strings.Contains(out, "1.000") {
		t.Errorf("report lacks a perfect root score:\n%s", out)
	}
	code, out, _ = run(t, "", "eval", "--json", gold)
	if code != ExitOK || !json.Valid([]byte(out)) {
		t.Errorf("--json: exit %d, output %q", code, out)
	}
}
