package actor_test

import "testing"

// The Spanish actor data (lexicon/es/*.txt) tested through the public API:
// actor.Load on the embedded lexicon, people files included, and Find.

var spanish = langSpec{
	lang:         "es",
	date:         "",
	govTitle:     "el Gobierno %s",
	titleOf:      []string{"%s ruso", "%s de Rusia"},
	titleCountry: "RUS",
}

func TestFindSpanish(t *testing.T) {
	runFind(t, spanish, []findCase{
		// country names: CLDR, countries.txt, acronyms, historical states
		{"cldr names", "Rusia y Corea del Norte firmaron un tratado.", "",
			"[Rusia] country RUS RUS; [Corea del Norte] country PRK PRK"},
		{"us spellings", "Estados Unidos, EE.UU., EE. UU. y EEUU", "",
			"[Estados Unidos] country USA USA; [EE . UU .] country USA USA; [EE . UU .] country USA USA; [EEUU] country USA USA"},
		{"acronym needs capitals", "eeuu y rdc", "", ""},
		{"short and official names", "la RDC, la Federación Rusa, Birmania y Arabia Saudita", "",
			"[RDC] country COD COD; [Federación Rusa] country RUS RUS; [Birmania] country MMR MMR; [Arabia Saudita] country SAU SAU"},
		{"names without accents", "Haiti, Peru y Mexico", "",
			"[Haiti] country HTI HTI; [Peru] country PER PER; [Mexico] country MEX MEX"},
		{"historical state to successor", "un tratado firmado con la antigua Unión Soviética", "",
			"[antigua Unión Soviética] country RUS RUS"},
		{"press nickname", "El Estado hebreo respondió.", "", "[Estado hebreo] country ISR ISR"},
		{"not a country phrase", "Los países de América Latina votaron.", "", ""},
		{"first name is not Mauritius", "Mauricio habló.", "", ""},
		{"Granada is the Spanish city", "Granada y la isla de Granada", "",
			"[Granada] place ESP ESP @Granada; [isla de Granada] country GRD GRD"},
		// demonyms: nouns after a determiner, adjectives alone
		{"demonym noun", "Los rusos bombardearon la ciudad.", "", "[rusos] demonym RUS RUS"},
		{"demonym noun before comma", "Según los israelíes, el ataque fracasó.", "", "[israelíes] demonym ISR ISR"},
		{"adjective alone", "el gas ruso y los misiles norcoreanos llegaron", "", ""},
		// title + demonym
		{"title demonym", "El presidente ruso aterrizó en Vietnam.", "",
			"[presidente ruso] title RUSGOV RUS; [Vietnam] country VNM VNM"},
		{"soldiers", "los soldados israelíes", "", "[soldados israelíes] title ISRMIL ISR"},
		{"executive", "el Ejecutivo colombiano", "", "[Ejecutivo colombiano] title COLGOV COL"},
		{"feminine plural", "las autoridades iraníes", "", "[autoridades iraníes] title IRNGOV IRN"},
		{"counterpart", "Recibió a su homólogo marfileño.", "", "[homólogo marfileño] title CIVGOV CIV"},
		{"press synonym", "el Gobierno galo y la diplomacia nipona", "",
			"[Gobierno galo] title FRAGOV FRA; [diplomacia nipona] title JPNGOV JPN"},
		{"demonym inside title", "el ministro ruso de Asuntos Exteriores", "",
			"[ministro ruso de Asuntos Exteriores] title RUSGOV RUS"},
		{"demonym after title", "el ministro de Exteriores ruso", "", "[ministro de Exteriores ruso] title RUSGOV RUS"},
		{"chief diplomat", "el jefe de la diplomacia china", "", "[jefe de la diplomacia china] title CHNGOV CHN"},
		{"police", "los carabineros chilenos", "", "[carabineros chilenos] title CHLCOP CHL"},
		{"rebels", "los rebeldes sirios", "", "[rebeldes sirios] title SYRREB SYR"},
		{"protesters", "manifestantes venezolanos", "", "[manifestantes venezolanos] title VENCVL VEN"},
		{"legislature", "los diputados rusos", "", "[diputados rusos] title RUSLEG RUS"},
		{"judiciary", "la Fiscalía colombiana", "", "[Fiscalía colombiana] title COLJUD COL"},
		{"intelligence", "los servicios de inteligencia británicos", "", "[servicios de inteligencia británicos] title GBRSPY GBR"},
		{"unions", "las centrales sindicales paraguayas", "", "[centrales sindicales paraguayas] title PRYLAB PRY"},
		{"farmers", "los campesinos bolivianos", "", "[campesinos bolivianos] title BOLAGR BOL"},
		{"union name is not the army", "la Confederación General de Trabajadores del Perú", "",
			"[Confederación General de Trabajadores del Perú] title PERLAB PER"},
		// coordination
		{"coordinated demonyms", "los gobiernos francés, alemán y británico", "",
			"[gobiernos francés] title FRAGOV FRA; [alemán] title DEUGOV DEU; [británico] title GBRGOV GBR"},
		{"coordinated presidents", "los presidentes ruso y chino", "",
			"[presidentes ruso] title RUSGOV RUS; [chino] title CHNGOV CHN"},
		// title + de + actor
		{"of country", "el presidente de Rusia", "", "[presidente de Rusia] title RUSGOV RUS"},
		{"of seat", "el portavoz del Kremlin", "", "[portavoz del Kremlin] title RUSGOV RUS"},
		{"of organisation", "el secretario general de la ONU", "", "[secretario general de la ONU] title IGOUNO IGO:UN"},
		{"of place", "las autoridades de Gaza", "", "[autoridades de Gaza] title PSEGOV PSE"},
		{"of title with demonym", "el portavoz del Ejército israelí", "", "[portavoz del Ejército israelí] title ISRMIL ISR"},
		{"bare title", "El presidente dijo que el ministro vendrá.", "", ""},
		{"former", "el ex presidente colombiano", "", "[presidente colombiano] title COL COL"},
		// seats of power stand for governments
		{"capitals", "Washington sancionó a Teherán y Pekín respondió.", "",
			"[Washington] seat USAGOV USA @Washington; [Teherán] seat IRNGOV IRN @Teherán; [Pekín] seat CHNGOV CHN @Pekín"},
		{"seats of power", "la Casa Blanca, el Kremlin y la Moncloa", "",
			"[Casa Blanca] seat USAGOV USA @Casa Blanca; [Kremlin] seat RUSGOV RUS @Kremlin; [Moncloa] seat ESPGOV ESP @Moncloa"},
		{"article in the name", "La Habana y El Cairo", "",
			"[La Habana] seat CUBGOV CUB @La Habana; [El Cairo] seat EGYGOV EGY @El Cairo"},
		{"military seat", "el Pentágono confirmó", "", "[Pentágono] seat USAMIL USA @Pentágono"},
		{"legislative seat", "el Congreso de los Diputados votó", "", "[Congreso de los Diputados] seat ESPLEG ESP @Congreso de los Diputados"},
		{"Latin American palaces", "la Casa Rosada y el Palacio de Miraflores", "",
			"[Casa Rosada] seat ARGGOV ARG @Casa Rosada; [Palacio de Miraflores] seat VENGOV VEN @Miraflores"},
		{"pope", "el papa Francisco recibió al presidente", "", "[papa Francisco] seat VATGOV VAT @Papa"},
		{"potato is not the pope", "los productores de papa protestaron", "", ""},
		{"places", "bombardeos en Járkov y en la Franja de Gaza", "",
			"[Járkov] place UKR UKR @Járkov; [Franja de Gaza] place PSE PSE @Gaza"},
		// organisations
		{"igo acronyms", "la OTAN, la Otan, la UE, el OIEA y la CPI", "",
			"[OTAN] igo IGONAT IGO:NATO; [Otan] igo IGONAT IGO:NATO; [UE] igo IGOEEC IGO:EU; [OIEA] igo IGOIAE IGO:IAEA; [CPI] igo IGOICC IGO:ICC"},
		{"igo organ", "el Consejo de Seguridad de la ONU votó", "", "[Consejo de Seguridad de la ONU] igo IGOUNO IGO:UN"},
		{"igo long names", "la Unión Africana y la Organización de los Estados Americanos", "",
			"[Unión Africana] igo IGOAFU IGO:AU; [Organización de los Estados Americanos] igo IGOOAS IGO:OAS"},
		{"organisation adjective", "los líderes europeos", "", "[líderes europeos] title IGOEEC IGO:EU"},
		// people of world/people*.tsv
		{"people", "Pedro Sánchez y Vladimir Putin", "2024-06-20",
			"[Pedro Sánchez] person ESPGOV ESP; [Vladimir Putin] person RUSGOV RUS"},
		{"title demonym comma person", "El mandatario venezolano, Nicolás Maduro, rompió relaciones.", "2024-06-20",
			"[mandatario venezolano , Nicolás Maduro] person VENGOV VEN"},
		{"title person", "el presidente Gustavo Petro", "2024-06-20", "[presidente Gustavo Petro] person COLGOV COL"},
		{"person out of office", "Gustavo Petro habló.", "2021-06-20", "[Gustavo Petro] person COL COL"},
		{"unlisted name after title", "el embajador argentino, Roberto Gómez, fue citado", "2024-06-20",
			"[embajador argentino , Roberto Gómez] title ARGGOV ARG"},
	})
}

// TestSpanishEntriesFindThemselves checks that every name of the es files,
// found alone, is one mention of its own country or organisation: no entry
// is shadowed by another or split by the tokenizer.
func TestSpanishEntriesFindThemselves(t *testing.T) {
	checkEntriesFindThemselves(t, spanish)
}

// TestSpanishDemonyms checks that every demonym form names its country after
// a title ("el Gobierno <form>") and that every country but Dominica and
// Grenada has one.
func TestSpanishDemonyms(t *testing.T) {
	checkDemonyms(t, spanish)
	checkDemonymsCover(t, spanish, "DMA", "GRD")
}

// TestSpanishTitles checks that every title names the Russian actor of its
// sector before "ruso" ("el portavoz ruso") and after "de Rusia".
func TestSpanishTitles(t *testing.T) {
	checkTitles(t, spanish)
}

// TestSpanishCountriesNamed checks that every country of world/countries.tsv
// is found by one of its Spanish names: its CLDR name or a name of
// countries.txt.
func TestSpanishCountriesNamed(t *testing.T) {
	checkCountriesNamed(t, spanish)
}
