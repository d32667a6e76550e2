package pattern

import (
	"sort"
	"strings"

	"github.com/dyad-events/dyad"
)

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
	case ";", "!", "?":
		return true
	case ".":
		// the segmenter ends sentences; a period inside one closes an
		// abbreviation ("M. Poutine", "Gen. Smith")
		return k == len(s.forms)-1
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
		// the gap lengths it may take: it skips words, never an actor; a
		// place after a locative preposition is no actor unless the
		// pattern takes places (loc)
		limit := 0
		for limit < maxGap && k+limit < n {
			j := k + limit
			if s.isStop(j) || s.at[j] >= 0 && s.ms[s.at[j]].kind != dyad.KindPronoun && (p.Loc || !s.ms[s.at[j]].locative) {
				break
			}
			limit++
		}
		// an optional slot after the gap binds an actor when it can
		// ("schließt einen Einsatz in Syrien nicht aus"): lengths that
		// reach one are tried first
		slotNext := ei+1 < len(p.elems) && p.elems[ei+1].optional && (p.elems[ei+1].kind == elemSource || p.elems[ei+1].kind == elemTarget)
		for pass := 0; pass < 2; pass++ {
			for g := 0; g <= limit; g++ {
				if slotNext && s.startsRef(k+g) != (pass == 0) {
					continue
				}
				if rb, end, ok := s.match(p, ei+1, k+g, b); ok {
					return rb, end, true
				}
			}
			if !slotNext {
				break
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

// startsRef reports whether an actor reference starts at token k, after
// determiners.
func (s *sent) startsRef(k int) bool {
	j := s.skipDet(k)
	return j < len(s.toks) && s.at[j] >= 0 && s.ms[s.at[j]].start == j && !s.ms[s.at[j]].subjOnly
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
	s.indexWords()
	tried := s.sc.tried // by pattern id: the last token a match covers, +1
	try := func(p *Pattern, k int) {
		if tried[p.id] > int32(k) {
			return
		}
		if !s.mayMatch(p) {
			tried[p.id] = int32(len(s.toks) + 1)
			return
		}
		b, end, ok := s.matchAt(p, k)
		if ok {
			fs = append(fs, found{p: p, b: b})
			tried[p.id] = int32(end)
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
	var out []Match
	for _, f := range s.resolveOverlaps(fs) {
		out = append(out, f.evs...)
	}
	return dedupe(out)
}

// mayMatch reports whether every word a pattern requires occurs somewhere
// in the sentence: a cheap test that spares most match attempts (many
// patterns start with a common word such as an auxiliary).
func (s *sent) mayMatch(p *Pattern) bool {
	if v := s.possible[p.id]; v != 0 {
		return v > 0
	}
	ok := true
	for _, e := range p.elems {
		if e.kind != elemWord || e.optional {
			continue
		}
		if s.occurs[e.id] == 0 {
			s.occurs[e.id] = -1
			if s.anyMatch(e) {
				s.occurs[e.id] = 1
			}
		}
		if s.occurs[e.id] < 0 {
			ok = false
			break
		}
	}
	s.possible[p.id] = -1
	if ok {
		s.possible[p.id] = 1
	}
	return ok
}

// indexWords fills present with every form of the sentence, its stem, the
// form less each inflection ending, and the first bytes of every form.
func (s *sent) indexWords() {
	sc := s.sc
	clear(sc.present)
	clear(sc.possible)
	clear(sc.occurs)
	clear(sc.tried)
	s.present, s.possible, s.occurs = sc.present, sc.possible, sc.occurs
	for k, f := range s.forms {
		s.present[f] = true
		if isPunct(f) {
			continue
		}
		s.present[s.stem(k)] = true
		for _, e := range s.c.g.ends {
			if len(f) > len(e) && strings.HasSuffix(f, e) {
				s.present[f[:len(f)-len(e)]] = true
			}
		}
		for _, w := range []string{f, s.toks[k].Fold} {
			if len(w) >= prefixKey {
				s.present["\x00"+w[:prefixKey]] = true
			}
		}
	}
}

// anyMatch reports whether some token of the sentence may match e.
func (s *sent) anyMatch(e element) bool {
	for _, a := range e.alts {
		if a.mode != altPrefix {
			if s.present[a.text] {
				return true
			}
			continue
		}
		if len(a.text) >= prefixKey && !s.present["\x00"+a.text[:prefixKey]] {
			continue
		}
		for k, f := range s.forms {
			if strings.HasPrefix(f, a.text) || strings.HasPrefix(s.toks[k].Fold, a.text) {
				return true
			}
		}
	}
	return false
}

// scratch holds the buffers a coder reuses from sentence to sentence.
type scratch struct {
	present          map[string]bool
	possible, occurs []int8
	tried            []int32
	cands            []*Pattern
}

func (c *Coder) newScratch() *scratch {
	return &scratch{
		present:  map[string]bool{},
		possible: make([]int8, len(c.pats)),
		occurs:   make([]int8, len(c.elemIDs)),
		tried:    make([]int32, len(c.pats)),
	}
}

// candidates returns the indexed patterns whose first word may match token k.
func (s *sent) candidates(k int) []*Pattern {
	f := s.forms[k]
	out := s.sc.cands[:0]
	defer func() { s.sc.cands = out[:0] }()
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
// then first, then earliest line), codes their events, and drops the
// matches governed by a promise, threat or refusal. A heavier match hides
// a lighter one even when it gives no event itself: patterns use that to
// block readings ("were killed by a roadside bomb" is no attack by anyone).
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
	var kept []found
	for _, f := range fs {
		free := true
		for _, k := range kept {
			if f.b.first <= k.b.last && k.b.first <= f.b.last {
				free = false
				break
			}
		}
		if free {
			kept = append(kept, f)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].b.first < kept[j].b.first })
	// the words of every kept match, so a subject search can tell an
	// earlier event's object from a subject
	for _, f := range kept {
		s.triggers = append(s.triggers, [2]int{f.b.first, f.b.last + 1})
	}
	var out []found
	for _, f := range kept {
		governed := false
		for _, g := range kept {
			if g.p.Gov && s.governs(g.b.last, f.b.first) {
				governed = true
				break
			}
		}
		if governed {
			continue
		}
		if f.evs = s.events(f); len(f.evs) > 0 {
			out = append(out, f)
		}
	}
	return out
}

// governs reports whether a governing word ending at token a (promise,
// threat, refusal, condemnation) governs the trigger starting at token b.
func (s *sent) governs(a, b int) bool {
	if b <= a || b > a+8 {
		return false
	}
	// right after it, or after an infinitive marker ("threatened to
	// impose") when the language lists them
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
