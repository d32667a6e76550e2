package actor

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// ErrUnknownLanguage reports a language with neither actor files nor CLDR
// country names.
var ErrUnknownLanguage = errors.New("no actor lexicon for language")

// kind is the kind of a dictionary entry.
type kind uint8

const (
	kCountry kind = iota // a country name
	kDemonym             // a demonym adjective (also a noun when capitalised, in @capnoun languages)
	kNoun                // a demonym that is only a noun ("Russians", "Britons")
	kSeat                // a capital or seat of power
	kPlace               // another city or region
	kIGO                 // an organisation
	kGroup               // a non-state or party actor
	kPerson              // a named person
	kTitle               // an office or group noun
	kBlock               // a phrase that names no actor ("Amérique latine")
	nKinds
)

// class groups the kinds whose phrases must not point at two different
// referents: a phrase may be both a country and a demonym, but not two
// countries.
var class = [nKinds]int{kCountry: 0, kSeat: 0, kPlace: 0, kDemonym: 1, kNoun: 1, kIGO: 2, kGroup: 3, kPerson: 4, kTitle: 5, kBlock: 0}

// caps says what letter case a phrase word demands of a token.
type caps uint8

const (
	capsAny     caps = iota
	capsInitial      // the token starts with an upper-case letter ("Turkey", "Poutine")
	capsAll          // the token has no lower-case letter ("US", "ONU", "U.S.")
)

// entry is one phrase of the dictionary.
type entry struct {
	words  []string // folded tokens
	caps   []caps
	kind   kind
	ref    string // ISO3, IGO id, group or person index, or title sector
	sector string // seats: GOV or MIL
	place  string // seats and places: the first name of the record
	file   string
	line   int
}

type country struct{ iso3, iso2, cameo, name string }

type igo struct{ id, cameo, name string }

type group struct{ name, country, sector, code string }

type term struct{ actor, sector, role, from, to string }

type person struct {
	name  string
	terms []term
}

// Dict is the actor dictionary of one language: countries, demonyms, seats
// of power, places, organisations, groups, people and titles, indexed by
// their first folded word. A Dict is safe for concurrent use by Find.
type Dict struct {
	lang      string
	countries map[string]*country // by ISO3
	igos      map[string]*igo     // by id
	groups    []*group
	people    []*person
	index     map[string][]*entry // by first folded word, longest first

	// settings from titles.txt (see docs/lexicon.md)
	of, det, poss, coord map[string]bool // @of, @det, @poss, @coord
	former               map[string]bool // @former: "ancien", "former"
	collective           map[string]bool // @collective: words after "the French"
	particle             map[string]bool // @particle: "al", "bin" inside names
	after                bool            // @order after: demonyms follow titles (fr)
	capNoun              bool            // @capnoun yes: a capitalised demonym is a noun (fr)
	genitive             bool            // @genitive yes: a title takes its actor with no link word ("президент России")

	seen    map[string]*entry // phrase key -> first entry, for conflicts
	persons map[string]int    // canonical person name -> index
}

// Load reads the actor lexicon of lang from fsys: world/countries.tsv,
// world/igos.tsv, world/groups.tsv, every world/people*.tsv and
// <lang>/{countries,demonyms,seats,places,igos,titles}.txt, plus the CLDR
// country names of lang. Missing people and group files are not errors.
// Errors are reported as a dyad.ErrorList of file:line messages; a phrase
// that names two different countries (organisations, groups, people) is one.
func Load(fsys fs.FS, lang string) (*Dict, error) {
	d := &Dict{
		lang:       lang,
		countries:  map[string]*country{},
		igos:       map[string]*igo{},
		index:      map[string][]*entry{},
		of:         map[string]bool{},
		det:        map[string]bool{},
		poss:       map[string]bool{},
		coord:      map[string]bool{},
		former:     map[string]bool{},
		collective: map[string]bool{},
		particle:   map[string]bool{},
		seen:       map[string]*entry{},
		persons:    map[string]int{},
	}
	var errs dyad.ErrorList
	if !hasLangFiles(fsys, lang) && cldrNamer(lang) == nil {
		return nil, fmt.Errorf("load actors %q: %w", lang, ErrUnknownLanguage)
	}
	d.loadCountries(fsys, &errs)
	d.loadIGOs(fsys, &errs)
	if len(errs) > 0 { // later files refer to these two
		return nil, errs
	}
	d.loadNames(fsys, lang+"/countries.txt", kCountry, &errs)
	d.loadNames(fsys, lang+"/seats.txt", kSeat, &errs)
	d.loadNames(fsys, lang+"/places.txt", kPlace, &errs)
	d.loadDemonyms(fsys, lang+"/demonyms.txt", &errs)
	d.loadLangIGOs(fsys, lang+"/igos.txt", &errs)
	d.loadTitles(fsys, lang+"/titles.txt", &errs)
	d.loadGroups(fsys, "world/groups.tsv", &errs)
	people, _ := fs.Glob(fsys, "world/people*.tsv")
	sort.Strings(people)
	for _, p := range people {
		d.loadPeople(fsys, p, &errs)
	}
	d.loadCLDR(lang)
	if len(errs) > 0 {
		return nil, errs
	}
	for k, es := range d.index {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].words) > len(es[j].words) })
		d.index[k] = es
	}
	d.seen, d.persons = nil, nil
	return d, nil
}

// readFile reads a lexicon file; a missing optional file gives no lines.
func readFile(fsys fs.FS, name string, optional bool, errs *dyad.ErrorList) []dyad.Line {
	lines, err := dyad.ReadLines(fsys, name)
	if err != nil {
		if optional && errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		var e *dyad.Error
		if errors.As(err, &e) {
			*errs = append(*errs, e)
		} else {
			errs.Add(name, 0, "%v", err)
		}
		return nil
	}
	var out []dyad.Line
	for _, l := range lines {
		if !l.Indent { // indented lines are notes on the record above
			out = append(out, l)
		}
	}
	return out
}

func (d *Dict) loadCountries(fsys fs.FS, errs *dyad.ErrorList) {
	const name = "world/countries.tsv"
	for _, l := range readFile(fsys, name, false, errs) {
		if len(l.Fields) != 4 {
			errs.Add(name, l.No, "want 4 fields (ISO3 ISO2 CAMEO name), have %d", len(l.Fields))
			continue
		}
		c := &country{iso3: l.Fields[0], iso2: l.Fields[1], cameo: l.Fields[2], name: l.Fields[3]}
		if !isUpper(c.iso3, 3) || !isUpper(c.iso2, 2) || !isUpper(c.cameo, 3) {
			errs.Add(name, l.No, "bad code in %q %q %q", c.iso3, c.iso2, c.cameo)
			continue
		}
		if _, dup := d.countries[c.iso3]; dup {
			errs.Add(name, l.No, "duplicate country %s", c.iso3)
			continue
		}
		d.countries[c.iso3] = c
	}
}

func (d *Dict) loadIGOs(fsys fs.FS, errs *dyad.ErrorList) {
	const name = "world/igos.tsv"
	for _, l := range readFile(fsys, name, false, errs) {
		if len(l.Fields) != 3 {
			errs.Add(name, l.No, "want 3 fields (ID CAMEO name), have %d", len(l.Fields))
			continue
		}
		g := &igo{id: l.Fields[0], cameo: l.Fields[1], name: l.Fields[2]}
		if _, dup := d.igos[g.id]; dup {
			errs.Add(name, l.No, "duplicate organisation %s", g.id)
			continue
		}
		d.igos[g.id] = g
	}
}

// loadNames reads an `ISO3  names  [SECTOR]` file of countries, seats or
// places. In countries.txt, ISO3 "-" lists phrases that name no country.
func (d *Dict) loadNames(fsys fs.FS, name string, k kind, errs *dyad.ErrorList) {
	for _, l := range readFile(fsys, name, true, errs) {
		if len(l.Fields) < 2 || len(l.Fields) > 3 || (len(l.Fields) == 3 && k != kSeat) {
			errs.Add(name, l.No, "want ISO3 and names, have %d fields", len(l.Fields))
			continue
		}
		iso, k := l.Fields[0], k
		if iso == "-" && k == kCountry {
			k = kBlock
		} else if d.countries[iso] == nil {
			errs.Add(name, l.No, "unknown country %q", iso)
			continue
		}
		sector := ""
		if k == kSeat {
			sector = "GOV"
			if len(l.Fields) == 3 {
				sector = l.Fields[2]
			}
		}
		names := dyad.Alternatives(l.Fields[1])
		for _, p := range names {
			d.add(&entry{kind: k, ref: iso, sector: sector, place: names[0], file: name, line: l.No}, p, errs)
		}
	}
}

// loadDemonyms reads `ISO3  forms  [nouns]`; `IGO:<ID>` instead of ISO3
// gives an organisation's adjective ("onusien", "European").
func (d *Dict) loadDemonyms(fsys fs.FS, name string, errs *dyad.ErrorList) {
	for _, l := range readFile(fsys, name, true, errs) {
		if len(l.Fields) < 2 || len(l.Fields) > 3 {
			errs.Add(name, l.No, "want ISO3, forms and optional nouns, have %d fields", len(l.Fields))
			continue
		}
		iso := l.Fields[0]
		if id, ok := strings.CutPrefix(iso, "IGO:"); ok && d.igos[id] == nil || !ok && d.countries[iso] == nil {
			errs.Add(name, l.No, "unknown country or organisation %q", iso)
			continue
		}
		for _, p := range dyad.Alternatives(l.Fields[1]) {
			d.add(&entry{kind: kDemonym, ref: iso, file: name, line: l.No}, p, errs)
		}
		if len(l.Fields) == 3 {
			for _, p := range dyad.Alternatives(l.Fields[2]) {
				d.add(&entry{kind: kNoun, ref: iso, file: name, line: l.No}, p, errs)
			}
		}
	}
}

func (d *Dict) loadLangIGOs(fsys fs.FS, name string, errs *dyad.ErrorList) {
	for _, l := range readFile(fsys, name, true, errs) {
		if len(l.Fields) != 2 {
			errs.Add(name, l.No, "want ID and names, have %d fields", len(l.Fields))
			continue
		}
		if d.igos[l.Fields[0]] == nil {
			errs.Add(name, l.No, "unknown organisation %q (not in world/igos.tsv)", l.Fields[0])
			continue
		}
		for _, p := range dyad.Alternatives(l.Fields[1]) {
			d.add(&entry{kind: kIGO, ref: l.Fields[0], file: name, line: l.No}, p, errs)
		}
	}
}

// loadTitles reads `SECTOR  titles` records and `@key  words` settings.
func (d *Dict) loadTitles(fsys fs.FS, name string, errs *dyad.ErrorList) {
	for _, l := range readFile(fsys, name, true, errs) {
		if len(l.Fields) != 2 {
			errs.Add(name, l.No, "want SECTOR and titles, have %d fields", len(l.Fields))
			continue
		}
		key, val := l.Fields[0], l.Fields[1]
		set := func(m map[string]bool) {
			for _, w := range dyad.Alternatives(val) {
				m[dyad.Fold(w)] = true // one token each: "l'", "'s"
			}
		}
		switch key {
		case "@of":
			set(d.of)
		case "@det":
			set(d.det)
		case "@poss":
			set(d.poss)
		case "@coord":
			set(d.coord)
		case "@former":
			set(d.former)
		case "@collective":
			set(d.collective)
		case "@particle":
			set(d.particle)
		case "@order":
			switch val {
			case "after":
				d.after = true
			case "before":
				d.after = false
			default:
				errs.Add(name, l.No, "@order is before or after, not %q", val)
			}
		case "@capnoun":
			d.capNoun = val == "yes"
		case "@genitive":
			d.genitive = val == "yes"
		default:
			if strings.HasPrefix(key, "@") {
				errs.Add(name, l.No, "unknown setting %s", key)
				continue
			}
			if !isUpper(key, 3) {
				errs.Add(name, l.No, "bad sector %q", key)
				continue
			}
			for _, p := range dyad.Alternatives(val) {
				d.add(&entry{kind: kTitle, ref: key, file: name, line: l.No}, p, errs)
			}
		}
	}
}

// loadGroups reads `names  country  sector  [code]`; country "-" is a
// transnational group whose code defaults to IMG + sector.
func (d *Dict) loadGroups(fsys fs.FS, name string, errs *dyad.ErrorList) {
	for _, l := range readFile(fsys, name, true, errs) {
		if len(l.Fields) < 3 || len(l.Fields) > 4 {
			errs.Add(name, l.No, "want names, country, sector and optional code, have %d fields", len(l.Fields))
			continue
		}
		names := dyad.Alternatives(l.Fields[0])
		g := &group{name: names[0], country: l.Fields[1], sector: l.Fields[2]}
		switch {
		case g.country == "-":
			g.country, g.code = "", "IMG"+g.sector
		case d.countries[g.country] == nil:
			errs.Add(name, l.No, "unknown country %q", g.country)
			continue
		default:
			g.code = d.countries[g.country].cameo + g.sector
		}
		if len(l.Fields) == 4 {
			g.code = l.Fields[3]
		}
		d.groups = append(d.groups, g)
		ref := fmt.Sprint(len(d.groups) - 1)
		for _, p := range names {
			d.add(&entry{kind: kGroup, ref: ref, file: name, line: l.No}, p, errs)
		}
	}
}

// loadPeople reads `names  actor  sector  role  from  to`. Empty fields may
// be missing: after the sector, fields that look like dates are from and to.
func (d *Dict) loadPeople(fsys fs.FS, name string, errs *dyad.ErrorList) {
	for _, l := range readFile(fsys, name, true, errs) {
		if len(l.Fields) < 2 {
			errs.Add(name, l.No, "want names, actor, sector, role, from, to; have %d fields", len(l.Fields))
			continue
		}
		names := dyad.Alternatives(l.Fields[0])
		if len(names) == 0 {
			errs.Add(name, l.No, "no name")
			continue
		}
		t := term{actor: l.Fields[1]}
		var dates []string
		for i, f := range l.Fields[2:] {
			switch {
			case f == "-":
			case isDate(f):
				dates = append(dates, f)
			case i == 0 && isUpper(f, 3):
				t.sector = f
			default:
				t.role = f
			}
		}
		if len(dates) > 2 {
			errs.Add(name, l.No, "more than two dates")
			continue
		}
		if len(dates) > 0 {
			t.from = dates[0]
		}
		if len(dates) > 1 {
			t.to = dates[1]
		}
		if id, ok := strings.CutPrefix(t.actor, "IGO:"); ok {
			if id == "" {
				errs.Add(name, l.No, "empty organisation id")
				continue
			}
		} else if d.countries[t.actor] == nil {
			errs.Add(name, l.No, "unknown actor %q (want ISO3 or IGO:<ID>)", t.actor)
			continue
		}
		idx, ok := d.persons[names[0]]
		if !ok {
			idx = len(d.people)
			d.people = append(d.people, &person{name: names[0]})
			d.persons[names[0]] = idx
		}
		p := d.people[idx]
		p.terms = append(p.terms, t)
		for _, n := range names {
			d.add(&entry{kind: kPerson, ref: fmt.Sprint(idx), file: name, line: l.No}, n, errs)
		}
	}
}

// langFiles are the per-language files Load reads.
var langFiles = []string{"countries", "demonyms", "seats", "places", "igos", "titles"}

// hasLangFiles reports whether fsys has any actor file for lang.
func hasLangFiles(fsys fs.FS, lang string) bool {
	for _, f := range langFiles {
		if _, err := fs.Stat(fsys, path.Join(lang, f+".txt")); err == nil {
			return true
		}
	}
	return false
}

// cldrNamer returns the CLDR region namer of lang, or nil.
func cldrNamer(lang string) display.Namer {
	tag, err := language.Parse(lang)
	if err != nil {
		return nil
	}
	if b, conf := tag.Base(); conf == language.No || b.String() != lang {
		return nil
	}
	return display.Regions(tag)
}

// loadCLDR adds the CLDR country names of lang that the files did not give.
func (d *Dict) loadCLDR(lang string) {
	namer := cldrNamer(lang)
	if namer == nil {
		return
	}
	for _, c := range d.countries {
		r, err := language.ParseRegion(c.iso2)
		if err != nil {
			continue
		}
		n := namer.Name(r)
		if n == "" {
			continue
		}
		alts := []string{n}
		if i := strings.Index(n, " ("); i > 0 && strings.HasSuffix(n, ")") { // "Myanmar (Burma)"
			alts = []string{n[:i], n[i+2 : len(n)-1]}
		}
		for _, a := range alts {
			e := &entry{kind: kCountry, ref: c.iso3, file: "CLDR " + lang}
			e.words, e.caps = phrase(a)
			if len(e.words) == 0 {
				continue
			}
			if prev := d.seen[key(e)]; prev != nil && (prev.ref != e.ref || d.has(e)) {
				continue // the lexicon files win over CLDR
			}
			d.insert(e)
		}
	}
}

// add indexes phrase p for e, reporting a conflict with an earlier entry of
// the same class that points elsewhere.
func (d *Dict) add(e *entry, p string, errs *dyad.ErrorList) {
	e2 := *e
	e2.words, e2.caps = phrase(p)
	if len(e2.words) == 0 {
		errs.Add(e.file, e.line, "empty phrase %q", p)
		return
	}
	if prev := d.seen[key(&e2)]; prev != nil {
		if d.sameRef(prev, &e2) {
			if prev.kind == e2.kind || (prev.kind == kPerson && e2.kind == kPerson) {
				return // a repeated phrase, harmless
			}
		} else {
			errs.Add(e.file, e.line, "%q is already %s at %s:%d", p, d.describe(prev), prev.file, prev.line)
			return
		}
	}
	d.insert(&e2)
}

// has reports whether the index holds an entry of e's kind, phrase and referent.
func (d *Dict) has(e *entry) bool {
	for _, x := range d.index[e.words[0]] {
		if x.kind == e.kind && x.ref == e.ref && key(x) == key(e) {
			return true
		}
	}
	return false
}

func (d *Dict) insert(e *entry) {
	if _, ok := d.seen[key(e)]; !ok {
		d.seen[key(e)] = e
	}
	d.index[e.words[0]] = append(d.index[e.words[0]], e)
}

// sameRef reports whether two entries of one class point at the same thing.
// Two people with one name are the same when they share their actor.
func (d *Dict) sameRef(a, b *entry) bool {
	if a.kind == kPerson && b.kind == kPerson {
		if a.ref == b.ref {
			return true
		}
		return d.firstActor(a.ref) == d.firstActor(b.ref)
	}
	return a.ref == b.ref
}

func (d *Dict) firstActor(ref string) string {
	var i int
	fmt.Sscan(ref, &i)
	if i < 0 || i >= len(d.people) || len(d.people[i].terms) == 0 {
		return ""
	}
	return d.people[i].terms[0].actor
}

func (d *Dict) describe(e *entry) string {
	switch e.kind {
	case kGroup:
		var i int
		fmt.Sscan(e.ref, &i)
		return "group " + d.groups[i].name
	case kPerson:
		var i int
		fmt.Sscan(e.ref, &i)
		return "person " + d.people[i].name
	case kTitle:
		return "a title of sector " + e.ref
	}
	return e.ref
}

// key identifies a phrase within its class: folded words plus case demands.
func key(e *entry) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d", class[e.kind])
	for i, w := range e.words {
		fmt.Fprintf(&b, " %s/%d", w, e.caps[i])
	}
	return b.String()
}

// phrase returns the folded words of p and the case each demands.
func phrase(p string) ([]string, []caps) {
	toks := dyad.Tokenize(p, 0)
	words := make([]string, len(toks))
	cs := make([]caps, len(toks))
	for i, t := range toks {
		words[i] = t.Fold
		cs[i] = capsOf(t.Text)
	}
	return words, cs
}

// capsOf says what case a word written as w in a lexicon demands.
func capsOf(w string) caps {
	letters, upper := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case letters >= 2 && upper == letters:
		return capsAll
	case unicode.IsUpper(r):
		return capsInitial
	}
	return capsAny
}

// fits reports whether token text t satisfies the case demand c.
func fits(t string, c caps) bool {
	switch c {
	case capsInitial:
		r, _ := utf8.DecodeRuneInString(t)
		return unicode.IsUpper(r)
	case capsAll:
		for _, r := range t {
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}

func isUpper(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// isDate reports whether s is YYYY, YYYY-MM or YYYY-MM-DD.
func isDate(s string) bool {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
