// Package timex finds the date expressions of a sentence and resolves them to
// calendar dates against the publication date of the document: explicit dates
// ("19 juin 2024", "June 19", "19/06/2024", "2024-06-19"), weekdays
// ("mercredi", "on Friday", "mardi dernier"), relative days ("hier",
// "yesterday", "il y a deux jours"), weeks, months and years ("la semaine
// dernière", "last month", "en juin 2023", "in 1961").
//
// Everything that depends on the language (month and weekday names, relative
// words, prepositions) comes from lexicon/<lang>/dates.txt, described in
// docs/lexicon.md; the constructions themselves are shared by all languages.
package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// Resolver finds the date expressions of one language. It is read-only once
// loaded and safe for concurrent use.
type Resolver struct {
	lang string

	month, monthAb *phrases // month names and abbreviations, value 1..12
	weekday, wdAb  *phrases // weekday names and abbreviations, value 1 (Monday) ..7
	number         *phrases // number words, value the number
	day            *phrases // relative days, value the offset in days
	unit           *phrases // units of relative expressions, value unit*

	countPre, countPost *phrases // "il y a" / "ago", value dir*
	modPre, modPost     *phrases // "last" / "dernier", value mod*

	tod, of, rng, prep, part, quantity *phrases
	since                              *phrases // "depuis", "since": a duration's start

	capital map[string]bool // words that are date words only with a capital
	ordinal map[string]bool // ordinal suffixes of day numbers
	order   string          // "dmy" or "mdy": field order of numeric dates
}

// Expr is a date expression in a sentence.
type Expr struct {
	Start, End int    // token indices [Start, End) into the toks passed to Find
	Date       string // "YYYY-MM-DD" (day), "YYYY-MM" (month), "YYYY" (year), or Monday "YYYY-MM-DD" for week
	Precision  string // dyad.PrecisionDay, PrecisionMonth, PrecisionYear, PrecisionWeek
	// Relative reports that the date was resolved against the publication
	// date: a weekday, a relative day, week, month or year, or a day and
	// month whose year was inferred.
	Relative bool
	// Since reports that the date starts a duration ("depuis 2012",
	// "since Monday"): it tells how long, not when the event happened.
	Since bool
}

// Lang returns the language the resolver was loaded for.
func (r *Resolver) Lang() string { return r.lang }

// Find returns the date expressions of one sentence's tokens, resolved against
// the publication date (published is "YYYY-MM-DD", "YYYY-MM" or ""), in text
// order and without overlaps. Expressions that cannot be resolved, such as a
// weekday when the publication day is unknown, are left out.
func (r *Resolver) Find(toks []dyad.Token, published string) []Expr {
	p := parsePub(published)
	var out []Expr
	for i := 0; i < len(toks); {
		m := r.match(toks, i, p)
		if m.end <= i {
			i++
			continue
		}
		if m.ok {
			m.e.Start, m.e.End = i, m.end
			_, m.e.Since = r.since.ending(toks, i)
			out = append(out, m.e)
		}
		i = m.end
	}
	return out
}

// result is an expression recognized at a token: end is the index after it
// (0 when nothing was recognized), e its resolution when ok.
type result struct {
	end int
	e   Expr
	ok  bool
}

// match returns the longest expression that starts at toks[i].
func (r *Resolver) match(toks []dyad.Token, i int, p pubDate) result {
	var best result
	try := func(x result) {
		if x.end > best.end {
			best = x
		}
	}
	try(r.relDay(toks, i, p))
	try(r.counted(toks, i, p))
	try(r.relUnit(toks, i, p))
	try(r.dayExpr(toks, i, p))
	try(r.monthExpr(toks, i, p))
	try(r.yearExpr(toks, i, p))
	// a part of the day before a day: "la nuit de mercredi à jeudi",
	// "in the early hours of June 18"
	if n, _ := r.tod.at(toks, i); n > 0 {
		j := i + n
		if k, _ := r.of.at(toks, j); k > 0 {
			j += k
		}
		try(r.relDay(toks, j, p))
		try(r.dayExpr(toks, j, p))
	}
	return best
}

// relDay recognizes a relative day word with an optional part of the day:
// "hier soir", "yesterday", "ce matin".
func (r *Resolver) relDay(toks []dyad.Token, i int, p pubDate) result {
	n, off := r.day.at(toks, i)
	if n == 0 {
		return result{}
	}
	res := result{end: r.skipTOD(toks, i+n)}
	if p.prec == precDay {
		res.e, res.ok = dayExpr(p.time().AddDate(0, 0, off), true)
	}
	return res
}

// counted recognizes a counted shift from publication: "il y a deux jours",
// "two weeks ago", "dans trois mois".
func (r *Resolver) counted(toks []dyad.Token, i int, p pubDate) result {
	j, dir := i, 0
	if n, v := r.countPre.at(toks, j); n > 0 {
		j, dir = j+n, v
	}
	num, n := r.numberAt(toks, j)
	if n == 0 {
		return result{}
	}
	j += n
	n, u := r.unit.at(toks, j)
	if n == 0 {
		return result{}
	}
	j += n
	if dir == 0 {
		n, v := r.countPost.at(toks, j)
		if n == 0 {
			return result{}
		}
		j, dir = j+n, v
	}
	res := result{end: j}
	res.e, res.ok = shift(p, u, dir*num)
	return res
}

// relUnit recognizes a calendar week, month or year named relative to
// publication: "last week", "la semaine dernière", "earlier this month".
func (r *Resolver) relUnit(toks []dyad.Token, i int, p pubDate) result {
	if n, mod := r.modPre.at(toks, i); n > 0 {
		if k, u := r.unit.at(toks, i+n); k > 0 && calendarUnit(u) {
			res := result{end: i + n + k}
			res.e, res.ok = shift(p, u, modOffset(mod))
			return res
		}
	}
	if n, u := r.unit.at(toks, i); n > 0 && calendarUnit(u) {
		if k, mod := r.modPost.at(toks, i+n); k > 0 {
			res := result{end: i + n + k}
			res.e, res.ok = shift(p, u, modOffset(mod))
			return res
		}
	}
	return result{}
}

// dayExpr recognizes a weekday, alone or before an explicit date, or an
// explicit date: "mercredi", "mardi dernier", "ce samedi 21 décembre 2019",
// "Wednesday, March 4", "le 19 juin", "19/06/2024".
func (r *Resolver) dayExpr(toks []dyad.Token, i int, p pubDate) result {
	j, mod := i, modNone
	if n, v := r.modPre.at(toks, j); n > 0 {
		j, mod = j+n, v
	}
	wd, n, abbr := r.weekdayAt(toks, j)
	if n == 0 {
		if mod != modNone {
			return result{}
		}
		return r.explicit(toks, i, p, 0)
	}
	k := j + n
	l := k
	if l < len(toks) && toks[l].Fold == "," {
		l++
	}
	if x := r.explicit(toks, l, p, wd); x.end > 0 {
		return x
	}
	if abbr {
		return result{}
	}
	k = r.skipTOD(toks, k)
	if mod == modNone {
		if n, v := r.modPost.at(toks, k); n > 0 && v != modThis {
			k, mod = k+n, v
		}
	}
	// "de mercredi à jeudi": the first day counts
	if n, _ := r.rng.at(toks, k); n > 0 {
		if _, n2, abbr2 := r.weekdayAt(toks, k+n); n2 > 0 && !abbr2 {
			k = r.skipTOD(toks, k+n+n2)
		}
	}
	res := result{end: k}
	if p.prec == precDay {
		res.e, res.ok = dayExpr(weekdayDate(p.time(), wd, mod), true)
	}
	return res
}

// explicit recognizes an explicit date at toks[j], with an optional
// "dernier"/"prochain" after a date without a year. wd, when not 0, is the
// weekday named before it, used to choose the year.
func (r *Resolver) explicit(toks []dyad.Token, j int, p pubDate, wd int) result {
	v, end, prec, ok := r.explicitAt(toks, j)
	if !ok {
		return result{}
	}
	if v.y != 0 {
		res := result{end: end}
		res.e, res.ok = mkExpr(v, prec, false)
		return res
	}
	mod := modNone
	if n, m := r.modPost.at(toks, end); n > 0 && m != modThis {
		end, mod = end+n, m
	}
	res := result{end: end}
	if y, ok := closestYear(v.m, v.d, wd, mod, p); ok {
		v.y = y
		res.e, res.ok = mkExpr(v, dyad.PrecisionDay, true)
	}
	return res
}

// ymd is a calendar date; y is 0 when the text gives no year.
type ymd struct{ y, m, d int }

// explicitAt parses a numeric date, a day and month, or a month and day, each
// with an optional year.
func (r *Resolver) explicitAt(toks []dyad.Token, j int) (v ymd, end int, prec string, ok bool) {
	if j < 0 || j >= len(toks) {
		return v, 0, "", false
	}
	if v, prec, ok := r.numeric(toks[j].Fold); ok {
		return v, j + 1, prec, true
	}
	// day [range day] [of] month [year]: "19 juin 2024", "du 18 au 19 juin"
	if d, k, ok := r.dayAt(toks, j); ok {
		ends, ne := [2]int{k}, 1
		if n, _ := r.rng.at(toks, k); n > 0 {
			if _, k2, ok := r.dayAt(toks, k+n); ok {
				ends, ne = [2]int{k2, k}, 2
			}
		}
		for _, k := range ends[:ne] {
			if n, _ := r.of.at(toks, k); n > 0 {
				if _, _, ok, _ := r.monthAt(toks, k+n); ok {
					k += n
				}
			}
			if m, k3, ok, _ := r.monthAt(toks, k); ok {
				y, k4 := r.yearAfter(toks, k3, false)
				if validDay(y, m, d) {
					return ymd{y, m, d}, k4, dyad.PrecisionDay, true
				}
			}
		}
	}
	// month day [, year]: "June 19, 2024"
	if m, k, ok, _ := r.monthAt(toks, j); ok {
		if d, k2, ok := r.dayAt(toks, k); ok {
			y, k3 := r.yearAfter(toks, k2, true)
			if validDay(y, m, d) {
				return ymd{y, m, d}, k3, dyad.PrecisionDay, true
			}
		}
	}
	return v, 0, "", false
}

// monthExpr recognizes a month with a year ("juin 2023", "June 2023") or a
// month alone where the text makes it a date: after a preposition ("en
// juin", "in June"), with a part ("début juin", "mid-June") or a modifier
// ("juin dernier", "last June").
func (r *Resolver) monthExpr(toks []dyad.Token, i int, p pubDate) result {
	j, licensed, mod := i, r.licensed(toks, i, false), modNone
	if n, v := r.modPre.at(toks, j); n > 0 {
		j, mod, licensed = j+n, v, true
	} else if n, _ := r.part.at(toks, j); n > 0 {
		j, licensed = j+n, true
		if k, _ := r.of.at(toks, j); k > 0 {
			j += k
		}
	}
	m, k, ok, abbr := r.monthAt(toks, j)
	if !ok && j == i {
		if m, ok = r.hyphenMonth(toks, i); ok {
			k, licensed = i+1, true
		}
	}
	if !ok {
		return result{}
	}
	if y, k2 := r.yearAfter(toks, k, false); y != 0 {
		res := result{end: k2}
		res.e, res.ok = mkExpr(ymd{y, m, 0}, dyad.PrecisionMonth, false)
		return res
	}
	if abbr {
		return result{}
	}
	if mod == modNone {
		if n, v := r.modPost.at(toks, k); n > 0 {
			k, mod, licensed = k+n, v, true
		}
	}
	if !licensed {
		return result{}
	}
	res := result{end: k}
	if y, ok := closestMonth(m, mod, p); ok {
		res.e, res.ok = mkExpr(ymd{y, m, 0}, dyad.PrecisionMonth, true)
	}
	return res
}

// yearExpr recognizes a four-digit year between 1900 and 2100 after a
// preposition ("en 1961", "since 2014", "le traité de 1961") or with a part
// ("fin 2023", "mid-2023"). After an "of" word a quantity word before it
// makes the number a count ("plus de 2000").
func (r *Resolver) yearExpr(toks []dyad.Token, i int, p pubDate) result {
	j, licensed := i, r.licensed(toks, i, true)
	if n, _ := r.part.at(toks, j); n > 0 {
		j, licensed = j+n, true
		if k, _ := r.of.at(toks, j); k > 0 {
			j += k
		}
	}
	if j >= len(toks) {
		return result{}
	}
	y, ok := parseYear(toks[j].Fold, 1900, 2100)
	if !ok && j == i {
		if y, ok = r.hyphenYear(toks[i]); ok {
			licensed = true
		}
	}
	if !ok || !licensed {
		return result{}
	}
	if j+1 < len(toks) {
		switch toks[j+1].Text {
		case "%", "€", "$", "£":
			return result{}
		}
	}
	res := result{end: j + 1}
	res.e, res.ok = mkExpr(ymd{y, 0, 0}, dyad.PrecisionYear, false)
	return res
}

// licensed reports whether a preposition or an "of" word stands just before
// toks[i], so that a bare month or year there is a date. For a year, an "of"
// word after a quantity word does not count.
func (r *Resolver) licensed(toks []dyad.Token, i int, year bool) bool {
	if _, ok := r.prep.ending(toks, i); ok {
		return true
	}
	s, ok := r.of.ending(toks, i)
	if !ok {
		return false
	}
	if year {
		if _, q := r.quantity.ending(toks, s); q {
			return false
		}
	}
	return true
}

// skipTOD returns the index after a part of the day at toks[k], or k.
func (r *Resolver) skipTOD(toks []dyad.Token, k int) int {
	if n, _ := r.tod.at(toks, k); n > 0 {
		return k + n
	}
	return k
}

// cased reports whether a token may be a date word: words listed as
// "capital" must be written with a capital letter.
func (r *Resolver) cased(fold, text string) bool {
	if !r.capital[fold] {
		return true
	}
	c, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(c)
}

// weekdayAt returns the weekday named at toks[j] and the number of tokens
// its name takes (0 when none); abbr reports an abbreviation, whose
// following period is included.
func (r *Resolver) weekdayAt(toks []dyad.Token, j int) (wd, n int, abbr bool) {
	if j < 0 || j >= len(toks) || !r.cased(toks[j].Fold, toks[j].Text) {
		return 0, 0, false
	}
	if n, v := r.weekday.at(toks, j); n > 0 {
		return v, n, false
	}
	if n, v := r.wdAb.at(toks, j); n > 0 {
		if j+n < len(toks) && toks[j+n].Fold == "." {
			n++
		}
		return v, n, true
	}
	return 0, 0, false
}

// monthAt returns the month named at toks[j] and the index after it.
func (r *Resolver) monthAt(toks []dyad.Token, j int) (m, end int, ok, abbr bool) {
	if j < 0 || j >= len(toks) || !r.cased(toks[j].Fold, toks[j].Text) {
		return 0, 0, false, false
	}
	if n, v := r.month.at(toks, j); n > 0 {
		return v, j + n, true, false
	}
	if n, v := r.monthAb.at(toks, j); n > 0 {
		end := j + n
		if end < len(toks) && toks[end].Fold == "." {
			end++
		}
		return v, end, true, true
	}
	return 0, 0, false, false
}

// hyphenPart splits a token such as "mi-juin" or "mid-2023" after a part
// word; it returns the folded and written rest.
func (r *Resolver) hyphenPart(t dyad.Token) (fold, text string, ok bool) {
	k := strings.IndexByte(t.Fold, '-')
	if k <= 0 || k == len(t.Fold)-1 {
		return "", "", false
	}
	if _, ok := r.part.word(t.Fold[:k]); !ok {
		return "", "", false
	}
	text = t.Text
	if kt := strings.IndexByte(t.Text, '-'); kt >= 0 {
		text = t.Text[kt+1:]
	}
	return t.Fold[k+1:], text, true
}

// hyphenMonth returns the month of a token such as "mi-juin".
func (r *Resolver) hyphenMonth(toks []dyad.Token, i int) (int, bool) {
	if i < 0 || i >= len(toks) {
		return 0, false
	}
	fold, text, ok := r.hyphenPart(toks[i])
	if !ok || !r.cased(fold, text) {
		return 0, false
	}
	return r.month.word(fold)
}

// hyphenYear returns the year of a token such as "mi-2023".
func (r *Resolver) hyphenYear(t dyad.Token) (int, bool) {
	fold, _, ok := r.hyphenPart(t)
	if !ok {
		return 0, false
	}
	return parseYear(fold, 1900, 2100)
}

// dayAt parses a day of the month at toks[j]: "19", "07", "1er", "19th", or
// the first day of a range token "18-19"; a following ordinal token is
// included.
func (r *Resolver) dayAt(toks []dyad.Token, j int) (d, end int, ok bool) {
	if j < 0 || j >= len(toks) {
		return 0, 0, false
	}
	f := toks[j].Fold
	nd := digits(f)
	if nd == 0 || nd > 2 {
		return 0, 0, false
	}
	d, _ = strconv.Atoi(f[:nd])
	rest := f[nd:]
	switch {
	case rest == "":
	case r.ordinal[rest]:
	case rest[0] == '-':
		d2, err := strconv.Atoi(rest[1:])
		if err != nil || len(rest) > 3 || d2 <= d || d2 > 31 {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	if d < 1 || d > 31 {
		return 0, 0, false
	}
	end = j + 1
	if rest == "" && end < len(toks) && r.ordinal[toks[end].Fold] {
		end++
	}
	return d, end, true
}

// yearAfter parses a year after a date at toks[k], directly, after an "of"
// word, or (comma) after a comma; it returns 0 and k when there is none.
func (r *Resolver) yearAfter(toks []dyad.Token, k int, comma bool) (y, end int) {
	l := k
	if comma && l < len(toks) && toks[l].Fold == "," {
		l++
	} else if n, _ := r.of.at(toks, l); n > 0 {
		l += n
	}
	if l < len(toks) {
		if y, ok := parseYear(toks[l].Fold, 1000, 2999); ok {
			return y, l + 1
		}
	}
	return 0, k
}

// numberAt parses a count at toks[j]: up to three digits or a number word.
func (r *Resolver) numberAt(toks []dyad.Token, j int) (num, n int) {
	if j < 0 || j >= len(toks) {
		return 0, 0
	}
	f := toks[j].Fold
	if nd := digits(f); nd > 0 && nd == len(f) && nd <= 3 {
		v, _ := strconv.Atoi(f)
		return v, 1
	}
	n, num = r.number.at(toks, j)
	return num, n
}

// numeric parses a numeric date token: "2024-06-19", "2024/06/19",
// "19/06/2024", "19.06.24", "2024-06" (a month). Day and month come in the
// language's order, or the other when that one gives no valid date.
func (r *Resolver) numeric(f string) (ymd, string, bool) {
	if len(f) < 6 || len(f) > 10 {
		return ymd{}, "", false
	}
	var sep byte
	var parts []string
	start := 0
	for i := 0; i < len(f); i++ {
		c := f[i]
		if '0' <= c && c <= '9' {
			continue
		}
		if c != '/' && c != '-' && c != '.' || sep != 0 && c != sep {
			return ymd{}, "", false
		}
		sep = c
		parts = append(parts, f[start:i])
		start = i + 1
	}
	parts = append(parts, f[start:])
	for _, p := range parts {
		if p == "" {
			return ymd{}, "", false
		}
	}
	num := func(s string) int { v, _ := strconv.Atoi(s); return v }
	switch len(parts) {
	case 2: // 2024-06, 06/2024
		var y, m int
		switch a, b := parts[0], parts[1]; {
		case len(a) == 4 && len(b) <= 2 && sep == '-':
			y, m = num(a), num(b)
		case len(a) <= 2 && len(b) == 4 && sep == '/':
			y, m = num(b), num(a)
		default:
			return ymd{}, "", false
		}
		if m < 1 || m > 12 || y < 1000 || y > 2999 {
			return ymd{}, "", false
		}
		return ymd{y, m, 0}, dyad.PrecisionMonth, true
	case 3:
		a, b, c := parts[0], parts[1], parts[2]
		var v ymd
		switch {
		case len(a) == 4 && len(b) <= 2 && len(c) <= 2:
			v = ymd{num(a), num(b), num(c)}
		case len(a) <= 2 && len(b) <= 2 && (len(c) == 4 || len(c) == 2 && sep != '-'):
			v.y = num(c)
			if len(c) == 2 {
				v.y += 1900
				if v.y < 1970 {
					v.y += 100
				}
			}
			v.d, v.m = num(a), num(b)
			if r.order == "mdy" {
				v.d, v.m = v.m, v.d
			}
			if v.m > 12 || !validDay(v.y, v.m, v.d) {
				v.d, v.m = v.m, v.d
			}
		default:
			return ymd{}, "", false
		}
		if v.y < 1000 || v.y > 2999 || v.m < 1 || v.m > 12 || !validDay(v.y, v.m, v.d) {
			return ymd{}, "", false
		}
		return v, dyad.PrecisionDay, true
	}
	return ymd{}, "", false
}

// digits returns the number of leading ASCII digits of s.
func digits(s string) int {
	n := 0
	for n < len(s) && '0' <= s[n] && s[n] <= '9' {
		n++
	}
	return n
}

// parseYear parses a four-digit year within [lo, hi].
func parseYear(f string, lo, hi int) (int, bool) {
	if len(f) != 4 || digits(f) != 4 {
		return 0, false
	}
	y, _ := strconv.Atoi(f)
	return y, lo <= y && y <= hi
}

// mkExpr formats a date of the given precision; ok is false when the date is
// outside years 1 to 9999.
func mkExpr(v ymd, prec string, relative bool) (Expr, bool) {
	if v.y < 1 || v.y > 9999 {
		return Expr{}, false
	}
	var date string
	switch prec {
	case dyad.PrecisionYear:
		date = fmt.Sprintf("%04d", v.y)
	case dyad.PrecisionMonth:
		date = fmt.Sprintf("%04d-%02d", v.y, v.m)
	default:
		date = fmt.Sprintf("%04d-%02d-%02d", v.y, v.m, v.d)
	}
	return Expr{Date: date, Precision: prec, Relative: relative}, true
}

// dayExpr makes a relative day expression.
func dayExpr(t time.Time, relative bool) (Expr, bool) {
	return mkExpr(ymd{t.Year(), int(t.Month()), t.Day()}, dyad.PrecisionDay, relative)
}
