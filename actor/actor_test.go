package actor

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/lexicon"
)

// testFS is the embedded lexicon without its people files, plus the people
// rows of testdata/people-test.tsv, so tests do not depend on who holds
// which office in the shared data.
func testFS(tb testing.TB) fs.FS {
	tb.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(lexicon.FS, ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || strings.HasPrefix(p, "world/people") {
			return err
		}
		b, err := fs.ReadFile(lexicon.FS, p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	b, err := os.ReadFile("testdata/people-test.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	m["world/people-test.tsv"] = &fstest.MapFile{Data: b}
	return m
}

var dicts = map[string]*Dict{}

// mustLoad returns the test dictionary of lang, loading it once.
func mustLoad(tb testing.TB, lang string) *Dict {
	tb.Helper()
	if d := dicts[lang]; d != nil {
		return d
	}
	d, err := Load(testFS(tb), lang)
	if err != nil {
		tb.Fatalf("Load(%q): %v", lang, listErrors(err))
	}
	dicts[lang] = d
	return d
}

// listErrors spells out every error of a dyad.ErrorList.
func listErrors(err error) string {
	var l dyad.ErrorList
	if !errors.As(err, &l) {
		return err.Error()
	}
	var b strings.Builder
	for _, e := range l {
		b.WriteString("\n\t" + e.Error())
	}
	return b.String()
}

// show renders mentions compactly: [text] KIND CODE (ISO3|IGO:ID) place.
func show(toks []dyad.Token, ms []dyad.Mention) string {
	kinds := []string{"country", "demonym", "title", "person", "seat", "place", "igo", "pronoun", "adjective"}
	var out []string
	for _, m := range ms {
		var words []string
		for _, t := range toks[m.Start:m.End] {
			words = append(words, t.Text)
		}
		s := fmt.Sprintf("[%s] %s %s %s", strings.Join(words, " "), kinds[m.Kind], m.Actor.Code, m.Actor.Key())
		if m.Place != "" {
			s += " @" + m.Place
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

type findCase struct {
	name string
	text string
	date string
	want string
}

func runFind(t *testing.T, lang string, cases []findCase) {
	d := mustLoad(t, lang)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			date := c.date
			if date == "" {
				date = "2024-06-20"
			}
			toks := dyad.Tokenize(c.text, 0)
			got := show(toks, d.Find(toks, date))
			if got != c.want {
				t.Errorf("Find(%q)\n got: %s\nwant: %s", c.text, got, c.want)
			}
		})
	}
}

func TestAdjectives(t *testing.T) {
	for _, tt := range []struct{ lang, text, want string }{
		{"fr", "L'Otan a condamné les frappes russes contre l'Ukraine.", "[russes] adjective RUS RUS"},
		{"fr", "Le président russe a reçu le gaz algérien.", "[algérien] adjective DZA DZA"},
		{"en", "An Israeli air strike hit the Iranian embassy in Damascus.", "[Israeli] adjective ISR ISR"},
		{"en", "Russian troops shelled Kharkiv.", ""},
	} {
		d := mustLoad(t, tt.lang)
		toks := dyad.Tokenize(tt.text, 0)
		if got := show(toks, d.Adjectives(toks, d.Find(toks, "2024-06-20"))); got != tt.want {
			t.Errorf("Adjectives(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}

func TestFindFrench(t *testing.T) {
	runFind(t, "fr", []findCase{
		// countries
		{"country", "La Russie et la Corée du Nord ont signé.", "",
			"[Russie] country RUS RUS; [Corée du Nord] country PRK PRK"},
		{"country without accents", "Les Etats-Unis et les USA.", "",
			"[Etats-Unis] country USA USA; [USA] country USA USA"},
		{"country informal", "La RDC accuse le Rwanda, la Grande-Bretagne aussi.", "",
			"[RDC] country COD COD; [Rwanda] country RWA RWA; [Grande-Bretagne] country GBR GBR"},
		{"historical state to successor", "un traité signé avec l'ex-Union soviétique", "",
			"[ex-Union soviétique] country RUS RUS"},
		{"not a country phrase", "Les pays d'Amérique latine ont voté.", "", ""},
		// demonyms
		{"demonym noun", "Les Russes ont bombardé la ville.", "", "[Russes] demonym RUS RUS"},
		{"demonym noun compound", "Les Nord-Coréens ont tiré un missile.", "", "[Nord-Coréens] demonym PRK PRK"},
		{"adjective alone", "le gaz russe et le pétrole nord-coréen", "", ""},
		// title + demonym
		{"title demonym", "Le président russe a atterri au Vietnam.", "",
			"[président russe] title RUSGOV RUS; [Vietnam] country VNM VNM"},
		{"soldiers", "des soldats israéliens", "", "[soldats israéliens] title ISRMIL ISR"},
		{"government", "le gouvernement malien", "", "[gouvernement malien] title MLIGOV MLI"},
		{"counterpart", "Il a reçu son homologue ivoirien.", "", "[homologue ivoirien] title CIVGOV CIV"},
		{"leader", "le dirigeant nord-coréen a parlé", "", "[dirigeant nord-coréen] title PRKGOV PRK"},
		{"demonym inside title", "le ministre russe des Affaires étrangères", "",
			"[ministre russe des Affaires étrangères] title RUSGOV RUS"},
		{"demonym after long title", "le chef de la diplomatie chinoise", "",
			"[chef de la diplomatie chinoise] title CHNGOV CHN"},
		{"police", "les policiers kényans", "", "[policiers kényans] title KENCOP KEN"},
		{"rebels", "les rebelles soudanais", "", "[rebelles soudanais] title SDNREB SDN"},
		{"protesters", "des manifestants géorgiens", "", "[manifestants géorgiens] title GEOCVL GEO"},
		{"army", "l'armée de l'air ukrainienne", "", "[armée de l' air ukrainienne] title UKRMIL UKR"},
		// coordination
		{"coordinated demonyms", "les gouvernements français, allemand et britannique", "",
			"[gouvernements français] title FRAGOV FRA; [allemand] title DEUGOV DEU; [britannique] title GBRGOV GBR"},
		{"coordinated presidents", "les présidents russe et chinois", "",
			"[présidents russe] title RUSGOV RUS; [chinois] title CHNGOV CHN"},
		// title + of
		{"of country", "le président de la Russie", "", "[président de la Russie] title RUSGOV RUS"},
		{"of seat", "le chef du Kremlin", "", "[chef du Kremlin] title RUSGOV RUS"},
		{"of country elided", "le ministre des Affaires étrangères de l'Iran", "",
			"[ministre des Affaires étrangères de l' Iran] title IRNGOV IRN"},
		{"of organisation", "le secrétaire général de l'ONU", "",
			"[secrétaire général de l' ONU] title IGOUNO IGO:UN"},
		{"of country bare", "l'ambassadeur de France", "", "[ambassadeur de France] title FRAGOV FRA"},
		{"of group", "le chef du Hamas", "", "[chef du Hamas] title PSEINS PSE"},
		// bare titles
		{"bare title", "Le président a déclaré que le ministre viendra.", "", ""},
		{"bare title republic", "le président de la République", "", ""},
		// people
		{"person", "Vladimir Poutine a rencontré Kim Jong-un.", "",
			"[Vladimir Poutine] person RUSGOV RUS; [Kim Jong-un] person PRKGOV PRK"},
		{"title person", "le président Emmanuel Macron", "", "[président Emmanuel Macron] person FRAGOV FRA"},
		{"title demonym person", "le président russe Vladimir Poutine", "",
			"[président russe Vladimir Poutine] person RUSGOV RUS"},
		{"title demonym comma person", "le dirigeant nord-coréen, Kim Jong-un, a reçu", "",
			"[dirigeant nord-coréen , Kim Jong-un] person PRKGOV PRK"},
		{"apposition", "Kim Jong-un, le dirigeant nord-coréen, a accueilli Poutine.", "",
			"[Kim Jong-un , le dirigeant nord-coréen] person PRKGOV PRK; [Poutine] person RUSGOV RUS"},
		{"title other country is not the person", "le président russe Emmanuel Macron", "",
			"[président russe] title RUSGOV RUS; [Emmanuel Macron] person FRAGOV FRA"},
		{"unlisted name after title", "le ministre russe de la Défense Andreï Belooussov", "",
			"[ministre russe de la Défense Andreï Belooussov] title RUSGOV RUS"},
		{"organisation leader", "António Guterres a appelé au calme.", "", "[António Guterres] person IGOUNO IGO:UN"},
		{"person out of office", "Donald Trump a parlé.", "2023-03-01", "[Donald Trump] person USA USA"},
		{"person in office", "Donald Trump a parlé.", "2019-03-01", "[Donald Trump] person USAGOV USA"},
		{"person second term", "Donald Trump a parlé.", "2025-03-01", "[Donald Trump] person USAGOV USA"},
		{"surname needs capital", "une poutine au fromage", "", ""},
		// seats and places
		{"capital", "Washington a sanctionné Téhéran.", "",
			"[Washington] seat USAGOV USA @Washington; [Téhéran] seat IRNGOV IRN @Téhéran"},
		{"seat of power", "Le Kremlin et la Maison Blanche", "",
			"[Kremlin] seat RUSGOV RUS @Kremlin; [Maison Blanche] seat USAGOV USA @Maison Blanche"},
		{"military seat", "le Pentagone a confirmé", "", "[Pentagone] seat USAMIL USA @Pentagone"},
		{"place", "des frappes sur Kharkiv et Gaza", "",
			"[Kharkiv] place UKR UKR @Kharkiv; [Gaza] place PSE PSE @Gaza"},
		// organisations
		{"igo acronyms", "l'OTAN, l'Otan, la CEDEAO, l'AIEA et la CPI", "",
			"[OTAN] igo IGONAT IGO:NATO; [Otan] igo IGONAT IGO:NATO; [CEDEAO] igo IGOWAS IGO:ECOWAS; [AIEA] igo IGOIAE IGO:IAEA; [CPI] igo IGOICC IGO:ICC"},
		{"igo organ", "le Conseil de sécurité de l'ONU a voté", "", "[Conseil de sécurité de l' ONU] igo IGOUNO IGO:UN"},
		{"igo long name", "l'Union africaine et la Communauté économique des États de l'Afrique de l'Ouest", "",
			"[Union africaine] igo IGOAFU IGO:AU; [Communauté économique des États de l' Afrique de l' Ouest] igo IGOWAS IGO:ECOWAS"},
		// groups
		{"listed name wins over a title reading", "la Banque centrale européenne et le Parlement européen", "",
			"[Banque centrale européenne] igo IGOECB IGO:ECB; [Parlement européen] igo IGOEEC IGO:EU"},
		{"organisation adjective", "les dirigeants européens et un responsable onusien", "",
			"[dirigeants européens] title IGOEEC IGO:EU; [responsable onusien] title IGOUNO IGO:UN"},
		{"group", "le Hamas et les Houthis", "", "[Hamas] title PSEINS PSE; [Houthis] title YEMREB YEM"},
		{"transnational group", "l'État islamique a revendiqué", "", "[État islamique] title IMGINS "},
	})
}

func TestFindEnglish(t *testing.T) {
	runFind(t, "en", []findCase{
		{"country", "Russia and North Korea signed a treaty.", "",
			"[Russia] country RUS RUS; [North Korea] country PRK PRK"},
		{"acronym needs capitals", "He told us the US and the U.S. would act.", "",
			"[US] country USA USA; [U.S.] country USA USA"},
		{"UK", "Britain and the UK", "", "[Britain] country GBR GBR; [UK] country GBR GBR"},
		{"not a country phrase", "leaders from Latin America", "", ""},
		{"demonym noun", "The Iranians rejected the offer.", "", "[Iranians] demonym IRN IRN"},
		{"adjective alone", "Russian gas and Chinese goods", "", ""},
		{"demonym title", "Russian troops entered the town.", "", "[Russian troops] title RUSMIL RUS"},
		{"demonym long title", "the Russian foreign minister", "", "[Russian foreign minister] title RUSGOV RUS"},
		{"US adjective", "US officials said", "", "[US officials] title USAGOV USA"},
		{"US President", "the US President said", "", "[US President] title USAGOV USA"},
		{"organisation adjective", "European leaders met", "", "[European leaders] title IGOEEC IGO:EU"},
		{"US President person", "US President Joe Biden spoke.", "",
			"[US President Joe Biden] person USAGOV USA"},
		{"title person", "Prime Minister Narendra Modi arrived.", "",
			"[Prime Minister Narendra Modi] person INDGOV IND"},
		{"demonym title person", "Russian President Vladimir Putin", "",
			"[Russian President Vladimir Putin] person RUSGOV RUS"},
		{"of country", "the president of France", "", "[president of France] title FRAGOV FRA"},
		{"possessive", "Russia's foreign minister Sergei Lavrov", "",
			"[Russia 's foreign minister Sergei Lavrov] person RUSGOV RUS"},
		{"possessive king", "Saudi Arabia's King", "", "[Saudi Arabia 's King] title SAUGOV SAU"},
		{"coordinated demonyms", "French, German and British officials met.", "",
			"[French] title FRAGOV FRA; [German] title DEUGOV DEU; [British officials] title GBRGOV GBR"},
		{"seat compound", "Kremlin spokesman said", "", "[Kremlin spokesman] title RUSGOV RUS"},
		{"igo compound", "NATO chief and UN officials", "",
			"[NATO chief] title IGONAT IGO:NATO; [UN officials] title IGOUNO IGO:UN"},
		{"seat", "Washington sanctioned Tehran.", "",
			"[Washington] seat USAGOV USA @Washington; [Tehran] seat IRNGOV IRN @Tehran"},
		{"military seat", "the Pentagon said", "", "[Pentagon] seat USAMIL USA @Pentagon"},
		{"igo", "the IAEA and the International Criminal Court", "",
			"[IAEA] igo IGOIAE IGO:IAEA; [International Criminal Court] igo IGOICC IGO:ICC"},
		{"who is not WHO", "who said it", "", ""},
		{"bare title", "The president met the minister.", "", ""},
		{"group", "Hezbollah and al-Shabaab", "", "[Hezbollah] title LBNINS LBN; [al-Shabaab] title SOMINS SOM"},
		{"apposition", "Sergei Lavrov, Russia's foreign minister, said", "",
			"[Sergei Lavrov , Russia 's foreign minister] person RUSGOV RUS"},
		{"place", "shelling in Kharkiv", "", "[Kharkiv] place UKR UKR @Kharkiv"},
	})
}

func TestCountry(t *testing.T) {
	d := mustLoad(t, "en")
	for _, c := range []struct{ iso, want string }{{"RUS", "Russia"}, {"XKX", "Kosovo"}, {"PSE", "Palestine"}} {
		if got, ok := d.Country(c.iso); !ok || got != c.want {
			t.Errorf("Country(%q) = %q, %v; want %q", c.iso, got, ok, c.want)
		}
	}
	if _, ok := d.Country("XXX"); ok {
		t.Errorf("Country(XXX) ok, want unknown")
	}
}

// TestLexiconLoads loads the real embedded data, people files included.
func TestLexiconLoads(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		if _, err := Load(lexicon.FS, lang); err != nil {
			t.Errorf("Load(lexicon.FS, %q): %s", lang, listErrors(err))
		}
	}
}

// TestEveryCountryNamed checks that every country has a name and a demonym
// in each language.
func TestEveryCountryNamed(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		d := mustLoad(t, lang)
		named, dem := map[string]bool{}, map[string]bool{}
		for _, es := range d.index {
			for _, e := range es {
				switch e.kind {
				case kCountry:
					named[e.ref] = true
				case kDemonym:
					dem[e.ref] = true
				}
			}
		}
		for iso := range d.countries {
			if !named[iso] {
				t.Errorf("%s: no name for %s", lang, iso)
			}
			if !dem[iso] && iso != "DMA" {
				t.Errorf("%s: no demonym for %s", lang, iso)
			}
		}
	}
}

func TestLoadErrors(t *testing.T) {
	base := fstest.MapFS{
		"world/countries.tsv": {Data: []byte("RUS\tRU\tRUS\tRussia\nUKR\tUA\tUKR\tUkraine\n")},
		"world/igos.tsv":      {Data: []byte("UN\tIGOUNO\tUnited Nations\n")},
		"xx/titles.txt":       {Data: []byte("@of\tof\nGOV\tpresident\n")},
	}
	cases := []struct {
		name, file, data, want string
	}{
		{"conflicting country names", "xx/countries.txt", "RUS\tRus\nUKR\tKyivan Rus|Rus\n",
			`xx/countries.txt:2: "Rus" is already RUS at xx/countries.txt:1`},
		{"seat against country", "xx/seats.txt", "UKR\tKyiv\nRUS\tKyiv\n",
			`xx/seats.txt:2: "Kyiv" is already UKR at xx/seats.txt:1`},
		{"conflicting demonyms", "xx/demonyms.txt", "RUS\trusian\nUKR\trusian\n",
			`xx/demonyms.txt:2: "rusian" is already RUS at xx/demonyms.txt:1`},
		{"unknown country", "xx/places.txt", "ZZZ\tNowhere\n", `xx/places.txt:1: unknown country "ZZZ"`},
		{"unknown organisation", "xx/igos.txt", "XX\tFoo\n", `xx/igos.txt:1: unknown organisation "XX"`},
		{"people conflict", "world/people-a.tsv", "Ivan Petrov|Petrov\tRUS\tGOV\nOlga Petrov|Petrov\tUKR\tGOV\n",
			`world/people-a.tsv:2: "Petrov" is already person Ivan Petrov at world/people-a.tsv:1`},
		{"people unknown actor", "world/people-a.tsv", "Ivan Petrov\tRUX\tGOV\n",
			`world/people-a.tsv:1: unknown actor "RUX"`},
		{"group bad country", "world/groups.tsv", "Foo\tZZZ\tREB\n", `world/groups.tsv:1: unknown country "ZZZ"`},
		{"bad title setting", "xx/titles.txt", "@order\tsideways\n", `xx/titles.txt:1: @order is before or after`},
		{"title sector conflict", "xx/titles.txt", "GOV\tchief\nMIL\tchief\n", `xx/titles.txt:2: "chief" is already a title of sector GOV`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := fstest.MapFS{}
			for k, v := range base {
				m[k] = v
			}
			m[c.file] = &fstest.MapFile{Data: []byte(c.data)}
			_, err := Load(m, "xx")
			if err == nil {
				t.Fatalf("Load: no error, want %q", c.want)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("Load error = %q, want it to contain %q", err, c.want)
			}
		})
	}
	t.Run("unknown language", func(t *testing.T) {
		if _, err := Load(base, "zz"); !errors.Is(err, ErrUnknownLanguage) {
			t.Errorf("Load(zz) = %v, want ErrUnknownLanguage", err)
		}
	})
	t.Run("language with CLDR names only", func(t *testing.T) {
		d, err := Load(lexicon.FS, "es")
		if err != nil {
			t.Fatalf("Load(es): %v", err)
		}
		toks := dyad.Tokenize("Rusia y Alemania", 0)
		if got, want := show(toks, d.Find(toks, "")), "[Rusia] country RUS RUS; [Alemania] country DEU DEU"; got != want {
			t.Errorf("Find = %s, want %s", got, want)
		}
	})
	t.Run("no people files", func(t *testing.T) {
		if _, err := Load(base, "xx"); err != nil {
			t.Errorf("Load without people: %v", err)
		}
	})
}

// Fixed bugs.
func TestFindFixed(t *testing.T) {
	runFind(t, "fr", []findCase{
		{"elided of and det are single tokens", "le porte-parole de l'OTAN", "",
			"[porte-parole de l' OTAN] title IGONAT IGO:NATO"},
		{"title of title with demonym", "le porte-parole de l'armée israélienne", "",
			"[porte-parole de l' armée israélienne] title ISRMIL ISR"},
		{"title of title keeps the outer sector", "le chef de la police kényane", "",
			"[chef de la police kényane] title KENCOP KEN"},
		{"former title has no sector", "l'ancien président ivoirien a parlé", "",
			"[président ivoirien] title CIV CIV"},
		{"former title does not give the person a sector", "l'ancien président Donald Trump", "2023-01-01",
			"[président Donald Trump] person USA USA"},
		{"current bare title gives the person a sector", "le président Donald Trump", "2023-01-01",
			"[président Donald Trump] person USAGOV USA"},
		{"an Islamic republic is not Iran", "la présidence de la République islamique de Mauritanie", "",
			"[présidence de la République islamique de Mauritanie] title MRTGOV MRT"},
	})
	runFind(t, "en", []findCase{
		{"title chain", "ICC chief prosecutor Luis Moreno-Ocampo", "",
			"[ICC chief prosecutor Luis Moreno-Ocampo] title IGOICC IGO:ICC"},
		{"title chain after demonym", "Russian foreign ministry spokeswoman", "",
			"[Russian foreign ministry spokeswoman] title RUSGOV RUS"},
		{"military spokesman", "an Israeli military spokesman", "", "[Israeli military spokesman] title ISRMIL ISR"},
		{"unlisted name stops before a colon", "the Sudanese president Source: Xinhua", "",
			"[Sudanese president] title SDNGOV SDN; [Xinhua] title CHNMED CHN"},
		{"former", "the former Russian president", "", "[Russian president] title RUS RUS"},
		{"person compound", "the Biden administration and Putin's spokesman", "",
			"[Biden administration] title USAGOV USA; [Putin 's spokesman] title RUSGOV RUS"},
		{"unlisted name with particles", "Sudanese President Omar Hassan al-Bashir and Saudi Crown Prince Mohammed bin Salman", "",
			"[Sudanese President Omar Hassan al-Bashir] title SDNGOV SDN; [Saudi Crown Prince Mohammed bin Salman] title SAUGOV SAU"},
		{"collective noun", "The French said no, and the Chinese economy grew.", "", "[French] demonym FRA FRA"},
		{"collective before title", "the British and French governments", "",
			"[British] title GBRGOV GBR; [French governments] title FRAGOV FRA"},
		{"newspaper is neither actor nor seat", "The Washington Post reported", "", ""},
	})
}

func TestFindInvariants(t *testing.T) {
	d := mustLoad(t, "fr")
	text := "Le président russe Vladimir Poutine et le dirigeant nord-coréen, Kim Jong-un, ont signé à Pyongyang un traité, " +
		"selon l'ONU, les Etats-Unis et les gouvernements français, allemand et britannique."
	toks := dyad.Tokenize(text, 0)
	ms := d.Find(toks, "2024-06-20")
	last := 0
	for _, m := range ms {
		if m.Start < last || m.End <= m.Start || m.End > len(toks) {
			t.Fatalf("mention %+v out of order or bounds (last end %d)", m, last)
		}
		last = m.End
	}
}
