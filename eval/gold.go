// Package eval scores predicted events against the gold-standard
// annotations of shared/eval, by the rules of shared/eval/README.md.
//
// ReadGold reads a gold file (JSON Lines, one document per line). Score
// compares the predicted events of each document with its gold events at
// every level the file supports: root (source, target, 2-digit CAMEO root),
// cameo (full code), quad (quad class) and plover (PLOVER 2.0 type). The
// Report it returns gives precision, recall and F1 per level, overall and
// per language, the date accuracy, and the misses and false alarms of every
// document.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
)

// GoldEvent is one annotated event. A nil field is JSON null: for Source and
// Target it means the gold names no actor (any actor matches); for a label
// (CAMEO, Root, Quad, Plover) that the event is left out of that level.
type GoldEvent struct {
	Source   *string `json:"source"`   // ISO3 ("RUS") or "IGO:UN"
	Target   *string `json:"target"`   // as Source
	CAMEO    *string `json:"cameo"`    // most specific CAMEO code, "057"
	Root     *string `json:"root"`     // 2-digit root, "05"
	Plover   *string `json:"plover"`   // PLOVER 2.0 type, "AGREE"
	Date     *string `json:"date"`     // YYYY-MM-DD the event happened
	Quad     *int    `json:"quad"`     // 1..4
	Evidence *string `json:"evidence"` // the clause that asserts it
}

// GoldDoc is one annotated document, one line of a gold file.
type GoldDoc struct {
	ID        string      `json:"id"`
	Lang      string      `json:"lang"`
	Published string      `json:"published"` // YYYY-MM-DD, YYYY-MM or "" (JSON null)
	Source    string      `json:"source"`    // where the story comes from
	Text      string      `json:"text"`
	Events    []GoldEvent `json:"events"`
}

// maxLine is the longest line ReadGold accepts.
const maxLine = 16 << 20

// ploverTypes are the 16 event types of PLOVER 2.0.
var ploverTypes = map[string]bool{
	"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true, "COOPERATE": true, "AID": true,
	"RETREAT": true, "REQUEST": true, "ACCUSE": true, "REJECT": true, "THREATEN": true, "PROTEST": true,
	"SANCTION": true, "MOBILIZE": true, "COERCE": true, "ASSAULT": true,
}

// ReadGold reads a gold file: JSON Lines, one GoldDoc per line; blank lines
// are skipped and unknown fields ignored. Every bad line (not a JSON object,
// a field of the wrong type, no id or lang, a duplicate id, a malformed date,
// quad, root, code or PLOVER type, a root that is not the code's or a quad
// that is not the root's) is reported as name:line: message; the error is a
// dyad.ErrorList holding all of them.
func ReadGold(r io.Reader, name string) ([]GoldDoc, error) {
	var (
		docs []GoldDoc
		errs dyad.ErrorList
		seen = map[string]int{}
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	no := 0
	for sc.Scan() {
		no++
		line := sc.Bytes()
		if no == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		var d GoldDoc
		if err := json.Unmarshal(line, &d); err != nil {
			errs.Add(name, no, "%w: %v", dyad.ErrMalformed, err)
			continue
		}
		if msg := checkDoc(&d); msg != "" {
			errs.Add(name, no, "%w: %s", dyad.ErrMalformed, msg)
			continue
		}
		if at, dup := seen[d.ID]; dup {
			errs.Add(name, no, "%w: duplicate id %q (first at line %d)", dyad.ErrMalformed, d.ID, at)
			continue
		}
		seen[d.ID] = no
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		errs.Add(name, no+1, "read gold: %v", err)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return docs, nil
}

// checkDoc returns what is wrong with a decoded document, or "".
func checkDoc(d *GoldDoc) string {
	switch {
	case strings.TrimSpace(d.ID) == "":
		return "no id"
	case d.Lang == "":
		return fmt.Sprintf("document %q: no lang", d.ID)
	case d.Published != "" && !validDate(d.Published):
		return fmt.Sprintf("document %q: published %q is not YYYY-MM-DD, YYYY-MM or null", d.ID, d.Published)
	}
	for i, e := range d.Events {
		if msg := checkEvent(e); msg != "" {
			return fmt.Sprintf("document %q: event %d: %s", d.ID, i+1, msg)
		}
	}
	return ""
}

// checkEvent returns what is wrong with a gold event, or "".
func checkEvent(e GoldEvent) string {
	for _, a := range []*string{e.Source, e.Target} {
		if a != nil && *a != strings.TrimSpace(*a) {
			return fmt.Sprintf("actor %q has surrounding spaces", *a)
		}
	}
	if e.CAMEO != nil && !isCode(*e.CAMEO, 2, 4) {
		return fmt.Sprintf("cameo %q is not a 2- to 4-digit code", *e.CAMEO)
	}
	if e.Root != nil && (!isCode(*e.Root, 2, 2) || cameo.QuadOf(*e.Root) == 0) {
		return fmt.Sprintf("root %q is not a root from 01 to 20", *e.Root)
	}
	if e.CAMEO != nil && e.Root != nil && !strings.HasPrefix(*e.CAMEO, *e.Root) {
		return fmt.Sprintf("root %q is not the root of cameo %q", *e.Root, *e.CAMEO)
	}
	if e.Quad != nil {
		if *e.Quad < 1 || *e.Quad > 4 {
			return fmt.Sprintf("quad %d is not 1..4", *e.Quad)
		}
		if e.Root != nil && cameo.QuadOf(*e.Root) != *e.Quad {
			return fmt.Sprintf("quad %d is not the quad of root %q", *e.Quad, *e.Root)
		}
	}
	if e.Plover != nil && !ploverTypes[*e.Plover] {
		return fmt.Sprintf("plover %q is not a PLOVER 2.0 type", *e.Plover)
	}
	if e.Date != nil && !validDate(*e.Date) {
		return fmt.Sprintf("date %q is not YYYY-MM-DD, YYYY-MM or null", *e.Date)
	}
	return ""
}

// isCode reports whether s is min to max ASCII digits.
func isCode(s string, min, max int) bool {
	if len(s) < min || len(s) > max {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// validDate reports whether s is a calendar date YYYY-MM-DD or a month YYYY-MM.
func validDate(s string) bool {
	layout := "2006-01-02"
	if len(s) == len("2006-01") {
		layout = "2006-01"
	}
	if len(s) != len(layout) {
		return false
	}
	_, err := time.Parse(layout, s)
	return err == nil
}
