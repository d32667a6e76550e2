package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/parquet-go/parquet-go"
)

// sample returns events with tricky values.
func sample() []dyad.StoredEvent {
	loc := &dyad.Location{Name: "Pyongyang", Country: "PRK"}
	return []dyad.StoredEvent{
		{ID: 1, Date: "2024-06-19", DatePrecision: "day",
			Source: dyad.Actor{Text: "Vladimir Poutine", Name: "Vladimir Putin", Code: "RUSGOV", Country: "RUS", Sector: "GOV"},
			Target: dyad.Actor{Text: "Kim Jong-un", Name: "Kim Jong Un", Code: "PRKGOV", Country: "PRK", Sector: "GOV"},
			CAMEO:  "057", Root: "05", Quad: 1, Goldstein: 8, Plover: dyad.Plover{Type: "AGREE"}, Location: loc,
			NumMentions: 3, NumSources: 2, NumArticles: 2, Added: time.Date(2024, 6, 20, 8, 30, 0, 0, time.UTC),
			SourceURL: "https://example.org/a",
			Mentions:  []dyad.EventMention{{DocID: "a", Sentence: 0, Evidence: dyad.Evidence{Start: 1, End: 9, Text: "ont scellé\tce « traité »\n"}}}},
		{ID: 2, Source: dyad.Actor{Name: "United Nations", Code: "IGOUNO", IGO: "UN"},
			Target: dyad.Actor{Name: "Tab\tland", Code: "XXX", Country: "XXX"},
			CAMEO:  "1125", Root: "11", Quad: 3, Goldstein: -2, Plover: dyad.Plover{Type: "ACCUSE", Mode: "crime"}},
	}
}

func write(t *testing.T, f Format, evs []dyad.StoredEvent) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := NewWriter(&b, f)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestGDELT(t *testing.T) {
	if len(GDELTColumns) != 61 {
		t.Fatalf("GDELTColumns has %d columns, want 61", len(GDELTColumns))
	}
	out := write(t, GDELT, sample())
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2:\n%s", len(lines), out)
	}
	for i, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != 61 {
			t.Fatalf("line %d has %d fields, want 61: %q", i+1, len(f), l)
		}
		col := func(name string) string {
			for j, c := range GDELTColumns {
				if c == name {
					return f[j]
				}
			}
			t.Fatalf("no column %s", name)
			return ""
		}
		if i == 0 {
			for name, want := range map[string]string{
				"GLOBALEVENTID": "1", "SQLDATE": "20240619", "MonthYear": "202406", "Year": "2024", "FractionDate": "2024.4685",
				"Actor1Code": "RUSGOV", "Actor1Name": "VLADIMIR PUTIN", "Actor1CountryCode": "RUS", "Actor1Type1Code": "GOV",
				"Actor2Code": "PRKGOV", "IsRootEvent": "1", "EventCode": "057", "EventBaseCode": "057", "EventRootCode": "05",
				"QuadClass": "1", "GoldsteinScale": "8.0", "NumMentions": "3", "NumSources": "2", "NumArticles": "2",
				"ActionGeo_Type": "4", "ActionGeo_FullName": "Pyongyang", "ActionGeo_CountryCode": "PRK",
				"DATEADDED": "20240620083000", "SOURCEURL": "https://example.org/a",
			} {
				if got := col(name); got != want {
					t.Errorf("%s = %q, want %q", name, got, want)
				}
			}
		} else if col("Actor1KnownGroupCode") != "UNO" || col("EventBaseCode") != "112" || col("SQLDATE") != "" {
			t.Errorf("line 2: %q", l)
		}
	}
}

// TestGDELTDocs checks that docs/export.md lists the same 61 columns.
func TestGDELTDocs(t *testing.T) {
	doc, err := os.ReadFile("../docs/export.md")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile("(?m)^\\| (\\d+) \\| `([A-Za-z0-9_]+)` \\|")
	var cols []string
	for i, m := range re.FindAllStringSubmatch(string(doc), -1) {
		if m[1] != strconv.Itoa(i+1) {
			t.Fatalf("docs/export.md: row %s out of order", m[1])
		}
		cols = append(cols, m[2])
	}
	if strings.Join(cols, ",") != strings.Join(GDELTColumns, ",") {
		t.Errorf("docs/export.md columns differ from GDELTColumns:\n%v\n%v", cols, GDELTColumns)
	}
}

func TestCSVRoundTrip(t *testing.T) {
	out := write(t, CSV, sample())
	recs, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 || strings.Join(recs[0], ",") != strings.Join(CSVColumns, ",") {
		t.Fatalf("got %d records, header %v", len(recs), recs[0])
	}
	if ev := recs[1][len(CSVColumns)-1]; ev != "ont scellé\tce « traité »\n" {
		t.Errorf("evidence = %q", ev)
	}
	if empty := write(t, CSV, nil); string(empty) != strings.Join(CSVColumns, ",")+"\n" {
		t.Errorf("empty CSV = %q", empty)
	}
}

func TestJSONL(t *testing.T) {
	for _, f := range []Format{JSONL, PLOVER} {
		out := write(t, f, sample())
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		if len(lines) != 2 {
			t.Fatalf("%s: %d lines", f, len(lines))
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(lines[0]), &m); err != nil {
			t.Fatal(err)
		}
		switch f {
		case JSONL:
			var e dyad.StoredEvent
			json.Unmarshal([]byte(lines[0]), &e)
			if e.CAMEO != "057" || e.Source.Code != "RUSGOV" || e.Mentions[0].Evidence.Text != sample()[0].Mentions[0].Evidence.Text {
				t.Errorf("jsonl round trip: %+v", e)
			}
		case PLOVER:
			if m["event"] != "AGREE" || m["date"] != "2024-06-19" || m["actor"].([]any)[0].(map[string]any)["code"] != "RUSGOV" ||
				m["recipient"].([]any)[0].(map[string]any)["country"] != "PRK" || m["event_text"] == "" {
				t.Errorf("plover record: %v", m)
			}
		}
	}
}

func TestParquetRoundTrip(t *testing.T) {
	out := write(t, Parquet, sample())
	rows, err := parquet.Read[Row](bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0] != ToRow(sample()[0]) || rows[1].SourceIGO != "UN" {
		t.Errorf("parquet rows: %+v", rows)
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := NewWriter(&bytes.Buffer{}, "xml"); err == nil {
		t.Error("NewWriter(xml) did not fail")
	}
}

func BenchmarkWriters(b *testing.B) {
	evs := sample()
	for _, f := range Formats() {
		b.Run(string(f), func(b *testing.B) {
			for b.Loop() {
				w, _ := NewWriter(&bytes.Buffer{}, f)
				for i := 0; i < 1000; i++ {
					w.Write(evs[i%2])
				}
				w.Close()
			}
		})
	}
}
