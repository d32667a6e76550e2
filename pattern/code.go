package pattern

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// Input is one sentence ready for coding: its tokens and the actors the
// actor dictionary found in it.
type Input struct {
	Sentence dyad.Sentence
	Mentions []dyad.Mention
}

// Match is one event coded from a sentence, before the pipeline adds dates
// and the CAMEO attributes.
type Match struct {
	Sentence int        // the sentence's Index
	Code     string     // CAMEO event code
	Source   dyad.Actor // who acts
	Target   dyad.Actor // on whom
	Tokens   [2]int     // evidence tokens [start, end) in the sentence
	Span     dyad.Span  // evidence bytes in the normalized text
	Trigger  [2]int     // the pattern's words, tokens [start, end)
	Location *dyad.Location
	Rule     string
}

// ment is an actor reference in a sentence: a mention of the dictionary or
// a pronoun resolved by the coder.
type ment struct {
	start, end int
	actors     []dyad.Actor
	kind       dyad.MentionKind
	place      string
	governed   bool // after a preposition: not a subject
	locative   bool // after a locative preposition: a place
	between    bool // after "between"
	subjOnly   bool // a possessive: a subject of a nominal event, never a target
	group      int
}

// discourse is what the coder remembers across the sentences of a document.
type discourse struct {
	subject []dyad.Actor // the last subject
	recent  []dyad.Actor // distinct actors, most recent last
}

func (d *discourse) remember(as ...dyad.Actor) {
	for _, a := range as {
		k := a.Key()
		if k == "" {
			continue
		}
		for i, r := range d.recent {
			if r.Key() == k {
				d.recent = append(d.recent[:i], d.recent[i+1:]...)
				break
			}
		}
		d.recent = append(d.recent, a)
	}
	if n := len(d.recent); n > 16 {
		d.recent = d.recent[n-16:]
	}
}

// lastTwo returns the two most recently named distinct actors.
func (d *discourse) lastTwo() []dyad.Actor {
	if n := len(d.recent); n >= 2 {
		return []dyad.Actor{d.recent[n-2], d.recent[n-1]}
	}
	return nil
}

// Code codes the sentences of one document, in order: pronouns and
// possessives may refer to actors of earlier sentences.
func (c *Coder) Code(sents []Input) []Match {
	var d discourse
	var out []Match
	for _, in := range sents {
		s := c.analyze(in, &d)
		ms := s.code()
		out = append(out, ms...)
		// the subject of this sentence is the next sentence's referent
		switch {
		case len(ms) > 0:
			d.subject = []dyad.Actor{ms[0].Source}
		default:
			for _, g := range s.groups {
				m := s.ms[g[0]]
				if !m.governed && !m.subjOnly && m.kind != dyad.KindPronoun {
					d.subject = s.actors(g)
					break
				}
			}
		}
		// later pronouns refer to actors named as subjects or objects,
		// not to places and prepositional complements
		for _, m := range s.ms {
			if m.kind != dyad.KindPlace && m.kind != dyad.KindPronoun && !m.locative && !m.governed {
				d.remember(m.actors...)
			}
		}
		for _, m := range ms {
			d.remember(m.Source, m.Target)
		}
	}
	return out
}

// sent is a sentence under analysis.
type sent struct {
	c      *Coder
	in     Input
	toks   []dyad.Token
	forms  []string // canonical folded forms
	stems  []string // stems, computed lazily
	ms     []ment   // in token order
	at     []int    // token -> index in ms, or -1
	groups [][]int  // coordinated references, indices into ms
	// triggers are the words [start, end) of the sentence's matches
	triggers [][2]int
	prev     []dyad.Actor // the subject of the story so far
}

func (c *Coder) analyze(in Input, d *discourse) *sent {
	toks := in.Sentence.Tokens
	s := &sent{c: c, in: in, toks: toks, forms: make([]string, len(toks)), stems: make([]string, len(toks)), at: make([]int, len(toks))}
	for i, t := range toks {
		s.forms[i] = canon(t.Fold)
		s.at[i] = -1
	}
	for _, m := range in.Mentions {
		if m.Start < 0 || m.End > len(toks) || m.Start >= m.End {
			continue
		}
		s.ms = append(s.ms, ment{start: m.Start, end: m.End, actors: []dyad.Actor{m.Actor}, kind: m.Kind, place: m.Place})
	}
	s.index()
	s.addPronouns(d)
	s.index()
	s.prev = d.subject
	return s
}

// index sorts the references, maps tokens to them, marks those governed by
// a preposition and groups the coordinated ones.
func (s *sent) index() {
	g := &s.c.g
	sort.SliceStable(s.ms, func(i, j int) bool { return s.ms[i].start < s.ms[j].start })
	for k := range s.at {
		s.at[k] = -1
	}
	for i := range s.ms {
		m := &s.ms[i]
		for k := m.start; k < m.end; k++ {
			if s.at[k] < 0 {
				s.at[k] = i
			}
		}
		m.governed, m.locative, m.between = false, false, false
		if p := s.skipDetBack(m.start - 1); p >= 0 {
			w := s.forms[p]
			m.governed = g.has("prep", w) || g.has("locative", w) || g.has("agent", w) || g.has("between", w)
			// a person or title after "à" is an indirect object
			// ("a téléphoné au président"), not a place
			m.locative = g.has("locative", w) && m.kind != dyad.KindPerson && m.kind != dyad.KindTitle && m.kind != dyad.KindDemonym
			m.between = g.has("between", w)
			// "thousands of Georgians", "des milliers de manifestants":
			// a quantity before the preposition does not govern
			if m.governed && !m.locative && p > 0 && g.has("quantity", s.forms[p-1]) {
				m.governed = false
			}
		}
	}
	s.groups = s.groups[:0]
	s.group()
}

// addPronouns resolves subject pronouns, possessives and "the two
// countries" phrases to the actors they refer to and adds them as
// references.
func (s *sent) addPronouns(d *discourse) {
	g := &s.c.g
	inMention := func(k int) bool {
		for _, m := range s.ms {
			if k >= m.start && k < m.end {
				return true
			}
		}
		return false
	}
	// nearest named actor before token k in this sentence that is no
	// prepositional complement
	before := func(k int) []dyad.Actor {
		for i := len(s.ms) - 1; i >= 0; i-- {
			m := s.ms[i]
			if m.end <= k && m.kind != dyad.KindPronoun && m.kind != dyad.KindPlace {
				if p := s.skipDetBack(m.start - 1); p < 0 || !g.has("prep", s.forms[p]) && !g.has("locative", s.forms[p]) {
					return m.actors
				}
			}
		}
		return nil
	}
	var extra []ment
	for k := 0; k < len(s.toks); k++ {
		if inMention(k) {
			continue
		}
		if n, two := s.pairAt(k, d); n > 0 {
			extra = append(extra, ment{start: k, end: k + n, actors: two, kind: dyad.KindPronoun})
			k += n - 1
			continue
		}
		w := s.forms[k]
		switch {
		case s.phraseAt("impersonal", k) > 0:
			k += s.phraseAt("impersonal", k) - 1
		case s.phraseAt("anaphor", k) > 0:
			// a bare title ("le président", "the minister") refers
			// back to the story's current subject
			n := s.phraseAt("anaphor", k)
			if d.subject != nil && !inMention(k+n-1) {
				extra = append(extra, ment{start: k, end: k + n, actors: d.subject, kind: dyad.KindPronoun})
			}
			k += n - 1
		case g.has("possessive_plur", w) && !s.nextIsMention(k):
			as := s.pluralBefore(k)
			if as == nil {
				as = d.lastTwo()
			}
			if as != nil {
				extra = append(extra, ment{start: k, end: k + 1, actors: as, kind: dyad.KindPronoun, subjOnly: true})
			}
		case g.has("pronoun_sing", w), g.has("possessive", w) && !s.nextIsMention(k):
			as := before(k)
			if as == nil && g.has("possessive", w) {
				as = s.cataphor(k)
			}
			if as == nil {
				as = d.subject
			}
			if as != nil {
				extra = append(extra, ment{start: k, end: k + 1, actors: as, kind: dyad.KindPronoun, subjOnly: g.has("possessive", w)})
			}
		case g.has("pronoun_plur", w):
			as := s.pluralBefore(k)
			if as == nil {
				as = d.lastTwo()
			}
			if as == nil {
				as = before(k)
			}
			if as != nil {
				extra = append(extra, ment{start: k, end: k + 1, actors: as, kind: dyad.KindPronoun})
			}
		}
	}
	s.ms = append(s.ms, extra...)
}

// pluralBefore returns the nearest group of two or more actors before
// token k that is no prepositional complement: what "ils", "they" refer to.
func (s *sent) pluralBefore(k int) []dyad.Actor {
	for gi := len(s.groups) - 1; gi >= 0; gi-- {
		g := s.groups[gi]
		head := s.ms[g[0]]
		if s.groupEnd(g) > k || head.governed || head.locative || head.kind == dyad.KindPronoun {
			continue
		}
		if as := s.actors(g); len(as) >= 2 {
			return as
		}
	}
	return nil
}

// cataphor returns the subject a fronted possessive refers forward to:
// "Après son voyage à Séoul, le président russe a ..." - the first actor
// after the comma that closes the fronted phrase, when it is no
// prepositional complement.
func (s *sent) cataphor(k int) []dyad.Actor {
	for j := k + 1; j < len(s.toks); j++ {
		if s.isStop(j) {
			return nil
		}
		if s.forms[j] != "," {
			continue
		}
		n := j + 1
		for n < len(s.toks) && s.c.g.has("det", s.forms[n]) {
			n++
		}
		for _, m := range s.ms {
			if m.start == n || m.start == j+1 {
				return m.actors
			}
		}
	}
	return nil
}

// phraseAt returns the length of the longest phrase of grammar set key
// that starts at token k, or 0.
func (s *sent) phraseAt(key string, k int) int {
	set := s.c.g.sets[key]
	if len(set) == 0 {
		return 0
	}
	best := 0
	w := ""
	for n := 1; n <= 4 && k+n <= len(s.forms); n++ {
		if n > 1 {
			w += " "
		}
		w += s.forms[k+n-1]
		if set[w] {
			best = n
		}
	}
	return best
}

// pairAt reports whether a "the two countries" phrase starts at token k,
// and the two actors it refers to.
func (s *sent) pairAt(k int, d *discourse) (int, []dyad.Actor) {
	for _, p := range s.c.g.pairs {
		if k+len(p) > len(s.forms) {
			continue
		}
		ok := true
		for i, w := range p {
			if s.forms[k+i] != w {
				ok = false
				break
			}
		}
		if ok {
			// the two most recent distinct actors, this sentence first
			var seen []dyad.Actor
			for _, m := range s.ms {
				if m.end <= k && m.kind != dyad.KindPlace {
					seen = append(seen, m.actors...)
				}
			}
			tmp := discourse{recent: append([]dyad.Actor(nil), d.recent...)}
			tmp.remember(seen...)
			if two := tmp.lastTwo(); two != nil {
				return len(p), two
			}
			return 0, nil
		}
	}
	return 0, nil
}

func (s *sent) nextIsMention(k int) bool {
	j := k + 1
	for j < len(s.toks) && j <= k+3 {
		for _, m := range s.ms {
			if m.start == j {
				return true
			}
		}
		if !s.c.g.has("det", s.forms[j]) {
			return false
		}
		j++
	}
	return false
}

// skipDet returns the index of the first token at or after k that starts
// a reference or is not a determiner.
func (s *sent) skipDet(k int) int {
	for k < len(s.toks) && s.c.g.has("det", s.forms[k]) && (s.at[k] < 0 || s.ms[s.at[k]].start != k) {
		k++
	}
	return k
}

// skipDetBack returns the index of the nearest token at or before k that
// is not a determiner, or -1.
func (s *sent) skipDetBack(k int) int {
	for k >= 0 && s.c.g.has("det", s.forms[k]) {
		k--
	}
	return k
}

// group joins coordinated references: "Paris et Berlin", "France, Germany
// and Britain"; an apposition of the same actor ("Kim Jong-un, le
// dirigeant nord-coréen") or of a place ("in Osaka, Japan") is one member.
// A comma alone joins different actors only inside a list that ends with a
// coordinating word, so "From the Pakistani government, the United
// States ..." stays two groups.
func (s *sent) group() {
	for i := range s.ms {
		if i > 0 && s.joins(i) {
			gi := len(s.groups) - 1
			s.groups[gi] = append(s.groups[gi], i)
			s.ms[i].group = gi
			// a member shares the role of the group's head
			head := s.ms[s.groups[gi][0]]
			s.ms[i].governed, s.ms[i].locative, s.ms[i].between = head.governed, head.locative, head.between
			continue
		}
		s.ms[i].group = len(s.groups)
		s.groups = append(s.groups, []int{i})
	}
}

// The links between two neighbouring references.
const (
	noLink = iota
	commaLink
	coordLink
)

// link says how reference i is linked to reference i-1.
func (s *sent) link(i int) int {
	a, b := s.ms[i-1], s.ms[i]
	if b.start <= a.end || a.kind == dyad.KindPronoun || b.kind == dyad.KindPronoun {
		return noLink
	}
	var words []string
	for k := a.end; k < b.start; k++ {
		w := s.forms[k]
		if w == "," || s.c.g.has("det", w) {
			continue
		}
		words = append(words, w)
	}
	switch {
	case len(words) > 0 && s.c.g.has("coord", strings.Join(words, " ")):
		return coordLink
	case len(words) == 0:
		return commaLink
	}
	return noLink
}

// joins reports whether reference i belongs to the group of i-1.
func (s *sent) joins(i int) bool {
	switch s.link(i) {
	case coordLink:
		return true
	case noLink:
		return false
	}
	a, b := s.ms[i-1], s.ms[i]
	if a.locative && !b.locative {
		// a place's apposition stays a place; a place beside a
		// subject does not join it ("en Corée du Nord, le président")
		return b.kind == dyad.KindCountry || b.kind == dyad.KindSeat || b.kind == dyad.KindPlace
	}
	if a.locative != b.locative {
		return false
	}
	if sameActors(a.actors, b.actors) {
		return true // apposition
	}
	for j := i + 1; j < len(s.ms); j++ {
		switch s.link(j) {
		case coordLink:
			return true
		case noLink:
			return false
		}
	}
	return false
}

// sameActors reports whether two references name the same actors.
func sameActors(a, b []dyad.Actor) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Key() != b[i].Key() {
			return false
		}
	}
	return true
}

// actors returns the distinct actors of a group.
func (s *sent) actors(g []int) []dyad.Actor {
	var out []dyad.Actor
	seen := map[string]bool{}
	for _, i := range g {
		for _, a := range s.ms[i].actors {
			k := a.Key()
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, a)
		}
	}
	return out
}

// sides returns the distinct sides of a group: different countries or
// organisations, or a state and a group of its society ("le gouvernement
// colombien et la guérilla de l'ELN").
func (s *sent) sides(g []int) []dyad.Actor {
	var out []dyad.Actor
	for _, i := range g {
		for _, a := range s.ms[i].actors {
			if a.Key() == "" {
				continue
			}
			same := false
			for _, b := range out {
				same = same || !distinct(a, b)
			}
			if !same {
				out = append(out, a)
			}
		}
	}
	return out
}

// groupFrom returns the members of the group of reference i from i on.
func (s *sent) groupFrom(i int) []int {
	g := s.groups[s.ms[i].group]
	for j, x := range g {
		if x == i {
			return g[j:]
		}
	}
	return g
}

func (s *sent) groupEnd(g []int) int { return s.ms[g[len(g)-1]].end }

// stem returns the stem of token k.
func (s *sent) stem(k int) string {
	if s.stems[k] == "" {
		s.stems[k] = s.c.stem(s.forms[k])
	}
	return s.stems[k]
}

// wordMatch reports whether token k matches a word element.
func (s *sent) wordMatch(e element, k int) bool {
	f := s.forms[k]
	for _, a := range e.alts {
		switch a.mode {
		case altExact:
			if f == a.text {
				return true
			}
		case altPrefix:
			if strings.HasPrefix(f, a.text) || strings.HasPrefix(s.toks[k].Fold, a.text) {
				return true
			}
		case altStem:
			if !strings.HasPrefix(f, a.text[:min(len(a.text), 2)]) {
				continue
			}
			if s.stem(k) == a.text || s.endsWith(f, a.text) {
				return true
			}
		}
	}
	return false
}

// endsWith reports whether f is stem followed by one of the language's
// inflection endings.
func (s *sent) endsWith(f, stem string) bool {
	if !strings.HasPrefix(f, stem) {
		return false
	}
	rest := f[len(stem):]
	for _, e := range s.c.g.ends {
		if rest == e {
			return true
		}
	}
	return false
}

// isStop reports whether token k ends a clause for actor searches.
func (s *sent) isStop(k int) bool {
	switch s.forms[k] {
	case ";", ".", "!", "?":
		return true
	}
	return false
}

// maxWords is how many matched word positions a binding records.
const maxWords = 16

// binding is the state of one pattern match.
type binding struct {
	first, last int // first and last matched word tokens
	src, tgt    []int
	words       [maxWords]int // tokens matched by word elements
	nwords      int
}

// matched reports whether token k was matched by a word element.
func (b *binding) matched(k int) bool {
	for _, w := range b.words[:b.nwords] {
		if w == k {
			return true
		}
	}
	return false
}

// match matches elements ei.. of p from token k.
func (s *sent) match(p *Pattern, ei, k int, b binding) (binding, int, bool) {
	if ei == len(p.elems) {
		return b, k, true
	}
	e := p.elems[ei]
	n := len(s.toks)
	switch e.kind {
	case elemWord:
		if k < n && s.wordMatch(e, k) {
			nb := b
			if nb.first < 0 {
				nb.first = k
			}
			nb.last = k
			if nb.nwords < maxWords {
				nb.words[nb.nwords] = k
				nb.nwords++
			}
			if rb, end, ok := s.match(p, ei+1, k+1, nb); ok {
				return rb, end, true
			}
		}
	case elemGap:
		for g := 0; g <= maxGap && k+g <= n; g++ {
			if g > 0 {
				// a gap skips words, never an actor
				j := k + g - 1
				if s.isStop(j) || s.at[j] >= 0 && s.ms[s.at[j]].kind != dyad.KindPronoun {
					break
				}
			}
			if rb, end, ok := s.match(p, ei+1, k+g, b); ok {
				return rb, end, true
			}
		}
		return b, k, false
	case elemSource, elemTarget:
		j := s.skipDet(k)
		if j < n && s.at[j] >= 0 && s.ms[s.at[j]].start == j && !s.ms[s.at[j]].subjOnly {
			g := s.groupFrom(s.at[j])
			nb := b
			if e.kind == elemSource {
				nb.src = g
			} else {
				nb.tgt = g
			}
			if rb, end, ok := s.match(p, ei+1, s.groupEnd(g), nb); ok {
				return rb, end, true
			}
		}
	}
	if e.optional {
		return s.match(p, ei+1, k, b)
	}
	return b, k, false
}

// found is a pattern match and the events it gives.
type found struct {
	p   *Pattern
	b   binding
	evs []Match
}

// code codes the sentence.
func (s *sent) code() []Match {
	var fs []found
	tried := map[*Pattern]int{}
	try := func(p *Pattern, k int) {
		if last, ok := tried[p]; ok && last >= k {
			return
		}
		b, end, ok := s.matchAt(p, k)
		if ok {
			fs = append(fs, found{p: p, b: b})
			tried[p] = end - 1
		}
	}
	for k := range s.toks {
		for _, p := range s.candidates(k) {
			try(p, k)
		}
	}
	for _, p := range s.c.prefixed {
		for k := range s.toks {
			try(p, k)
		}
	}
	for _, f := range fs {
		s.triggers = append(s.triggers, [2]int{f.b.first, f.b.last + 1})
	}
	for i := range fs {
		fs[i].evs = s.events(fs[i])
	}
	var out []Match
	for _, f := range s.resolveOverlaps(fs) {
		out = append(out, f.evs...)
	}
	return dedupe(out)
}

// candidates returns the indexed patterns whose first word may match token k.
func (s *sent) candidates(k int) []*Pattern {
	f := s.forms[k]
	var out []*Pattern
	add := func(ps []*Pattern) {
		for _, p := range ps {
			dup := false
			for _, q := range out {
				if q == p {
					dup = true
					break
				}
			}
			if !dup {
				out = append(out, p)
			}
		}
	}
	add(s.c.byWord[f])
	if len(f) >= prefixKey {
		add(s.c.byPrefix[f[:prefixKey]])
	}
	if !isPunct(f) {
		add(s.c.byWord[s.stem(k)])
		for _, e := range s.c.g.ends {
			if len(f) > len(e)+2 && strings.HasSuffix(f, e) {
				add(s.c.byWord[f[:len(f)-len(e)]])
			}
		}
	}
	return out
}

func isPunct(f string) bool {
	for _, r := range f {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 {
			return false
		}
	}
	return true
}

// matchAt matches pattern p with its first word at token k (indexed
// patterns) or starting at token k (patterns that begin otherwise).
func (s *sent) matchAt(p *Pattern, k int) (binding, int, bool) {
	fi := 0
	for fi < len(p.elems) && p.elems[fi].kind != elemWord {
		fi++
	}
	b := binding{first: -1, last: -1}
	if fi == 0 || p.elems[0].kind == elemWord && p.elems[0].optional {
		return s.match(p, 0, k, b)
	}
	// leading slots: the group that ends just before the first word,
	// allowing a few non-actor words (auxiliaries, adverbs) between
	if fi == 1 {
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if s.isStop(j) {
				break
			}
			if i := s.at[j]; i >= 0 {
				g := s.groups[s.ms[i].group]
				if s.groupEnd(g) == j+1 {
					if p.elems[0].kind == elemSource {
						b.src = g
					} else {
						b.tgt = g
					}
					return s.match(p, 1, k, b)
				}
				break
			}
		}
		if p.elems[0].optional {
			return s.match(p, 1, k, b)
		}
		return b, k, false
	}
	return s.match(p, 0, k, b)
}

// resolveOverlaps keeps the heaviest of overlapping matches (most words,
// then first, then earliest line), and drops the matches governed by a
// promise, threat or refusal. A heavier match hides a lighter one even
// when it gives no event itself: patterns use that to block readings
// ("were killed by a roadside bomb" is no attack by anyone).
func (s *sent) resolveOverlaps(fs []found) []found {
	sort.SliceStable(fs, func(i, j int) bool {
		if fs[i].p.literal != fs[j].p.literal {
			return fs[i].p.literal > fs[j].p.literal
		}
		if fs[i].b.first != fs[j].b.first {
			return fs[i].b.first < fs[j].b.first
		}
		return fs[i].p.line < fs[j].p.line
	})
	overlaps := func(a, b found) bool { return a.b.first <= b.b.last && b.b.first <= a.b.last }
	var kept, govs []found
	for _, f := range fs {
		free := true
		for _, k := range kept {
			if overlaps(f, k) {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		if f.p.Gov {
			govs = append(govs, f)
		}
		kept = append(kept, f)
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].b.first < kept[j].b.first })
	var out []found
	for _, f := range kept {
		if len(f.evs) == 0 {
			continue
		}
		governed := false
		for _, g := range govs {
			if s.governs(g.b.last, f.b.first) {
				governed = true
				break
			}
		}
		if !governed {
			out = append(out, f)
		}
	}
	return out
}

// governs reports whether a governing word ending at token a (promise,
// threat, refusal) governs the trigger starting at token b: b follows
// closely, and an infinitive marker ("de", "à", "to") stands between
// when the language lists them.
func (s *sent) governs(a, b int) bool {
	if b <= a || b > a+8 {
		return false
	}
	inf := len(s.c.g.sets["inf"]) == 0 || b == a+1
	for k := a + 1; k < b; k++ {
		if s.isStop(k) {
			return false
		}
		if s.c.g.has("inf", s.forms[k]) {
			inf = true
		}
	}
	return inf
}

// negated reports whether the words before the trigger, back to the
// subject, negate it or make it hypothetical.
func (s *sent) negated(first, subjEnd int) bool {
	return s.negatedSpan(&binding{first: first, last: first}, subjEnd)
}

// negatedSpan is negated for a match: a negator inside its span that the
// pattern does not name itself counts too ("hat ... nicht angegriffen",
// but not "n'exclut pas").
func (s *sent) negatedSpan(b *binding, subjEnd int) bool {
	g := &s.c.g
	first := b.first
	for k := first + 1; k < b.last; k++ {
		if (g.has("neg_before", s.forms[k]) || g.has("neg_after", s.forms[k])) && !b.matched(k) {
			return true
		}
	}
	from := max(first-4, subjEnd, 0)
	for k := from; k < first; k++ {
		w := s.forms[k]
		if g.has("neg_before", w) || g.has("neg_after", w) {
			return true
		}
		if g.has("modal", w) && (k == 0 || !startsUpper(s.toks[k].Text)) {
			return true
		}
	}
	if first+1 < len(s.forms) && g.has("neg_after", s.forms[first+1]) && !b.matched(first+1) {
		return true
	}
	// "Si l'Iran attaque Israël, ...": a condition opens the clause
	for k := first - 1; k >= 0; k-- {
		w := s.forms[k]
		if w == "," || s.isStop(k) {
			break
		}
		if g.has("conditional", w) {
			return true
		}
	}
	return false
}

// passive reports whether the trigger words [first, last] follow or
// enclose a passive auxiliary ("a été signé", "accords ont été signés").
func (s *sent) passive(first, last int) bool {
	for k := first + 1; k < last; k++ {
		if s.c.g.has("passive", s.forms[k]) {
			return s.participle(k + 1)
		}
	}
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		if s.at[k] >= 0 || s.isStop(k) {
			return false
		}
		if s.c.g.has("passive", s.forms[k]) {
			// "s'est entretenu" is a reflexive verb, not a passive
			return s.participle(k+1) && (k == 0 || !s.c.g.has("reflexive", s.forms[k-1]))
		}
	}
	return false
}

// startsUpper reports whether a word starts with a capital ("May 3" is a
// date, "may" a modal).
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// participle reports whether the word after a passive auxiliary can be a
// past participle: not a form with one of the language's active endings
// ("is considering", "are mediating").
func (s *sent) participle(k int) bool {
	for k < len(s.forms) && s.c.g.has("adverb", s.forms[k]) {
		k++
	}
	if k >= len(s.forms) {
		return false
	}
	for e := range s.c.g.sets["active_endings"] {
		if strings.HasSuffix(s.forms[k], e) && len(s.forms[k]) > len(e)+2 {
			return false
		}
	}
	return true
}

// subject finds the group that is the subject of a trigger at token first.
func (s *sent) subject(first int) []int {
	for k := first - 1; k >= 0; k-- {
		if s.isStop(k) {
			return nil
		}
		i := s.at[k]
		if i < 0 {
			continue
		}
		m := s.ms[i]
		if m.governed || m.locative || m.kind == dyad.KindPlace || s.objectOfTrigger(m.start) {
			k = m.start
			continue
		}
		return s.groups[m.group]
	}
	return nil
}

// objectOfTrigger reports whether a reference starting at token k follows
// another event's words directly: it is that event's object ("Trump phoned
// Modi to offer congratulations": Modi is not who offers).
func (s *sent) objectOfTrigger(k int) bool {
	for _, t := range s.triggers {
		if t[1] <= k && k-t[1] <= 2 {
			between := true
			for j := t[1]; j < k; j++ {
				if !s.c.g.has("det", s.forms[j]) && !s.c.g.has("adverb", s.forms[j]) {
					between = false
				}
			}
			if between {
				return true
			}
		}
	}
	return false
}

// target finds the first group after token last that can be a target.
func (s *sent) target(last int, loc bool, not []int) []int {
	for k := last + 1; k < len(s.toks); k++ {
		if s.isStop(k) || s.phraseAt("stop", k) > 0 || s.newClause(k) {
			return nil
		}
		i := s.at[k]
		if i < 0 {
			continue
		}
		m := s.ms[i]
		if m.subjOnly || m.locative && !loc || m.kind == dyad.KindPlace && !loc || contains(not, i) || s.sameSide(s.groupFrom(i), not) {
			k = m.end - 1
			continue
		}
		return s.groupFrom(i)
	}
	return nil
}

// sameSide reports whether every actor of group g is on the side of
// group src (the U.S. and USAID): no event is coded between them.
func (s *sent) sameSide(g, src []int) bool {
	if src == nil {
		return false
	}
	srcA := s.actors(src)
	for _, a := range s.actors(g) {
		allied := false
		for _, b := range srcA {
			allied = allied || !distinct(a, b)
		}
		if !allied {
			return false
		}
	}
	return true
}

// newClause reports whether a comma at token k opens a new clause: a
// relative ("..., where", "..., qui") or coordinated one ("..., and").
func (s *sent) newClause(k int) bool {
	if s.forms[k] != "," || k+1 >= len(s.forms) {
		return false
	}
	n := s.forms[k+1]
	return s.c.g.has("clause", n) || s.c.g.has("coord", n)
}

// agent finds the passive agent after token last: a group introduced by
// "par" or "by".
func (s *sent) agent(last int) []int {
	for k := last + 1; k < len(s.toks) && k <= last+12; k++ {
		if s.isStop(k) || s.phraseAt("stop", k) > 0 || s.forms[k] == "," && k+1 < len(s.forms) && s.c.g.has("clause", s.forms[k+1]) {
			return nil
		}
		if !s.c.g.has("agent", s.forms[k]) {
			continue
		}
		if j := s.skipDet(k + 1); j < len(s.toks) && s.at[j] >= 0 {
			return s.groupFrom(s.at[j])
		}
	}
	return nil
}

// betweenGroup returns a group introduced by "between" in the sentence.
func (s *sent) betweenGroup() []int {
	for _, g := range s.groups {
		if s.ms[g[0]].between && len(s.actors(g)) >= 2 {
			return g
		}
	}
	return nil
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// events turns a match into events: finds the source and target, applies
// voice, negation and the pattern's flags.
func (s *sent) events(f found) []Match {
	p, b := f.p, f.b
	src, tgt := b.src, b.tgt
	var pairsOf []int // an agentless passive mutual act: the parties
	if src == nil && s.passive(b.first, b.last) {
		if ag := s.agent(b.last); ag != nil {
			src = ag
			if tgt == nil {
				tgt = s.subject(b.first)
			}
		} else if !p.Loc {
			// an agentless passive names no source: the story's
			// current subject is taken as the agent ("l'ambassadeur
			// de France a été convoqué"); a mutual act between named
			// parties codes both ways
			if !p.Sym {
				if s.prev == nil {
					return nil
				}
				return s.fromPrevious(p, b, tgt)
			}
			if pairsOf = s.betweenGroup(); pairsOf == nil {
				pairsOf = s.subject(b.first)
			}
		}
	}
	if src == nil && pairsOf == nil {
		src = s.subject(b.first)
	}
	if src == nil && pairsOf == nil && s.prev != nil && s.c.g.has("subject_fallback", "yes") {
		// a language that drops subjects ("Agregó que..."): the story's
		// current subject acts
		return s.fromSubject(p, b, s.prev, tgt)
	}
	// negation and modality between the subject and the event's words
	subjEnd := 0
	for _, g := range [][]int{src, pairsOf} {
		if g != nil && s.groupEnd(g) <= b.first {
			subjEnd = max(subjEnd, s.groupEnd(g))
		}
	}
	if s.negatedSpan(&b, subjEnd) {
		return nil
	}
	if pairsOf != nil {
		return s.pairs(p, b, pairsOf)
	}
	if tgt == nil {
		tgt = s.target(b.last, p.Loc, src)
	}
	// "la signature d'un traité entre A et B": the parties are the
	// group after "entre"
	if p.Sym && b.src == nil && b.tgt == nil {
		if tgt != nil && s.ms[tgt[0]].between && len(s.actors(tgt)) >= 2 {
			return s.pairs(p, b, tgt)
		}
		if src != nil && s.ms[src[0]].between && len(s.actors(src)) >= 2 {
			return s.pairs(p, b, src)
		}
	}
	if p.Sym && tgt == nil {
		if src == nil || len(s.actors(src)) < 2 {
			if g := s.betweenGroup(); g != nil {
				src = g
			}
		}
		return s.pairs(p, b, src)
	}
	if src == nil {
		return nil
	}
	srcA := s.actors(src)
	var tgtA []dyad.Actor
	if tgt != nil {
		tgtA = s.actors(tgt)
	} else if p.Self {
		for _, a := range srcA {
			if a.Country != "" {
				tgtA = append(tgtA, dyad.Actor{Text: a.Text, Name: a.Name, Code: a.Country, Country: a.Country})
			}
		}
	}
	return s.emit(p, b, srcA, tgtA, src, tgt)
}

// emit codes every source actor against every target actor, with the
// reverse events of mutual acts (sym) and visits (rev).
func (s *sent) emit(p *Pattern, b binding, srcA, tgtA []dyad.Actor, src, tgt []int) []Match {
	var out []Match
	for _, a := range srcA {
		for _, t := range tgtA {
			if !distinct(a, t) && !p.Self {
				continue
			}
			out = append(out, s.event(p, p.Code, a, t, src, tgt, b))
			if p.Sym {
				out = append(out, s.event(p, p.Code, t, a, src, tgt, b))
			}
			if p.Rev != "" {
				out = append(out, s.event(p, p.Rev, t, a, src, tgt, b))
			}
		}
	}
	return out
}

// stateSectors are the sectors of a state's own institutions: two of them
// in one country are one side, not a domestic dyad.
var stateSectors = map[string]bool{"": true, "GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "SPY": true}

// distinct reports whether two actors can be the two sides of an event:
// different countries or organisations, or a country's state and a group
// of its society (police and protesters, army and rebels).
func distinct(a, b dyad.Actor) bool {
	if a.Key() != b.Key() {
		return true
	}
	return a.Sector != b.Sector && (!stateSectors[a.Sector] || !stateSectors[b.Sector])
}

// fromPrevious codes an agentless passive with the story's current
// subject as its source and the passive's subject as its target.
func (s *sent) fromPrevious(p *Pattern, b binding, tgt []int) []Match {
	if tgt == nil {
		tgt = s.subject(b.first)
	}
	if tgt == nil || s.negated(b.first, s.groupEnd(tgt)) {
		return nil
	}
	return s.fromSubject(p, b, s.prev, tgt)
}

// fromSubject codes a match whose source is not in the sentence: as, the
// story's current subject, acts on the target group (found after the
// event's words when tgt is nil).
func (s *sent) fromSubject(p *Pattern, b binding, as []dyad.Actor, tgt []int) []Match {
	if tgt == nil {
		if s.negated(b.first, 0) {
			return nil
		}
		tgt = s.target(b.last, p.Loc, nil)
	}
	if tgt == nil {
		return nil
	}
	return s.emit(p, b, as, s.actors(tgt), nil, tgt)
}

// pairs codes a mutual act among the members of one group.
func (s *sent) pairs(p *Pattern, b binding, g []int) []Match {
	if g == nil {
		return nil
	}
	as := s.sides(g)
	if len(as) != 2 {
		// "A and B met": a pair; a longer list is rarely one mutual act
		return nil
	}
	var out []Match
	for _, a := range as {
		for _, t := range as {
			if distinct(a, t) {
				out = append(out, s.event(p, p.Code, a, t, g, nil, b))
			}
		}
	}
	return out
}

// event builds one Match with its evidence span and location.
func (s *sent) event(p *Pattern, code string, src, tgt dyad.Actor, sg, tg []int, b binding) Match {
	start, end := b.first, b.last+1
	for _, g := range [][]int{sg, tg} {
		if g == nil {
			continue
		}
		start = min(start, s.ms[g[0]].start)
		end = max(end, s.groupEnd(g))
	}
	m := Match{
		Sentence: s.in.Sentence.Index,
		Code:     code,
		Source:   src,
		Target:   tgt,
		Tokens:   [2]int{start, end},
		Span:     dyad.Span{Start: s.toks[start].Span.Start, End: s.toks[end-1].Span.End},
		Trigger:  [2]int{b.first, b.last + 1},
		Rule:     p.Rule,
	}
	for _, r := range s.ms {
		if r.locative && (r.kind == dyad.KindSeat || r.kind == dyad.KindPlace || r.kind == dyad.KindCountry) {
			name := r.place
			if name == "" {
				name = s.text(r.start, r.end)
			}
			m.Location = &dyad.Location{Name: name, Country: r.actors[0].Country}
			break
		}
	}
	return m
}

// text returns the words of tokens [a, b) as they stand in the sentence.
func (s *sent) text(a, b int) string {
	base := s.in.Sentence.Span.Start
	return s.in.Sentence.Text[s.toks[a].Span.Start-base : s.toks[b-1].Span.End-base]
}

// dedupe drops repeated events (same source, target and code) of a sentence.
func dedupe(ms []Match) []Match {
	seen := map[string]bool{}
	out := ms[:0]
	for _, m := range ms {
		k := m.Source.Code + "|" + m.Source.Key() + ">" + m.Target.Code + "|" + m.Target.Key() + " " + m.Code
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, m)
	}
	return out
}
