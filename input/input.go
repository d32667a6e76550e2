// Package input reads the documents dyad codes: plain text files (one
// document each) and JSON Lines files of {"id", "text", "published",
// "lang", "url", "title"} records. Bad input never stops a batch: each
// problem is reported as an Item with an error naming the file and line,
// and reading goes on with the next record.
package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// MaxDocument is the largest document, in bytes, that is read.
const MaxDocument = 256 << 20

// Mode says how to read an input.
type Mode string

// The input modes.
const (
	Auto  Mode = "auto"  // JSON Lines when the first non-blank byte is '{', else text
	Text  Mode = "text"  // the whole input is one document
	JSONL Mode = "jsonl" // one JSON document a line
)

// Item is one document read, or one problem met while reading.
type Item struct {
	Doc  dyad.Document
	File string
	Line int   // 1-based line of a JSON Lines record; 0 for a text file
	Err  error // non-nil: Doc is not usable (unless Warn)
	Warn bool  // Err is a warning: Doc was repaired and is usable
}

// Position returns "file:line" or "file".
func (it Item) Position() string {
	if it.Line > 0 {
		return fmt.Sprintf("%s:%d", it.File, it.Line)
	}
	return it.File
}

var datePattern = regexp.MustCompile(`^\d{4}-\d{2}(-\d{2})?$`)

// ValidDate reports whether s is "YYYY-MM-DD" or "YYYY-MM".
func ValidDate(s string) bool { return datePattern.MatchString(s) }

// Read reads the documents of r, named name, and calls fn for each item.
// id is the document id of a text input; published its publication date.
// Read returns only the errors of r itself and those fn returns.
func Read(r io.Reader, name string, mode Mode, id, published string, fn func(Item) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if mode == Auto || mode == "" {
		mode = Text
		head, _ := br.Peek(4096)
		if t := bytes.TrimLeft(head, " \t\r\n\ufeff"); len(t) > 0 && t[0] == '{' {
			mode = JSONL
		}
	}
	if mode == JSONL {
		return readJSONL(br, name, fn)
	}
	return readText(br, name, id, published, fn)
}

func readText(r io.Reader, name, id, published string, fn func(Item) error) error {
	data, err := io.ReadAll(io.LimitReader(r, MaxDocument+1))
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	it := Item{File: name, Doc: dyad.Document{ID: id, Published: published}}
	switch {
	case len(data) > MaxDocument:
		it.Err = fmt.Errorf("%w: over %d MB", dyad.ErrTooLarge, MaxDocument>>20)
	case len(bytes.TrimSpace(data)) == 0:
		it.Err = dyad.ErrEmpty
	case isBinary(data):
		it.Err = dyad.ErrBinary
	default:
		it.Doc.Text, it.Line, it.Err = cleanUTF8(data)
		it.Warn = it.Err != nil
	}
	return fn(it)
}

// cleanUTF8 returns the text with invalid UTF-8 bytes replaced by U+FFFD,
// and the line of the first one.
func cleanUTF8(data []byte) (string, int, error) {
	if utf8.Valid(data) {
		return string(data), 0, nil
	}
	line := 1
	for i := 0; i < len(data); {
		r, w := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && w == 1 {
			break
		}
		if r == '\n' {
			line++
		}
		i += w
	}
	return strings.ToValidUTF8(string(data), "\uFFFD"), line, errors.New("invalid UTF-8 replaced by U+FFFD")
}

// isBinary reports whether data looks like a binary file: a NUL byte or
// many control characters in its first 8 KB.
func isBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctl++
		}
	}
	return ctl*10 > len(head)
}

// record is a JSON Lines document.
type record struct {
	ID        *string `json:"id"`
	Text      *string `json:"text"`
	Published *string `json:"published"`
	Lang      *string `json:"lang"`
	URL       *string `json:"url"`
	Title     *string `json:"title"`
}

func readJSONL(br *bufio.Reader, name string, fn func(Item) error) error {
	no := 0
	for {
		line, tooLong, err := readLine(br)
		if len(line) == 0 && err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("read %s: %w", name, err)
		}
		no++
		it := Item{File: name, Line: no}
		switch {
		case tooLong:
			it.Err = fmt.Errorf("%w: line over %d MB", dyad.ErrTooLarge, MaxDocument>>20)
		case len(bytes.TrimSpace(line)) == 0:
			continue
		default:
			it.Doc, it.Err = parseRecord(line)
			if it.Err == nil && it.Doc.ID == "" {
				it.Doc.ID = fmt.Sprintf("%s:%d", name, no)
			}
			if it.Err != nil && !it.Warn {
				it.Warn = errors.Is(it.Err, errRepaired)
			}
		}
		if ferr := fn(it); ferr != nil {
			return ferr
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("read %s: %w", name, err)
		}
	}
}

// readLine reads one line of any length, keeping at most MaxDocument bytes.
func readLine(br *bufio.Reader) (line []byte, tooLong bool, err error) {
	for {
		chunk, isPrefix, e := br.ReadLine()
		if len(line)+len(chunk) > MaxDocument {
			tooLong = true
		} else {
			line = append(line, chunk...)
		}
		if e != nil {
			return line, tooLong, e
		}
		if !isPrefix {
			if tooLong {
				return nil, true, nil
			}
			return line, false, nil
		}
	}
}

var errRepaired = errors.New("repaired")

// parseRecord parses one JSON Lines document.
func parseRecord(line []byte) (dyad.Document, error) {
	var rec record
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&rec); err != nil {
		return dyad.Document{}, fmt.Errorf("%w: %v", dyad.ErrMalformed, jsonMessage(err))
	}
	if dec.More() {
		return dyad.Document{}, fmt.Errorf("%w: more than one JSON value on the line", dyad.ErrMalformed)
	}
	if rec.Text == nil {
		return dyad.Document{}, fmt.Errorf("%w: no \"text\" field", dyad.ErrMalformed)
	}
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	doc := dyad.Document{ID: str(rec.ID), Text: *rec.Text, Published: str(rec.Published), Lang: str(rec.Lang), URL: str(rec.URL), Title: str(rec.Title)}
	if strings.TrimSpace(doc.Text) == "" {
		return doc, dyad.ErrEmpty
	}
	if doc.Published != "" && !ValidDate(doc.Published) {
		bad := doc.Published
		doc.Published = ""
		return doc, fmt.Errorf("%w: published %q is not YYYY-MM-DD or YYYY-MM; ignored", errRepaired, bad)
	}
	return doc, nil
}

// jsonMessage shortens encoding/json's errors.
func jsonMessage(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("invalid JSON at byte %d: %v", se.Offset, err)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q has the wrong type (%s)", te.Field, te.Value)
	}
	return err.Error()
}
