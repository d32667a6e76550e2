// Package pipeline composes dyad's stages into the event coder: normalize,
// identify the language, split sentences, find actors, match event
// patterns, resolve dates, and attach the CAMEO and PLOVER attributes.
//
// A Pipeline is built once from the lexicon (every language folder that has
// a patterns.txt is a supported language) and is safe for concurrent use.
package pipeline

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actor"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/langid"
	"github.com/dyad-events/dyad/normalize"
	"github.com/dyad-events/dyad/pattern"
	"github.com/dyad-events/dyad/segment"
	"github.com/dyad-events/dyad/timex"
)

// ChunkSize is the most text coded as one unit. Longer documents are cut at
// a sentence or word boundary into chunks that are coded one after the
// other, so memory stays bounded whatever the input.
const ChunkSize = 1 << 20

// language is the set of stages of one language.
type language struct {
	seg    *segment.Segmenter
	actors *actor.Dict
	coder  *pattern.Coder
	dates  *timex.Resolver
}

// Pipeline codes documents into events.
type Pipeline struct {
	id    *langid.Identifier
	langs map[string]*language
	// KeepBackground keeps events dated by a bare past year or month
	// ("un traité signé en 1961"): by default they are history told as
	// background and are not coded.
	KeepBackground bool
}

// New loads every language of fsys that has patterns.
func New(fsys fs.FS) (*Pipeline, error) {
	id, err := langid.Load(fsys)
	if err != nil {
		return nil, fmt.Errorf("load language identifier: %w", err)
	}
	p := &Pipeline{id: id, langs: map[string]*language{}}
	dirs, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("read lexicon: %w", err)
	}
	for _, d := range dirs {
		lang := d.Name()
		if !d.IsDir() || lang == "world" {
			continue
		}
		if _, err := fs.Stat(fsys, lang+"/patterns.txt"); err != nil {
			continue
		}
		l, err := loadLanguage(fsys, lang)
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", lang, err)
		}
		p.langs[lang] = l
	}
	if len(p.langs) == 0 {
		return nil, errors.New("load lexicon: no language has patterns")
	}
	return p, nil
}

func loadLanguage(fsys fs.FS, lang string) (*language, error) {
	var l language
	var err error
	if l.seg, err = segment.Load(fsys, lang); err != nil {
		return nil, err
	}
	if l.actors, err = actor.Load(fsys, lang); err != nil {
		return nil, err
	}
	if l.coder, err = pattern.Load(fsys, lang); err != nil {
		return nil, err
	}
	if l.dates, err = timex.Load(fsys, lang); err != nil {
		return nil, err
	}
	return &l, nil
}

// Languages returns the languages the pipeline codes, sorted.
func (p *Pipeline) Languages() []string {
	var out []string
	for l := range p.langs {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// Coder returns the pattern coder of a language, for tests and tools.
func (p *Pipeline) Coder(lang string) *pattern.Coder {
	if l := p.langs[lang]; l != nil {
		return l.coder
	}
	return nil
}

// Code codes one document. It returns dyad.ErrEmpty for a document with no
// text and dyad.ErrUnknownLanguage (wrapped, naming the language) for one
// that no supported language matches.
func (p *Pipeline) Code(doc dyad.Document) ([]dyad.Event, error) {
	var out []dyad.Event
	err := p.Stream(doc, func(evs []dyad.Event) error {
		out = append(out, evs...)
		return nil
	})
	return out, err
}

// Stream codes one document like Code, passing its events to emit one
// chunk at a time, so a huge document never holds all its events at once.
// It stops at the first error emit returns.
func (p *Pipeline) Stream(doc dyad.Document, emit func([]dyad.Event) error) error {
	if strings.TrimSpace(doc.Text) == "" {
		return dyad.ErrEmpty
	}
	lang := doc.Lang
	sentences := 0 // in the chunks before
	for _, ch := range chunks(doc.Text, ChunkSize) {
		sub := doc
		sub.Text = doc.Text[ch.Start:ch.End]
		evs, l, n, err := p.code(sub, lang)
		if err != nil {
			return err
		}
		lang = l // the first chunk decides the language of the rest
		for i := range evs {
			evs[i].Evidence.Start += ch.Start
			evs[i].Evidence.End += ch.Start
			evs[i].Sentence += sentences
		}
		sentences += n
		if len(evs) > 0 {
			if err := emit(evs); err != nil {
				return err
			}
		}
	}
	return nil
}

// code codes a document of at most ChunkSize bytes. It returns the
// events, the language and the number of sentences.
func (p *Pipeline) code(doc dyad.Document, lang string) ([]dyad.Event, string, int, error) {
	norm := normalize.Normalize(doc.Text)
	if lang == "" {
		l, ok := p.id.Identify(norm.Text)
		if !ok {
			return nil, "", 0, fmt.Errorf("%w: not identified", dyad.ErrUnknownLanguage)
		}
		lang = l
	}
	l := p.langs[lang]
	if l == nil {
		return nil, lang, 0, fmt.Errorf("%w: %s", dyad.ErrUnknownLanguage, lang)
	}
	published := doc.Published
	if published == "" {
		published = norm.Meta.Published
	}
	roleDate := published
	if len(roleDate) == 7 {
		roleDate += "-15"
	}
	sents := l.seg.Split(norm.Text)
	inputs := make([]pattern.Input, len(sents))
	for i, s := range sents {
		ms := l.actors.Find(s.Tokens, roleDate)
		inputs[i] = pattern.Input{Sentence: s, Mentions: ms, Adjectives: l.actors.Adjectives(s.Tokens, ms)}
	}
	matches := l.coder.Code(inputs)
	dates := newDater(l.dates, sents, published)
	var out []dyad.Event
	for _, m := range matches {
		ev, ok := p.event(doc, lang, norm, m, dates)
		if ok {
			out = append(out, ev)
		}
	}
	return out, lang, len(sents), nil
}

// event completes a pattern match into an output event.
func (p *Pipeline) event(doc dyad.Document, lang string, norm normalize.Result, m pattern.Match, dates *dater) (dyad.Event, bool) {
	c, ok := cameo.Lookup(m.Code)
	if !ok {
		return dyad.Event{}, false
	}
	d := dates.of(m)
	if d.background && !p.KeepBackground {
		return dyad.Event{}, false
	}
	start, end := norm.Orig(m.Span.Start), norm.Orig(m.Span.End)
	ev := dyad.Event{
		DocID:         doc.ID,
		Sentence:      m.Sentence,
		Evidence:      dyad.Evidence{Start: start, End: end, Text: doc.Text[start:end]},
		Source:        m.Source,
		Target:        m.Target,
		CAMEO:         c.Code,
		Root:          cameo.Root(c.Code),
		Quad:          c.Quad,
		Goldstein:     c.Goldstein,
		Plover:        dyad.Plover{Type: c.Plover, Mode: c.PloverMode},
		DatePrecision: d.precision,
		Location:      m.Location,
		Lang:          lang,
		Rule:          m.Rule,
	}
	if d.date != "" {
		ev.Date = &d.date
	}
	return ev, true
}

// chunks cuts text into spans of at most size bytes, at a line break,
// sentence end or space where there is one in the last quarter of a chunk.
func chunks(text string, size int) []dyad.Span {
	var out []dyad.Span
	start := 0
	for len(text)-start > size {
		end := start + size
		cut := -1
		for _, sep := range []string{"\n", ". ", " "} {
			if i := strings.LastIndex(text[start+size*3/4:end], sep); i >= 0 {
				cut = start + size*3/4 + i + len(sep)
				break
			}
		}
		if cut < 0 {
			cut = end
			for cut > start && !utf8Start(text[cut]) {
				cut--
			}
		}
		out = append(out, dyad.Span{Start: start, End: cut})
		start = cut
	}
	return append(out, dyad.Span{Start: start, End: len(text)})
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// eventDate is the date given to an event.
type eventDate struct {
	date, precision string
	background      bool
}

// dater dates the events of a document: the date expression of the
// event's sentence nearest to its trigger; else the last day named in the
// story so far, when it is recent; else the publication date.
type dater struct {
	pub      time.Time
	pubOK    bool
	pubDay   string
	pubPrec  string
	exprs    [][]timex.Expr // per sentence
	narrated []string       // per sentence: the last day named up to it
}

func newDater(r *timex.Resolver, sents []dyad.Sentence, published string) *dater {
	d := &dater{exprs: make([][]timex.Expr, len(sents)), narrated: make([]string, len(sents))}
	switch len(published) {
	case 10:
		if t, err := time.Parse("2006-01-02", published); err == nil {
			d.pub, d.pubOK, d.pubDay, d.pubPrec = t, true, published, dyad.PrecisionDay
		}
	case 7:
		if t, err := time.Parse("2006-01", published); err == nil {
			d.pub, d.pubPrec = t.AddDate(0, 1, -1), dyad.PrecisionMonth
		}
	}
	last := ""
	for i, s := range sents {
		d.exprs[i] = r.Find(s.Tokens, published)
		d.narrated[i] = last
		for _, e := range d.exprs[i] {
			if e.Precision == dyad.PrecisionDay && d.recent(e.Date) {
				last = e.Date
			}
		}
	}
	return d
}

// recent reports whether a day is within the week before publication.
func (d *dater) recent(day string) bool {
	t, err := time.Parse("2006-01-02", day)
	if err != nil || d.pub.IsZero() {
		return false
	}
	return !t.After(d.pub) && d.pub.Sub(t) <= 7*24*time.Hour
}

func (d *dater) of(m pattern.Match) eventDate {
	var best *timex.Expr
	dist := 1 << 30
	if m.Sentence >= 0 && m.Sentence < len(d.exprs) {
		for i, e := range d.exprs[m.Sentence] {
			if e.Since {
				continue // "détenus depuis 2022": how long, not when
			}
			x := e.Start - m.Trigger[1]
			if e.End <= m.Trigger[0] {
				x = m.Trigger[0] - e.End
			}
			if x < 0 {
				x = 0
			}
			if x < dist {
				best, dist = &d.exprs[m.Sentence][i], x
			}
		}
	}
	if best != nil {
		return d.fromExpr(*best)
	}
	if m.Sentence >= 0 && m.Sentence < len(d.narrated) && d.narrated[m.Sentence] != "" {
		return eventDate{date: d.narrated[m.Sentence], precision: dyad.PrecisionDay}
	}
	if d.pubDay != "" {
		return eventDate{date: d.pubDay, precision: dyad.PrecisionDay}
	}
	return eventDate{precision: d.pubPrec}
}

// fromExpr dates an event by an expression; a bare month or year well
// before publication marks the event as background.
func (d *dater) fromExpr(e timex.Expr) eventDate {
	out := eventDate{date: e.Date, precision: e.Precision}
	var end time.Time
	switch e.Precision {
	case dyad.PrecisionDay:
		return out
	case dyad.PrecisionYear:
		t, err := time.Parse("2006", e.Date)
		if err != nil {
			return eventDate{}
		}
		out.date = e.Date + "-01-01"
		end = t.AddDate(1, 0, 0)
	case dyad.PrecisionMonth:
		t, err := time.Parse("2006-01", e.Date)
		if err != nil {
			return eventDate{}
		}
		out.date = e.Date + "-01"
		end = t.AddDate(0, 1, 0)
	default: // a week: its Monday
		t, err := time.Parse("2006-01-02", e.Date)
		if err != nil {
			return eventDate{}
		}
		end = t.AddDate(0, 0, 7)
	}
	if !d.pub.IsZero() && end.Before(d.pub.AddDate(0, -1, 0)) {
		out.background = true
	}
	return out
}
