package langid

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// evalDir is the project's shared evaluation folder; users' clones do not
// have it, and the tests that read it skip.
const evalDir = "../../shared/eval"

type evalDoc struct {
	ID   string `json:"id"`
	Lang string `json:"lang"`
	Text string `json:"text"`
}

func readEval(tb testing.TB, name string) []evalDoc {
	tb.Helper()
	f, err := os.Open(filepath.Join(evalDir, name))
	if os.IsNotExist(err) {
		tb.Skipf("%s not found: no shared evaluation data", name)
	}
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var docs []evalDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var d evalDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return docs
}

// TestEvalDocuments identifies every whole document of the dev sets.
func TestEvalDocuments(t *testing.T) {
	id := mustLoad(t)
	for _, name := range []string{"dev.jsonl", "dev-multilingual.jsonl"} {
		for _, d := range readEval(t, name) {
			if got, ok := id.Identify(d.Text); !ok || got != d.Lang {
				t.Errorf("%s %s: Identify = %q, %v; want %q", name, d.ID, got, ok, d.Lang)
			}
		}
	}
}

// TestEvalSentences measures the identifier on the single sentences of the
// external sets (run with -v to see the figures). Wrong answers fail beyond
// 1%; unknown answers are allowed, since many of the sentences are short
// all-capital headlines.
func TestEvalSentences(t *testing.T) {
	id := mustLoad(t)
	files, _ := filepath.Glob(filepath.Join(evalDir, "external", "*.jsonl"))
	if len(files) == 0 {
		t.Skip("no external evaluation data")
	}
	for _, file := range files {
		name := filepath.Join("external", filepath.Base(file))
		var right, unknown, wrong, long, longRight int
		for _, d := range readEval(t, name) {
			got, ok := id.Identify(d.Text)
			if len(strings.Fields(d.Text)) >= 8 {
				long++
				if ok && got == d.Lang {
					longRight++
				}
			}
			switch {
			case !ok:
				unknown++
				if testing.Verbose() {
					t.Logf("%s %s: unknown: %.100q", name, d.ID, d.Text)
				}
			case got == d.Lang:
				right++
			default:
				wrong++
				t.Logf("%s %s: Identify = %q, want %q: %.100q", name, d.ID, got, d.Lang, d.Text)
			}
		}
		n := right + unknown + wrong
		t.Logf("%s: %d sentences: %d right (%.1f%%), %d unknown, %d wrong; of %d with 8+ words %d right (%.1f%%)",
			name, n, right, 100*float64(right)/float64(n), unknown, wrong,
			long, longRight, 100*float64(longRight)/float64(long))
		if float64(wrong) > 0.01*float64(n) {
			t.Errorf("%s: %d of %d sentences identified wrongly", name, wrong, n)
		}
		if float64(right) < 0.8*float64(n) {
			t.Errorf("%s: only %d of %d sentences identified", name, right, n)
		}
	}
}
