package timex_test

import (
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/lexicon"
	"github.com/dyad-events/dyad/timex"
)

var (
	resolversMu sync.Mutex
	resolvers   = map[string]*timex.Resolver{}
)

// mustLoad returns the resolver of a language from the embedded lexicon.
func mustLoad(tb testing.TB, lang string) *timex.Resolver {
	tb.Helper()
	resolversMu.Lock()
	defer resolversMu.Unlock()
	if r, ok := resolvers[lang]; ok {
		return r
	}
	r, err := timex.Load(lexicon.FS, lang)
	if err != nil {
		tb.Fatalf("Load(%q): %v", lang, err)
	}
	resolvers[lang] = r
	return r
}

// render finds the expressions of a sentence and writes them as
// "TEXT = DATE PRECISION" items separated by "; ", or "-" for none.
func render(r *timex.Resolver, sentence, published string) string {
	toks := dyad.Tokenize(sentence, 0)
	var items []string
	for _, e := range r.Find(toks, published) {
		text := sentence[toks[e.Start].Span.Start:toks[e.End-1].Span.End]
		item := fmt.Sprintf("%s = %s %s", text, e.Date, e.Precision)
		if e.Relative {
			item += " rel"
		}
		items = append(items, item)
	}
	if len(items) == 0 {
		return "-"
	}
	return strings.Join(items, "; ")
}

// findCase is a sentence of one language, its publication date and the
// expressions Find should return in it, as render writes them.
type findCase struct {
	name, published, in, want string
}

// runFind checks a table of cases of one language.
func runFind(t *testing.T, lang string, tests []findCase) {
	r := mustLoad(t, lang)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := render(r, tt.in, tt.published); got != tt.want {
				t.Errorf("Find(%q, %q) = %q, want %q", tt.in, tt.published, got, tt.want)
			}
		})
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, lang, published, in, want string
	}{
		// explicit dates
		{"fr day month year", "fr", "2024-06-25", "Il est arrivé le 19 juin 2024.", "19 juin 2024 = 2024-06-19 day"},
		{"fr day month", "fr", "2024-06-25", "Il est arrivé le 19 juin.", "19 juin = 2024-06-19 day rel"},
		{"fr day month no publication", "fr", "", "Il est arrivé le 19 juin.", "-"},
		{"fr numeric", "fr", "", "Le décret du 19/06/2024 est publié.", "19/06/2024 = 2024-06-19 day"},
		{"fr numeric two-digit year", "fr", "", "Le décret du 19/06/24 est publié.", "19/06/24 = 2024-06-19 day"},
		{"fr numeric dotted", "fr", "", "Le décret du 19.06.2024 est publié.", "19.06.2024 = 2024-06-19 day"},
		{"iso", "fr", "", "Le décret du 2024-06-19 est publié.", "2024-06-19 = 2024-06-19 day"},
		{"iso month", "fr", "", "date 2024-06 Photo : agence", "2024-06 = 2024-06 month"},
		{"fr weekday day month year", "fr", "2019-12-23", "Conclus le samedi 21 décembre 2019 à Abidjan.", "samedi 21 décembre 2019 = 2019-12-21 day"},
		{"fr ordinal", "fr", "2024-06-20", "Le 1er mars, ils se sont vus.", "1er mars = 2024-03-01 day rel"},
		{"fr december in january story", "fr", "2024-01-05", "Il a été arrêté le 28 décembre.", "28 décembre = 2023-12-28 day rel"},
		{"fr january in december story", "fr", "2023-12-28", "Le sommet aura lieu le 4 janvier.", "4 janvier = 2024-01-04 day rel"},
		{"fr explicit with month publication", "fr", "2024-06", "Le 5 juin, le conseil a voté.", "5 juin = 2024-06-05 day rel"},
		{"fr explicit with weekday picks year", "fr", "2024-07-01", "Le mercredi 1er janvier, la loi est entrée en vigueur.", "mercredi 1er janvier = 2025-01-01 day rel"},
		{"fr leap day", "fr", "2023-03-01", "Le 29 février, rien.", "29 février = 2024-02-29 day rel"},
		{"fr invalid day", "fr", "2024-06-20", "Le 31 juin n'existe pas.", "-"},
		{"en month day", "en", "2024-06-25", "They met on June 19.", "June 19 = 2024-06-19 day rel"},
		{"en month day year", "en", "", "They met on June 19, 2024.", "June 19, 2024 = 2024-06-19 day"},
		{"en weekday month day", "en", "2009-03-05", "THE HAGUE, Wednesday, March 4 (Xinhua) -- The court ruled.", "Wednesday, March 4 = 2009-03-04 day rel"},
		{"en numeric month first", "en", "", "Source: Xinhua | 03-05-2009 07:51", "03-05-2009 = 2009-03-05 day"},
		{"en day month year", "en", "", "They met on 19 June 2024.", "19 June 2024 = 2024-06-19 day"},
		{"en june 07", "en", "", "June 07, 2003|From Associated Press", "June 07, 2003 = 2003-06-07 day"},

		// weekdays
		{"fr bare weekday", "fr", "2024-06-20", "Le ministre a parlé mercredi.", "mercredi = 2024-06-19 day rel"},
		{"fr weekday is publication day", "fr", "2024-06-20", "Le ministre a parlé jeudi.", "jeudi = 2024-06-20 day rel"},
		{"fr ce samedi", "fr", "2021-10-02", "Un communiqué diffusé ce samedi.", "ce samedi = 2021-10-02 day rel"},
		{"fr last weekday on same weekday", "fr", "2024-06-20", "Il a parlé jeudi dernier.", "jeudi dernier = 2024-06-13 day rel"},
		{"fr next weekday", "fr", "2024-06-20", "Il parlera jeudi prochain.", "jeudi prochain = 2024-06-27 day rel"},
		{"fr night of", "fr", "2024-06-20", "Il a atterri dans la nuit de mercredi à jeudi.Son séjour", "nuit de mercredi à jeudi = 2024-06-19 day rel"},
		{"fr weekday with month publication", "fr", "2021-11", "Mardi soir, l'Arménie a fait état d'une trêve.", "-"},
		{"en on friday", "en", "2024-06-20", "Sanctions were imposed on Friday.", "Friday = 2024-06-14 day rel"},
		{"en next friday", "en", "2024-06-20", "Talks resume next Friday.", "next Friday = 2024-06-21 day rel"},
		{"en possessive weekday", "en", "2024-06-20", "Sunday's vote was calm.", "Sunday = 2024-06-16 day rel"},

		// relative days
		{"fr hier", "fr", "2024-06-20", "L'Iran a tiré, hier, 200 missiles.", "hier = 2024-06-19 day rel"},
		{"fr avant-hier", "fr", "2024-06-20", "Il est parti avant-hier.", "avant-hier = 2024-06-18 day rel"},
		{"fr aujourd'hui curly", "fr", "2024-06-20", "Il a annoncé aujourd’hui sa démission.", "aujourd’hui = 2024-06-20 day rel"},
		{"fr demain", "fr", "2024-12-31", "Il arrivera demain.", "demain = 2025-01-01 day rel"},
		{"fr ce matin", "fr", "2024-06-20", "Ils se sont parlé ce matin.", "ce matin = 2024-06-20 day rel"},
		{"fr hier soir", "fr", "2024-06-20", "Ils se sont parlé hier soir.", "hier soir = 2024-06-19 day rel"},
		{"fr relative day with month publication", "fr", "2024-06", "Ils se sont parlé hier.", "-"},
		{"en yesterday", "en", "2024-03-01", "They spoke yesterday.", "yesterday = 2024-02-29 day rel"},
		{"en tonight", "en", "2024-06-20", "They will speak tonight.", "tonight = 2024-06-20 day rel"},

		// counts
		{"fr il y a deux jours", "fr", "2024-06-20", "Le village a été visé il y a deux jours.", "il y a deux jours = 2024-06-18 day rel"},
		{"fr il y a digits", "fr", "2024-06-20", "Le village a été visé il y a 3 jours.", "il y a 3 jours = 2024-06-17 day rel"},
		{"fr il y a un an", "fr", "2024-06", "Le traité a été signé il y a un an.", "il y a un an = 2023 year rel"},
		{"en two days ago", "en", "2024-06-20", "The village was hit two days ago.", "two days ago = 2024-06-18 day rel"},
		{"en count without ago", "en", "2024-06-20", "The first visit in 24 years lasted two days.", "-"},

		// weeks, months, years
		{"fr semaine dernière", "fr", "2023-07-31", "Le putsch survenu la semaine dernière au Niger.", "semaine dernière = 2023-07-24 week rel"},
		{"fr mois dernier", "fr", "2024-01-15", "Le putsch du mois dernier.", "mois dernier = 2023-12 month rel"},
		{"fr l'année prochaine", "fr", "2024-06-20", "Les élections auront lieu l'année prochaine.", "année prochaine = 2025 year rel"},
		{"en last week", "en", "2024-06-20", "The coup last week was condemned.", "last week = 2024-06-10 week rel"},
		{"en last week on monday", "en", "2024-06-17", "The coup last week was condemned.", "last week = 2024-06-10 week rel"},
		{"en earlier this month", "en", "2024-06-20", "Earlier this month, the army attacked.", "Earlier this month = 2024-06 month rel"},
		{"en last month without publication", "en", "", "The coup last month was condemned.", "-"},
		{"en next year", "en", "2024-06", "Elections are due next year.", "next year = 2025 year rel"},

		// months and years
		{"fr en juin 2023", "fr", "", "L'accord conclu en juin 2023.", "juin 2023 = 2023-06 month"},
		{"fr en juin", "fr", "2024-01-10", "Les élections prévues en juin.", "juin = 2024-06 month rel"},
		{"fr bare month not a date", "fr", "2024-06-20", "Le mouvement du 4 Juin.", "4 Juin = 2024-06-04 day rel"},
		{"fr en 1961", "fr", "2024-06-20", "Le traité signé en 1961, abandonné en 1996.", "1961 = 1961 year; 1996 = 1996 year"},
		{"fr bare number", "fr", "2024-06-20", "Son séjour a duré 21 heures et 15 pays ont voté.", "-"},
		{"fr bare four digits", "fr", "2024-06-20", "Il y avait 1961 personnes.", "-"},
		{"fr year out of range", "fr", "2024-06-20", "Le bilan dépasse en 2500 cas.", "-"},
		{"fr year percent", "fr", "2024-06-20", "Une hausse de 2000 % a été observée.", "-"},
		{"en in 1996", "en", "", "The treaty was abandoned in 1996.", "1996 = 1996 year"},
		{"en in june 2023", "en", "", "The deal reached in June 2023.", "June 2023 = 2023-06 month"},
		{"en lower-case may", "en", "2024-06-20", "Talks may 2 resume.", "-"},
		{"en march verb", "en", "2024-06-20", "They will march in June.", "June = 2024-06 month rel"},
		{"en quantity of", "en", "2024-06-20", "A total of 1500 prisoners were exchanged in 2023.", "2023 = 2023 year"},

		// several expressions
		{"fr two expressions", "fr", "2024-06-20", "Arrivé mercredi, il est reparti hier.", "mercredi = 2024-06-19 day rel; hier = 2024-06-19 day rel"},

		// fixed bugs
		{"empty", "fr", "2024-06-20", "", "-"},
		{"bad publication", "fr", "2024-13-45", "Il est parti hier, le 19 juin.", "-"},
		{"time is not a date", "fr", "2024-06-20", "La réunion a commencé à 10:30.", "-"},
		{"score is not a date", "en", "2024-06-20", "The match ended 18-19.", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustLoad(t, tt.lang)
			if got := render(r, tt.in, tt.published); got != tt.want {
				t.Errorf("Find(%q, %q) = %q, want %q", tt.in, tt.published, got, tt.want)
			}
		})
	}
}

// TestExamples checks the examples of dates.txt in every language, and that
// every record kind of each file has at least one.
func TestExamples(t *testing.T) {
	for _, lang := range langs(t) {
		name := lang + "/dates.txt"
		lines, err := dyad.ReadLines(lexicon.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		r := mustLoad(t, lang)
		kind := ""
		seen, tested := map[string]bool{}, map[string]bool{}
		for _, l := range lines {
			if !l.Indent {
				kind = l.Fields[0]
				seen[kind] = true
				continue
			}
			tested[kind] = true
			sentence, published, want := l.Fields[1], l.Fields[2], l.Fields[3]
			if published == "-" {
				published = ""
			}
			got := render(r, sentence, published)
			got = strings.ReplaceAll(got, " rel", "")
			if got != want {
				t.Errorf("%s:%d: Find(%q, %q) = %q, want %q", name, l.No, sentence, published, got, want)
			}
		}
		for k := range seen {
			if !tested[k] {
				t.Errorf("%s: kind %q has no example", name, k)
			}
		}
	}
}

// langs returns the languages that have a dates.txt.
func langs(t *testing.T) []string {
	t.Helper()
	files, err := fs.Glob(lexicon.FS, "*/dates.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range files {
		out = append(out, strings.TrimSuffix(f, "/dates.txt"))
	}
	if len(out) < 2 {
		t.Fatalf("dates.txt files: %v, want at least fr and en", out)
	}
	return out
}

func TestLoadErrors(t *testing.T) {
	base := minimal()
	tests := []struct {
		name, extra, want string
	}{
		{"ok", "", ""},
		{"unknown kind", "season\tété\n", "xx/dates.txt:22: unknown kind \"season\""},
		{"bad month", "month\t13\tsmarch\n", "xx/dates.txt:22: month: value 13 out of range 1 to 12"},
		{"not a number", "day\tminus\thier\n", "xx/dates.txt:22: day: value \"minus\" is not a number"},
		{"bad unit", "unit\tdecade\tdécennie\n", "xx/dates.txt:22: unit: unit \"decade\""},
		{"bad position", "ago\tbefore\til y a\n", "xx/dates.txt:22: ago: position \"before\""},
		{"missing phrases", "last\tpre\n", "xx/dates.txt:22: last: want 3 fields, have 2"},
		{"abbreviations on plain kind", "prep\ten\tin\n", "xx/dates.txt:22: prep: want 2 fields, have 3"},
		{"too many fields", "month\t1\ta\tb\tc\n", "xx/dates.txt:22: month: want 3 to 4 fields, have 5"},
		{"bad order", "numeric\tymd\n", "xx/dates.txt:22: numeric: order \"ymd\""},
		{"no phrases", "prep\t|\n", "xx/dates.txt:22: prep: no phrases"},
		{"bad example", "prep\ten\n\tex\tonly a sentence\n", "xx/dates.txt:23: example"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := mapFS(base + tt.extra)
			_, err := timex.Load(fsys, "xx")
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("Load: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("Load error = %v, want %q", err, tt.want)
			}
		})
	}
	t.Run("missing month", func(t *testing.T) {
		_, err := timex.Load(mapFS(strings.Replace(base, "month\t5\tm5\n", "", 1)), "xx")
		if err == nil || !strings.Contains(err.Error(), "xx/dates.txt: no month 5") {
			t.Fatalf("Load error = %v, want no month 5", err)
		}
	})
	t.Run("missing file", func(t *testing.T) {
		if _, err := timex.Load(mapFS(""), "zz"); err == nil {
			t.Fatal("Load of a missing file: no error")
		}
	})
}

// minimal returns a valid dates.txt of 21 lines.
func minimal() string {
	var b strings.Builder
	for m := 1; m <= 12; m++ {
		fmt.Fprintf(&b, "month\t%d\tm%d\n", m, m)
	}
	for d := 1; d <= 7; d++ {
		fmt.Fprintf(&b, "weekday\t%d\tw%d\n", d, d)
	}
	b.WriteString("numeric\tdmy\n# comment\n")
	return b.String()
}

func mapFS(dates string) fs.FS {
	return fstest.MapFS{"xx/dates.txt": {Data: []byte(dates)}}
}

func FuzzFind(f *testing.F) {
	f.Add("fr", "la nuit de mercredi à jeudi, le 19 juin 2024, il y a deux jours", "2024-06-20")
	f.Add("en", "on Wednesday, March 4, two weeks from now, in mid-2023", "2009-03")
	f.Add("fr", "19/06/24 2024-06 lun. 1er 18-19 juin dernier", "")
	f.Fuzz(func(t *testing.T, lang, s, published string) {
		if len(s) > 2048 || len(published) > 16 {
			return
		}
		if lang != "en" {
			lang = "fr"
		}
		r := mustLoad(t, lang)
		toks := dyad.Tokenize(s, 0)
		prev := 0
		for _, e := range r.Find(toks, published) {
			if e.Start < prev || e.End <= e.Start || e.End > len(toks) {
				t.Fatalf("bad range [%d,%d) after %d of %d tokens in %q", e.Start, e.End, prev, len(toks), s)
			}
			prev = e.End
			layout := map[string]string{
				dyad.PrecisionDay: "2006-01-02", dyad.PrecisionWeek: "2006-01-02",
				dyad.PrecisionMonth: "2006-01", dyad.PrecisionYear: "2006",
			}[e.Precision]
			d, err := time.Parse(layout, e.Date)
			if layout == "" || err != nil {
				t.Fatalf("bad date %q precision %q in %q", e.Date, e.Precision, s)
			}
			if e.Precision == dyad.PrecisionWeek && d.Weekday() != time.Monday {
				t.Fatalf("week %q is not a Monday in %q", e.Date, s)
			}
		}
	})
}

const benchText = `Après son premier voyage en 24 ans en Corée du Nord, le président russe a atterri au Vietnam dans la nuit de mercredi à jeudi.
Son séjour à Pyongyang n'a duré qu'environ 21 heures, avec la conclusion le 19 juin 2024 d'un accord de partenariat.
Le traité de 1961, abandonné en 1996, avait été remplacé il y a deux ans par un texte signé la semaine dernière.
Les ministres se retrouveront mardi prochain à Hanoï, puis début juillet à Moscou, selon un communiqué du 20/06/2024.`

func BenchmarkFind(b *testing.B) { benchFind(b, "fr", benchText) }

// benchFind measures Find in the lines of a text of lang, published on
// 2024-06-20.
func benchFind(b *testing.B, lang, text string) {
	r := mustLoad(b, lang)
	var sents [][]dyad.Token
	for _, line := range strings.Split(text, "\n") {
		sents = append(sents, dyad.Tokenize(line, 0))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, toks := range sents {
			r.Find(toks, "2024-06-20")
		}
	}
}
