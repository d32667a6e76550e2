// Package dyad is the vocabulary of the dyad event coder: documents, spans,
// tokens, actors, events and the small helpers every stage shares (tokenizing,
// folding, reading lexicon files). It imports the standard library only.
//
// The stages (normalize, langid, segment, actor, pattern, timex, ...) each
// import this package and at most their own third-party library; the pipeline
// package composes them and cmd/dyad wires everything together.
package dyad
