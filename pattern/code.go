package pattern

import (
	"github.com/dyad-events/dyad"
)

// Input is one sentence ready for coding: its tokens and the actors the
// actor dictionary found in it.
type Input struct {
	Sentence dyad.Sentence
	Mentions []dyad.Mention
	// Adjectives are bare demonym adjectives outside the mentions ("les
	// frappes russes"): whose act an event noun is, used only when the
	// sentence names no actor for a slot.
	Adjectives []dyad.Mention
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

// Code codes the sentences of one document, in order: pronouns and
// possessives may refer to actors of earlier sentences.
func (c *Coder) Code(sents []Input) []Match {
	var d discourse
	var out []Match
	sc := c.newScratch()
	for _, in := range sents {
		s := c.analyze(in, &d, sc)
		var ms []Match
		if len(s.ms) > 0 { // no actor, no event: spare the matching
			ms = s.code()
		}
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
