// Package actor finds the actors a sentence names: countries, demonyms,
// titles with a country ("le président russe", "Russia's foreign
// minister"), named people, capitals and seats of power, other places,
// organisations and non-state groups. Everything it knows is data under
// lexicon/world/ and lexicon/<lang>/ (see docs/lexicon.md), read by Load
// from an fs.FS; the CLDR country names of the language complete the list.
//
// Matching is on folded tokens (dyad.Fold), longest reading first. A phrase
// word written in capitals in a lexicon file ("US", "ONU") matches only a
// token in capitals, and a capitalised word ("Turkey", "Poutine") only a
// capitalised token. A demonym noun ("les Russes", "the Iranians") is a
// KindDemonym mention of the country with no sector: news uses it for the
// state as often as for its people.
package actor
