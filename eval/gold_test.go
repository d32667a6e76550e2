package eval

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// sharedEval is the shared gold data; tests that read it skip without it.
const sharedEval = "../../shared/eval"

// goldFiles returns every gold file under shared/eval, or skips the test.
func goldFiles(t *testing.T) []string {
	t.Helper()
	if _, err := os.Stat(sharedEval); err != nil {
		t.Skipf("no gold data: %v", err)
	}
	var files []string
	err := filepath.WalkDir(sharedEval, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".jsonl") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatalf("walk %s: %v", sharedEval, err)
	}
	if len(files) == 0 {
		t.Skip("no gold files")
	}
	return files
}

func readGoldFile(t *testing.T, path string) []GoldDoc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadGold(f, filepath.Base(path))
	if err != nil {
		t.Fatalf("ReadGold(%s): %v", path, err)
	}
	return docs
}

// TestReadGoldShared parses every shared gold file and checks the counts
// their READMEs state.
func TestReadGoldShared(t *testing.T) {
	want := map[string][2]int{ // documents, events
		"dev.jsonl":               {41, 180},
		"dev-multilingual.jsonl":  {36, 145},
		"plover-gsr-en.jsonl":     {322, 356},
		"upetr-es-protest.jsonl":  {765, 846},
		"upetr-es-colombia.jsonl": {312, 278},
	}
	for _, path := range goldFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			docs := readGoldFile(t, path)
			n := 0
			for _, d := range docs {
				n += len(d.Events)
			}
			if w, ok := want[filepath.Base(path)]; ok && (len(docs) != w[0] || n != w[1]) {
				t.Errorf("%d documents, %d events; want %d, %d", len(docs), n, w[0], w[1])
			}
		})
	}
}

// TestScoreGoldAsPredictions scores each shared file against itself: every
// level the file supports must come out at P = R = 1, and dates at 1.
func TestScoreGoldAsPredictions(t *testing.T) {
	for _, path := range goldFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			docs := readGoldFile(t, path)
			preds := map[string][]Pred{}
			for _, d := range docs {
				for _, g := range d.Events {
					p := Pred{Source: deref(g.Source), Target: deref(g.Target), CAMEO: deref(g.CAMEO),
						Root: deref(g.Root), Plover: deref(g.Plover), Date: deref(g.Date)}
					if g.Quad != nil {
						p.Quad = *g.Quad
					}
					preds[d.ID] = append(preds[d.ID], p)
				}
			}
			r := Score(filepath.Base(path), docs, preds)
			if len(r.Levels) == 0 {
				t.Fatal("no level scored")
			}
			for _, row := range r.Rows {
				if row.Gold > 0 && (row.Precision != 1 || row.Recall != 1) {
					t.Errorf("%s %s: P=%v R=%v, want 1 1", row.Level, row.Lang, row.Precision, row.Recall)
				}
			}
			if d, _ := r.Date(AllLangs); d.N > 0 && d.Accuracy != 1 {
				t.Errorf("date accuracy %v, want 1", d.Accuracy)
			}
			t.Logf("levels %v, %d rows, %d dated events", r.Levels, len(r.Rows), r.Dates[0].N)
		})
	}
}

func TestReadGold(t *testing.T) {
	const ok1 = `{"id": "a", "lang": "fr", "published": null, "source": "s", "text": "t", "events": [{"source": "RUS", "target": null, "cameo": "057", "root": "05", "quad": 1, "plover": "SUPPORT", "date": "2024-06-19", "evidence": "e"}]}`
	const ok2 = `{"id": "b", "lang": "en", "published": "2024-06", "text": "t", "events": [], "extra": 1}`
	tests := []struct {
		name  string
		input string
		docs  int
		err   string // prefix of the error, "" for none
	}{
		{"two docs, blank lines, CRLF", ok1 + "\r\n\n  \n" + ok2 + "\r\n", 2, ""},
		{"byte order mark", "\uFEFF" + ok1, 1, ""},
		{"no events field", `{"id": "c", "lang": "de", "text": ""}`, 1, ""},
		{"empty input", "", 0, ""},
		{"not JSON", ok1 + "\n{\"id\": \n", 0, "g.jsonl:2: malformed input: "},
		{"trailing text", ok1 + " x", 0, "g.jsonl:1: malformed input: "},
		{"not an object", `["a"]`, 0, "g.jsonl:1: malformed input: "},
		{"wrong type", `{"id": "a", "lang": "fr", "events": [{"quad": "1"}]}`, 0, "g.jsonl:1: malformed input: "},
		{"no id", `{"lang": "fr"}`, 0, "g.jsonl:1: malformed input: no id"},
		{"no lang", `{"id": "a"}`, 0, `g.jsonl:1: malformed input: document "a": no lang`},
		{"duplicate id", ok1 + "\n" + ok2 + "\n" + ok1, 0, `g.jsonl:3: malformed input: duplicate id "a" (first at line 1)`},
		{"bad published", `{"id": "a", "lang": "fr", "published": "2024-13-01"}`, 0, `g.jsonl:1: malformed input: document "a": published`},
		{"bad date", `{"id": "a", "lang": "fr", "events": [{"date": "19/06/2024"}]}`, 0, `g.jsonl:1: malformed input: document "a": event 1: date`},
		{"bad quad", `{"id": "a", "lang": "fr", "events": [{"quad": 5}]}`, 0, `g.jsonl:1: malformed input: document "a": event 1: quad 5`},
		{"quad not the root's", `{"id": "a", "lang": "fr", "events": [{"root": "14", "quad": 3}]}`, 0, `g.jsonl:1: malformed input: document "a": event 1: quad 3 is not the quad of root "14"`},
		{"bad root", `{"id": "a", "lang": "fr", "events": [{"root": "21"}]}`, 0, `g.jsonl:1: malformed input: document "a": event 1: root "21"`},
		{"root not the code's", `{"id": "a", "lang": "fr", "events": [{"cameo": "057", "root": "04"}]}`, 0, `g.jsonl:1: malformed input: document "a": event 1: root "04" is not the root of cameo "057"`},
		{"bad code", `{"id": "a", "lang": "fr", "events": [{"cameo": "57a"}]}`, 0, `g.jsonl:1: malformed input: document "a": event 1: cameo`},
		{"old PLOVER type", `{"id": "a", "lang": "fr", "events": [{"plover": "DEMAND"}]}`, 0, `g.jsonl:1: malformed input: document "a": event 1: plover "DEMAND"`},
		{"spaced actor", `{"id": "a", "lang": "fr", "events": [{"source": " RUS"}]}`, 0, `g.jsonl:1: malformed input: document "a": event 1: actor`},
		{"second of two bad lines", "x\n" + ok1 + "\ny", 0, "g.jsonl:1: malformed input: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := ReadGold(strings.NewReader(tt.input), "g.jsonl")
			if tt.err == "" {
				if err != nil {
					t.Fatalf("ReadGold: %v", err)
				}
				if len(docs) != tt.docs {
					t.Errorf("ReadGold: %d documents, want %d", len(docs), tt.docs)
				}
				return
			}
			if err == nil {
				t.Fatalf("ReadGold: no error, want %q", tt.err)
			}
			if !strings.HasPrefix(err.Error(), tt.err) {
				t.Errorf("ReadGold: error %q, want prefix %q", err, tt.err)
			}
			var list dyad.ErrorList
			if !errors.As(err, &list) || len(list) == 0 || !errors.Is(list[0], dyad.ErrMalformed) {
				t.Errorf("ReadGold: error %T %v is not a dyad.ErrorList of malformed input", err, err)
			}
		})
	}
}

// TestReadGoldAllErrors checks that every bad line is reported.
func TestReadGoldAllErrors(t *testing.T) {
	_, err := ReadGold(strings.NewReader("x\n{\"id\":\"a\",\"lang\":\"fr\"}\ny\n"), "g.jsonl")
	var list dyad.ErrorList
	if !errors.As(err, &list) || len(list) != 2 || list[0].Line != 1 || list[1].Line != 3 {
		t.Fatalf("ReadGold: %v, want errors at lines 1 and 3", err)
	}
}

func TestReadGoldLongLine(t *testing.T) {
	long := `{"id": "a", "lang": "fr", "text": "` + strings.Repeat("x", maxLine) + `"}`
	_, err := ReadGold(strings.NewReader(long), "g.jsonl")
	if err == nil || !strings.HasPrefix(err.Error(), "g.jsonl:1: read gold: ") {
		t.Errorf("ReadGold(long line): %v", err)
	}
}

func FuzzReadGold(f *testing.F) {
	f.Add(`{"id": "a", "lang": "fr", "published": null, "text": "t", "events": [{"source": "RUS", "target": null, "cameo": "057", "root": "05", "quad": 1, "plover": "SUPPORT", "date": "2024-06-19", "evidence": "e"}]}`)
	f.Add(`{"id": "b", "lang": "en", "events": [{"root": "19", "quad": 4}, {"plover": "ASSAULT"}]}` + "\n\n" + `{"id": "c", "lang": "en"}`)
	f.Add("{\"id\":\n")
	f.Add("\uFEFF[]")
	f.Fuzz(func(t *testing.T, input string) {
		if len(input) > 1<<16 {
			return
		}
		docs, err := ReadGold(strings.NewReader(input), "fuzz.jsonl")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.jsonl:") {
				t.Errorf("error without file:line: %v", err)
			}
			return
		}
		// Whatever parses must score without panicking, against itself.
		preds := map[string][]Pred{}
		for _, d := range docs {
			for _, g := range d.Events {
				preds[d.ID] = append(preds[d.ID], Pred{Source: deref(g.Source), CAMEO: deref(g.CAMEO), Plover: deref(g.Plover)})
			}
		}
		Score("fuzz.jsonl", docs, preds)
	})
}
