package actor_test

import "testing"

// The Portuguese actor data (lexicon/pt/*.txt) tested through the public API:
// actor.Load on the embedded lexicon, people files included, and Find.

var portuguese = langSpec{
	lang:         "pt",
	date:         "",
	govTitle:     "o Governo %s",
	titleOf:      []string{"%s russo", "%s da Rússia"},
	titleCountry: "RUS",
}

func TestFindPortuguese(t *testing.T) {
	runFind(t, portuguese, []findCase{
		// country names: CLDR, countries.txt, acronyms, historical states
		{"cldr names", "A Rússia e a Coreia do Norte assinaram um tratado.", "",
			"[Rússia] country RUS RUS; [Coreia do Norte] country PRK PRK"},
		{"european spellings", "O Irão, o Quénia e o Vietname", "",
			"[Irão] country IRN IRN; [Quénia] country KEN KEN; [Vietname] country VNM VNM"},
		{"brazilian spellings", "O Irã, o Quênia e o Vietnã", "",
			"[Irã] country IRN IRN; [Quênia] country KEN KEN; [Vietnã] country VNM VNM"},
		{"us names", "os Estados Unidos e os EUA", "",
			"[Estados Unidos] country USA USA; [EUA] country USA USA"},
		{"acronym needs capitals", "eua e rdc", "", ""},
		{"short and official names", "a RDC, a Federação Russa, a Birmânia e a RDCongo", "",
			"[RDC] country COD COD; [Federação Russa] country RUS RUS; [Birmânia] country MMR MMR; [RDCongo] country COD COD"},
		{"lusophone states", "Timor-Leste, Guiné-Bissau, Cabo Verde e São Tomé e Príncipe", "",
			"[Timor-Leste] country TLS TLS; [Guiné-Bissau] country GNB GNB; [Cabo Verde] country CPV CPV; [São Tomé e Príncipe] country STP STP"},
		{"historical state to successor", "um tratado assinado com a antiga União Soviética", "",
			"[antiga União Soviética] country RUS RUS"},
		{"press nickname", "O Estado hebreu respondeu.", "", "[Estado hebreu] country ISR ISR"},
		{"not a country phrase", "Os países da América Latina votaram.", "", ""},
		{"French Guiana is not Guyana", "A Guiana Francesa e a Guiana", "",
			"[Guiana Francesa] place FRA FRA @Guiana Francesa; [Guiana] country GUY GUY"},
		// demonyms: nouns after a determiner, adjectives alone
		{"demonym noun", "Os russos bombardearam a cidade.", "", "[russos] demonym RUS RUS"},
		{"demonym noun before comma", "Segundo os israelitas, o ataque falhou.", "", "[israelitas] demonym ISR ISR"},
		{"adjective alone", "o gás russo e os mísseis norte-coreanos chegaram", "", ""},
		// title + demonym
		{"title demonym", "O Presidente timorense chegou a Jacarta.", "",
			"[Presidente timorense] title TLSGOV TLS; [Jacarta] seat IDNGOV IDN @Jacarta"},
		{"counterpart", "o homólogo indonésio recebeu-o", "", "[homólogo indonésio] title IDNGOV IDN"},
		{"soldiers", "os soldados israelitas e os militares israelenses", "",
			"[soldados israelitas] title ISRMIL ISR; [militares israelenses] title ISRMIL ISR"},
		{"government", "o Governo português felicitou Angola", "",
			"[Governo português] title PRTGOV PRT; [Angola] country AGO AGO"},
		{"feminine plural", "as autoridades iranianas", "", "[autoridades iranianas] title IRNGOV IRN"},
		{"press synonym", "o Governo luso e a diplomacia nipónica", "",
			"[Governo luso] title PRTGOV PRT; [diplomacia nipónica] title JPNGOV JPN"},
		{"guineense is Guinea-Bissau", "os militares guineenses", "", "[militares guineenses] title GNBMIL GNB"},
		{"demonym inside title", "o ministro russo dos Negócios Estrangeiros", "",
			"[ministro russo dos Negócios Estrangeiros] title RUSGOV RUS"},
		{"brazilian foreign minister", "o chanceler brasileiro", "", "[chanceler brasileiro] title BRAGOV BRA"},
		{"secretary of state", "o secretário de Estado americano", "", "[secretário de Estado americano] title USAGOV USA"},
		{"police", "a Polícia Nacional angolana", "", "[Polícia Nacional angolana] title AGOCOP AGO"},
		{"rebels", "os rebeldes sírios", "", "[rebeldes sírios] title SYRREB SYR"},
		{"protesters", "manifestantes venezuelanos", "", "[manifestantes venezuelanos] title VENCVL VEN"},
		{"legislature", "os deputados portugueses", "", "[deputados portugueses] title PRTLEG PRT"},
		{"judiciary", "a Procuradoria-Geral angolana", "", "[Procuradoria-Geral angolana] title AGOJUD AGO"},
		{"intelligence", "os serviços secretos britânicos", "", "[serviços secretos britânicos] title GBRSPY GBR"},
		{"opposition", "a oposição moçambicana", "", "[oposição moçambicana] title MOZOPP MOZ"},
		{"activists", "ativistas angolanos", "", "[ativistas angolanos] title AGOCVL AGO"},
		// coordination
		{"coordinated demonyms", "os governos francês, alemão e britânico", "",
			"[governos francês] title FRAGOV FRA; [alemão] title DEUGOV DEU; [britânico] title GBRGOV GBR"},
		// title + de + actor
		{"of country", "o presidente da Rússia", "", "[presidente da Rússia] title RUSGOV RUS"},
		{"of seat", "o porta-voz do Kremlin", "", "[porta-voz do Kremlin] title RUSGOV RUS"},
		{"of organisation", "o secretário-geral da ONU", "", "[secretário-geral da ONU] title IGOUNO IGO:UN"},
		{"of place", "as autoridades de Gaza", "", "[autoridades de Gaza] title PSEGOV PSE"},
		{"of title with demonym", "o porta-voz do Exército israelita", "", "[porta-voz do Exército israelita] title ISRMIL ISR"},
		{"bare title", "O presidente disse que o ministro virá.", "", ""},
		{"former", "o antigo presidente angolano", "", "[presidente angolano] title AGO AGO"},
		// seats of power stand for governments
		{"capitals", "Washington sancionou Teerão e Pequim respondeu.", "",
			"[Washington] seat USAGOV USA @Washington; [Teerão] seat IRNGOV IRN @Teerão; [Pequim] seat CHNGOV CHN @Pequim"},
		{"moscow spellings", "Moscovo e Moscou", "",
			"[Moscovo] seat RUSGOV RUS @Moscovo; [Moscou] seat RUSGOV RUS @Moscovo"},
		{"seats of power", "a Casa Branca, o Kremlin e o Palácio do Planalto", "",
			"[Casa Branca] seat USAGOV USA @Casa Branca; [Kremlin] seat RUSGOV RUS @Kremlin; [Palácio do Planalto] seat BRAGOV BRA @Planalto"},
		{"lusophone capitals", "Lisboa saúda a trégua entre Kinshasa e Kigali", "",
			"[Lisboa] seat PRTGOV PRT @Lisboa; [Kinshasa] seat CODGOV COD @Kinshasa; [Kigali] seat RWAGOV RWA @Kigali"},
		{"military seat", "o Pentágono confirmou", "", "[Pentágono] seat USAMIL USA @Pentágono"},
		{"legislative seat", "a Assembleia da República votou", "", "[Assembleia da República] seat PRTLEG PRT @Assembleia da República"},
		{"pope", "o papa Francisco recebeu o presidente", "", "[papa Francisco] seat VATGOV VAT @Papa"},
		{"places", "bombardeamentos em Kharkiv e na Faixa de Gaza", "",
			"[Kharkiv] place UKR UKR @Kharkiv; [Faixa de Gaza] place PSE PSE @Gaza"},
		{"lusophone places", "ataques em Cabo Delgado e em Cabinda", "",
			"[Cabo Delgado] place MOZ MOZ @Cabo Delgado; [Cabinda] place AGO AGO @Cabinda"},
		// organisations
		{"igo acronyms", "a OTAN, a NATO, a UE, a AIEA e o TPI", "",
			"[OTAN] igo IGONAT IGO:NATO; [NATO] igo IGONAT IGO:NATO; [UE] igo IGOEEC IGO:EU; [AIEA] igo IGOIAE IGO:IAEA; [TPI] igo IGOICC IGO:ICC"},
		{"igo organ", "o Conselho de Segurança da ONU votou", "", "[Conselho de Segurança da ONU] igo IGOUNO IGO:UN"},
		{"igo long names", "a União Africana e a Comunidade Económica dos Estados da África Ocidental", "",
			"[União Africana] igo IGOAFU IGO:AU; [Comunidade Económica dos Estados da África Ocidental] igo IGOWAS IGO:ECOWAS"},
		{"ecowas acronym", "A CEDEAO recusou o calendário.", "", "[CEDEAO] igo IGOWAS IGO:ECOWAS"},
		{"organisation adjective", "os líderes europeus", "", "[líderes europeus] title IGOEEC IGO:EU"},
		// people of world/people*.tsv
		{"people", "Lula e Vladimir Putin", "2024-06-20",
			"[Lula] person BRAGOV BRA; [Vladimir Putin] person RUSGOV RUS"},
		{"title person", "o presidente João Lourenço", "2024-06-20", "[presidente João Lourenço] person AGOGOV AGO"},
	})
}

// TestPortugueseEntriesFindThemselves checks that every name of the pt files,
// found alone, is one mention of its own country or organisation.
func TestPortugueseEntriesFindThemselves(t *testing.T) {
	checkEntriesFindThemselves(t, portuguese)
}

// TestPortugueseDemonyms checks that every demonym form names its country
// after a title ("o Governo <form>") and that every country but a few small
// states without a demonym in use has one.
func TestPortugueseDemonyms(t *testing.T) {
	checkDemonyms(t, portuguese)
	checkDemonymsCover(t, portuguese, "DMA", "GRD", "KIR", "MHL", "FSM", "NRU",
		"PLW", "TUV", "KNA", "LCA", "VCT", "TON", "SLB", "LIE")
}

// TestPortugueseTitles checks that every title names the Russian actor of its
// sector before "russo" ("o porta-voz russo") and after "da Rússia".
func TestPortugueseTitles(t *testing.T) {
	checkTitles(t, portuguese)
}

// TestPortugueseCountriesNamed checks that every country of
// world/countries.tsv is found by one of its Portuguese names: its CLDR name
// or a name of countries.txt.
func TestPortugueseCountriesNamed(t *testing.T) {
	checkCountriesNamed(t, portuguese)
}
