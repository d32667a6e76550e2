package timex

import (
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"github.com/dyad-events/dyad"
)

// Units of relative expressions (dates.txt kind "unit").
const (
	unitDay = iota + 1
	unitWeek
	unitMonth
	unitYear
	unitHour
)

var unitNames = map[string]int{
	"day": unitDay, "week": unitWeek, "month": unitMonth, "year": unitYear, "hour": unitHour,
}

// Modifiers (dates.txt kinds "last", "next", "this").
const (
	modNone = iota
	modLast
	modNext
	modThis
)

// Directions of counted expressions (dates.txt kinds "ago", "hence").
const (
	dirPast   = -1
	dirFuture = 1
)

// entry is one phrase of a dictionary: folded words and the value of its
// record.
type entry struct {
	words []string
	val   int
}

// phrases is a dictionary of folded word sequences, indexed by their first
// and last words, longest first.
type phrases struct {
	first map[string][]entry
	last  map[string][]entry
}

func newPhrases() *phrases {
	return &phrases{first: map[string][]entry{}, last: map[string][]entry{}}
}

func (p *phrases) add(words []string, val int) {
	e := entry{words: words, val: val}
	for _, m := range []struct {
		idx map[string][]entry
		key string
	}{{p.first, words[0]}, {p.last, words[len(words)-1]}} {
		l := append(m.idx[m.key], e)
		sort.SliceStable(l, func(i, j int) bool { return len(l[i].words) > len(l[j].words) })
		m.idx[m.key] = l
	}
}

// at returns the length and value of the longest phrase starting at toks[i];
// n is 0 when none does.
func (p *phrases) at(toks []dyad.Token, i int) (n, val int) {
	if i < 0 || i >= len(toks) {
		return 0, 0
	}
next:
	for _, e := range p.first[toks[i].Fold] {
		if i+len(e.words) > len(toks) {
			continue
		}
		for k, w := range e.words {
			if toks[i+k].Fold != w {
				continue next
			}
		}
		return len(e.words), e.val
	}
	return 0, 0
}

// ending returns the start of the longest phrase that ends just before
// toks[i]; ok is false when none does.
func (p *phrases) ending(toks []dyad.Token, i int) (start int, ok bool) {
	if i <= 0 || i > len(toks) {
		return 0, false
	}
next:
	for _, e := range p.last[toks[i-1].Fold] {
		s := i - len(e.words)
		if s < 0 {
			continue
		}
		for k, w := range e.words {
			if toks[s+k].Fold != w {
				continue next
			}
		}
		return s, true
	}
	return 0, false
}

// word returns the value of a one-word phrase.
func (p *phrases) word(w string) (val int, ok bool) {
	for _, e := range p.first[w] {
		if len(e.words) == 1 {
			return e.val, true
		}
	}
	return 0, false
}

// kinds describes each record kind of dates.txt: whether it has a value
// field and which positions it takes.
var kinds = map[string]struct {
	value bool // KIND VALUE phrases
	abbr  bool // an optional fourth field of abbreviations
}{
	"month": {true, true}, "weekday": {true, true}, "number": {true, false}, "day": {true, false},
	"unit": {true, false}, "ago": {true, false}, "hence": {true, false}, "last": {true, false},
	"next": {true, false}, "this": {true, false}, "numeric": {true, false},
	"capital": {}, "ordinal": {}, "timeofday": {}, "of": {}, "range": {}, "prep": {}, "part": {},
	"quantity": {}, "since": {},
}

// Load reads the date vocabulary of a language from "<lang>/dates.txt" in
// fsys. Errors are reported as file:line: message.
func Load(fsys fs.FS, lang string) (*Resolver, error) {
	name := lang + "/dates.txt"
	lines, err := dyad.ReadLines(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("load dates: %w", err)
	}
	r := &Resolver{
		lang:     lang,
		month:    newPhrases(),
		monthAb:  newPhrases(),
		weekday:  newPhrases(),
		wdAb:     newPhrases(),
		number:   newPhrases(),
		day:      newPhrases(),
		unit:     newPhrases(),
		countPre: newPhrases(), countPost: newPhrases(),
		modPre: newPhrases(), modPost: newPhrases(),
		tod: newPhrases(), of: newPhrases(), rng: newPhrases(), prep: newPhrases(),
		part: newPhrases(), quantity: newPhrases(), since: newPhrases(),
		capital: map[string]bool{}, ordinal: map[string]bool{},
	}
	var errs dyad.ErrorList
	months, weekdays := map[int]bool{}, map[int]bool{}
	for _, l := range lines {
		if l.Indent {
			if l.Fields[0] != "ex" || len(l.Fields) != 4 {
				errs.Add(name, l.No, "example: want ex<TAB>sentence<TAB>published<TAB>expected")
			}
			continue
		}
		kind := l.Fields[0]
		k, ok := kinds[kind]
		if !ok {
			errs.Add(name, l.No, "unknown kind %q", kind)
			continue
		}
		want, max := 2, 2
		if k.value {
			want, max = 3, 3
			if k.abbr {
				max = 4
			}
		}
		if kind == "numeric" {
			want, max = 2, 2
		}
		if len(l.Fields) < want || len(l.Fields) > max {
			if want == max {
				errs.Add(name, l.No, "%s: want %d fields, have %d", kind, want, len(l.Fields))
			} else {
				errs.Add(name, l.No, "%s: want %d to %d fields, have %d", kind, want, max, len(l.Fields))
			}
			continue
		}
		if kind == "numeric" {
			switch l.Fields[1] {
			case "dmy", "mdy":
				r.order = l.Fields[1]
			default:
				errs.Add(name, l.No, "numeric: order %q, want dmy or mdy", l.Fields[1])
			}
			continue
		}
		val, words := 0, l.Fields[1]
		if k.value {
			words = l.Fields[2]
			if val, err = r.value(kind, l.Fields[1]); err != nil {
				errs.Add(name, l.No, "%s: %v", kind, err)
				continue
			}
		}
		var list []string
		for _, p := range dyad.Alternatives(words) {
			f := dyad.FoldWords(p)
			if len(f) == 0 {
				errs.Add(name, l.No, "%s: phrase %q has no words", kind, p)
				continue
			}
			list = append(list, p)
			r.addKind(kind, l.Fields[1], f, val)
		}
		if len(list) == 0 {
			errs.Add(name, l.No, "%s: no phrases", kind)
			continue
		}
		if len(l.Fields) == 4 {
			for _, p := range dyad.Alternatives(l.Fields[3]) {
				f := dyad.FoldWords(p)
				if len(f) == 0 {
					errs.Add(name, l.No, "%s: abbreviation %q has no words", kind, p)
					continue
				}
				if kind == "month" {
					r.monthAb.add(f, val)
				} else {
					r.wdAb.add(f, val)
				}
			}
		}
		switch kind {
		case "month":
			months[val] = true
		case "weekday":
			weekdays[val] = true
		}
	}
	for m := 1; m <= 12; m++ {
		if !months[m] {
			errs.Add(name, 0, "no month %d", m)
		}
	}
	for d := 1; d <= 7; d++ {
		if !weekdays[d] {
			errs.Add(name, 0, "no weekday %d", d)
		}
	}
	if r.order == "" {
		errs.Add(name, 0, "no numeric order (numeric<TAB>dmy or mdy)")
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return r, nil
}

// ranges bounds the numeric values of each kind.
var ranges = map[string][2]int{
	"month": {1, 12}, "weekday": {1, 7}, "number": {0, 1000}, "day": {-31, 31},
}

// value parses the VALUE field of a record.
func (r *Resolver) value(kind, v string) (int, error) {
	switch kind {
	case "month", "weekday", "number", "day":
		n, err := strconv.Atoi(v)
		if err != nil {
			return 0, fmt.Errorf("value %q is not a number", v)
		}
		lo, hi := ranges[kind][0], ranges[kind][1]
		if n < lo || n > hi {
			return 0, fmt.Errorf("value %d out of range %d to %d", n, lo, hi)
		}
		return n, nil
	case "unit":
		if u, ok := unitNames[v]; ok {
			return u, nil
		}
		return 0, fmt.Errorf("unit %q, want day, week, month, year or hour", v)
	case "ago", "hence", "last", "next", "this":
		if v != "pre" && v != "post" {
			return 0, fmt.Errorf("position %q, want pre or post", v)
		}
		switch kind {
		case "ago":
			return dirPast, nil
		case "hence":
			return dirFuture, nil
		case "last":
			return modLast, nil
		case "next":
			return modNext, nil
		}
		return modThis, nil
	}
	return 0, fmt.Errorf("kind %q takes no value", kind)
}

// addKind files one folded phrase under its kind.
func (r *Resolver) addKind(kind, pos string, f []string, val int) {
	switch kind {
	case "month":
		r.month.add(f, val)
	case "weekday":
		r.weekday.add(f, val)
	case "number":
		r.number.add(f, val)
	case "day":
		r.day.add(f, val)
	case "unit":
		r.unit.add(f, val)
	case "ago", "hence":
		if pos == "pre" {
			r.countPre.add(f, val)
		} else {
			r.countPost.add(f, val)
		}
	case "last", "next", "this":
		if pos == "pre" {
			r.modPre.add(f, val)
		} else {
			r.modPost.add(f, val)
		}
	case "capital":
		r.capital[strings.Join(f, " ")] = true
	case "ordinal":
		r.ordinal[strings.Join(f, " ")] = true
	case "timeofday":
		r.tod.add(f, 0)
	case "of":
		r.of.add(f, 0)
	case "range":
		r.rng.add(f, 0)
	case "prep":
		r.prep.add(f, 0)
	case "part":
		r.part.add(f, 0)
	case "quantity":
		r.quantity.add(f, 0)
	case "since":
		r.since.add(f, 0)
	}
}
