package eval

import (
	"sort"
	"strconv"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
)

// Pred is one predicted event reduced to what scoring needs.
type Pred struct {
	Source, Target string // "RUS", "IGO:UN", "" for no actor
	CAMEO          string // "057"
	Root           string // "05"; "" means CAMEO's first two digits
	Quad           int    // 1..4; 0 means the quad of Root
	Plover         string // the event's own PLOVER type, "" for none
	Date           string // YYYY-MM-DD, "" for none
	Evidence       string // the text that asserts the event
}

// FromEvent reduces a dyad event to a Pred.
func FromEvent(e dyad.Event) Pred {
	p := Pred{
		Source:   e.Source.Key(),
		Target:   e.Target.Key(),
		CAMEO:    e.CAMEO,
		Root:     e.Root,
		Quad:     e.Quad,
		Plover:   e.Plover.Type,
		Evidence: e.Evidence.Text,
	}
	if e.Date != nil {
		p.Date = *e.Date
	}
	return p
}

// FromEvents groups dyad events by document id, as Score takes them.
func FromEvents(events []dyad.Event) map[string][]Pred {
	m := make(map[string][]Pred)
	for _, e := range events {
		m[e.DocID] = append(m[e.DocID], FromEvent(e))
	}
	return m
}

// Level is a level of comparison: what part of an event must agree.
type Level string

// The scoring levels, in report order.
const (
	LevelRoot   Level = "root"   // (source, target, 2-digit CAMEO root): the headline figure
	LevelCAMEO  Level = "cameo"  // (source, target, full CAMEO code)
	LevelQuad   Level = "quad"   // (source, target, quad class)
	LevelPlover Level = "plover" // (source, target, PLOVER type)
)

// Levels returns every level in report order.
func Levels() []Level { return []Level{LevelRoot, LevelCAMEO, LevelQuad, LevelPlover} }

// AllLangs is the Lang of the rows that sum over every language.
const AllLangs = "all"

// Counts are the figures of one level over a set of documents.
type Counts struct {
	Gold             int `json:"gold"`              // gold events with a label at the level
	Predicted        int `json:"predicted"`         // distinct predicted keys
	MatchedPredicted int `json:"matched_predicted"` // predicted keys some gold event matches
	MatchedGold      int `json:"matched_gold"`      // gold events some predicted key matches
}

func (c *Counts) add(d Counts) {
	c.Gold += d.Gold
	c.Predicted += d.Predicted
	c.MatchedPredicted += d.MatchedPredicted
	c.MatchedGold += d.MatchedGold
}

// Precision is MatchedPredicted/Predicted, 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.MatchedPredicted, c.Predicted) }

// Recall is MatchedGold/Gold, 0 when there is no gold event.
func (c Counts) Recall() float64 { return ratio(c.MatchedGold, c.Gold) }

// F1 is the harmonic mean of precision and recall, 0 when both are 0.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Row is the score of one level for one language (or AllLangs).
type Row struct {
	Level Level  `json:"level"`
	Lang  string `json:"lang"`
	Counts
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// DateRow is the date accuracy for one language (or AllLangs): among gold
// events with a date whose (source, target, root) was predicted, N, the
// number of them, and Correct, those where a predicted event with that key
// carries the gold date.
type DateRow struct {
	Lang     string  `json:"lang"`
	N        int     `json:"n"`
	Correct  int     `json:"correct"`
	Accuracy float64 `json:"accuracy"` // Correct/N, 0 when N is 0
}

// Item kinds.
const (
	Miss       = "miss"        // a gold event no predicted key matched
	FalseAlarm = "false_alarm" // a predicted key no gold event matched
)

// Item is one miss or false alarm, for explaining a score.
type Item struct {
	Kind     string `json:"kind"` // Miss or FalseAlarm
	Doc      string `json:"doc"`
	Lang     string `json:"lang"`
	Level    Level  `json:"level"`
	Source   string `json:"source"` // "*" for a gold event naming no actor; "" for a prediction without one
	Target   string `json:"target"` // as Source
	Label    string `json:"label"`  // root, code, quad or PLOVER type
	Evidence string `json:"evidence"`
}

// Report is the result of scoring one gold file.
type Report struct {
	File        string    `json:"file"`
	Docs        int       `json:"docs"`         // gold documents
	Levels      []Level   `json:"levels"`       // the levels the file supports
	Rows        []Row     `json:"rows"`         // per level: AllLangs, then each language
	Dates       []DateRow `json:"dates"`        // AllLangs, then each language
	Explain     []Item    `json:"explain"`      // per document, per level: misses, then false alarms
	UnknownDocs []string  `json:"unknown_docs"` // predicted document ids not in the gold file
}

// Row returns the row of a level and language (or AllLangs).
func (r *Report) Row(level Level, lang string) (Row, bool) {
	for _, row := range r.Rows {
		if row.Level == level && row.Lang == lang {
			return row, true
		}
	}
	return Row{}, false
}

// Date returns the date accuracy of a language (or AllLangs).
func (r *Report) Date(lang string) (DateRow, bool) {
	for _, d := range r.Dates {
		if d.Lang == lang {
			return d, true
		}
	}
	return DateRow{}, false
}

// Score compares predictions, by document id, with the gold documents of
// one file, by the rules of shared/eval/README.md:
//
//   - A level is scored when some gold event of the file has a label at it;
//     gold events without a label at a level are left out of that level.
//   - Per document and level, the predicted events reduce to distinct keys
//     (source, target, label); a prediction without a label at the level
//     (no PLOVER type, no code) makes no key there. Predictions in a
//     document with no gold event (or none labelled at the level) still
//     count, as false alarms.
//   - A gold event matches a key with the same label whose actors agree
//     wherever the gold names one (a null gold actor matches any actor).
//   - Precision is matched keys / keys, recall matched gold events / gold
//     events, summed over documents (micro-average), overall and per
//     language.
//   - Date accuracy: among gold events with a date and a root whose
//     (source, target, root) was predicted, the share where one of the
//     predicted events with such a key carries the gold date.
//
// Predictions for ids not in gold are not scored; they are listed in
// UnknownDocs.
func Score(file string, gold []GoldDoc, preds map[string][]Pred) *Report {
	r := &Report{File: file, Docs: len(gold), Explain: []Item{}, UnknownDocs: []string{}}
	for _, l := range Levels() {
		if supports(gold, l) {
			r.Levels = append(r.Levels, l)
		}
	}
	langSet := map[string]bool{}
	ids := make(map[string]bool, len(gold))
	for _, d := range gold {
		langSet[langOf(d)] = true
		ids[d.ID] = true
	}
	langs := make([]string, 0, len(langSet))
	for l := range langSet {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	langs = append([]string{AllLangs}, langs...)

	counts := map[Level]map[string]*Counts{}
	for _, l := range r.Levels {
		counts[l] = map[string]*Counts{}
		for _, lang := range langs {
			counts[l][lang] = &Counts{}
		}
	}
	dates := map[string]*DateRow{}
	for _, lang := range langs {
		dates[lang] = &DateRow{Lang: lang}
	}

	for _, d := range gold {
		lang := langOf(d)
		ps := preds[d.ID]
		for _, l := range r.Levels {
			c := r.scoreDoc(d, lang, l, ps)
			counts[l][AllLangs].add(c)
			counts[l][lang].add(c)
		}
		n, correct := dateDoc(d, ps)
		for _, k := range []string{AllLangs, lang} {
			dates[k].N += n
			dates[k].Correct += correct
		}
	}

	for _, l := range r.Levels {
		for _, lang := range langs {
			c := *counts[l][lang]
			r.Rows = append(r.Rows, Row{Level: l, Lang: lang, Counts: c,
				Precision: c.Precision(), Recall: c.Recall(), F1: c.F1()})
		}
	}
	for _, lang := range langs {
		d := dates[lang]
		d.Accuracy = ratio(d.Correct, d.N)
		r.Dates = append(r.Dates, *d)
	}
	for id := range preds {
		if !ids[id] {
			r.UnknownDocs = append(r.UnknownDocs, id)
		}
	}
	sort.Strings(r.UnknownDocs)
	return r
}

// key is a distinct predicted (source, target, label).
type key struct {
	source, target, label string
}

// scoreDoc scores one document at one level and appends its misses and
// false alarms to r.Explain.
func (r *Report) scoreDoc(d GoldDoc, lang string, l Level, ps []Pred) Counts {
	var (
		keys     []key
		evidence []string
		index    = map[key]int{}
	)
	for _, p := range ps {
		label := predLabel(p, l)
		if label == "" {
			continue
		}
		k := key{p.Source, p.Target, label}
		if _, ok := index[k]; ok {
			continue
		}
		index[k] = len(keys)
		keys = append(keys, k)
		evidence = append(evidence, p.Evidence)
	}
	c := Counts{Predicted: len(keys)}
	matched := make([]bool, len(keys))
	for _, g := range d.Events {
		label, ok := goldLabel(g, l)
		if !ok {
			continue
		}
		c.Gold++
		hit := false
		for i, k := range keys {
			if k.label == label && agree(g.Source, k.source) && agree(g.Target, k.target) {
				matched[i] = true
				hit = true
			}
		}
		if hit {
			c.MatchedGold++
			continue
		}
		r.Explain = append(r.Explain, Item{Kind: Miss, Doc: d.ID, Lang: lang, Level: l,
			Source: goldActor(g.Source), Target: goldActor(g.Target), Label: label, Evidence: deref(g.Evidence)})
	}
	for i, k := range keys {
		if matched[i] {
			c.MatchedPredicted++
			continue
		}
		r.Explain = append(r.Explain, Item{Kind: FalseAlarm, Doc: d.ID, Lang: lang, Level: l,
			Source: k.source, Target: k.target, Label: k.label, Evidence: evidence[i]})
	}
	return c
}

// dateDoc returns, for one document, the number of gold events that count
// for date accuracy and how many of them are correct.
func dateDoc(d GoldDoc, ps []Pred) (n, correct int) {
	for _, g := range d.Events {
		root, ok := goldLabel(g, LevelRoot)
		if !ok || g.Date == nil || *g.Date == "" {
			continue
		}
		found, right := false, false
		for _, p := range ps {
			if predLabel(p, LevelRoot) == root && agree(g.Source, p.Source) && agree(g.Target, p.Target) {
				found = true
				if p.Date == *g.Date {
					right = true
					break
				}
			}
		}
		if found {
			n++
			if right {
				correct++
			}
		}
	}
	return n, correct
}

// supports reports whether some gold event of the file has a label at l.
func supports(gold []GoldDoc, l Level) bool {
	for _, d := range gold {
		for _, g := range d.Events {
			if _, ok := goldLabel(g, l); ok {
				return true
			}
		}
	}
	return false
}

// goldLabel returns a gold event's label at a level; false when it has none.
func goldLabel(g GoldEvent, l Level) (string, bool) {
	var s *string
	switch l {
	case LevelRoot:
		s = g.Root
	case LevelCAMEO:
		s = g.CAMEO
	case LevelPlover:
		s = g.Plover
	case LevelQuad:
		if g.Quad == nil || *g.Quad < 1 || *g.Quad > 4 {
			return "", false
		}
		return strconv.Itoa(*g.Quad), true
	}
	if s == nil || *s == "" {
		return "", false
	}
	return *s, true
}

// predLabel returns a prediction's label at a level, "" when it has none. An
// empty Root is taken from CAMEO and a zero Quad from the root.
func predLabel(p Pred, l Level) string {
	root := p.Root
	if root == "" && len(p.CAMEO) >= 2 {
		root = p.CAMEO[:2]
	}
	switch l {
	case LevelRoot:
		return root
	case LevelCAMEO:
		return p.CAMEO
	case LevelPlover:
		return p.Plover
	case LevelQuad:
		q := p.Quad
		if q == 0 {
			q = cameo.QuadOf(root)
		}
		if q < 1 || q > 4 {
			return ""
		}
		return strconv.Itoa(q)
	}
	return ""
}

// agree reports whether a predicted actor agrees with a gold actor: a null
// (or empty) gold actor agrees with any.
func agree(gold *string, pred string) bool {
	return gold == nil || *gold == "" || *gold == pred
}

func goldActor(a *string) string {
	if a == nil || *a == "" {
		return "*"
	}
	return *a
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func langOf(d GoldDoc) string {
	if d.Lang == "" {
		return "und"
	}
	return d.Lang
}
