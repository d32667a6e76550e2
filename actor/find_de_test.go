package actor_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// The German actor data (lexicon/de/*.txt) tested through the public API:
// actor.Load on the embedded lexicon, people files included, and Find.

var german = langSpec{
	lang:         "de",
	date:         "2024-06-20",
	govTitle:     "%s Regierung",
	titleOf:      []string{"kenianische %s"},
	titleCountry: "KEN",
}

func TestFindGerman(t *testing.T) {
	runFind(t, german, []findCase{
		// countries: CLDR names, names of the file, inflected forms
		{"country", "Russland und Nordkorea haben einen Vertrag unterzeichnet.", "",
			"[Russland] country RUS RUS; [Nordkorea] country PRK PRK"},
		{"country informal and acronym", "Die USA, Großbritannien und die Türkei.", "",
			"[USA] country USA USA; [Großbritannien] country GBR GBR; [Türkei] country TUR TUR"},
		{"country dative plural", "Gespräche mit den Vereinigten Staaten und den Niederlanden.", "",
			"[Vereinigten Staaten] country USA USA; [Niederlanden] country NLD NLD"},
		{"country official", "Die Islamische Republik Iran und die Demokratische Republik Kongo.", "",
			"[Islamische Republik Iran] country IRN IRN; [Demokratische Republik Kongo] country COD COD"},
		{"country CLDR only", "Tadschikistan und Turkmenistan grenzen an Afghanistan.", "",
			"[Tadschikistan] country TJK TJK; [Turkmenistan] country TKM TKM; [Afghanistan] country AFG AFG"},
		{"historical state to successor", "ein Vertrag mit der ehemaligen Sowjetunion und der DDR", "",
			"[ehemaligen Sowjetunion] country RUS RUS; [DDR] country DEU DEU"},
		{"acronym needs capitals", "Die Usa ist ein Name.", "", ""},
		{"not a country phrase", "Schiffe im Golf von Mexiko und auf der Koreanischen Halbinsel.", "", ""},
		// genitive country + title
		{"genitive country title", "Irans Außenminister und Chinas Präsident sprachen.", "",
			"[Irans Außenminister] title IRNGOV IRN; [Chinas Präsident] title CHNGOV CHN"},
		{"genitive seat title", "Moskaus Botschafter wurde einbestellt.", "",
			"[Moskaus Botschafter] title RUSGOV RUS"},
		// demonyms
		{"demonym noun", "Die Russen haben die Stadt bombardiert.", "", "[Russen] demonym RUS RUS"},
		{"demonym noun plural", "Zwei Israelis und drei Palästinenserinnen wurden verletzt.", "",
			"[Israelis] demonym ISR ISR; [Palästinenserinnen] demonym PSE PSE"},
		{"demonym noun weak feminine", "Eine Französin und ein Ukrainer wurden festgenommen.", "",
			"[Französin] demonym FRA FRA; [Ukrainer] demonym UKR UKR"},
		{"adjective alone", "Russisches Gas und französischer Wein.", "", ""},
		// demonym + title, every ending
		{"title demonym", "Der russische Präsident landete in Vietnam.", "",
			"[russische Präsident] title RUSGOV RUS; [Vietnam] country VNM VNM"},
		{"title demonym genitive", "Ein Sprecher des russischen Präsidenten sagte das.", "",
			"[russischen Präsidenten] title RUSGOV RUS"},
		{"soldiers", "Israelische Soldaten rückten vor.", "", "[Israelische Soldaten] title ISRMIL ISR"},
		{"government", "Die malische Regierung protestierte.", "", "[malische Regierung] title MLIGOV MLI"},
		{"counterpart", "Er empfing seinen ivorischen Amtskollegen.", "", "[ivorischen Amtskollegen] title CIVGOV CIV"},
		{"compound title", "Der österreichische Außenminister und das österreichische Außenministerium.", "",
			"[österreichische Außenminister] title AUTGOV AUT; [österreichische Außenministerium] title AUTGOV AUT"},
		{"police", "Ungarische Polizisten nahmen Migranten fest.", "", "[Ungarische Polizisten] title HUNCOP HUN"},
		{"border guards", "Polnische Grenzschützer wiesen sie zurück.", "", "[Polnische Grenzschützer] title POLMIL POL"},
		{"rebels", "Die sudanesischen Rebellen griffen an.", "", "[sudanesischen Rebellen] title SDNREB SDN"},
		{"insurgents", "Afghanische Aufständische griffen an.", "", "[Afghanische Aufständische] title AFGREB AFG"},
		{"protesters", "Georgische Demonstranten zogen zum Parlament.", "", "[Georgische Demonstranten] title GEOCVL GEO"},
		{"opposition", "Die belarussische Opposition rief zum Protest.", "", "[belarussische Opposition] title BLROPP BLR"},
		{"diplomats", "Vier russische Diplomaten wurden ausgewiesen.", "", "[russische Diplomaten] title RUSGOV RUS"},
		{"state media", "Das iranische Staatsfernsehen meldete den Angriff.", "", "[iranische Staatsfernsehen] title IRNMED IRN"},
		{"judiciary", "Ein pakistanisches Gericht verurteilte ihn.", "", "[pakistanisches Gericht] title PAKJUD PAK"},
		{"intelligence", "Der ukrainische Geheimdienst bestätigte das.", "", "[ukrainische Geheimdienst] title UKRSPY UKR"},
		{"legislature", "Das ungarische Parlament stimmte zu.", "", "[ungarische Parlament] title HUNLEG HUN"},
		{"undeclined place adjective", "Die Schweizer Regierung vermittelt.", "", "[Schweizer Regierung] title CHEGOV CHE"},
		{"capital adjective", "Die Moskauer Führung und die Pekinger Regierung.", "",
			"[Moskauer Führung] title RUSGOV RUS; [Pekinger Regierung] title CHNGOV CHN"},
		{"organisation adjective", "Die europäischen Staats- und Regierungschefs trafen sich.", "",
			"[europäischen Staats - und Regierungschefs] title IGOEEC IGO:EU"},
		// coordination
		{"coordinated demonyms", "Die französische, deutsche und britische Regierung verurteilten den Angriff.", "",
			"[französische] title FRAGOV FRA; [deutsche] title DEUGOV DEU; [britische Regierung] title GBRGOV GBR"},
		// title + of (von, der, des)
		{"of von", "Der Präsident von Frankreich reiste ab.", "", "[Präsident von Frankreich] title FRAGOV FRA"},
		{"of genitive article", "Der Präsident der Ukraine reiste ab.", "", "[Präsident der Ukraine] title UKRGOV UKR"},
		{"of organisation", "Der Generalsekretär der Vereinten Nationen und der Generalsekretär der Nato.", "",
			"[Generalsekretär der Vereinten Nationen] title IGOUNO IGO:UN; [Generalsekretär der Nato] title IGONAT IGO:NATO"},
		{"of seat", "Der Sprecher des Kremls sagte das.", "", "[Sprecher des Kremls] title RUSGOV RUS"},
		{"of group", "Vertreter der Hamas trafen ein.", "", "[Vertreter der Hamas] title PSEINS PSE"},
		{"of nested title", "Der Kommandeur der Streitkräfte der Ukraine sagte das.", "",
			"[Kommandeur der Streitkräfte der Ukraine] title UKRMIL UKR"},
		// bare titles
		{"bare title", "Der Präsident sagte, der Minister komme.", "", ""},
		// titles with people
		{"title demonym person", "Der russische Präsident Wladimir Putin sprach.", "",
			"[russische Präsident Wladimir Putin] person RUSGOV RUS"},
		{"bare title person", "Bundeskanzler Olaf Scholz reiste ab.", "2023-05-24",
			"[Bundeskanzler Olaf Scholz] person DEUGOV DEU"},
		{"compound title person", "US-Präsident Joe Biden sprach mit Kremlchef Wladimir Putin.", "",
			"[US-Präsident Joe Biden] person USAGOV USA; [Kremlchef Wladimir Putin] person RUSGOV RUS"},
		{"genitive title person", "Frankreichs Präsident Emmanuel Macron sprach.", "",
			"[Frankreichs Präsident Emmanuel Macron] person FRAGOV FRA"},
		{"unlisted name after title", "Der russische Verteidigungsminister Andrej Beloussow sprach.", "",
			"[russische Verteidigungsminister Andrej Beloussow] title RUSGOV RUS"},
		{"former title", "Der ehemalige Präsident Donald Trump sprach.", "2023-03-01",
			"[Präsident Donald Trump] person USA USA"},
		{"former title demonym", "Der frühere israelische Ministerpräsident sprach.", "",
			"[israelische Ministerpräsident] title ISR ISR"},
		// seats: capitals, seats of power, compounds that name a government
		{"capital", "Washington hat Teheran sanktioniert.", "",
			"[Washington] seat USAGOV USA @Washington; [Teheran] seat IRNGOV IRN @Teheran"},
		{"capital exonym", "Peking, Moskau und Kiew.", "",
			"[Peking] seat CHNGOV CHN @Peking; [Moskau] seat RUSGOV RUS @Moskau; [Kiew] seat UKRGOV UKR @Kiew"},
		{"seat of power", "Der Kreml und das Weiße Haus.", "",
			"[Kreml] seat RUSGOV RUS @Kreml; [Weiße Haus] seat USAGOV USA @Weißes Haus"},
		{"seat genitive", "ein Sprecher des Weißen Hauses", "",
			"[Sprecher des Weißen Hauses] title USAGOV USA"},
		{"chancellery", "Das Kanzleramt schwieg.", "", "[Kanzleramt] seat DEUGOV DEU @Bundesregierung"},
		{"military seat", "Das Pentagon bestätigte.", "", "[Pentagon] seat USAMIL USA @Pentagon"},
		{"government compound", "Die Bundesregierung und die Bundeswehr.", "",
			"[Bundesregierung] seat DEUGOV DEU @Bundesregierung; [Bundeswehr] seat DEUMIL DEU @Bundeswehr"},
		{"us compound", "Die US-Regierung und das US-Militär.", "",
			"[US-Regierung] seat USAGOV USA @US-Regierung; [US-Militär] seat USAMIL USA @US-Streitkräfte"},
		{"kremlin compound", "Der Kremlchef sagte das.", "", "[Kremlchef] seat RUSGOV RUS @Kreml"},
		{"federal chancellor of another country", "Der österreichische Bundeskanzler sprach.", "",
			"[österreichische Bundeskanzler] title AUTGOV AUT"},
		// places
		{"place", "Angriffe auf Charkiw und den Gazastreifen.", "",
			"[Charkiw] place UKR UKR @Charkiw; [Gazastreifen] place PSE PSE @Gaza"},
		{"place transliteration", "Kämpfe in Kharkiv und Saporischschja.", "",
			"[Kharkiv] place UKR UKR @Charkiw; [Saporischschja] place UKR UKR @Saporischschja"},
		// organisations
		{"igo acronyms", "Die Nato, die NATO, die Ecowas, die IAEA und der IStGH.", "",
			"[Nato] igo IGONAT IGO:NATO; [NATO] igo IGONAT IGO:NATO; [Ecowas] igo IGOWAS IGO:ECOWAS; [IAEA] igo IGOIAE IGO:IAEA; [IStGH] igo IGOICC IGO:ICC"},
		{"igo compound organ", "Der UN-Sicherheitsrat und die EU-Kommission.", "",
			"[UN-Sicherheitsrat] igo IGOUNO IGO:UN; [EU-Kommission] igo IGOEEC IGO:EU"},
		{"igo long name", "Die Afrikanische Union und die Vereinten Nationen.", "",
			"[Afrikanische Union] igo IGOAFU IGO:AU; [Vereinten Nationen] igo IGOUNO IGO:UN"},
		{"listed name wins over a title reading", "Die Europäische Zentralbank und das Europäische Parlament.", "",
			"[Europäische Zentralbank] igo IGOECB IGO:ECB; [Europäische Parlament] igo IGOEEC IGO:EU"},
		{"member state compound is no organisation", "dem Nato-Partner Rumänien", "",
			"[Rumänien] country ROM ROU"},
		// people of world/people*.tsv with their German spellings
		{"person", "Wladimir Putin traf Olaf Scholz.", "2023-05-24",
			"[Wladimir Putin] person RUSGOV RUS; [Olaf Scholz] person DEUGOV DEU"},
		{"person out of office", "Olaf Scholz sprach.", "2025-09-01", "[Olaf Scholz] person DEU DEU"},
		{"person two offices", "Frank-Walter Steinmeier reiste nach Bukarest.", "2023-05-24",
			"[Frank-Walter Steinmeier] person DEUGOV DEU; [Bukarest] seat ROMGOV ROU @Bukarest"},
		// groups of world/groups.tsv
		{"group", "Die Hamas und die Taliban.", "", "[Hamas] title PSEINS PSE; [Taliban] title AFGINS AFG"},
	})
}

// TestGermanEntriesFindThemselves checks that every name of the country,
// seat, place and organisation files, written alone, is one mention of its
// record's referent: no other entry shadows it.
func TestGermanEntriesFindThemselves(t *testing.T) {
	checkEntriesFindThemselves(t, german)
}

// TestGermanDemonyms checks that every adjective form combines with a title
// and every noun form is a mention of its country.
func TestGermanDemonyms(t *testing.T) {
	checkDemonyms(t, german)
}

// TestGermanTitles checks that every title combines with a demonym before it
// into a mention of the demonym's country with the title's sector.
func TestGermanTitles(t *testing.T) {
	checkTitles(t, german)
}

func BenchmarkFindGerman(b *testing.B) {
	d := loadDict(b, german.lang)
	text := `Der russische Präsident Wladimir Putin hat am Mittwoch den chinesischen Präsidenten Xi Jinping im Kreml empfangen.
Irans Außenminister und der Generalsekretär der Vereinten Nationen trafen sich in Genf mit Vertretern der Hamas.
Die Bundesregierung verurteilte den Angriff russischer Truppen auf Charkiw, die Nato kündigte Hilfe an.`
	var sents [][]dyad.Token
	for _, line := range strings.Split(text, "\n") {
		sents = append(sents, dyad.Tokenize(line, 0))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, toks := range sents {
			d.Find(toks, "2024-06-20")
		}
	}
}
