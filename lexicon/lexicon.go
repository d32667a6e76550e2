// Package lexicon embeds dyad's language data: one folder per language
// (ISO 639-1) plus world/ for language-independent facts. The formats are
// described in docs/lexicon.md and docs/patterns.md.
package lexicon

import "embed"

// FS holds every lexicon file, as lexicon/<lang>/<file>.
//
//go:embed */*
var FS embed.FS
