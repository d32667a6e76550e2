package normalize

import (
	_ "embed"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// Limits of the line rules, in bytes.
const (
	maxMetaLine   = 300 // longest line that can be metadata as a whole
	maxChromeLine = 160 // longest line that page furniture can drop
	maxPrefix     = 300 // how much of a line the prefix rules read
	maxCredit     = 60  // longest credit taken from a caption line
)

//go:embed noise.txt
var noiseData string

// phrases is a set of folded token sequences with a number each.
type phrases struct {
	m     map[string]int  // folded tokens joined by " " -> number
	first map[string]bool // the first word of every phrase
	max   int             // most tokens in a phrase
}

// match returns the number of tokens of the longest phrase at toks[at:] and
// its number, or 0, 0.
func (p *phrases) match(toks []dyad.Token, at int) (n, val int) {
	if at >= len(toks) || !p.first[toks[at].Fold] {
		return 0, 0
	}
	if v, ok := p.m[toks[at].Fold]; ok && p.max == 1 {
		return 1, v
	}
	for k := min(p.max, len(toks)-at); k > 0; k-- {
		var sb strings.Builder
		for i := at; i < at+k; i++ {
			if i > at {
				sb.WriteByte(' ')
			}
			sb.WriteString(toks[i].Fold)
		}
		if v, ok := p.m[sb.String()]; ok {
			return k, v
		}
	}
	return 0, 0
}

func (p *phrases) add(phrase string, val int) {
	words := dyad.FoldWords(phrase)
	if len(words) == 0 {
		return
	}
	if p.m == nil {
		p.m = map[string]int{}
		p.first = map[string]bool{}
	}
	p.m[strings.Join(words, " ")] = val
	p.first[words[0]] = true
	p.max = max(p.max, len(words))
}

// noiseLexicon holds the words of noise.txt by kind.
type noiseLexicon map[string]*phrases

// parseNoise reads noise.txt.
func parseNoise(data string) (noiseLexicon, error) {
	lex := noiseLexicon{}
	for _, kind := range []string{"caption", "byline", "correspondent", "label", "related", "source", "from", "chrome", "agency", "datefill", "month", "weekday"} {
		lex[kind] = &phrases{m: map[string]int{}, first: map[string]bool{}}
	}
	var errs dyad.ErrorList
	for no, line := range strings.Split(data, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		p := lex[f[0]]
		switch {
		case p == nil:
			errs.Add("noise.txt", no+1, "unknown kind %q", f[0])
		case f[0] == "month" || f[0] == "weekday":
			n, err := strconv.Atoi(f[min(1, len(f)-1)])
			if len(f) != 3 || err != nil {
				errs.Add("noise.txt", no+1, "want %s<TAB>number<TAB>names", f[0])
				continue
			}
			for _, a := range dyad.Alternatives(f[2]) {
				p.add(a, n)
			}
		case len(f) != 2:
			errs.Add("noise.txt", no+1, "want KIND<TAB>phrases")
		default:
			for _, a := range dyad.Alternatives(f[1]) {
				p.add(a, 1)
			}
		}
	}
	return lex, errs.Err()
}

// lexicon returns the parsed noise.txt; the file is part of the program and
// a test checks it, so an error here is a bug.
var lexicon = sync.OnceValue(func() noiseLexicon {
	lex, err := parseNoise(noiseData)
	if err != nil {
		panic(fmt.Sprintf("normalize: bad embedded noise.txt: %v", err))
	}
	return lex
})

// Dateline patterns, tried in order at the start of a paragraph.
var (
	word    = `(?:\p{Lu}[\p{L}\p{M}'.]*(?:-[\p{L}\p{M}]+)*|\p{Lo}[\p{Lo}\p{M}]*)`
	conn    = `(?:de|del|da|do|di|du|des|la|le|el|al|am|an|of|upon|sur|en|y|e|et|und)`
	place   = `(` + word + `(?:(?:\s+` + conn + `)?\s+` + word + `|/` + word + `){0,3})`
	region  = `(?:,\s*` + word + `(?:\s+` + word + `){0,2})?`
	date    = `(\d{1,2}(?:er|\.)?\s+\p{L}+\.?(?:\s+\d{4})?|\p{L}+\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)`
	agency  = `\(([^()]{1,40})\)`
	dashSep = `\s*-{1,3}\s+`
	// PARIS, 3 mars (AFP) - ; LA HAYA, 19 dic.- ; Пекин, 16 мая.
	datelineDate = regexp.MustCompile(`^` + place + region + `,\s*` + date + `(?:\s*` + agency + `)?(?:` + dashSep + `|\s+)`)
	// WASHINGTON (Reuters) - ; New Delhi (IANS)
	datelineAgency = regexp.MustCompile(`^` + place + region + `\s*` + agency + `(?:` + dashSep + `|\s+)`)
	// HARARE, Zimbabwe - ; Bangkok -
	datelineDash = regexp.MustCompile(`^` + place + region + `\s+-{1,3}\s+`)
	// ADDIS ABABA, (a line of its own)
	datelineLine = regexp.MustCompile(`^` + place + region + `\s*[,-]$`)
)

// stripNoise is pass 2: it drops or trims the lines of text that are
// metadata, and fills meta.
func stripNoise(text string, meta *Meta) (string, offsetMap) {
	b := newBuilder(len(text))
	prevEnd := 0
	for ls := 0; ls <= len(text); {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		s, e := cleanLine(text[ls:le], meta)
		if s < e {
			if b.buf.Len() > 0 {
				b.write("\n", prevEnd, prevEnd+1)
			}
			b.write(text[ls+s:ls+e], ls+s, ls+e)
			prevEnd = ls + e
		}
		ls = le + 1
	}
	return b.done()
}

// cleanLine returns the part [s, e) of a line to keep (s == e: none) and
// records what the removed parts say in meta.
func cleanLine(line string, meta *Meta) (s, e int) {
	lex := lexicon()
	head := line
	if len(head) > maxPrefix {
		head = head[:maxPrefix]
		for len(head) > 0 && !utf8.RuneStart(line[len(head)]) {
			head = head[:len(head)-1]
		}
	}
	toks := dyad.Tokenize(head, 0)
	p := 0 // first token kept
	// prefixes: scraper date tag, caption, speaker label, dateline
	for changed := true; changed && p < len(toks); {
		changed = false
		if q := dateTag(toks, p, meta); q > p {
			p, changed = q, true
		}
		if q, all := caption(line, toks, p, meta); q > p || all {
			if all {
				return 0, 0
			}
			p, changed = q, true
		}
		if n, _ := lex["label"].match(toks, p); n > 0 && p+n < len(toks) && toks[p+n].Text == ":" {
			p, changed = p+n+1, true
		}
		if q := dateline(line, toks, p, meta); q > p {
			p, changed = q, true
		}
		if q := parenPrefix(line, toks, p, meta); q > p {
			p, changed = q, true
		}
	}
	if p >= len(toks) {
		return 0, 0
	}
	s = toks[p].Span.Start
	rest := line[s:]
	if len(rest) <= maxMetaLine && metaLine(rest, meta) {
		return 0, 0
	}
	e = trailingCredit(line, s, meta)
	for e > s && line[e-1] == ' ' {
		e--
	}
	if !hasWord(line[s:e]) {
		return 0, 0
	}
	return s, e
}

// dateTag skips a scraper's " date 2024-06" tag at toks[p], setting
// meta.Published.
func dateTag(toks []dyad.Token, p int, meta *Meta) int {
	if p+1 >= len(toks) || toks[p].Fold != "date" {
		return p
	}
	d := isoDate(toks[p+1].Text)
	if d == "" {
		return p
	}
	if meta.Published == "" {
		meta.Published = d
	}
	return p + 2
}

// caption handles a caption or credit at toks[p]: "Photo : YONHAP News". It
// returns the first token after it, and all=true when the whole line goes.
func caption(line string, toks []dyad.Token, p int, meta *Meta) (int, bool) {
	lex := lexicon()
	n, _ := lex["caption"].match(toks, p)
	if n == 0 {
		return p, false
	}
	q := p + n
	if q < len(toks) && isSep(toks[q].Text) {
		q++
	} else if n == 1 {
		return p, false // "Photo" alone may start a sentence
	}
	if q >= len(toks) {
		return q, true
	}
	rest := line[toks[q].Span.Start:]
	if len(rest) <= maxMetaLine {
		setCredit(meta, creditOf(rest))
		return len(toks), true
	}
	// a caption glued to the story: take the credit words only
	end := q
	if k, _ := lex["agency"].match(toks, q); k > 0 {
		end = q + k
	} else {
		for end < len(toks) && end < q+4 && isAllCaps(toks[end].Text) {
			end++
		}
	}
	if end == q {
		return p, false
	}
	setCredit(meta, line[toks[q].Span.Start:toks[end-1].Span.End])
	return end, false
}

// creditOf returns the credit in the text after a caption word: a closing
// "(Agency)", or the text itself up to a period when it is short.
func creditOf(rest string) string {
	rest = strings.TrimSpace(rest)
	if strings.HasSuffix(rest, ")") {
		if i := strings.LastIndexByte(rest, '('); i >= 0 && len(rest)-i <= maxCredit {
			return strings.TrimSpace(rest[i+1 : len(rest)-1])
		}
	}
	if i := strings.IndexAny(rest, ".;"); i > 0 {
		rest = rest[:i]
	}
	rest = strings.TrimSpace(rest)
	if len(rest) > maxCredit {
		return ""
	}
	return rest
}

// dateline removes a dateline at toks[p], the start of a paragraph, and sets
// meta.Dateline. It returns the first token after it.
func dateline(line string, toks []dyad.Token, p int, meta *Meta) int {
	if p >= len(toks) {
		return p
	}
	off := toks[p].Span.Start
	text := line[off:]
	if len(text) > 160 {
		text = text[:160]
	}
	// every dateline has a comma, a parenthesis or a dash after a place name
	// of a few words
	if i := strings.IndexAny(text, ",(-"); i < 0 || i > 60 {
		return p
	}
	var m []int
	agencyGroup := -1 // index in m of the agency group
	if m = datelineDate.FindStringSubmatchIndex(text); m != nil {
		agencyGroup = 6
		if d := text[m[4]:m[5]]; !hasMonth(d) && !strings.ContainsAny(d, "/.") {
			m = nil // "Paris, 3 ans plus tard" holds no date
		}
	}
	if m == nil {
		if m = datelineAgency.FindStringSubmatchIndex(text); m != nil {
			agencyGroup = 4
		}
	}
	if m == nil {
		// "Bangkok - Nach ...", but not a headline "Ukraine - Russie : ..."
		if m = datelineDash.FindStringSubmatchIndex(text); m != nil {
			body := line[off+m[1]:]
			if !isAllCaps(strings.ReplaceAll(text[m[2]:m[3]], " ", "")) && (len(body) < 100 || !strings.Contains(body, ". ") && !strings.HasSuffix(body, ".")) {
				m = nil
			}
		}
	}
	if m == nil && p == 0 {
		// a line of its own, in capitals: "ADDIS ABABA,"
		if m = datelineLine.FindStringSubmatchIndex(line[off:]); m != nil {
			if pl := line[off+m[2] : off+m[3]]; !isAllCaps(strings.ReplaceAll(pl, " ", "")) {
				m = nil
			}
		}
	}
	if m == nil {
		return p
	}
	end := off + m[1]
	if end < len(line) {
		r, _ := utf8.DecodeRuneInString(line[end:])
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || unicode.IsLetter(r) && !unicode.IsLower(r)) {
			return p
		}
	}
	pl := line[off+m[2] : off+m[3]]
	if lexicon()["agency"].m[dyad.Fold(pl)] != 0 {
		return p // "AFP - ..." is a credit, not a place
	}
	if meta.Dateline == "" {
		meta.Dateline = pl
	}
	if agencyGroup >= 0 && m[agencyGroup] >= 0 {
		setCredit(meta, line[off+m[agencyGroup]:off+m[agencyGroup+1]])
	}
	q := p
	for q < len(toks) && toks[q].Span.Start < end {
		q++
	}
	if q == len(toks) && end < len(line) {
		return p // the prefix reader stopped inside the dateline
	}
	return q
}

// parenPrefix removes a short parenthesis that opens a paragraph before a
// capital: a source, "(MENAFN- Daily News Egypt) On ...", or a place, "(San
// Cristobal) Le Venezuela ...". It returns the first token after it.
func parenPrefix(line string, toks []dyad.Token, p int, meta *Meta) int {
	if p >= len(toks) || toks[p].Text != "(" {
		return p
	}
	c := p + 1
	for c < len(toks) && c < p+10 && toks[c].Text != ")" {
		c++
	}
	if c >= len(toks)-1 || toks[c].Text != ")" || c == p+1 || !isCap(toks[c+1].Text) {
		return p
	}
	inner := line[toks[p+1].Span.Start:toks[c-1].Span.End]
	if len(inner) > 50 {
		return p
	}
	agency := false
	for i := p + 1; i < c; i++ {
		if n, _ := lexicon()["agency"].match(toks, i); n > 0 {
			agency = true
		}
	}
	switch {
	case agency:
		setCredit(meta, inner)
	case strings.ContainsAny(inner, "-:"): // an editor's note
	default:
		for i := p + 1; i < c; i++ {
			if !isCap(toks[i].Text) && !isNameJoin(toks[i].Fold) {
				return p
			}
		}
		if meta.Dateline == "" {
			meta.Dateline = inner
		}
	}
	return c + 1
}

// metaLine reports whether a short line is metadata as a whole, recording
// what it says in meta.
func metaLine(line string, meta *Meta) bool {
	lex := lexicon()
	toks := dyad.Tokenize(line, 0)
	if !hasWord(line) {
		return true
	}
	if n, _ := lex["related"].match(toks, 0); n > 0 {
		return true
	}
	if n, _ := lex["correspondent"].match(toks, 0); n > 0 && onlyPunct(toks[n:]) {
		return true
	}
	if byline(line, toks, meta) {
		return true
	}
	if paren(line, toks, meta) {
		return true
	}
	if len(line) <= maxChromeLine {
		for i := range toks {
			if n, _ := lex["chrome"].match(toks, i); n > 0 {
				if d := parseDate(toks); d != "" && meta.Published == "" {
					meta.Published = d
				}
				if k, _ := lex["agency"].match(toks, 0); k > 0 {
					setCredit(meta, line[:toks[k-1].Span.End])
				}
				return true
			}
		}
	}
	return dateLine(line, toks, meta)
}

// byline recognizes "Par Jean Dupont", "By Jane Doe, Reuters" and "Caroline
// Popovic •".
func byline(line string, toks []dyad.Token, meta *Meta) bool {
	lex := lexicon()
	n, _ := lex["byline"].match(toks, 0)
	start := n
	names := 0
	i := start
	for ; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.Text == "," && i+1 < len(toks) && startsAgency(toks, i+1):
			goto done
		case isCap(t.Text):
			names++
		case isNameJoin(t.Fold):
		default:
			goto done
		}
	}
done:
	end := i
	if names < 2 && !(n > 0 && names == 1 && isAllCaps(toks[start].Text)) {
		return false
	}
	// what may follow the names: ", Agency", "(Agency)", "/ Agency", "•"
	credit := ""
	if i < len(toks) && (toks[i].Text == "," || toks[i].Text == "/" || toks[i].Text == "(" || toks[i].Text == "|" || toks[i].Text == "-") {
		if k, _ := lex["agency"].match(toks, i+1); k > 0 {
			credit = line[toks[i+1].Span.Start:toks[i+k].Span.End]
			i += 1 + k
			if i < len(toks) && toks[i].Text == ")" {
				i++
			}
		}
	}
	bullet := false
	for ; i < len(toks) && (toks[i].Text == "•" || toks[i].Text == "|" || toks[i].Text == "·"); i++ {
		bullet = true
	}
	if i < len(toks) || (n == 0 && !bullet) {
		return false
	}
	for end > start && isNameJoin(toks[end-1].Fold) {
		end--
	}
	if meta.Byline == "" {
		meta.Byline = line[toks[start].Span.Start:toks[end-1].Span.End]
	}
	setCredit(meta, credit)
	return true
}

func startsAgency(toks []dyad.Token, i int) bool {
	n, _ := lexicon()["agency"].match(toks, i)
	return n > 0
}

// paren recognizes a line that is only "(Agency)" or "© Agency 2024".
func paren(line string, toks []dyad.Token, meta *Meta) bool {
	lex := lexicon()
	i := 0
	for i < len(toks) && (toks[i].Text == "(" || toks[i].Text == "©" || toks[i].Fold == "c" && i+1 < len(toks) && toks[i+1].Text == ")") {
		i++
	}
	k, _ := lex["agency"].match(toks, i)
	if k == 0 {
		return false
	}
	for _, t := range toks[i+k:] {
		if !isPunct(t.Text) && !isYear(t.Text) {
			return false
		}
	}
	setCredit(meta, line[toks[i].Span.Start:toks[i+k-1].Span.End])
	return true
}

// dateLine recognizes lines made of dates, times, weekdays, agencies and
// credits: "June 07, 2003|From Associated Press", "lun, 01/07/2024 - 19:29",
// "Source: Xinhua | 03-05-2009 07:51", "30. August 2008, 13:29".
func dateLine(line string, toks []dyad.Token, meta *Meta) bool {
	lex := lexicon()
	var credit string
	dates, explicit := 0, false
	for i := 0; i < len(toks); {
		t := toks[i]
		if n, _ := lex["agency"].match(toks, i); n > 0 {
			if credit == "" {
				credit = line[t.Span.Start:toks[i+n-1].Span.End]
			}
			i += n
			continue
		}
		if n, _ := lex["source"].match(toks, i); n > 0 && (i+n == len(toks) || isSep(toks[i+n].Text)) {
			j := i + n + 1
			k := j
			for k < len(toks) && (isCap(toks[k].Text) || isNameJoin(toks[k].Fold)) && !isMonthTok(toks, k) {
				k++
			}
			if k > j && credit == "" {
				credit = line[toks[j].Span.Start:toks[k-1].Span.End]
			}
			explicit = true
			i = max(k, j)
			continue
		}
		if n, _ := lex["from"].match(toks, i); n > 0 {
			j := i + n
			k := j
			for k < len(toks) && isCap(toks[k].Text) && !isMonthTok(toks, k) {
				k++
			}
			if k > j {
				if credit == "" {
					credit = line[toks[j].Span.Start:toks[k-1].Span.End]
				}
				i = k
				continue
			}
		}
		if n, _ := lex["datefill"].match(toks, i); n > 0 {
			i += n
			continue
		}
		if n, _ := lex["month"].match(toks, i); n > 0 {
			dates++
			i += n
			continue
		}
		if n, _ := lex["weekday"].match(toks, i); n > 0 {
			i += n
			continue
		}
		switch {
		case isPunct(t.Text):
		case isClock(t.Text), isoDate(t.Text) != "", numericDate(t.Text) != "" || isNumericDate(t.Text):
			dates += 2
		case isNumber(t.Text):
			dates++
		default:
			return false
		}
		i++
	}
	if dates < 2 && !(explicit && credit != "") {
		return false
	}
	if d := parseDate(toks); d != "" && meta.Published == "" {
		meta.Published = d
	}
	setCredit(meta, credit)
	return true
}

// trailingCredit returns the end of the line without a credit at its end:
// "... gunfight.(AP: Dar Yasin)", "... [File: Ted Aljibe/AFP]",
// "... 2015. PHOTO | SAMIR BOL | AFP.". s is where the kept text starts.
func trailingCredit(line string, s int, meta *Meta) int {
	lex := lexicon()
	end := strings.TrimRight(line, " .")
	if !strings.HasSuffix(end, ")") && !strings.HasSuffix(end, "]") &&
		!strings.ContainsAny(end[min(max(s, len(end)-150), len(end)):], ":|/©") {
		return len(line) // no bracket, no caption separator: nothing to take
	}
	tail := line[s:]
	base := s
	if len(tail) > maxPrefix {
		base = len(line) - maxPrefix
		for base < len(line) && !utf8.RuneStart(line[base]) {
			base++
		}
		tail = line[base:]
	}
	toks := dyad.Tokenize(tail, base)
	n := len(toks)
	for n > 0 && toks[n-1].Text == "." {
		n--
	}
	if n == 0 {
		return len(line)
	}
	// a bracketed credit at the end
	if last := toks[n-1].Text; last == ")" || last == "]" {
		for o := n - 2; o >= 0 && o >= n-16; o-- {
			if t := toks[o].Text; t == "(" || t == "[" {
				inner := toks[o+1 : n-1]
				kc, _ := lex["caption"].match(inner, 0)
				ka, _ := lex["agency"].match(inner, 0)
				switch {
				case len(inner) == 0:
				case kc > 0 && kc < len(inner) && isSep(inner[kc].Text) && kc+1 < len(inner):
					setCredit(meta, line[inner[kc+1].Span.Start:inner[len(inner)-1].Span.End])
					return toks[o].Span.Start
				case ka > 0 && (ka == len(inner) || isSep(inner[ka].Text)):
					setCredit(meta, line[inner[0].Span.Start:inner[ka-1].Span.End])
					return toks[o].Span.Start
				}
				break
			}
		}
	}
	// a caption credit after the last sentence
	for q := n - 2; q > 0 && q >= n-24; q-- {
		if t := toks[q-1].Text; t != "." && t != "!" && t != "?" && t != ")" {
			continue
		}
		kc, _ := lex["caption"].match(toks[:n], q)
		if kc == 0 || q+kc >= n || !isSep(toks[q+kc].Text) {
			continue
		}
		setCredit(meta, creditOf(line[toks[q+kc].Span.End:toks[n-1].Span.End]))
		return toks[q].Span.Start
	}
	return len(line)
}

// parseDate finds a date in toks: "2024-06-20", "01/07/2024" (day first),
// "27 août 2015", "August 27, 2015", "30. August 2008", "juin 2024". It
// returns YYYY-MM-DD, YYYY-MM or "".
func parseDate(toks []dyad.Token) string {
	lex := lexicon()
	year := ""
	for _, t := range toks {
		if d := isoDate(t.Text); d != "" {
			return d
		}
		if d := numericDate(t.Text); d != "" {
			return d
		}
		if year == "" && isYear(t.Text) {
			year = t.Text
		}
	}
	for i := range toks {
		n, month := lex["month"].match(toks, i)
		if n == 0 {
			continue
		}
		day := 0
		if i > 0 && isDay(toks[i-1].Text) {
			day, _ = strconv.Atoi(toks[i-1].Text)
		} else if i > 1 && toks[i-1].Text == "." && isDay(toks[i-2].Text) {
			day, _ = strconv.Atoi(toks[i-2].Text)
		} else if j := i + n; j < len(toks) && isDay(toks[j].Text) {
			day, _ = strconv.Atoi(toks[j].Text)
		} else if j := i + n + 1; j < len(toks) && toks[j-1].Text == "." && isDay(toks[j].Text) {
			day, _ = strconv.Atoi(toks[j].Text)
		}
		if year == "" {
			return ""
		}
		if day == 0 {
			return fmt.Sprintf("%s-%02d", year, month)
		}
		return fmt.Sprintf("%s-%02d-%02d", year, month, day)
	}
	return ""
}

// hasMonth reports whether s holds a month name.
func hasMonth(s string) bool {
	toks := dyad.Tokenize(s, 0)
	for i := range toks {
		if isMonthTok(toks, i) {
			return true
		}
	}
	return false
}

func isMonthTok(toks []dyad.Token, i int) bool {
	n, _ := lexicon()["month"].match(toks, i)
	return n > 0
}

var (
	isoRe     = regexp.MustCompile(`^((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?$`)
	numericRe = regexp.MustCompile(`^(\d{1,4})([/.-])(\d{1,2})[/.-](\d{2,4})$`)
	clockRe   = regexp.MustCompile(`^\d{1,2}(?::|h)\d\d(?::\d\d)?$`)
)

// isoDate returns "YYYY-MM-DD" or "YYYY-MM" for such a token, else "".
func isoDate(s string) string {
	m := isoRe.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	mo, _ := strconv.Atoi(m[2])
	if mo < 1 || mo > 12 {
		return ""
	}
	if m[3] == "" {
		return m[1] + "-" + m[2]
	}
	if d, _ := strconv.Atoi(m[3]); d < 1 || d > 31 {
		return ""
	}
	return m[0]
}

// numericDate reads "01/07/2024", "30.08.2008", "2024/07/01" and
// "25-12-2009". Slashes and periods put the day first, as news outside the
// United States does; with hyphens only an unambiguous date is read.
func numericDate(s string) string {
	m := numericRe.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[3])
	c, _ := strconv.Atoi(m[4])
	var y, mo, d int
	switch {
	case len(m[1]) == 4:
		y, mo, d = a, b, c
	case len(m[4]) == 4:
		y, d, mo = c, a, b
		if m[2] == "-" && a <= 12 && b <= 12 && a != b {
			return ""
		}
		if mo > 12 && d <= 12 {
			d, mo = mo, d
		}
	default:
		return ""
	}
	if y < 1900 || y > 2099 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
}

// isNumericDate reports a token shaped like a numeric date, even one
// numericDate will not read.
func isNumericDate(s string) bool { return numericRe.MatchString(s) }

func isClock(s string) bool { return clockRe.MatchString(s) }

func isYear(s string) bool {
	if len(s) != 4 || !isNumber(s) {
		return false
	}
	y, _ := strconv.Atoi(s)
	return y >= 1900 && y <= 2099
}

func isDay(s string) bool {
	if len(s) > 2 || !isNumber(s) {
		return false
	}
	d, _ := strconv.Atoi(s)
	return d >= 1 && d <= 31
}

func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isSep(s string) bool {
	return s == ":" || s == "|" || s == "/" || s == "©" || s == "-"
}

func isPunct(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return utf8.RuneCountInString(s) == 1 && (unicode.IsPunct(r) || unicode.IsSymbol(r))
}

func onlyPunct(toks []dyad.Token) bool {
	for _, t := range toks {
		if !isPunct(t.Text) {
			return false
		}
	}
	return true
}

// isCap reports a word that starts with a capital, or with a letter of a
// script without case.
func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r)
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// isNameJoin reports the small words and marks inside a list of names:
// "Jean de La Fontaine", "Jane Doe and John Roe".
func isNameJoin(fold string) bool {
	switch fold {
	case "de", "du", "des", "la", "le", "van", "von", "der", "den", "al", "el", "bin", "ben", "ibn", "da", "di", "dos", "do",
		"y", "e", "et", "and", "und", "&", ",", "-", "'":
		return true
	}
	return false
}

func hasWord(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// setCredit records the first credit found.
func setCredit(meta *Meta, credit string) {
	credit = strings.Trim(credit, " .,;:|-/")
	if meta.Credit == "" && credit != "" {
		meta.Credit = credit
	}
}
