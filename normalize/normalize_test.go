package normalize

import (
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

func TestChars(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Le président a parlé.", "Le président a parlé."},
		{"guillemets", "il a dit « une alliance » hier", `il a dit "une alliance" hier`},
		{"guillemets nbsp", "« une\u00a0alliance\u202f»", `"une alliance"`},
		{"curly quotes", "“yes” and „ja“", `"yes" and "ja"`},
		{"apostrophes", "l’armée d‘abord ʼok", "l'armée d'abord 'ok"},
		{"dashes", "a – b — c ‒ d ― e", "a - b - c - d - e"},
		{"spaces", "a \t  b\u00a0\u00a0c\u2009d\u3000e", "a b c d e"},
		{"line breaks", "one\r\n\r\n  two \n\n\nthree", "one\ntwo\nthree"},
		{"trim", "  \n text \n ", "text"},
		{"control", "a\x00b\x07c\x1bd\u200be\ufeff", "abcde"},
		{"invalid utf8", "a\xffb\xc3(c", "ab(c"},
		{"nfc", "e\u0301te\u0301 Ame\u0301lie", "été Amélie"},
		{"nfc singleton", "\u212b and \u2126", "Å and Ω"},
		{"nfc after ascii run", "caf" + "e\u0301 ok", "café ok"},
		{"soft hyphen", "gouver\u00adnement", "gouvernement"},
		{"arabic", "قال الوزير\u200f إن", "قال الوزير إن"},
		{"empty", "", ""},
		{"only noise", "\x00\u200b \n\t", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, m := normalizeChars(tt.in)
			if got != tt.want {
				t.Errorf("normalizeChars(%q) = %q, want %q", tt.in, got, tt.want)
			}
			checkMap(t, tt.in, got, m.orig)
		})
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
		meta           Meta
	}{
		{"scraper tag and credit", " date 2024-06 Photo : YONHAP News\n\nAprès son voyage, il a atterri.",
			"Après son voyage, il a atterri.", Meta{Published: "2024-06", Credit: "YONHAP News"}},
		{"scraper tag before text", " date 2019-12 Quatre accords ont été conclus.",
			"Quatre accords ont été conclus.", Meta{Published: "2019-12"}},
		{"scraper tag with day", " date 2022-03-24 \nRussia orders US diplomats out",
			"Russia orders US diplomats out", Meta{Published: "2022-03-24"}},
		{"photo credit line", "Photo : Reuters\nThe talks ended.", "The talks ended.", Meta{Credit: "Reuters"}},
		{"credit glued twice", "Foto: EFE.Foto: EFE.\n\nEl gobierno respondió.", "El gobierno respondió.", Meta{Credit: "EFE"}},
		{"crédit photo", "Crédit photo Ludovic Marin\nLe président est arrivé.", "Le président est arrivé.", Meta{Credit: "Ludovic Marin"}},
		{"caption with agency", "Foto: fumo sopra la città (Ansa)\nROMA - Il governo ha deciso.", "Il governo ha deciso.", Meta{Credit: "Ansa", Dateline: "ROMA"}},
		{"byline fr", "Par Jean Dupont\nLe ministre a démissionné.", "Le ministre a démissionné.", Meta{Byline: "Jean Dupont"}},
		{"byline en agency", "By Jane Doe, Reuters\nThe minister resigned.", "The minister resigned.", Meta{Byline: "Jane Doe", Credit: "Reuters"}},
		{"byline bullet", "Le texte.\nMarie Durand •\nLa suite.", "Le texte.\nLa suite.", Meta{Byline: "Marie Durand"}},
		{"not a byline", "Par ailleurs, le ministre a parlé.", "Par ailleurs, le ministre a parlé.", Meta{}},
		{"not a byline en", "By Friday, the army had left.", "By Friday, the army had left.", Meta{}},
		{"related fr", "Le texte.\nÀ lire aussi : Le sommet de l'OTAN\nLa suite.", "Le texte.\nLa suite.", Meta{}},
		{"related en", "Text.\nRead more: Talks collapse\nMore text.", "Text.\nMore text.", Meta{}},
		{"source line", "Title\n\nSource: Xinhua | 03-25-2009 07:51\n\nText.", "Title\nText.", Meta{Published: "2009-03-25", Credit: "Xinhua"}},
		{"source ambiguous date", "Source: Xinhua | 03-05-2009 07:51\nText.", "Text.", Meta{Credit: "Xinhua"}},
		{"font size", "Title\nXinhua, August 27, 2015 Adjust font size:\nText.", "Title\nText.", Meta{Published: "2015-08-27", Credit: "Xinhua"}},
		{"date and from", "Title\nJune 07, 2003|From Associated Press\nText.", "Title\nText.", Meta{Published: "2003-06-07", Credit: "Associated Press"}},
		{"date line fr", "Titre\nlun, 01/07/2024 - 19:29\nTexte.", "Titre\nTexte.", Meta{Published: "2024-07-01"}},
		{"date line de", "Titel\n30. August 2008, 13:29\nText.", "Titel\nText.", Meta{Published: "2008-08-30"}},
		{"dateline afp", "PARIS, 3 mars (AFP) - Le président a parlé.", "Le président a parlé.", Meta{Dateline: "PARIS", Credit: "AFP"}},
		{"dateline ians", "New Delhi, May 25 (IANS) US President Donald Trump phoned.", "US President Donald Trump phoned.", Meta{Dateline: "New Delhi", Credit: "IANS"}},
		{"dateline xinhua", "THE HAGUE, March 4 (Xinhua) -- On Wednesday the court ruled.", "On Wednesday the court ruled.", Meta{Dateline: "THE HAGUE", Credit: "Xinhua"}},
		{"dateline reuters", "WASHINGTON (Reuters) - The Senate voted.", "The Senate voted.", Meta{Dateline: "WASHINGTON", Credit: "Reuters"}},
		{"dateline region", "HARARE, Zimbabwe — Police arrested him.", "Police arrested him.", Meta{Dateline: "HARARE"}},
		{"dateline dash", "Title\n\nBerlin – Die Bundesregierung will ihre Hilfe für die Länder am Indischen Ozean massiv ausweiten. Das Kabinett tagt.",
			"Title\nDie Bundesregierung will ihre Hilfe für die Länder am Indischen Ozean massiv ausweiten. Das Kabinett tagt.", Meta{Dateline: "Berlin"}},
		{"dateline capitals dash", "ROMA — Il governo ha deciso.", "Il governo ha deciso.", Meta{Dateline: "ROMA"}},
		{"dateline two places", "Moskau/Wien – Im Streit um mutmaßliche Spionage hat Russland vier Diplomaten der Vertretung in Moskau ausgewiesen.",
			"Im Streit um mutmaßliche Spionage hat Russland vier Diplomaten der Vertretung in Moskau ausgewiesen.", Meta{Dateline: "Moskau/Wien"}},
		{"headline with dash kept", "Ukraine - Russie : les négociations reprennent\nLe texte.", "Ukraine - Russie : les négociations reprennent\nLe texte.", Meta{}},
		{"dateline es", "LA HAYA, 19 dic.— La disputa volvió.", "La disputa volvió.", Meta{Dateline: "LA HAYA"}},
		{"dateline ru", "Пекин, 16 мая. Владимир Путин прибыл.", "Владимир Путин прибыл.", Meta{Dateline: "Пекин"}},
		{"dateline ar", "تونس - لجأت الشرطة في تونس العاصمة إلى قنابل الغاز والعصي لإبعاد مئات المتظاهرين. وطوقت قوات الأمن الشارع.",
			"لجأت الشرطة في تونس العاصمة إلى قنابل الغاز والعصي لإبعاد مئات المتظاهرين. وطوقت قوات الأمن الشارع.", Meta{Dateline: "تونس"}},
		{"dateline own line", "Title\nADDIS ABABA,\n\nThe government signed.", "Title\nThe government signed.", Meta{Dateline: "ADDIS ABABA"}},
		{"dateline parenthesis", " date 2022-07 (San Cristobal) Le Venezuela renoue.", "Le Venezuela renoue.", Meta{Published: "2022-07", Dateline: "San Cristobal"}},
		{"source parenthesis", "(MENAFN- Daily News Egypt) On Wednesday he spoke.", "On Wednesday he spoke.", Meta{Credit: "MENAFN- Daily News Egypt"}},
		{"not a dateline", "Paris, 3 ans plus tard - Le retour.", "Paris, 3 ans plus tard - Le retour.", Meta{}},
		{"not a dateline lower", "Emmanuel Macron - qui était absent - a parlé.", "Emmanuel Macron - qui était absent - a parlé.", Meta{}},
		{"headline kept", "Rusia expulsa al número dos de la embajada\n\nEl texto.", "Rusia expulsa al número dos de la embajada\nEl texto.", Meta{}},
		{"arabic headline kept", "السيسي أول المهنئين لترامب\n\nالقاهرة - هاتف الرئيس عبد الفتاح السيسي صباح أمس دونالد ترامب وهنأه بالفوز.",
			"السيسي أول المهنئين لترامب\nهاتف الرئيس عبد الفتاح السيسي صباح أمس دونالد ترامب وهنأه بالفوز.", Meta{Dateline: "القاهرة"}},
		{"trailing bracket credit", "Soldiers parade in Srinagar.(AP: Dar Yasin)\nText.", "Soldiers parade in Srinagar.\nText.", Meta{Credit: "AP"}},
		{"trailing file credit", "Manila and Beijing disagree [File: Ted Aljibe/AFP]\nText.", "Manila and Beijing disagree\nText.", Meta{Credit: "Ted Aljibe/AFP"}},
		{"trailing photo credit", "The pair signed in Addis Ababa. PHOTO | SAMIR BOL | AFP.\nText.", "The pair signed in Addis Ababa.\nText.", Meta{Credit: "SAMIR BOL | AFP"}},
		{"trailing agency", "Die Lager wurden zerstört. (APA/AFP)", "Die Lager wurden zerstört.", Meta{Credit: "APA"}},
		{"agency line", "Le texte.\nAgence France-Presse\nLa suite.", "Le texte.\nLa suite.", Meta{Credit: "Agence France-Presse"}},
		{"punctuation lines", "Title\n\n-\n\nText.\n|\nMore.", "Title\nText.\nMore.", Meta{}},
		{"speaker label", "Anchor: South Korea's foreign minister held talks.", "South Korea's foreign minister held talks.", Meta{}},
		{"correspondent", "Titolo\ndal nostro inviato\nTUNISI — Nel palazzo.", "Titolo\nNel palazzo.", Meta{Dateline: "TUNISI"}},
		{"first meta wins", " date 2024-06 Photo : KBS\nPhoto : AFP\nText.", "Text.", Meta{Published: "2024-06", Credit: "KBS"}},
		// fixed bugs
		{"tag before dots", " date 2024-06 . ...", "", Meta{Published: "2024-06"}},
		{"year heading kept", "En 2024\nLe texte.", "En 2024\nLe texte.", Meta{}},
		{"empty", "", "", Meta{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Normalize(tt.in)
			if r.Text != tt.want {
				t.Errorf("Normalize(%q).Text\n got %q\nwant %q", tt.in, r.Text, tt.want)
			}
			if r.Meta != tt.meta {
				t.Errorf("Normalize(%q).Meta = %+v, want %+v", tt.in, r.Meta, tt.meta)
			}
			checkMap(t, tt.in, r.Text, r.Orig)
		})
	}
}

// checkMap checks the offset map of a normalized text: Orig stays in range
// and never decreases, and every token of the text maps to an original span
// that normalizes to the same token.
func checkMap(t *testing.T, orig, text string, toOrig func(int) int) {
	t.Helper()
	prev := 0
	for i := 0; i <= len(text); i++ {
		o := toOrig(i)
		if o < prev || o > len(orig) {
			t.Fatalf("Orig(%d) = %d after %d (len(orig) %d)", i, o, prev, len(orig))
		}
		prev = o
	}
	for _, tok := range dyad.Tokenize(text, 0) {
		s, e := toOrig(tok.Span.Start), toOrig(tok.Span.End)
		if got, _ := normalizeChars(orig[s:e]); got != tok.Text {
			t.Fatalf("token %q at %v maps to original %q [%d,%d), which normalizes to %q", tok.Text, tok.Span, orig[s:e], s, e, got)
		}
	}
}

func TestNoiseData(t *testing.T) {
	if _, err := parseNoise(noiseData); err != nil {
		t.Fatalf("noise.txt: %v", err)
	}
	tests := []struct {
		name, data, want string
	}{
		{"unknown kind", "kind\tx\n", `noise.txt:1: unknown kind "kind"`},
		{"month number", "# c\nmonth\tx\tjanvier\n", "noise.txt:2: want month<TAB>number<TAB>names"},
		{"fields", "caption\ta\tb\n", "noise.txt:1: want KIND<TAB>phrases"},
	}
	for _, tt := range tests {
		if _, err := parseNoise(tt.data); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: parseNoise error = %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-06-20", "2024-06-20"},
		{"2024-06", "2024-06"},
		{"2024-13", ""},
		{"01/07/2024", "2024-07-01"},
		{"07/25/2024", "2024-07-25"},
		{"30.08.2008", "2008-08-30"},
		{"25-12-2009", "2009-12-25"},
		{"03-05-2009", ""},
		{"27 août 2015", "2015-08-27"},
		{"August 27, 2015", "2015-08-27"},
		{"30. August 2008", "2008-08-30"},
		{"le 1er juin 2024", "2024-06"},
		{"juin 2024", "2024-06"},
		{"3 mars", ""},
		{"16 мая 2024", "2024-05-16"},
	}
	for _, tt := range tests {
		if got := parseDate(dyad.Tokenize(tt.in, 0)); got != tt.want {
			t.Errorf("parseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHuge normalizes a 50 MB single line and checks time and memory.
func TestHuge(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	unit := "Le président « Macron » a dit’ l’armée — non.  Путин\u00a0и Си\x01. "
	s := strings.Repeat(unit, 50<<20/len(unit))
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	start := time.Now()
	r := Normalize(s)
	d := time.Since(start)
	runtime.ReadMemStats(&m1)
	alloc := float64(m1.TotalAlloc-m0.TotalAlloc) / float64(len(s))
	t.Logf("%d MB in %v, allocated %.1f times the input", len(s)>>20, d, alloc)
	if alloc > 8 {
		t.Errorf("allocated %.1f times the input, want at most 8", alloc)
	}
	if d > 20*time.Second {
		t.Errorf("took %v", d)
	}
	if !utf8.ValidString(r.Text) || r.Orig(len(r.Text)) > len(s) {
		t.Errorf("bad result")
	}
}

func FuzzNormalize(f *testing.F) {
	for _, seed := range []string{
		" date 2024-06 Photo : YONHAP News\n\nAprès « une alliance » l’armée.Son séjour",
		"PARIS, 3 mars (AFP) - Le président. (AP: Dar Yasin)\nPar Jean Dupont\n",
		"e\u0301\u212b\x00\xff\u00a0\u2009«\u202f»\r\n|",
		"Source: Xinhua | 03-05-2009 07:51\nADDIS ABABA,\n(MENAFN- X) On",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1<<12 {
			return
		}
		r := Normalize(s)
		if !utf8.ValidString(r.Text) {
			t.Fatalf("invalid UTF-8 in %q", r.Text)
		}
		prev := 0
		for i := 0; i <= len(r.Text); i++ {
			o := r.Orig(i)
			if o < prev || o > len(s) {
				t.Fatalf("Orig(%d) = %d after %d (len %d)", i, o, prev, len(s))
			}
			prev = o
		}
		for _, tok := range dyad.Tokenize(r.Text, 0) {
			a, b := r.Orig(tok.Span.Start), r.Orig(tok.Span.End)
			if got, _ := normalizeChars(strings.ToValidUTF8(s[a:b], "")); !strings.Contains(got, tok.Text) {
				t.Fatalf("token %q maps to %q, which normalizes to %q", tok.Text, s[a:b], got)
			}
		}
	})
}

func BenchmarkNormalize(b *testing.B) {
	text := strings.Repeat(" date 2024-06 Photo : YONHAP News\n\nPARIS, 3 mars (AFP) - Le président « Macron » a reçu l’émissaire — hier.\n", 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Normalize(text)
	}
}
