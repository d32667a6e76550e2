package actor

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// maxNameWords bounds the capitalised words of an unlisted name that a title
// mention absorbs: "le ministre russe de la Défense Andreï Belooussov".
const maxNameWords = 4

// hit is an entry matched at a token position.
type hit struct {
	e   *entry
	end int
}

// cand is one reading of the tokens starting at a position.
type cand struct {
	ms   []dyad.Mention
	end  int
	prio int
}

// Priorities break ties between readings that end at the same token: a
// name listed as a whole ("Parlement européen", "Banque centrale
// européenne") wins over a title reading of the same words.
const (
	prioNoun = iota + 1
	prioTitle
	prioPlace
	prioSeat
	prioCountry
	prioGroup
	prioIGO
	prioPerson
)

// Find returns the actor mentions of one sentence's tokens (dyad.Tokenize),
// in token order, non-overlapping, longest match first. date ("YYYY-MM-DD"
// or "") is the story date that decides which office a person holds.
func (d *Dict) Find(toks []dyad.Token, date string) []dyad.Mention {
	var out []dyad.Mention
	for i := 0; i < len(toks); {
		c := d.best(toks, i, date, true)
		if c.end <= i {
			i++
			continue
		}
		for _, m := range c.ms {
			m.Actor.Text = surface(toks[m.Start:m.End])
			out = append(out, m)
		}
		i = c.end
	}
	return out
}

// Country returns the English name of an ISO3 code, ok=false if unknown.
func (d *Dict) Country(iso3 string) (name string, ok bool) {
	c := d.countries[iso3]
	if c == nil {
		return "", false
	}
	return c.name, true
}

// Lang returns the language of the dictionary.
func (d *Dict) Lang() string { return d.lang }

// best returns the longest reading starting at token i; a reading with
// end <= i means none. merge allows joining a person with an apposed title
// and a title with a title after of; the readings inside do not merge, which
// bounds the recursion.
func (d *Dict) best(toks []dyad.Token, i int, date string, merge bool) cand {
	var best cand
	consider := func(c cand) {
		if c.end > best.end || (c.end == best.end && c.prio > best.prio) {
			best = c
		}
	}
	for _, h := range d.hits(toks, i) {
		e := h.e
		switch e.kind {
		case kPerson:
			a := d.personActor(e.ref, date)
			m := mention(i, h.end, dyad.KindPerson, a)
			c := cand{ms: []dyad.Mention{m}, end: h.end, prio: prioPerson}
			if merge {
				c = d.apposition(toks, c, date)
			}
			consider(c)
			d.compounds(toks, i, h, date, consider)
		case kIGO:
			consider(one(mention(i, h.end, dyad.KindIGO, d.igoActor(e.ref, "")), prioIGO))
			d.compounds(toks, i, h, date, consider)
		case kGroup:
			consider(one(mention(i, h.end, dyad.KindTitle, d.groupActor(e.ref)), prioGroup))
			d.compounds(toks, i, h, date, consider)
		case kCountry:
			consider(one(mention(i, h.end, dyad.KindCountry, d.countryActor(e.ref, "")), prioCountry))
			d.compounds(toks, i, h, date, consider)
		case kSeat:
			m := mention(i, h.end, dyad.KindSeat, d.countryActor(e.ref, e.sector))
			m.Place = e.place
			consider(one(m, prioSeat))
			d.compounds(toks, i, h, date, consider)
		case kPlace:
			m := mention(i, h.end, dyad.KindPlace, d.countryActor(e.ref, ""))
			m.Place = e.place
			consider(one(m, prioPlace))
			d.compounds(toks, i, h, date, consider)
		case kNoun:
			consider(one(mention(i, h.end, dyad.KindDemonym, d.countryActor(e.ref, "")), prioNoun))
		case kDemonym:
			if d.capNoun && upperInitial(toks[i].Text) || d.collectiveAt(toks, i, h.end) {
				consider(one(mention(i, h.end, dyad.KindDemonym, d.countryActor(e.ref, "")), prioNoun))
			}
			if !d.after {
				d.demonymTitles(toks, i, h, date, consider)
			}
		case kTitle:
			d.titleLed(toks, i, h, date, merge, consider)
		case kBlock:
			consider(cand{end: h.end})
		}
	}
	if d.after {
		d.insertedTitles(toks, i, date, consider)
	}
	if best.prio == prioTitle && d.past(toks, best.ms[0].Start) {
		for k, m := range best.ms {
			if m.Kind == dyad.KindTitle {
				best.ms[k].Actor = d.resector(m.Actor, "")
			}
		}
	}
	return best
}

// collectiveAt reports whether the adjective at [i, end) is used as a
// collective noun: after a determiner and before a @collective word or the
// end of the sentence ("the French said", "the Chinese have").
func (d *Dict) collectiveAt(toks []dyad.Token, i, end int) bool {
	if len(d.collective) == 0 || i == 0 || !d.det[toks[i-1].Fold] {
		return false
	}
	return end == len(toks) || d.collective[toks[end].Fold]
}

// past reports whether the title starting at token i is put in the past by
// a @former word before it ("l'ancien président", "the former minister").
func (d *Dict) past(toks []dyad.Token, i int) bool {
	return i > 0 && d.former[toks[i-1].Fold]
}

// resector returns a with another sector, its code rebuilt.
func (d *Dict) resector(a dyad.Actor, sector string) dyad.Actor {
	a.Sector = sector
	if a.IGO == "" {
		if c := d.countries[a.Country]; c != nil {
			a.Code = c.cameo + sector
		}
	}
	return a
}

// chain extends the title hit h over the titles that follow it ("ICC chief
// prosecutor", "foreign ministry spokeswoman") and returns the end and the
// sector: the first that is not GOV, else GOV.
func (d *Dict) chain(toks []dyad.Token, h hit) (int, string) {
	end, sector := h.end, h.e.ref
	for n := 0; n < 2; n++ {
		t := d.hitsOf(toks, end, kTitle)
		if len(t) == 0 {
			break
		}
		end = t[0].end
		if sector == "GOV" {
			sector = t[0].e.ref
		}
	}
	return end, sector
}

func one(m dyad.Mention, prio int) cand {
	return cand{ms: []dyad.Mention{m}, end: m.End, prio: prio}
}

func mention(start, end int, k dyad.MentionKind, a dyad.Actor) dyad.Mention {
	return dyad.Mention{Start: start, End: end, Kind: k, Actor: a}
}

// hits returns the entries that match at token i, longest first.
func (d *Dict) hits(toks []dyad.Token, i int) []hit {
	if i >= len(toks) {
		return nil
	}
	var out []hit
	for _, e := range d.index[toks[i].Fold] {
		if end, ok := matchAt(toks, i, e.words, e.caps); ok {
			out = append(out, hit{e, end})
		}
	}
	return out
}

// Adjectives returns the demonym adjectives of a sentence that name no
// actor of their own and lie outside the mentions Find returned: "les
// frappes russes", "an Israeli air strike". They say whose act an event
// noun is, and the coder uses them only there.
func (d *Dict) Adjectives(toks []dyad.Token, mentions []dyad.Mention) []dyad.Mention {
	covered := make([]bool, len(toks))
	for _, m := range mentions {
		for k := max(m.Start, 0); k < m.End && k < len(toks); k++ {
			covered[k] = true
		}
	}
	var out []dyad.Mention
	for i := 0; i < len(toks); i++ {
		if covered[i] {
			continue
		}
		for _, h := range d.hitsOf(toks, i, kDemonym) {
			free := true
			for k := i; k < h.end; k++ {
				free = free && !covered[k]
			}
			if !free || h.e.ref == "" {
				continue
			}
			m := mention(i, h.end, dyad.KindAdjective, d.countryActor(h.e.ref, ""))
			m.Actor.Text = surface(toks[i:h.end])
			out = append(out, m)
			i = h.end - 1
			break
		}
	}
	return out
}

// hitsOf returns the entries of the given kinds that match at token i.
func (d *Dict) hitsOf(toks []dyad.Token, i int, kinds ...kind) []hit {
	var out []hit
	for _, h := range d.hits(toks, i) {
		for _, k := range kinds {
			if h.e.kind == k {
				out = append(out, h)
				break
			}
		}
	}
	return out
}

// matchAt matches words at token i and returns the end.
func matchAt(toks []dyad.Token, i int, words []string, cs []caps) (int, bool) {
	if i+len(words) > len(toks) {
		return 0, false
	}
	for k, w := range words {
		t := toks[i+k]
		if t.Fold != w || !fits(t.Text, cs[k]) {
			return 0, false
		}
	}
	return i + len(words), true
}

// word reports whether token i is one of set (single folded words).
func word(toks []dyad.Token, i int, set map[string]bool) bool {
	return i < len(toks) && set[toks[i].Fold]
}

// skipDet returns the position after the determiners at i.
func (d *Dict) skipDet(toks []dyad.Token, i int) int {
	for n := 0; n < 2 && word(toks, i, d.det); n++ {
		i++
	}
	return i
}

// actorOf returns the actor an entry names with a title of the given
// sector, and whether the entry can take a title.
func (d *Dict) actorOf(e *entry, sector, date string) (dyad.Actor, bool) {
	switch e.kind {
	case kPerson:
		return d.resector(d.personActor(e.ref, date), sector), true
	case kCountry, kSeat, kPlace, kDemonym:
		return d.countryActor(e.ref, sector), true
	case kIGO:
		return d.igoActor(e.ref, sector), true
	case kGroup:
		return d.groupActor(e.ref), true
	}
	return dyad.Actor{}, false
}

// compounds reads an actor name followed by a title, directly in languages
// where modifiers precede nouns ("Kremlin spokesman", "NATO chief", "the
// Biden administration") or after a possessive ("Russia's foreign
// minister", "Netanyahu's government").
func (d *Dict) compounds(toks []dyad.Token, i int, h hit, date string, consider func(cand)) {
	j := h.end
	if word(toks, j, d.poss) {
		j++
	} else if d.after {
		return
	}
	for _, t := range d.hitsOf(toks, j, kTitle) {
		end, sector := d.chain(toks, t)
		a, ok := d.actorOf(h.e, sector, date)
		if !ok {
			continue
		}
		m := mention(i, end, dyad.KindTitle, a)
		consider(d.withPerson(toks, one(m, prioTitle), date))
	}
}

// demonymTitles reads demonyms before a title: "Russian troops", "US
// President Joe Biden", "French, German and British officials".
func (d *Dict) demonymTitles(toks []dyad.Token, i int, h hit, date string, consider func(cand)) {
	dems := []hit{h}
	k := h.end
	for {
		if t := d.hitsOf(toks, k, kTitle); len(t) > 0 {
			tend, sector := d.chain(toks, t[0])
			var ms []dyad.Mention
			for n, dh := range dems {
				end := dh.end
				if n == len(dems)-1 {
					end = tend
				}
				ms = append(ms, mention(posOf(dems, n, i), end, dyad.KindTitle, d.countryActor(dh.e.ref, sector)))
			}
			c := cand{ms: ms, end: tend, prio: prioTitle}
			if len(ms) == 1 {
				c = d.withPerson(toks, c, date)
			}
			consider(c)
			return
		}
		if !word(toks, k, d.coord) {
			return
		}
		next := d.hitsOf(toks, k+1, kDemonym)
		if len(next) == 0 {
			return
		}
		dems = append(dems, hit{next[0].e, next[0].end})
		k = next[0].end
	}
}

// posOf returns the start token of the n-th coordinated demonym.
func posOf(dems []hit, n, first int) int {
	if n == 0 {
		return first
	}
	return dems[n].end - len(dems[n].e.words)
}

// titleLed reads constructions that start with a title: a title with a
// demonym (fr), with of + a country, seat or organisation, with a person.
func (d *Dict) titleLed(toks []dyad.Token, i int, h hit, date string, nest bool, consider func(cand)) {
	j, sector := d.chain(toks, h)
	// title + demonym(s)
	if d.after {
		if dh := d.hitsOf(toks, j, kDemonym); len(dh) > 0 {
			consider(d.titleDemonyms(toks, i, dh[0], sector, date))
		}
	}
	// title + of + actor; in languages with a genitive, title + actor
	// ("президент России")
	if word(toks, j, d.of) || d.genitive && j < len(toks) {
		k := j
		if word(toks, j, d.of) {
			k = d.skipDet(toks, j+1)
		}
		for _, x := range d.hitsOf(toks, k, kCountry, kSeat, kPlace, kIGO, kGroup) {
			a, _ := d.actorOf(x.e, sector, date)
			consider(d.withPerson(toks, one(mention(i, x.end, dyad.KindTitle, a), prioTitle), date))
		}
		// title + of + title with its actor: "le porte-parole de l'armée israélienne"
		if nest && k < len(toks) && len(d.hitsOf(toks, k, kTitle)) > 0 {
			in := d.best(toks, k, date, false)
			if len(in.ms) == 1 && in.prio == prioTitle && in.ms[0].Kind == dyad.KindTitle &&
				(in.ms[0].Actor.Country != "" || in.ms[0].Actor.IGO != "") {
				a := in.ms[0].Actor
				if sector != "GOV" {
					a = d.resector(a, sector)
				}
				consider(d.withPerson(toks, one(mention(i, in.end, dyad.KindTitle, a), prioTitle), date))
			}
		}
	}
	// bare title + person: "le président Emmanuel Macron"
	bare := one(mention(i, j, dyad.KindTitle, dyad.Actor{Sector: sector}), prioTitle)
	if c := d.withPerson(toks, bare, date); c.end > j {
		consider(c)
	}
}

// titleDemonyms builds a title + demonym mention at i (the title ends where
// the demonym dh starts) and the coordinated demonyms after it: "les
// gouvernements français, allemand et britannique".
func (d *Dict) titleDemonyms(toks []dyad.Token, i int, dh hit, sector, date string) cand {
	ms := []dyad.Mention{mention(i, dh.end, dyad.KindTitle, d.countryActor(dh.e.ref, sector))}
	k := dh.end
	for word(toks, k, d.coord) {
		next := d.hitsOf(toks, k+1, kDemonym)
		if len(next) == 0 || upperInitial(toks[k+1].Text) && d.capNoun {
			break
		}
		ms = append(ms, mention(k+1, next[0].end, dyad.KindTitle, d.countryActor(next[0].e.ref, sector)))
		k = next[0].end
	}
	c := cand{ms: ms, end: k, prio: prioTitle}
	if len(ms) == 1 {
		c = d.withPerson(toks, c, date)
	}
	return c
}

// insertedTitles reads a title with a demonym inside it, in languages where
// adjectives follow nouns: "le ministre russe des Affaires étrangères".
func (d *Dict) insertedTitles(toks []dyad.Token, i int, date string, consider func(cand)) {
	for _, e := range d.index[toks[i].Fold] {
		if e.kind != kTitle || len(e.words) < 2 {
			continue
		}
		for s := 1; s < len(e.words); s++ {
			j, ok := matchAt(toks, i, e.words[:s], e.caps[:s])
			if !ok {
				break
			}
			for _, dh := range d.hitsOf(toks, j, kDemonym) {
				end, ok := matchAt(toks, dh.end, e.words[s:], e.caps[s:])
				if !ok {
					continue
				}
				m := mention(i, end, dyad.KindTitle, d.countryActor(dh.e.ref, e.ref))
				consider(d.withPerson(toks, one(m, prioTitle), date))
			}
		}
	}
}

// withPerson extends a one-mention title reading with the person named
// after it ("le président russe Vladimir Poutine", "le ministre de la
// Défense, Andreï Belooussov,"), which becomes the mention; a title with a
// country also absorbs an unlisted capitalised name. A bare title with no
// person is returned unchanged.
func (d *Dict) withPerson(toks []dyad.Token, c cand, date string) cand {
	if len(c.ms) != 1 {
		return c
	}
	m := c.ms[0]
	j := c.end
	for _, k := range []int{j, j + 1} {
		if k == j+1 && !(j < len(toks) && toks[j].Text == ",") {
			break
		}
		for _, h := range d.hitsOf(toks, k, kPerson) {
			a := d.personActor(h.e.ref, date)
			if !compatible(m.Actor, a) {
				continue
			}
			if a.Sector == "" && m.Actor.Sector != "" && !d.past(toks, m.Start) {
				a = d.resector(a, m.Actor.Sector) // a name outside its terms, under a current title
			}
			p := mention(m.Start, h.end, dyad.KindPerson, a)
			return cand{ms: []dyad.Mention{p}, end: h.end, prio: prioPerson}
		}
	}
	if m.Actor.Country == "" && m.Actor.IGO == "" {
		return c
	}
	// an unlisted name: "le président russe Vladimir Poutine"
	for _, k := range []int{j, j + 1} {
		if k == j+1 && !(j < len(toks) && toks[j].Text == ",") {
			break
		}
		n := 0
		for n < maxNameWords && k+n < len(toks) {
			if d.nameWord(toks, k+n) {
				n++
				continue
			}
			// a particle inside a name: "Omar Hassan al-Bashir", "Mohammed bin Salman"
			if n > 0 && (d.particle[toks[k+n].Fold] && k+n+1 < len(toks) && d.nameWord(toks, k+n+1) ||
				d.hyphenParticle(toks[k+n].Text)) {
				n++
				continue
			}
			break
		}
		if n == 0 {
			continue
		}
		if k+n < len(toks) && toks[k+n].Text == ":" { // "Source: Xinhua"
			continue
		}
		if k == j+1 { // apposition must close: ", Kim Jong-un," or end
			if k+n < len(toks) && !strings.Contains(",.;)", toks[k+n].Text) {
				continue
			}
		}
		m.End = k + n
		return cand{ms: []dyad.Mention{m}, end: k + n, prio: c.prio}
	}
	return c
}

// nameWord reports whether token i can be part of an unlisted person name:
// a capitalised word that is no dictionary entry.
func (d *Dict) nameWord(toks []dyad.Token, i int) bool {
	t := toks[i].Text
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range t {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
			return false
		}
	}
	if word(toks, i, d.det) || word(toks, i, d.of) || word(toks, i, d.coord) {
		return false
	}
	return len(d.hits(toks, i)) == 0
}

// hyphenParticle reports whether t is a particle glued to a capitalised
// name, like "al-Bashir" or "el-Sisi", whose particle is a @particle word.
func (d *Dict) hyphenParticle(t string) bool {
	p, rest, ok := strings.Cut(t, "-")
	return ok && d.particle[dyad.Fold(p)] && upperInitial(rest)
}

// apposition joins a person with a title set off by a comma that names the
// same actor: "Kim Jong-un, le dirigeant nord-coréen".
func (d *Dict) apposition(toks []dyad.Token, c cand, date string) cand {
	j := c.end
	if j >= len(toks) || toks[j].Text != "," {
		return c
	}
	k := d.skipDet(toks, j+1)
	t := d.best(toks, k, date, false)
	if len(t.ms) != 1 || t.ms[0].Kind != dyad.KindTitle || t.ms[0].Actor.Country == "" && t.ms[0].Actor.IGO == "" {
		return c
	}
	p := c.ms[0]
	if !compatible(t.ms[0].Actor, p.Actor) {
		return c
	}
	p.End = t.end
	return cand{ms: []dyad.Mention{p}, end: t.end, prio: c.prio}
}

// compatible reports whether a person may be the holder of a title with
// actor t: the same country or organisation, or a title with neither.
func compatible(t, p dyad.Actor) bool {
	switch {
	case t.IGO != "":
		return t.IGO == p.IGO
	case t.Country != "":
		return t.Country == p.Country
	}
	return true
}

func (d *Dict) countryActor(iso, sector string) dyad.Actor {
	if id, ok := strings.CutPrefix(iso, "IGO:"); ok { // an organisation's demonym: "onusien"
		return d.igoActor(id, sector)
	}
	c := d.countries[iso]
	if c == nil {
		return dyad.Actor{Country: iso, Sector: sector}
	}
	return dyad.Actor{Name: c.name, Code: c.cameo + sector, Country: iso, Sector: sector}
}

func (d *Dict) igoActor(id, sector string) dyad.Actor {
	g := d.igos[id]
	if g == nil {
		return dyad.Actor{Name: id, Code: "IGO" + id, IGO: id, Sector: sector}
	}
	return dyad.Actor{Name: g.name, Code: g.cameo, IGO: id, Sector: sector}
}

func (d *Dict) groupActor(ref string) dyad.Actor {
	i, _ := strconv.Atoi(ref)
	g := d.groups[i]
	return dyad.Actor{Name: g.name, Code: g.code, Country: g.country, Sector: g.sector}
}

// personActor returns the actor person ref is on date: the office valid
// then, or the country with no sector outside every term. With no date, the
// open term if there is one, else the last term without its sector.
func (d *Dict) personActor(ref, date string) dyad.Actor {
	i, _ := strconv.Atoi(ref)
	p := d.people[i]
	t, inOffice := p.at(date)
	var a dyad.Actor
	if id, ok := strings.CutPrefix(t.actor, "IGO:"); ok {
		a = d.igoActor(id, "")
	} else {
		a = d.countryActor(t.actor, "")
	}
	if inOffice && t.sector != "" {
		a.Sector = t.sector
		if a.IGO == "" {
			a.Code += t.sector
		}
	}
	a.Name = p.name
	return a
}

// at returns the term of p on date and whether date falls inside it; outside
// every term, the nearest term before date (else the first).
func (p *person) at(date string) (term, bool) {
	if date == "" {
		for _, t := range p.terms {
			if t.to == "" && t.from != "" || t.from == "" && t.to == "" {
				return t, true
			}
		}
		return p.terms[len(p.terms)-1], false
	}
	date = pad(date, "-07-01")
	var in, before *term
	for k := range p.terms {
		t := &p.terms[k]
		from, to := pad(t.from, "-01-01"), pad(t.to, "-12-31")
		if (t.from == "" || from <= date) && (t.to == "" || date <= to) {
			if in == nil || from > pad(in.from, "-01-01") {
				in = t
			}
		} else if t.to != "" && to < date && (before == nil || to > pad(before.to, "-12-31")) {
			before = t
		}
	}
	switch {
	case in != nil:
		return *in, true
	case before != nil:
		return *before, false
	}
	return p.terms[0], false
}

// pad completes a YYYY or YYYY-MM date with the tail of full ("-MM-DD").
func pad(date, full string) string {
	switch len(date) {
	case 4:
		return date + full
	case 7:
		return date + full[3:]
	}
	return date
}

// upperInitial reports whether s starts with an upper-case letter.
func upperInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// surface joins tokens as they stand in the text: a space between tokens
// that were apart, none between tokens that touched ("l'Iran").
func surface(toks []dyad.Token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 && t.Span.Start > toks[k-1].Span.End {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}
