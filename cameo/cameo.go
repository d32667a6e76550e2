// Package cameo is the CAMEO 1.1b3 event codebook as a lookup table: every
// event code with its short name, quad class, Goldstein weight and the
// PLOVER 2.0 event type and mode dyad emits for it.
//
// The table is cameo-codes.tsv, embedded in the binary; README.md in this
// folder gives its sources, credits and the decisions dyad made where the
// sources are silent (PLOVER types for roots 01 and 02).
package cameo

import (
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dyad-events/dyad"
)

// tableFile is the name of the embedded table, used in error messages.
const tableFile = "cameo-codes.tsv"

//go:embed cameo-codes.tsv
var tableData string

// header is the first line of the table.
const header = "code\tname\tquad\tgoldstein\tplover\tplover_mode"

// Code is one CAMEO event code.
type Code struct {
	Code       string  // "057": the code with its leading zeros, 2 to 4 digits
	Name       string  // "Sign formal agreement"
	Quad       int     // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
	Goldstein  float64 // Goldstein weight, -10..10
	Plover     string  // PLOVER 2.0 event type ("AGREE"), "" for none (root 01)
	PloverMode string  // PLOVER mode ("visit"), "" for none
}

// PloverTypes are the 16 event types of PLOVER 2.0, in the manual's order.
var PloverTypes = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}

var (
	table []Code
	index map[string]int
)

func init() {
	codes, err := parse(strings.NewReader(tableData), tableFile)
	if err != nil {
		// The table is compiled into the binary and checked by the tests:
		// a bad row is a programmer mistake, not bad input.
		panic(fmt.Sprintf("cameo: embedded table: %v", err))
	}
	table = codes
	index = make(map[string]int, len(codes))
	for i, c := range codes {
		index[c.Code] = i
	}
}

// Lookup returns the code's entry: Lookup("057") is "Sign formal
// agreement". The code must be written with its leading zeros.
func Lookup(code string) (Code, bool) {
	i, ok := index[code]
	if !ok {
		return Code{}, false
	}
	return table[i], true
}

// All returns every code in codebook order (each code after its parent).
// The slice is a copy.
func All() []Code {
	return append([]Code(nil), table...)
}

// Root returns the root of a code, its first two digits ("057" -> "05"),
// or "" when code does not start with two digits.
func Root(code string) string {
	if len(code) < 2 || !isDigit(code[0]) || !isDigit(code[1]) {
		return ""
	}
	return code[:2]
}

// Valid reports whether code is a CAMEO 1.1b3 event code.
func Valid(code string) bool {
	_, ok := index[code]
	return ok
}

// QuadOf returns the quad class of a root (01-05 -> 1, 06-08 -> 2, 09-13 ->
// 3, 14-20 -> 4), or 0 when root is not a root from 01 to 20.
func QuadOf(root string) int {
	if len(root) != 2 || !isDigit(root[0]) || !isDigit(root[1]) {
		return 0
	}
	switch n := int(root[0]-'0')*10 + int(root[1]-'0'); {
	case n < 1 || n > 20:
		return 0
	case n <= 5:
		return 1
	case n <= 8:
		return 2
	case n <= 13:
		return 3
	default:
		return 4
	}
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// parse reads and checks a table in the format of cameo-codes.tsv. Every
// problem is reported as name:line: message.
func parse(r io.Reader, name string) ([]Code, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	var errs dyad.ErrorList
	lines := strings.Split(string(data), "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) == 0 || lines[0] != header {
		errs.Add(name, 1, "header is not %q", header)
		return nil, errs
	}
	isPlover := make(map[string]bool, len(PloverTypes))
	for _, t := range PloverTypes {
		isPlover[t] = true
	}
	var codes []Code
	seen := map[string]int{} // code -> line
	prev := ""
	for i, line := range lines[1:] {
		no := i + 2
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			errs.Add(name, no, "%d fields, want 6", len(f))
			continue
		}
		c := Code{Code: f[0], Name: f[1], Plover: f[4], PloverMode: f[5]}
		switch {
		case len(c.Code) < 2 || len(c.Code) > 4 || strings.Trim(c.Code, "0123456789") != "":
			errs.Add(name, no, "code %q is not 2 to 4 digits", c.Code)
			continue
		case QuadOf(Root(c.Code)) == 0:
			errs.Add(name, no, "code %q has no root from 01 to 20", c.Code)
			continue
		}
		if at, dup := seen[c.Code]; dup {
			errs.Add(name, no, "duplicate code %s (first at line %d)", c.Code, at)
			continue
		}
		seen[c.Code] = no
		if parent := c.Code[:len(c.Code)-1]; len(c.Code) > 2 {
			if _, ok := seen[parent]; !ok {
				errs.Add(name, no, "code %s: parent %s is not listed before it", c.Code, parent)
			}
		}
		if c.Code <= prev {
			errs.Add(name, no, "code %s is out of codebook order (after %s)", c.Code, prev)
		}
		prev = c.Code
		if c.Name == "" || c.Name != strings.TrimSpace(c.Name) || strings.Contains(c.Name, "  ") {
			errs.Add(name, no, "code %s: name %q is empty or has stray spaces", c.Code, c.Name)
		} else if ch := c.Name[0]; ch < 'A' || ch > 'Z' {
			errs.Add(name, no, "code %s: name %q does not start with a capital", c.Code, c.Name)
		}
		q, err := strconv.Atoi(f[2])
		if err != nil || q != QuadOf(Root(c.Code)) {
			errs.Add(name, no, "code %s: quad %q, want %d", c.Code, f[2], QuadOf(Root(c.Code)))
		}
		c.Quad = q
		g, err := strconv.ParseFloat(f[3], 64)
		if err != nil || g < -10 || g > 10 {
			errs.Add(name, no, "code %s: goldstein %q is not a number in -10..10", c.Code, f[3])
		}
		c.Goldstein = g
		switch {
		case c.Plover != "" && !isPlover[c.Plover]:
			errs.Add(name, no, "code %s: %q is not a PLOVER 2.0 type", c.Code, c.Plover)
		case c.Plover == "" && c.PloverMode != "":
			errs.Add(name, no, "code %s: PLOVER mode %q without a type", c.Code, c.PloverMode)
		case strings.Trim(c.PloverMode, "abcdefghijklmnopqrstuvwxyz-_") != "":
			errs.Add(name, no, "code %s: PLOVER mode %q is not a lower-case word", c.Code, c.PloverMode)
		}
		codes = append(codes, c)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return codes, nil
}
