package actor_test

import "testing"

// The Italian actor data (lexicon/it/*.txt) tested through the public API:
// actor.Load on the embedded lexicon, people files included, and Find.

var italian = langSpec{
	lang:         "it",
	date:         "",
	govTitle:     "il governo %s",
	titleOf:      []string{"%s russo", "%s della Russia"},
	titleCountry: "RUS",
}

func TestFindItalian(t *testing.T) {
	runFind(t, italian, []findCase{
		// country names: CLDR, countries.txt, acronyms, historical states
		{"cldr names", "La Russia e la Corea del Nord hanno firmato un trattato.", "",
			"[Russia] country RUS RUS; [Corea del Nord] country PRK PRK"},
		{"us spellings", "Stati Uniti, USA e Usa", "",
			"[Stati Uniti] country USA USA; [USA] country USA USA; [Usa] country USA USA"},
		{"acronym needs a capital", "usa e rdc", "", ""},
		{"short and official names", "la RDC, la Federazione russa, la Birmania e l'Olanda", "",
			"[RDC] country COD COD; [Federazione russa] country RUS RUS; [Birmania] country MMR MMR; [Olanda] country NLD NLD"},
		{"historical state to successor", "un trattato firmato con l'ex Unione Sovietica", "",
			"[ex Unione Sovietica] country RUS RUS"},
		{"press nickname", "Lo Stato ebraico ha risposto.", "", "[Stato ebraico] country ISR ISR"},
		{"not a country phrase", "I paesi dell'America Latina e del Medio Oriente hanno votato.", "", ""},
		{"feminine adjective is not the country", "La delegazione ucraina e l'Ucraina", "",
			"[delegazione ucraina] title UKRGOV UKR; [Ucraina] country UKR UKR"},
		// demonyms: nouns after a determiner, adjectives alone
		{"demonym noun", "I russi hanno bombardato la città.", "", "[russi] demonym RUS RUS"},
		{"demonym noun before comma", "Secondo gli israeliani, l'attacco è fallito.", "", "[israeliani] demonym ISR ISR"},
		{"adjective alone", "il gas russo e i missili nordcoreani sono arrivati", "", ""},
		// title + demonym
		{"title demonym", "Il presidente russo è atterrato in Vietnam.", "",
			"[presidente russo] title RUSGOV RUS; [Vietnam] country VNM VNM"},
		{"prime minister", "il primo ministro albanese", "", "[primo ministro albanese] title ALBGOV ALB"},
		{"soldiers", "i soldati israeliani", "", "[soldati israeliani] title ISRMIL ISR"},
		{"feminine plural", "le autorità iraniane", "", "[autorità iraniane] title IRNGOV IRN"},
		{"counterpart", "Ha ricevuto il suo omologo ivoriano.", "", "[omologo ivoriano] title CIVGOV CIV"},
		{"press synonym", "il governo transalpino e la diplomazia nipponica", "",
			"[governo transalpino] title FRAGOV FRA; [diplomazia nipponica] title JPNGOV JPN"},
		{"demonym inside title", "il ministro russo degli Esteri", "",
			"[ministro russo degli Esteri] title RUSGOV RUS"},
		{"demonym after title", "il ministro degli Esteri russo", "", "[ministro degli Esteri russo] title RUSGOV RUS"},
		{"head of government", "il presidente del Consiglio italiano", "", "[presidente del Consiglio italiano] title ITAGOV ITA"},
		{"police", "i carabinieri italiani", "", "[carabinieri italiani] title ITACOP ITA"},
		{"security forces", "le forze di sicurezza sudanesi", "", "[forze di sicurezza sudanesi] title SDNCOP SDN"},
		{"rebels", "i ribelli siriani", "", "[ribelli siriani] title SYRREB SYR"},
		{"protesters", "manifestanti venezuelani", "", "[manifestanti venezuelani] title VENCVL VEN"},
		{"legislature", "i deputati russi", "", "[deputati russi] title RUSLEG RUS"},
		{"judiciary", "la magistratura egiziana", "", "[magistratura egiziana] title EGYJUD EGY"},
		{"intelligence", "l'intelligence turca", "", "[intelligence turca] title TURSPY TUR"},
		{"opposition", "l'opposizione bielorussa", "", "[opposizione bielorussa] title BLROPP BLR"},
		{"unions", "i sindacati francesi", "", "[sindacati francesi] title FRALAB FRA"},
		{"diplomats", "l'ambasciatore tedesco", "", "[ambasciatore tedesco] title DEUGOV DEU"},
		// coordination
		{"coordinated demonyms", "i governi francese, tedesco e britannico", "",
			"[governi francese] title FRAGOV FRA; [tedesco] title DEUGOV DEU; [britannico] title GBRGOV GBR"},
		// title + di + actor
		{"of country", "il presidente della Russia", "", "[presidente della Russia] title RUSGOV RUS"},
		{"of seat", "il portavoce del Cremlino", "", "[portavoce del Cremlino] title RUSGOV RUS"},
		{"of organisation", "il segretario generale della Nato", "", "[segretario generale della Nato] title IGONAT IGO:NATO"},
		{"of place", "le autorità di Gaza", "", "[autorità di Gaza] title PSEGOV PSE"},
		{"head of state", "il capo dello Stato iracheno", "", "[capo dello Stato iracheno] title IRQGOV IRQ"},
		{"bare title", "Il presidente ha detto che il ministro verrà.", "", ""},
		{"former", "l'ex presidente brasiliano", "", "[presidente brasiliano] title BRA BRA"},
		// seats of power stand for governments
		{"capitals", "Washington ha sanzionato Teheran e Pechino ha risposto.", "",
			"[Washington] seat USAGOV USA @Washington; [Teheran] seat IRNGOV IRN @Teheran; [Pechino] seat CHNGOV CHN @Pechino"},
		{"Italian exonyms", "Mosca, Parigi e Londra", "",
			"[Mosca] seat RUSGOV RUS @Mosca; [Parigi] seat FRAGOV FRA @Parigi; [Londra] seat GBRGOV GBR @Londra"},
		{"seats of power", "la Casa Bianca, il Cremlino e Palazzo Chigi", "",
			"[Casa Bianca] seat USAGOV USA @Casa Bianca; [Cremlino] seat RUSGOV RUS @Cremlino; [Palazzo Chigi] seat ITAGOV ITA @Palazzo Chigi"},
		{"Italian seats", "il Quirinale, la Farnesina e il Viminale", "",
			"[Quirinale] seat ITAGOV ITA @Quirinale; [Farnesina] seat ITAGOV ITA @Farnesina; [Viminale] seat ITAGOV ITA @Viminale"},
		{"military seat", "il Pentagono ha confermato", "", "[Pentagono] seat USAMIL USA @Pentagono"},
		{"legislative seat", "Montecitorio ha votato", "", "[Montecitorio] seat ITALEG ITA @Montecitorio"},
		{"pope", "il Papa ha ricevuto il presidente", "", "[Papa] seat VATGOV VAT @Papa"},
		{"places", "bombardamenti a Leopoli e nella Striscia di Gaza", "",
			"[Leopoli] place UKR UKR @Leopoli; [Striscia di Gaza] place PSE PSE @Gaza"},
		// organisations
		{"igo acronyms", "la Nato, l'Onu, l'Ue, l'Aiea e la CPI", "",
			"[Nato] igo IGONAT IGO:NATO; [Onu] igo IGOUNO IGO:UN; [Ue] igo IGOEEC IGO:EU; [Aiea] igo IGOIAE IGO:IAEA; [CPI] igo IGOICC IGO:ICC"},
		{"igo organ", "il Consiglio di sicurezza delle Nazioni Unite ha votato", "",
			"[Consiglio di sicurezza delle Nazioni Unite] igo IGOUNO IGO:UN"},
		{"igo long names", "l'Unione africana e la Commissione europea", "",
			"[Unione africana] igo IGOAFU IGO:AU; [Commissione europea] igo IGOEEC IGO:EU"},
		{"organisation adjective", "i leader europei", "", "[leader europei] title IGOEEC IGO:EU"},
		// people of world/people*.tsv
		{"people", "Giorgia Meloni e Vladimir Putin", "2024-06-20",
			"[Giorgia Meloni] person ITAGOV ITA; [Vladimir Putin] person RUSGOV RUS"},
		{"title person", "il presidente Sergio Mattarella", "2024-06-20", "[presidente Sergio Mattarella] person ITAGOV ITA"},
		{"title demonym comma person", "Il primo ministro albanese, Edi Rama, ha firmato.", "2024-06-20",
			"[primo ministro albanese , Edi Rama] person ALBGOV ALB"},
		{"person out of office", "Giuseppe Conte ha parlato.", "2024-06-20", "[Giuseppe Conte] person ITA ITA"},
		{"unlisted name after title", "l'ambasciatore italiano, Mario Bianchi, è stato convocato", "2024-06-20",
			"[ambasciatore italiano , Mario Bianchi] title ITAGOV ITA"},
	})
}

// TestItalianEntriesFindThemselves checks that every name of the it files,
// found alone, is one mention of its own country or organisation: no entry
// is shadowed by another or split by the tokenizer.
func TestItalianEntriesFindThemselves(t *testing.T) {
	checkEntriesFindThemselves(t, italian)
}

// TestItalianDemonyms checks that every demonym form names its country after
// a title ("il governo <form>") and that every country but Dominica and
// Grenada has one.
func TestItalianDemonyms(t *testing.T) {
	checkDemonyms(t, italian)
	checkDemonymsCover(t, italian, "DMA", "GRD")
}

// TestItalianTitles checks that every title names the Russian actor of its
// sector before "russo" ("il portavoce russo") and after "della Russia".
func TestItalianTitles(t *testing.T) {
	checkTitles(t, italian)
}

// TestItalianCountriesNamed checks that every country of world/countries.tsv
// is found by one of its Italian names: its CLDR name or a name of
// countries.txt.
func TestItalianCountriesNamed(t *testing.T) {
	checkCountriesNamed(t, italian)
}
