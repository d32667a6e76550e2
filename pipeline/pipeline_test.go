package pipeline_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/lexicon"
	"github.com/dyad-events/dyad/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/")

var (
	once   sync.Once
	shared *pipeline.Pipeline
	err    error
)

// mustPipeline returns the pipeline of the embedded lexicon, loaded once.
func mustPipeline(tb testing.TB) *pipeline.Pipeline {
	tb.Helper()
	once.Do(func() { shared, err = pipeline.New(lexicon.FS) })
	if err != nil {
		tb.Fatal(err)
	}
	return shared
}

// summary is the part of an event the golden files pin down.
type summary struct {
	Sentence int    `json:"sentence"`
	Source   string `json:"source"`
	Target   string `json:"target"`
	CAMEO    string `json:"cameo"`
	Date     string `json:"date"`
	Evidence string `json:"evidence"`
}

func summarize(evs []dyad.Event) []byte {
	var b bytes.Buffer
	for _, e := range evs {
		s := summary{Sentence: e.Sentence, Source: e.Source.Code, Target: e.Target.Code, CAMEO: e.CAMEO, Evidence: e.Evidence.Text}
		if e.Date != nil {
			s.Date = *e.Date
		}
		line, _ := json.Marshal(s)
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// TestGolden codes each testdata/*.txt (first line: "published: DATE")
// and compares the events with testdata/*.golden.jsonl.
func TestGolden(t *testing.T) {
	p := mustPipeline(t)
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no golden inputs in testdata/")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		head, text, _ := strings.Cut(string(data), "\n")
		doc := dyad.Document{ID: filepath.Base(f), Text: text, Published: strings.TrimSpace(strings.TrimPrefix(head, "published:"))}
		evs, err := p.Code(doc)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, e := range evs {
			if got := text[e.Evidence.Start:e.Evidence.End]; got != e.Evidence.Text {
				t.Errorf("%s: evidence %d:%d is %q, text says %q", f, e.Evidence.Start, e.Evidence.End, e.Evidence.Text, got)
			}
		}
		got := summarize(evs)
		golden := strings.TrimSuffix(f, ".txt") + ".golden.jsonl"
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./pipeline -run TestGolden -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: events differ from %s (run go test ./pipeline -run TestGolden -update after checking the change)\ngot:\n%s\nwant:\n%s", f, golden, got, want)
		}
	}
}

// TestSeed checks the first real input against what the project promised
// it yields. The seed is in ../shared, which users' clones do not have.
func TestSeed(t *testing.T) {
	data, err := os.ReadFile("../../shared/samples/seed-kbs-fr-2024-06.txt")
	if err != nil {
		t.Skip("no ../shared beside the repo")
	}
	evs, err := mustPipeline(t).Code(dyad.Document{ID: "seed", Text: string(data), Published: "2024-06-20"})
	if err != nil {
		t.Fatal(err)
	}
	has := func(src, tgt, code, date string) bool {
		for _, e := range evs {
			if e.Source.Key() == src && e.Target.Key() == tgt && strings.HasPrefix(e.CAMEO, code) && (date == "" || e.Date != nil && *e.Date == date) {
				return true
			}
		}
		return false
	}
	for _, w := range []struct{ src, tgt, code, date string }{
		{"RUS", "PRK", "042", ""}, {"PRK", "RUS", "043", ""},
		{"RUS", "PRK", "057", "2024-06-19"}, {"PRK", "RUS", "057", "2024-06-19"},
		{"RUS", "VNM", "042", ""},
	} {
		if !has(w.src, w.tgt, w.code, w.date) {
			t.Errorf("seed: no %s>%s %s %s event", w.src, w.tgt, w.code, w.date)
		}
	}
	quad3 := false
	for _, e := range evs {
		if e.Source.Key() == "RUS" && e.Target.Key() == "USA" && e.Quad == 3 {
			quad3 = true
		}
		if e.Date != nil && strings.HasPrefix(*e.Date, "2024") && strings.Contains(e.Evidence.Text, "1961") {
			t.Errorf("seed: the 1961 treaty is dated %s: %q", *e.Date, e.Evidence.Text)
		}
	}
	if !quad3 {
		t.Error("seed: no RUS>USA verbal conflict (quad 3) event")
	}
	if t.Failed() {
		t.Logf("events:\n%s", summarize(evs))
	}
}

// TestChunks codes a document larger than ChunkSize: offsets stay right.
func TestChunks(t *testing.T) {
	sent := "La France a condamné la Russie mardi. "
	text := strings.Repeat("Rien à signaler ici. ", pipeline.ChunkSize/21+7) + sent
	evs, err := mustPipeline(t).Code(dyad.Document{ID: "big", Text: text, Published: "2024-06-20", Lang: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) == 0 {
		t.Fatal("no event in the last chunk")
	}
	for _, e := range evs {
		if text[e.Evidence.Start:e.Evidence.End] != e.Evidence.Text || !strings.Contains(sent, e.Evidence.Text) {
			t.Errorf("evidence %q at %d:%d is wrong", e.Evidence.Text, e.Evidence.Start, e.Evidence.End)
		}
		if want := pipeline.ChunkSize / 21; e.Sentence < want {
			t.Errorf("sentence %d: indexes restart in the last chunk (want at least %d)", e.Sentence, want)
		}
	}
}

func TestErrors(t *testing.T) {
	p := mustPipeline(t)
	if _, err := p.Code(dyad.Document{Text: " \n "}); err != dyad.ErrEmpty {
		t.Errorf("empty: err = %v, want ErrEmpty", err)
	}
	_, err := p.Code(dyad.Document{Text: "这是一个中文句子，没有人能读懂它。"})
	if err == nil || !strings.Contains(err.Error(), dyad.ErrUnknownLanguage.Error()) {
		t.Errorf("chinese: err = %v, want ErrUnknownLanguage", err)
	}
}

// benchDocs returns the dev texts when ../shared is there, else the
// examples the repo ships.
func benchDocs(b *testing.B) []dyad.Document {
	var docs []dyad.Document
	if f, err := os.Open("../../shared/eval/dev.jsonl"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var d dyad.Document
			if json.Unmarshal(sc.Bytes(), &d) == nil && (d.Lang == "fr" || d.Lang == "en") {
				docs = append(docs, d)
			}
		}
		return docs
	}
	files, _ := filepath.Glob("../examples/*.txt")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		docs = append(docs, dyad.Document{ID: f, Text: string(data), Published: "2024-03-12"})
	}
	return docs
}

// BenchmarkPipeline codes the French and English dev texts; MB/s is text
// coded per second, at Go's default garbage-collector pace.
func BenchmarkPipeline(b *testing.B) { benchPipeline(b) }

// BenchmarkPipelineCLI is BenchmarkPipeline with the collector paced as
// the dyad command paces it (GOGC 400, soft limit 256 MiB).
func BenchmarkPipelineCLI(b *testing.B) {
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(256 << 20))
	benchPipeline(b)
}

func benchPipeline(b *testing.B) {
	p := mustPipeline(b)
	docs := benchDocs(b)
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	events := 0
	for b.Loop() {
		events = 0
		for _, d := range docs {
			evs, err := p.Code(d)
			if err != nil {
				b.Fatal(err)
			}
			events += len(evs)
		}
	}
	b.ReportMetric(float64(events), "events/op")
	_ = fmt.Sprint()
}
