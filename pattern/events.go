package pattern

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

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

// passive reports whether a match's words follow or enclose a passive
// auxiliary ("a été signé", "accords ont été signés"); patterns may name
// the auxiliary themselves ("a été convoqué").
func (s *sent) passive(b *binding) bool {
	first, last := b.first, b.last
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

// inPhrase reports whether the words at token first stand in a
// prepositional phrase ("for the attack", "lors de la visite"), and the
// possessive reference before them, if any ("après son voyage").
func (s *sent) inPhrase(first int) (bool, []int) {
	g := &s.c.g
	det := false // a determiner between: a noun phrase, not a verb after "a"
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		if i := s.at[k]; i >= 0 {
			if s.ms[i].subjOnly {
				return true, s.groups[s.ms[i].group]
			}
			return false, nil
		}
		w := s.forms[k]
		if g.has("det", w) {
			det = true
			continue
		}
		if g.has("adverb", w) {
			continue
		}
		return det && g.has("prep", w) && !g.has("inf", w) && !g.has("agent", w) && !g.has("between", w), nil
	}
	return false, nil
}

// afterTrigger reports whether another match's words end before token
// first in the same clause.
func (s *sent) afterTrigger(first int) bool {
	for _, t := range s.triggers {
		if t[1] <= first && !s.stopBetween(t[1], first) {
			return true
		}
	}
	return false
}

// stopBetween reports whether a clause ends between tokens a and b.
func (s *sent) stopBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if s.isStop(k) {
			return true
		}
	}
	return false
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
		g := s.groupFrom(i)
		if e := s.groupEnd(g); e < len(s.toks) && s.phraseAt("stop", e) > 0 {
			return nil // ", the UN agency reported": who reports, not the target
		}
		return g
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
	if src == nil && s.passive(&b) {
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
		if pp, own := s.inPhrase(b.first); pp && !p.Sym && s.afterTrigger(b.first) {
			// "condemned Russia for the attack on Kyiv": a nominal event in
			// a prepositional phrase after another event's words is not the
			// clause subject's act; only a possessive names its actor
			src = own
		} else {
			src = s.subject(b.first)
		}
	}
	var adjSrc []dyad.Actor
	if src == nil && pairsOf == nil {
		// "Israeli strikes", "des frappes israéliennes": the nation of an
		// event noun is its actor
		if a, ok := s.adjectiveNear(b.first); ok {
			adjSrc = []dyad.Actor{a}
		}
	}
	if src == nil && pairsOf == nil && adjSrc == nil && s.prev != nil && s.c.g.has("subject_fallback", "yes") {
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
		if p.Sym && src != nil && len(s.sides(src)) == 2 {
			// "A and B signed an accord": the pair, not a later target
			return s.pairs(p, b, src)
		}
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
	if src == nil && p.Self && strings.HasPrefix(p.Code, "14") {
		// "Thousands marched in Caracas": a protest with no named actor
		// is by the people of the place it happens in
		if l := s.place(); l != nil {
			c := dyad.Actor{Text: l.Name, Name: l.Name, Code: l.Country + "CVL", Country: l.Country, Sector: "CVL"}
			return s.emit(p, b, []dyad.Actor{c}, []dyad.Actor{{Text: l.Name, Name: l.Name, Code: l.Country, Country: l.Country}}, nil, nil)
		}
	}
	if src == nil && adjSrc == nil {
		return nil
	}
	srcA := adjSrc
	if src != nil {
		srcA = s.actors(src)
	}
	var tgtA []dyad.Actor
	if tgt != nil {
		tgtA = s.actors(tgt)
	} else if a, ok := s.adjectiveAfter(b.last, srcA); ok {
		// "a condamné les frappes russes": the nation of the act condemned
		tgtA = []dyad.Actor{a}
	} else if p.Self {
		for _, a := range srcA {
			if a.Country != "" {
				tgtA = append(tgtA, dyad.Actor{Text: a.Text, Name: a.Name, Code: a.Country, Country: a.Country})
			}
		}
	} else if reactions[p.Code[:2]] {
		// "Islamabad a dénoncé un acte de guerre": a criticism or a
		// rejection with no named target answers the story's other party
		tgtA = s.counterpart(srcA)
	}
	return s.emit(p, b, srcA, tgtA, src, tgt)
}

// adjectiveNear returns the demonym adjective right before or right after
// the word at token first ("Israeli strikes", "frappes israéliennes").
func (s *sent) adjectiveNear(first int) (dyad.Actor, bool) {
	for _, m := range s.in.Adjectives {
		if m.End == first || m.Start == first+1 {
			return m.Actor, true
		}
	}
	return dyad.Actor{}, false
}

// adjectiveAfter returns the first demonym adjective after token last in
// the clause, of another side than srcA.
func (s *sent) adjectiveAfter(last int, srcA []dyad.Actor) (dyad.Actor, bool) {
	for _, m := range s.in.Adjectives {
		if m.Start <= last || s.stopBetween(last+1, m.Start) {
			continue
		}
		other := true
		for _, a := range srcA {
			other = other && distinct(m.Actor, a)
		}
		if other && m.Start-last <= 6 {
			return m.Actor, true
		}
	}
	return dyad.Actor{}, false
}

// reactions are the CAMEO roots of acts that answer someone: disapprove
// (11) and reject (12). Measured on the dev stories and on fresh stories
// written for the purpose, taking the story's other party as their target
// when none is named raised root F1 everywhere (French fresh stories 0.51
// to 0.58); doing it for all roots lowered French precision. The other
// party is the one the story names most often: better than the last one
// named on 7 of 9 story sets.
var reactions = map[string]bool{"11": true, "12": true}

// counterpart returns the story's other party: of the actors named before
// on another side than srcA, the one named most often, the most recent on
// a tie.
func (s *sent) counterpart(srcA []dyad.Actor) []dyad.Actor {
	var best *dyad.Actor
	n := 0
	for i := len(s.recent) - 1; i >= 0; i-- {
		a := &s.recent[i]
		other := true
		for _, b := range srcA {
			other = other && distinct(*a, b)
		}
		if c := s.counts[a.Key()]; other && c > n {
			best, n = a, c
		}
	}
	if best == nil {
		return nil
	}
	return []dyad.Actor{*best}
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

// place returns the place the sentence names after a locative
// preposition, or nil.
func (s *sent) place() *dyad.Location {
	for _, r := range s.ms {
		if r.locative && (r.kind == dyad.KindSeat || r.kind == dyad.KindPlace || r.kind == dyad.KindCountry) && r.actors[0].Country != "" {
			name := r.place
			if name == "" {
				name = s.text(r.start, r.end)
			}
			return &dyad.Location{Name: name, Country: r.actors[0].Country}
		}
	}
	return nil
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
	m.Location = s.place()
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
