package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
)

func s(v string) *string { return &v }
func q(v int) *int       { return &v }

// ev builds a gold event; "" for an actor, label or date means null.
func ev(src, tgt, cameo, root string, quad int, plover, date, evidence string) GoldEvent {
	opt := func(v string) *string {
		if v == "" {
			return nil
		}
		return s(v)
	}
	e := GoldEvent{Source: opt(src), Target: opt(tgt), CAMEO: opt(cameo), Root: opt(root),
		Plover: opt(plover), Date: opt(date), Evidence: opt(evidence)}
	if quad != 0 {
		e.Quad = q(quad)
	}
	return e
}

// fileA has root, cameo and quad labels but no PLOVER type.
var fileA = []GoldDoc{
	{ID: "d1", Lang: "fr", Events: []GoldEvent{
		ev("RUS", "PRK", "057", "05", 1, "", "2024-06-19", "g1"),
		ev("PRK", "RUS", "057", "05", 1, "", "2024-06-19", "g2"),
		ev("RUS", "PRK", "042", "04", 1, "", "2024-06-18", "g3"),
		ev("", "PRK", "111", "11", 3, "", "", "g4"), // source wildcard
	}},
	{ID: "d2", Lang: "en"}, // no gold events
	{ID: "d3", Lang: "en", Events: []GoldEvent{
		ev("USA", "IGO:UN", "020", "02", 1, "", "2024-01-05", "g5"),
		ev("FRA", "", "", "14", 4, "", "", "g6"), // no code: left out of the cameo level
	}},
	{ID: "d4", Lang: "en", Events: []GoldEvent{
		ev("GBR", "FRA", "036", "03", 1, "", "", "g7"), // nothing predicted
	}},
}

var predsA = map[string][]Pred{
	"d1": {
		{Source: "RUS", Target: "PRK", CAMEO: "057", Root: "05", Quad: 1, Date: "2024-06-19", Evidence: "p1"},
		{Source: "RUS", Target: "PRK", CAMEO: "057", Root: "05", Quad: 1, Evidence: "p2"}, // duplicate key
		{Source: "RUS", Target: "PRK", CAMEO: "043", Root: "04", Quad: 1, Date: "2024-06-17", Evidence: "p3"},
		{Source: "USA", Target: "PRK", CAMEO: "112", Root: "11", Quad: 3, Evidence: "p4"},
		{Source: "RUS", Target: "VNM", CAMEO: "042", Root: "04", Quad: 1, Evidence: "p5"},
	},
	"d2": {{Source: "RUS", Target: "UKR", CAMEO: "190", Root: "19", Quad: 4, Evidence: "p6"}},
	"d3": {
		{Source: "USA", Target: "IGO:UN", CAMEO: "020", Date: "2024-01-05", Evidence: "p7"}, // root and quad derived
		{Source: "FRA", Target: "DEU", CAMEO: "145", Root: "14", Quad: 4, Evidence: "p8"},
	},
	"zz": {{Source: "RUS", CAMEO: "010"}},
}

// fileB is PLOVER-only, like the PLOVER gold standard records.
var fileB = []GoldDoc{
	{ID: "b1", Lang: "en", Events: []GoldEvent{
		ev("RUS", "", "", "", 0, "ACCUSE", "", "b-g1"),
		ev("", "UKR", "", "", 0, "ASSAULT", "", "b-g2"),
		ev("UKR", "RUS", "", "", 0, "REJECT", "", "b-g3"),
	}},
	{ID: "b2", Lang: "en", Events: []GoldEvent{
		ev("", "", "", "", 0, "ASSAULT", "", ""), // one wildcard event matches two keys
	}},
}

var predsB = map[string][]Pred{
	"b1": {
		{Source: "RUS", Target: "UKR", CAMEO: "111", Plover: "ACCUSE"},
		{Source: "RUS", Target: "UKR", CAMEO: "190", Plover: "ASSAULT"},
		{Source: "RUS", Target: "UKR", CAMEO: "010"}, // no PLOVER type: no key at that level
		{Source: "RUS", Target: "UKR", CAMEO: "112", Plover: "ACCUSE"},
	},
	"b2": {
		{Source: "RUS", Target: "UKR", Plover: "ASSAULT"},
		{Source: "UKR", Target: "RUS", Plover: "ASSAULT"},
	},
}

// rowLines renders rows as "level lang gold pred matchedPred matchedGold".
func rowLines(r *Report) []string {
	var out []string
	for _, row := range r.Rows {
		out = append(out, fmt.Sprintf("%s %s %d %d %d %d", row.Level, row.Lang,
			row.Gold, row.Predicted, row.MatchedPredicted, row.MatchedGold))
	}
	for _, d := range r.Dates {
		out = append(out, fmt.Sprintf("date %s %d %d", d.Lang, d.N, d.Correct))
	}
	return out
}

func explainLines(r *Report) []string {
	var out []string
	for _, it := range r.Explain {
		out = append(out, fmt.Sprintf("%s %s %s %s>%s %s %s", it.Doc, it.Level, it.Kind,
			it.Source, it.Target, it.Label, it.Evidence))
	}
	return out
}

func TestScore(t *testing.T) {
	tests := []struct {
		name    string
		gold    []GoldDoc
		preds   map[string][]Pred
		levels  string
		rows    []string // level lang gold pred matched-pred matched-gold; date lang n correct
		explain []string
		unknown string
	}{
		{
			name: "file A: wildcards, duplicates, empty doc, no plover level, dates",
			gold: fileA, preds: predsA,
			levels: "[root cameo quad]",
			rows: []string{
				"root all 7 7 5 5", "root en 3 3 2 2", "root fr 4 4 3 3",
				"cameo all 6 7 2 2", "cameo en 2 3 1 1", "cameo fr 4 4 1 1",
				"quad all 7 6 4 5", "quad en 3 3 2 2", "quad fr 4 3 2 3",
				"date all 3 2", "date en 1 1", "date fr 2 1",
			},
			explain: []string{
				"d1 root miss PRK>RUS 05 g2",
				"d1 root false_alarm RUS>VNM 04 p5",
				"d1 cameo miss PRK>RUS 057 g2",
				"d1 cameo miss RUS>PRK 042 g3",
				"d1 cameo miss *>PRK 111 g4",
				"d1 cameo false_alarm RUS>PRK 043 p3",
				"d1 cameo false_alarm USA>PRK 112 p4",
				"d1 cameo false_alarm RUS>VNM 042 p5",
				"d1 quad miss PRK>RUS 1 g2",
				"d1 quad false_alarm RUS>VNM 1 p5",
				"d2 root false_alarm RUS>UKR 19 p6",
				"d2 cameo false_alarm RUS>UKR 190 p6",
				"d2 quad false_alarm RUS>UKR 4 p6",
				"d3 cameo false_alarm FRA>DEU 145 p8",
				"d4 root miss GBR>FRA 03 g7",
				"d4 cameo miss GBR>FRA 036 g7",
				"d4 quad miss GBR>FRA 1 g7",
			},
			unknown: "[zz]",
		},
		{
			name: "file B: plover only, empty types, one wildcard event matches two keys",
			gold: fileB, preds: predsB,
			levels:  "[plover]",
			rows:    []string{"plover all 4 4 4 3", "plover en 4 4 4 3", "date all 0 0", "date en 0 0"},
			explain: []string{"b1 plover miss UKR>RUS REJECT b-g3"},
			unknown: "[]",
		},
		{
			name:    "no predictions at all",
			gold:    fileB,
			levels:  "[plover]",
			rows:    []string{"plover all 4 0 0 0", "plover en 4 0 0 0", "date all 0 0", "date en 0 0"},
			explain: []string{"b1 plover miss RUS>* ACCUSE b-g1", "b1 plover miss *>UKR ASSAULT b-g2", "b1 plover miss UKR>RUS REJECT b-g3", "b2 plover miss *>* ASSAULT "},
			unknown: "[]",
		},
		{
			name:    "no gold events: no level is scored",
			gold:    []GoldDoc{{ID: "e1", Lang: "de"}},
			preds:   map[string][]Pred{"e1": {{Source: "DEU", CAMEO: "010"}}},
			levels:  "[]",
			rows:    []string{"date all 0 0", "date de 0 0"},
			unknown: "[]",
		},
		{
			name: "date: one of several predictions with the key carries the date",
			gold: []GoldDoc{{ID: "t1", Lang: "es", Events: []GoldEvent{
				ev("COL", "", "190", "19", 4, "", "2020-03-01", "a"),
				ev("COL", "VEN", "173", "17", 4, "", "2020-03-02", "b"), // key not predicted: left out
				ev("VEN", "COL", "111", "11", 3, "", "2020-03-03", "c"), // predicted, wrong date
			}}},
			preds: map[string][]Pred{"t1": {
				{Source: "COL", Target: "VEN", CAMEO: "193", Date: "2020-02-28"},
				{Source: "COL", Target: "", CAMEO: "190", Date: "2020-03-01"},
				{Source: "VEN", Target: "COL", CAMEO: "112"},
			}},
			levels: "[root cameo quad]",
			rows: []string{
				"root all 3 3 3 2", "root es 3 3 3 2", // one wildcard event matches two keys
				"cameo all 3 3 1 1", "cameo es 3 3 1 1",
				"quad all 3 3 3 3", "quad es 3 3 3 3",
				"date all 2 1", "date es 2 1",
			},
			explain: []string{
				"t1 root miss COL>VEN 17 b",
				"t1 cameo miss COL>VEN 173 b",
				"t1 cameo miss VEN>COL 111 c",
				"t1 cameo false_alarm COL>VEN 193 ",
				"t1 cameo false_alarm VEN>COL 112 ",
			},
			unknown: "[]",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score("test.jsonl", tt.gold, tt.preds)
			if got := fmt.Sprint(r.Levels); got != tt.levels {
				t.Errorf("Levels=%s, want %s", got, tt.levels)
			}
			if got, want := strings.Join(rowLines(r), "\n"), strings.Join(tt.rows, "\n"); got != want {
				t.Errorf("rows:\n%s\nwant:\n%s", got, want)
			}
			if got, want := strings.Join(explainLines(r), "\n"), strings.Join(tt.explain, "\n"); got != want {
				t.Errorf("explain:\n%s\nwant:\n%s", got, want)
			}
			if got := fmt.Sprint(r.UnknownDocs); got != tt.unknown {
				t.Errorf("UnknownDocs=%s, want %s", got, tt.unknown)
			}
			if r.Docs != len(tt.gold) {
				t.Errorf("Docs=%d, want %d", r.Docs, len(tt.gold))
			}
		})
	}
}

// TestFigures checks the derived figures of file A's root and quad rows.
func TestFigures(t *testing.T) {
	r := Score("a.jsonl", fileA, predsA)
	tests := []struct {
		level   Level
		lang    string
		p, r, f float64
	}{
		{LevelRoot, AllLangs, 5.0 / 7, 5.0 / 7, 5.0 / 7},
		{LevelQuad, AllLangs, 4.0 / 6, 5.0 / 7, 2 * (4.0 / 6) * (5.0 / 7) / (4.0/6 + 5.0/7)},
		{LevelCAMEO, "en", 1.0 / 3, 1.0 / 2, 0.4},
	}
	near := func(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }
	for _, tt := range tests {
		row, ok := r.Row(tt.level, tt.lang)
		if !ok {
			t.Fatalf("Row(%s, %s) missing", tt.level, tt.lang)
		}
		if !near(row.Precision, tt.p) || !near(row.Recall, tt.r) || !near(row.F1, tt.f) {
			t.Errorf("Row(%s, %s): P=%v R=%v F1=%v, want %v %v %v", tt.level, tt.lang,
				row.Precision, row.Recall, row.F1, tt.p, tt.r, tt.f)
		}
	}
	if _, ok := r.Row(LevelPlover, AllLangs); ok {
		t.Error("Row(plover, all) exists for a file with no PLOVER type")
	}
	if d, _ := r.Date(AllLangs); !near(d.Accuracy, 2.0/3) {
		t.Errorf("date accuracy %v, want 2/3", d.Accuracy)
	}
	if zero := (Counts{}); zero.Precision() != 0 || zero.Recall() != 0 || zero.F1() != 0 {
		t.Error("empty Counts: want P=R=F1=0")
	}
}

func TestPredLabel(t *testing.T) {
	tests := []struct {
		name  string
		p     Pred
		level Level
		want  string
	}{
		{"root given", Pred{CAMEO: "057", Root: "05"}, LevelRoot, "05"},
		{"root from code", Pred{CAMEO: "1831"}, LevelRoot, "18"},
		{"quad from code", Pred{CAMEO: "1831"}, LevelQuad, "4"},
		{"quad given wins", Pred{CAMEO: "1831", Quad: 3}, LevelQuad, "3"},
		{"quad of bad root", Pred{Root: "25"}, LevelQuad, ""},
		{"no code", Pred{Plover: "ASSAULT"}, LevelRoot, ""},
		{"no plover", Pred{CAMEO: "010"}, LevelPlover, ""},
		{"plover", Pred{CAMEO: "010", Plover: "AGREE"}, LevelPlover, "AGREE"},
		{"cameo", Pred{CAMEO: "0234"}, LevelCAMEO, "0234"},
		{"unknown level", Pred{CAMEO: "0234"}, Level("x"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := predLabel(tt.p, tt.level); got != tt.want {
				t.Errorf("predLabel(%+v, %s)=%q, want %q", tt.p, tt.level, got, tt.want)
			}
		})
	}
}

func TestFromEvents(t *testing.T) {
	date := "2024-06-19"
	evs := []dyad.Event{
		{DocID: "x", Source: dyad.Actor{Country: "RUS"}, Target: dyad.Actor{IGO: "UN", Country: "USA"},
			CAMEO: "057", Root: "05", Quad: 1, Plover: dyad.Plover{Type: "SUPPORT"}, Date: &date,
			Evidence: dyad.Evidence{Text: "signed"}},
		{DocID: "x", CAMEO: "010", Root: "01", Quad: 1},
		{DocID: "y", CAMEO: "190"},
	}
	m := FromEvents(evs)
	want := Pred{Source: "RUS", Target: "IGO:UN", CAMEO: "057", Root: "05", Quad: 1, Plover: "SUPPORT",
		Date: "2024-06-19", Evidence: "signed"}
	if len(m["x"]) != 2 || len(m["y"]) != 1 || m["x"][0] != want || m["x"][1].Date != "" {
		t.Errorf("FromEvents=%+v", m)
	}
}

func TestWriteText(t *testing.T) {
	r := Score("a.jsonl", fileA, predsA)
	var b bytes.Buffer
	if err := r.WriteText(&b, true); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"a.jsonl: 4 documents; levels: root, cameo, quad\n\n",
		"level  lang    gold predicted matched pred matched gold      P      R     F1\n",
		"root   all        7         7            5            5  0.714  0.714  0.714\n",
		"date   all        3         2        0.667\n",
		"\n1 predicted documents are not in a.jsonl: zz\n",
		"\nd1 (fr)\n  root   miss        PRK -> RUS 05  \"g2\"\n",
		"  cameo  miss        * -> PRK 111  \"g4\"\n",
		"  cameo  false alarm RUS -> VNM 042  \"p5\"\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("WriteText output lacks %q:\n%s", want, out)
		}
	}
	b.Reset()
	if err := Score("b.jsonl", fileB, predsB).WriteText(&b, true); err != nil {
		t.Fatal(err)
	}
	const wantB = `b.jsonl: 2 documents; levels: plover

level  lang    gold predicted matched pred matched gold      P      R     F1
plover all        4         4            4            3  1.000  0.750  0.857
plover en         4         4            4            3  1.000  0.750  0.857

date   lang       n   correct     accuracy
date   all        0         0        0.000
date   en         0         0        0.000

b1 (en)
  plover miss        UKR -> RUS REJECT  "b-g3"
`
	if b.String() != wantB {
		t.Errorf("WriteText:\n%s\nwant:\n%s", b.String(), wantB)
	}
	b.Reset()
	if err := r.WriteText(&b, false); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "d1 (fr)") {
		t.Error("WriteText(explain=false) explains")
	}
	if err := r.WriteText(failWriter{}, true); err == nil || !strings.HasPrefix(err.Error(), "write report: ") {
		t.Errorf("WriteText to a failing writer: err=%v", err)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, fmt.Errorf("disk full") }

func TestWriteJSON(t *testing.T) {
	r := Score("a.jsonl", fileA, predsA)
	var b bytes.Buffer
	if err := r.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatalf("decode: %v\n%s", err, b.String())
	}
	if got, want := strings.Join(rowLines(&back), "\n"), strings.Join(rowLines(r), "\n"); got != want {
		t.Errorf("rows after a JSON round trip:\n%s\nwant:\n%s", got, want)
	}
	if len(back.Explain) != len(r.Explain) || back.File != "a.jsonl" {
		t.Errorf("explain or file lost in JSON: %d items, file %q", len(back.Explain), back.File)
	}
	for _, field := range []string{`"matched_predicted": 5`, `"precision": 0.7142857142857143`, `"kind": "false_alarm"`, `"unknown_docs": [`} {
		if !bytes.Contains(b.Bytes(), []byte(field)) {
			t.Errorf("JSON lacks %s", field)
		}
	}
	// An empty report still writes arrays, not nulls, for lists.
	b.Reset()
	if err := Score("e.jsonl", nil, nil).WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b.Bytes(), []byte(`"explain": []`)) {
		t.Errorf("empty report JSON: %s", b.String())
	}
}

// synthetic builds n gold documents of 5 events and predictions that get
// about half of them right.
func synthetic(n int) ([]GoldDoc, map[string][]Pred) {
	actors := []string{"RUS", "UKR", "USA", "FRA", "IGO:UN", "CHN"}
	codes := []string{"057", "042", "043", "111", "190", "036", "0233", "112", "145", "173"}
	var gold []GoldDoc
	preds := map[string][]Pred{}
	for i := 0; i < n; i++ {
		d := GoldDoc{ID: fmt.Sprintf("doc-%d", i), Lang: []string{"fr", "en", "es"}[i%3]}
		for j := 0; j < 5; j++ {
			src, tgt, code := actors[(i+j)%6], actors[(i+2*j+1)%6], codes[(i*3+j)%10]
			g := ev(src, tgt, code, code[:2], cameo.QuadOf(code[:2]), "", "2024-01-02", "")
			d.Events = append(d.Events, g)
			p := Pred{Source: src, Target: tgt, CAMEO: code, Date: "2024-01-02"}
			if j%2 == 1 {
				p.Target = actors[(i+j+3)%6]
			}
			preds[d.ID] = append(preds[d.ID], p, p)
		}
		gold = append(gold, d)
	}
	return gold, preds
}

func BenchmarkScore(b *testing.B) {
	gold, preds := synthetic(500)
	for b.Loop() {
		Score("bench.jsonl", gold, preds)
	}
}
