package input

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

func readAll(t testing.TB, in string, mode Mode) []Item {
	t.Helper()
	var items []Item
	err := Read(strings.NewReader(in), "in.txt", mode, "in.txt", "2024-06-20", func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return items
}

func TestRead(t *testing.T) {
	tests := []struct {
		name string
		in   string
		mode Mode
		want string // one line per item: position, id or error
	}{
		{"text", "La France a signé.", Auto, "in.txt in.txt 2024-06-20"},
		{"empty text", "  \n\t", Auto, "in.txt error: empty document"},
		{"binary", "\x00\x01\x02ELF", Text, "in.txt error: binary input"},
		{"invalid utf8 repaired", "ok\nbad \xff here", Text, "in.txt:2 warning: invalid UTF-8 replaced by U+FFFD"},
		{"jsonl", `{"id":"a","text":"x","published":"2024-06"}` + "\n\n" + `{"text":"y"}`, Auto,
			"in.txt:1 a 2024-06\nin.txt:3 in.txt:3 "},
		{"malformed line among good", `{"id":"a","text":"x"}` + "\n{bad\n" + `{"id":"c","text":"z"}`, JSONL,
			"in.txt:1 a \nin.txt:2 error: malformed input: invalid JSON at byte 2: invalid character 'b' looking for beginning of object key string\nin.txt:3 c "},
		{"missing text", `{"id":"a"}`, JSONL, "in.txt:1 error: malformed input: no \"text\" field"},
		{"wrong type", `{"id":"a","text":3}`, JSONL, "in.txt:1 error: malformed input: field \"text\" has the wrong type (number)"},
		{"bad date repaired", `{"id":"a","text":"x","published":"June"}`, JSONL, "in.txt:1 warning: repaired: published \"June\" is not YYYY-MM-DD or YYYY-MM; ignored"},
		{"two values", `{"text":"x"} {"text":"y"}`, JSONL, "in.txt:1 error: malformed input: more than one JSON value on the line"},
	}
	for _, tt := range tests {
		var got []string
		for _, it := range readAll(t, tt.in, tt.mode) {
			switch {
			case it.Err != nil && it.Warn:
				got = append(got, fmt.Sprintf("%s warning: %v", it.Position(), it.Err))
			case it.Err != nil:
				got = append(got, fmt.Sprintf("%s error: %v", it.Position(), it.Err))
			default:
				got = append(got, fmt.Sprintf("%s %s %s", it.Position(), it.Doc.ID, it.Doc.Published))
			}
		}
		if g := strings.Join(got, "\n"); g != tt.want {
			t.Errorf("%s: got\n%s\nwant\n%s", tt.name, g, tt.want)
		}
	}
}

func TestHugeLine(t *testing.T) {
	// a JSONL line longer than the bufio buffer is read whole
	text := strings.Repeat("La France a signé un accord. ", 100000)
	items := readAll(t, `{"id":"big","text":"`+text+`"}`, JSONL)
	if len(items) != 1 || items[0].Err != nil || items[0].Doc.Text != text {
		t.Fatalf("got %d items, err %v", len(items), items[0].Err)
	}
	if !errors.Is(readAll(t, "", Text)[0].Err, dyad.ErrEmpty) {
		t.Error("empty input is not ErrEmpty")
	}
}

func FuzzRead(f *testing.F) {
	f.Add(`{"id":"a","text":"x"}` + "\n{bad")
	f.Add("plain text \xff")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1<<16 {
			return
		}
		for _, m := range []Mode{Auto, Text, JSONL} {
			_ = Read(strings.NewReader(s), "f", m, "f", "", func(it Item) error {
				if it.Err == nil && it.Doc.Text == "" {
					t.Fatalf("document with no text and no error: %+v", it)
				}
				return nil
			})
		}
	})
}
