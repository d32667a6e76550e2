// Package normalize cleans the raw text of a news document for the later
// stages and keeps a map from every byte offset of the clean text back to the
// original, so that every event can point at its evidence in the text as it
// was received.
//
// Normalize works in two passes, each writing a new text and its offset map:
//
//  1. Characters: Unicode NFC; the quotes « » “ ” „ (and the spaces inside
//     « ») folded to ", the apostrophes ’ ‘ ʼ to ', the dashes – — ‒ ― to -,
//     no-break and thin spaces to a space, runs of spaces and tabs to one
//     space, runs of line breaks (with the spaces around them) to one "\n"
//     that marks a paragraph, control and invisible formatting characters and
//     invalid UTF-8 bytes dropped.
//  2. Lines: scraped metadata and noise are taken out of the text and parsed
//     into Meta: scraper date tags (" date 2024-06"), photo captions and
//     credits ("Photo : Reuters"), bylines ("Par Jean Dupont"), related-article
//     lines ("À lire aussi : ..."), source and date lines ("Source: Xinhua |
//     03-05-2009 07:51"), page furniture ("Adjust font size:"), and datelines
//     at the start of a paragraph ("PARIS, 3 mars (AFP) -", "WASHINGTON
//     (Reuters) -"), whose text goes while the sentence after it stays.
//     Removed text leaves a line break, so words never glue.
//
// The words that mark noise (caption and byline words, agency names, month
// names, ...) are data, in the embedded file noise.txt.
//
// STYLE.md asks for normalization as one golang.org/x/text/transform.Chain.
// A chain hides how many source bytes made each output byte, and the offset
// map must be exact, so each pass is instead a single loop that writes the
// output and its map together; the NFC step still uses
// golang.org/x/text/unicode/norm, one normalization segment at a time. Both
// passes run in linear time; the extra memory is two texts no longer than the
// input plus one map entry for each place where output and input differ in
// length.
package normalize

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Result is a normalized document: Text plus a map back to the original bytes.
type Result struct {
	Text string // the normalized text
	Meta Meta   // what the metadata lines said

	bytes        *offsetMap // original <- valid UTF-8, nil when the input was valid
	chars, lines offsetMap  // valid UTF-8 <- pass 1 <- Text
}

// Meta is the document metadata found in the scraped text.
type Meta struct {
	Published string // publication date, YYYY-MM-DD or YYYY-MM, "" if none
	Credit    string // the agency or photo credit: "YONHAP News", "Reuters"
	Byline    string // the author: "Jean Dupont"
	Dateline  string // the place of the dateline: "PARIS", "New Delhi"
}

// Orig maps a byte offset of Text (0..len(Text)) to a byte offset of the
// original. For a span [s, e) of Text, [Orig(s), Orig(e)) is the original
// span of the same words; offsets out of range are clamped. Orig is
// non-decreasing.
func (r *Result) Orig(off int) int {
	off = r.chars.orig(r.lines.orig(off))
	if r.bytes != nil {
		off = r.bytes.orig(off)
	}
	return off
}

// Normalize returns the normalized text of orig, its offset map and the
// metadata found in it.
func Normalize(orig string) Result {
	var r Result
	if len(orig) > maxInput {
		orig = orig[:maxInput]
	}
	text := orig
	if !utf8.ValidString(orig) {
		// Invalid bytes go first, so that NFC sees the text without them.
		var m offsetMap
		text, m = dropInvalid(orig)
		r.bytes = &m
	}
	text, r.chars = normalizeChars(text)
	r.Text, r.lines = stripNoise(text, &r.Meta)
	return r
}

// offsetMap maps output offsets to input offsets. Entry i says that output
// byte out(i) comes from input byte in(i), and so on byte for byte until the
// next entry; the last entry is the end of the output. An offset inside a
// replacement that grew (an NFC expansion) maps to the start of the next
// entry at most, so the map never decreases. The entries are int32 pairs in
// one slice that doubles as it grows, to keep the map small: Normalize reads
// at most maxInput bytes.
type offsetMap struct {
	e []int32 // out, in, out, in, ...
}

// maxInput is the most bytes Normalize reads; the pipeline refuses documents
// long before this size.
const maxInput = math.MaxInt32

func (m *offsetMap) len() int        { return len(m.e) / 2 }
func (m *offsetMap) out(i int) int32 { return m.e[2*i] }
func (m *offsetMap) in(i int) int32  { return m.e[2*i+1] }

func (m *offsetMap) add(out, in int32) {
	if len(m.e) == cap(m.e) {
		m.e = slices.Grow(m.e, max(len(m.e), 64))
	}
	m.e = append(m.e, out, in)
}

func (m *offsetMap) orig(off int) int {
	n := m.len()
	if n == 0 {
		return 0
	}
	if off <= 0 {
		return int(m.in(0))
	}
	if off >= int(m.out(n-1)) {
		return int(m.in(n - 1))
	}
	i := sort.Search(n, func(i int) bool { return int(m.out(i)) > off }) - 1
	return min(int(m.in(i))+off-int(m.out(i)), int(m.in(i+1)))
}

// builder writes an output text and its offset map.
type builder struct {
	buf  strings.Builder
	m    offsetMap
	last int // input end of the last unit written
}

func newBuilder(n int) *builder {
	b := &builder{}
	b.buf.Grow(n)
	return b
}

// write appends s, the output for input bytes [from, to).
func (b *builder) write(s string, from, to int) {
	if s == "" {
		return
	}
	n, at := b.m.len(), int32(b.buf.Len())
	switch {
	case n > 0 && b.m.out(n-1) == at:
		b.m.e[2*n-1] = int32(from) // bytes were dropped since the last unit
	case n == 0 || b.m.in(n-1)-b.m.out(n-1) != int32(from)-at:
		b.m.add(at, int32(from))
	}
	b.buf.WriteString(s)
	if len(s) != to-from { // the next unit starts a new entry
		b.m.add(int32(b.buf.Len()), int32(to))
	}
	b.last = to
}

// done closes the map and returns the text.
func (b *builder) done() (string, offsetMap) {
	n, at := b.m.len(), int32(b.buf.Len())
	if n > 0 && b.m.out(n-1) == at {
		b.m.e[2*n-1] = int32(b.last)
	} else {
		b.m.add(at, int32(b.last))
	}
	return b.buf.String(), b.m
}

// dropInvalid returns s without its invalid UTF-8 bytes.
func dropInvalid(s string) (string, offsetMap) {
	b := newBuilder(len(s))
	run := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			b.write(s[run:i], run, i)
			run = i + 1
		}
		i += w
	}
	b.write(s[run:], run, len(s))
	return b.done()
}

// Kinds of characters for pass 1.
const (
	kindKeep   = iota // copy as it is
	kindDrop          // leave out
	kindSpace         // horizontal white space
	kindBreak         // line or paragraph break
	kindOpen          // opening quote whose inner space goes: «
	kindClose         // closing quote whose inner space goes: »
	kindMapped        // replaced by a fixed string
)

// classify returns the kind of r and, for kindMapped, kindOpen and
// kindClose, its replacement.
func classify(r rune) (int, string) {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return kindBreak, ""
	case ' ', '\t', '\u00a0', '\u1680', '\u202f', '\u205f', '\u3000':
		return kindSpace, ""
	case '«', '‹':
		return kindOpen, `"`
	case '»', '›':
		return kindClose, `"`
	case '“', '”', '„', '‟', '〝', '〞', '＂':
		return kindMapped, `"`
	case '’', '‘', 'ʼ', '‛', '´':
		return kindMapped, "'"
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return kindMapped, "-"
	case '\u00ad', '\u200b', '\u2060', '\ufeff', '\u200e', '\u200f', '\u061c', '\ufffd',
		'\u2061', '\u2062', '\u2063', '\u2064':
		return kindDrop, ""
	}
	switch {
	case r >= '\u2000' && r <= '\u200a':
		return kindSpace, ""
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return kindDrop, "" // bidirectional controls
	case r < 0x20 || r >= 0x7f && r < 0xa0:
		return kindDrop, ""
	case unicode.IsSpace(r):
		return kindSpace, ""
	}
	return kindKeep, ""
}

// normalizeChars is pass 1.
func normalizeChars(s string) (string, offsetMap) {
	b := newBuilder(len(s))
	pending := kindKeep // kindSpace or kindBreak when white space is waiting
	pendAt := 0         // where the waiting white space starts
	skipSpace := false  // after «: white space goes
	flush := func() {
		if pending != kindKeep && b.buf.Len() > 0 {
			ws := " "
			if pending == kindBreak {
				ws = "\n"
			}
			b.write(ws, pendAt, pendAt+1)
		}
		pending = kindKeep
	}
	// put handles one character (or NFC segment) of kind k, replaced by out,
	// from input bytes [from, to).
	put := func(k int, out string, from, to int) {
		switch k {
		case kindDrop:
		case kindSpace:
			if pending == kindKeep && !skipSpace {
				pending, pendAt = kindSpace, from
			}
		case kindBreak:
			if pending == kindKeep {
				pendAt = from
			}
			pending = kindBreak
			skipSpace = false
		case kindClose:
			if pending == kindSpace {
				pending = kindKeep
			}
			flush()
			b.write(out, from, to)
		default:
			flush()
			b.write(out, from, to)
			skipSpace = k == kindOpen
		}
	}
	// chars handles s[i:end], which is in NFC already.
	chars := func(i, end int) {
		for i < end {
			c := s[i]
			if c < utf8.RuneSelf {
				if c > ' ' && c < 0x7f { // a run of visible ASCII
					j := i + 1
					for j < end && s[j] > ' ' && s[j] < 0x7f {
						j++
					}
					put(kindKeep, s[i:j], i, j)
					i = j
					continue
				}
				k, _ := classify(rune(c))
				put(k, "", i, i+1)
				i++
				continue
			}
			r, w := utf8.DecodeRuneInString(s[i:end])
			if r == utf8.RuneError && w <= 1 {
				i++ // invalid UTF-8
				continue
			}
			k, out := classify(r)
			if k == kindKeep {
				out = s[i : i+w]
			}
			put(k, out, i, i+w)
			i += w
		}
	}
	for i := 0; i < len(s); {
		// the longest part that NFC leaves as it is, then one segment it
		// changes
		n := norm.NFC.QuickSpanString(s[i:])
		chars(i, i+n)
		i += n
		if i >= len(s) {
			break
		}
		end := i + norm.NFC.NextBoundaryInString(s[i:], true)
		if end <= i {
			_, w := utf8.DecodeRuneInString(s[i:])
			end = i + w
		}
		seg := s[i:end]
		nfc := norm.NFC.String(strings.ToValidUTF8(seg, ""))
		if nfc == seg {
			chars(i, end)
			i = end
			continue
		}
		var sb strings.Builder
		for _, r := range nfc {
			switch k, out := classify(r); k {
			case kindKeep:
				sb.WriteRune(r)
			case kindMapped, kindOpen, kindClose:
				sb.WriteString(out)
			}
		}
		put(kindKeep, sb.String(), i, end)
		i = end
	}
	return b.done()
}
