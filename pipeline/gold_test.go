package pipeline_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/eval"
)

// goldF1 is the root-level F1 each of dyad's own gold files scored when it
// was recorded (testdata/gold/README.md).
var goldF1 = map[string]float64{
	"fresh-de-r3.jsonl": 0.508, "fresh-de-r4.jsonl": 0.467, "fresh-en-r3.jsonl": 0.648, "fresh-en-r4.jsonl": 0.585,
	"fresh-es-r4.jsonl": 0.494, "fresh-fr-r3.jsonl": 0.596, "fresh-fr-r4.jsonl": 0.738, "fresh-it-r4.jsonl": 0.591,
	"fresh-pt-r3.jsonl": 0.645, "fresh-ru-r3.jsonl": 0.600,
	"tuning-de-r3.jsonl": 0.652, "tuning-de-r4.jsonl": 0.571, "tuning-en-r3.jsonl": 0.613, "tuning-en-r4.jsonl": 0.752,
	"tuning-es-r4.jsonl": 0.616, "tuning-fr-r3.jsonl": 0.688, "tuning-fr-r4.jsonl": 0.634, "tuning-it-r4.jsonl": 0.666,
	"tuning-pt-r3.jsonl": 0.658, "tuning-ru-r3.jsonl": 0.636,
}

// TestGoldFloors scores dyad's own gold stories and fails when a file's
// root F1 falls more than 0.05 under its recorded figure.
func TestGoldFloors(t *testing.T) {
	p := mustPipeline(t)
	files, _ := filepath.Glob("../testdata/gold/*.jsonl")
	if len(files) != len(goldF1) {
		t.Fatalf("%d gold files, %d recorded figures", len(files), len(goldF1))
	}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		gold, err := eval.ReadGold(fh, f)
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
		var evs []dyad.Event
		for _, g := range gold {
			e, _ := p.Code(dyad.Document{ID: g.ID, Text: g.Text, Published: g.Published, Lang: g.Lang})
			evs = append(evs, e...)
		}
		row, _ := eval.Score(f, gold, eval.FromEvents(evs)).Row(eval.LevelRoot, "all")
		want := goldF1[filepath.Base(f)]
		if row.F1 < want-0.05 {
			t.Errorf("%s: root F1 %.3f, recorded %.3f", filepath.Base(f), row.F1, want)
		}
	}
}
