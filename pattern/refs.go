package pattern

import (
	"sort"
	"strings"

	"github.com/dyad-events/dyad"
)

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
	subject []dyad.Actor   // the last subject
	recent  []dyad.Actor   // distinct actors, most recent last
	counts  map[string]int // how often each actor key was named
}

func (d *discourse) remember(as ...dyad.Actor) {
	for _, a := range as {
		k := a.Key()
		if k == "" {
			continue
		}
		if d.counts == nil {
			d.counts = map[string]int{}
		}
		d.counts[k]++
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
	prev     []dyad.Actor   // the subject of the story so far
	recent   []dyad.Actor   // actors named before this sentence, most recent last
	counts   map[string]int // how often the story named each actor
	// present holds the sentence's forms and stems; possible caches, per
	// pattern, whether all its required words occur in the sentence
	present  map[string]bool
	possible []int8 // by pattern id: 0 not known, 1 possible, -1 not
	occurs   []int8 // by word element id, likewise
	sc       *scratch
}

func (c *Coder) analyze(in Input, d *discourse, sc *scratch) *sent {
	toks := in.Sentence.Tokens
	s := &sent{c: c, sc: sc, in: in, toks: toks, forms: make([]string, len(toks)), stems: make([]string, len(toks)), at: make([]int, len(toks))}
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
	s.recent, s.counts = d.recent, d.counts
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
	if k >= len(s.forms) || !s.c.g.first[key][s.forms[k]] {
		return 0
	}
	set := s.c.g.sets[key]
	best := 0
	w := ""
	for n := 1; n <= s.c.g.long[key] && k+n <= len(s.forms); n++ {
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
	if a.kind == dyad.KindPronoun || b.kind == dyad.KindPronoun || b.start < a.end {
		return noLink
	}
	if b.start == a.end {
		// a coordinating clitic glued to the next country or
		// organisation ("فرنسا وألمانيا"; a title may start with the
		// same letter: "وزير")
		if b.kind != dyad.KindCountry && b.kind != dyad.KindIGO && b.kind != dyad.KindSeat {
			return noLink
		}
		for p := range s.c.g.sets["coord_prefix"] {
			if f := s.forms[b.start]; len(f) > len(p) && strings.HasPrefix(f, p) {
				return coordLink
			}
		}
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
