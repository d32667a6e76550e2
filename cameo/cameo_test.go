package cameo

import (
	"fmt"
	"strings"
	"testing"
)

// TestTable checks the embedded table as a whole: it parses without error
// (init would have panicked otherwise; parse is run again here so a failure
// is reported as file:line), it has the row counts of the reference, and the
// PLOVER type is empty exactly for root 01.
func TestTable(t *testing.T) {
	codes, err := parse(strings.NewReader(tableData), tableFile)
	if err != nil {
		t.Fatalf("parse embedded table: %v", err)
	}
	if len(codes) != 318 {
		t.Errorf("len(codes)=%d, want 318", len(codes))
	}
	perRoot := map[string]int{}
	perQuad := map[int]int{}
	perLen := map[int]int{}
	for i, c := range codes {
		perRoot[Root(c.Code)]++
		perQuad[c.Quad]++
		perLen[len(c.Code)]++
		line := i + 2
		if (c.Plover == "") != (Root(c.Code) == "01") {
			t.Errorf("%s:%d: code %s: Plover=%q; want empty exactly for root 01", tableFile, line, c.Code, c.Plover)
		}
		if Root(c.Code) == "02" && c.Plover != "REQUEST" {
			t.Errorf("%s:%d: code %s: Plover=%q, want REQUEST", tableFile, line, c.Code, c.Plover)
		}
	}
	wantRoot := map[string]int{
		"01": 11, "02": 28, "03": 29, "04": 8, "05": 9, "06": 6, "07": 7, "08": 26, "09": 6, "10": 28,
		"11": 13, "12": 29, "13": 23, "14": 27, "15": 7, "16": 14, "17": 14, "18": 15, "19": 10, "20": 8,
	}
	if got, want := fmt.Sprint(perRoot), fmt.Sprint(wantRoot); got != want {
		t.Errorf("rows per root:\n got %s\nwant %s", got, want)
	}
	if got, want := fmt.Sprint(perQuad), fmt.Sprint(map[int]int{1: 85, 2: 39, 3: 99, 4: 95}); got != want {
		t.Errorf("rows per quad: got %s, want %s", got, want)
	}
	if got, want := fmt.Sprint(perLen), fmt.Sprint(map[int]int{2: 20, 3: 149, 4: 149}); got != want {
		t.Errorf("rows per code length: got %s, want %s", got, want)
	}
}

// TestLookup checks the values named in the reference table's validation
// section and a few decisions documented in README.md.
func TestLookup(t *testing.T) {
	tests := []struct {
		name string
		code string
		want Code
		ok   bool
	}{
		{"root 01", "01", Code{"01", "Make public statement", 1, 0.0, "", ""}, true},
		{"visit", "042", Code{"042", "Make a visit", 1, 1.9, "CONSULT", "visit"}, true},
		{"host", "043", Code{"043", "Host a visit", 1, 2.8, "CONSULT", "visit"}, true},
		{"sign", "057", Code{"057", "Sign formal agreement", 1, 8.0, "SUPPORT", ""}, true},
		{"intent military", "0312", Code{"0312", "Express intent to cooperate militarily", 1, 5.2, "AGREE", ""}, true},
		{"criticize", "111", Code{"111", "Criticize or denounce", 3, -2.0, "ACCUSE", "disapprove"}, true},
		{"threaten force", "138", Code{"138", "Threaten with military force, not specified below", 3, -7.0, "THREATEN", "violence"}, true},
		{"root 20", "20", Code{"20", "Use unconventional mass violence", 4, -10.0, "ASSAULT", ""}, true},
		{"appeal is REQUEST", "0233", Code{"0233", "Appeal for humanitarian aid", 1, 3.4, "REQUEST", "assist"}, true},
		{"codebook 105 label", "105", Code{"105", "Demand that target yields, not specified below", 3, -5.0, "REQUEST", "change"}, true},
		{"code GDELT lacks", "1834", Code{"1834", "Carry out location bombing", 4, -10.0, "ASSAULT", "suicide-attack"}, true},
		{"no leading zero", "57", Code{}, false},
		{"unknown", "099", Code{}, false},
		{"empty", "", Code{}, false},
		{"five digits", "01111", Code{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Lookup(tt.code)
			if ok != tt.ok || got != tt.want {
				t.Errorf("Lookup(%q)=%+v, %v; want %+v, %v", tt.code, got, ok, tt.want, tt.ok)
			}
			if Valid(tt.code) != tt.ok {
				t.Errorf("Valid(%q)=%v, want %v", tt.code, !tt.ok, tt.ok)
			}
		})
	}
}

func TestRootAndQuad(t *testing.T) {
	tests := []struct {
		code, root string
		quad       int
	}{
		{"057", "05", 1}, {"0312", "03", 1}, {"01", "01", 1}, {"06", "06", 2}, {"0874", "08", 2},
		{"09", "09", 3}, {"1384", "13", 3}, {"14", "14", 4}, {"20", "20", 4},
		{"21", "21", 0}, {"00", "00", 0}, {"5", "", 0}, {"", "", 0}, {"x12", "", 0}, {"1x", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			if got := Root(tt.code); got != tt.root {
				t.Errorf("Root(%q)=%q, want %q", tt.code, got, tt.root)
			}
			if got := QuadOf(Root(tt.code)); got != tt.quad {
				t.Errorf("QuadOf(Root(%q))=%d, want %d", tt.code, got, tt.quad)
			}
		})
	}
}

func TestAllOrder(t *testing.T) {
	all := All()
	if len(all) == 0 || all[0].Code != "01" || all[len(all)-1].Code != "2042" {
		t.Fatalf("All() starts or ends wrong: %d codes", len(all))
	}
	all[0].Name = "changed"
	if c, _ := Lookup("01"); c.Name == "changed" {
		t.Error("All() returned the table itself, want a copy")
	}
}

// TestParseErrors checks that every broken table is rejected with the line
// of the bad row.
func TestParseErrors(t *testing.T) {
	const h = header + "\n"
	tests := []struct {
		name, table, want string
	}{
		{"bad header", "code\tname\n01\tX\t1\t0.0\t\t\n", "t.tsv:1: header"},
		{"empty", "", "t.tsv:1: header"},
		{"field count", h + "01\tMake public statement\t1\t0.0\t\n", "t.tsv:2: 5 fields"},
		{"duplicate", h + "01\tA\t1\t0.0\t\t\n01\tB\t1\t0.0\t\t\n", "t.tsv:3: duplicate code 01 (first at line 2)"},
		{"missing parent", h + "01\tA\t1\t0.0\t\t\n0211\tB\t1\t0.0\t\t\n", "t.tsv:3: code 0211: parent 021"},
		{"order", h + "02\tA\t1\t0.0\t\t\n01\tB\t1\t0.0\t\t\n", "t.tsv:3: code 01 is out of codebook order"},
		{"quad", h + "14\tA\t3\t0.0\t\t\n", "t.tsv:2: code 14: quad \"3\", want 4"},
		{"goldstein range", h + "14\tA\t4\t-11.0\t\t\n", "t.tsv:2: code 14: goldstein"},
		{"goldstein number", h + "14\tA\t4\tx\t\t\n", "t.tsv:2: code 14: goldstein"},
		{"no root", h + "21\tA\t4\t0.0\t\t\n", "t.tsv:2: code \"21\" has no root"},
		{"not digits", h + "0a\tA\t1\t0.0\t\t\n", "t.tsv:2: code \"0a\" is not 2 to 4 digits"},
		{"name spaces", h + "01\tA  B\t1\t0.0\t\t\n", "t.tsv:2: code 01: name"},
		{"name capital", h + "01\tabc\t1\t0.0\t\t\n", "t.tsv:2: code 01: name \"abc\" does not start"},
		{"plover type", h + "01\tA\t1\t0.0\tDEMAND\t\n", "t.tsv:2: code 01: \"DEMAND\" is not a PLOVER 2.0 type"},
		{"mode without type", h + "01\tA\t1\t0.0\t\tvisit\n", "t.tsv:2: code 01: PLOVER mode"},
		{"mode case", h + "04\tA\t1\t0.0\tCONSULT\tVisit\n", "t.tsv:2: code 04: PLOVER mode"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parse(strings.NewReader(tt.table), "t.tsv")
			if err == nil {
				t.Fatalf("parse: no error, want %q", tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("parse: error %q, want prefix %q", err, tt.want)
			}
		})
	}
}

func BenchmarkLookup(b *testing.B) {
	codes := All()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, ok := Lookup(codes[i%len(codes)].Code); !ok {
			b.Fatal("lookup failed")
		}
	}
}

func ExampleLookup() {
	c, ok := Lookup("057")
	fmt.Println(ok, c.Name, c.Quad, c.Goldstein, c.Plover)
	// Output: true Sign formal agreement 1 8 SUPPORT
}
