// Package examples embeds the sample news stories dyad ships: short
// articles written for the project (not copied from any outlet) that the
// README's first command and `dyad demo` code.
package examples

import "embed"

// FS holds the sample stories: *.txt (one story each) and stories.jsonl.
//
//go:embed *.txt *.jsonl
var FS embed.FS
