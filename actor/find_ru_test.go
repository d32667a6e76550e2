package actor_test

import "testing"

// The Russian actor data (lexicon/ru/*.txt) tested through the public API:
// actor.Load on the embedded lexicon, people files included, and Find.

var russian = langSpec{
	lang:         "ru",
	date:         "2024-06-20",
	govTitle:     "%s правительство",
	titleOf:      []string{"кенийский %s", "кенийские %s"},
	titleCountry: "KEN",
}

func TestFindRussian(t *testing.T) {
	runFind(t, russian, []findCase{
		// countries: CLDR names, names of the file, case forms
		{"country", "Россия и Северная Корея подписали договор.", "",
			"[Россия] country RUS RUS; [Северная Корея] country PRK PRK"},
		{"country cases", "Переговоры России с Украиной и Китаем.", "",
			"[России] country RUS RUS; [Украиной] country UKR UKR; [Китаем] country CHN CHN"},
		{"country acronym", "США и КНДР провели встречу.", "",
			"[США] country USA USA; [КНДР] country PRK PRK"},
		{"historical state", "Договор с Советским Союзом.", "", "[Советским Союзом] country RUS RUS"},
		{"not a country phrase", "Корабли в Персидском заливе.", "", ""},
		// demonyms
		{"demonym noun", "Россияне и американцы встретились.", "",
			"[Россияне] demonym RUS RUS; [американцы] demonym USA USA"},
		{"title demonym", "Российский президент прибыл во Вьетнам.", "",
			"[Российский президент] title RUSGOV RUS; [Вьетнам] country VNM VNM"},
		{"title demonym case", "Представитель украинского правительства заявил.", "",
			"[украинского правительства] title UKRGOV UKR"},
		{"soldiers", "Израильские военные вошли в город.", "", "[Израильские военные] title ISRMIL ISR"},
		{"police", "Грузинская полиция задержала демонстрантов.", "", "[Грузинская полиция] title GEOCOP GEO"},
		{"rebels", "Суданские повстанцы атаковали город.", "", "[Суданские повстанцы] title SDNREB SDN"},
		{"opposition", "Белорусская оппозиция призвала к протестам.", "", "[Белорусская оппозиция] title BLROPP BLR"},
		{"protesters", "Грузинские демонстранты вышли к парламенту.", "", "[Грузинские демонстранты] title GEOCVL GEO"},
		{"diplomats", "Четыре российских дипломата были высланы.", "", "[российских дипломата] title RUSGOV RUS"},
		{"foreign ministry", "Французский МИД осудил удар.", "", "[Французский МИД] title FRAGOV FRA"},
		{"side", "Российская сторона отвергла обвинения.", "", "[Российская сторона] title RUSGOV RUS"},
		{"coordinated demonyms", "Французские, немецкие и британские дипломаты.", "",
			"[Французские] title FRAGOV FRA; [немецкие] title DEUGOV DEU; [британские дипломаты] title GBRGOV GBR"},
		{"organisation adjective", "Европейские лидеры собрались в Брюсселе.", "",
			"[Европейские лидеры] title IGOEEC IGO:EU; [Брюсселе] seat BELGOV BEL @Брюссель"},
		// title + of (из) + country
		{"title from country", "Военные из Украины прошли подготовку.", "", "[Военные из Украины] title UKRMIL UKR"},
		{"bare title", "Президент сказал, что министр приедет.", "", ""},
		// people
		{"title person", "Российский президент Владимир Путин выступил.", "",
			"[Российский президент Владимир Путин] person RUSGOV RUS"},
		{"person", "Путин и Лавров выступили.", "",
			"[Путин] person RUSGOV RUS; [Лавров] person RUSGOV RUS"},
		// seats
		{"capital", "Вашингтон ввел санкции против Тегерана.", "",
			"[Вашингтон] seat USAGOV USA @Вашингтон; [Тегерана] seat IRNGOV IRN @Тегеран"},
		{"capital cases", "Пекин, Москва и Киев.", "",
			"[Пекин] seat CHNGOV CHN @Пекин; [Москва] seat RUSGOV RUS @Москва; [Киев] seat UKRGOV UKR @Киев"},
		{"seat of power", "Кремль и Белый дом.", "",
			"[Кремль] seat RUSGOV RUS @Кремль; [Белый дом] seat USAGOV USA @Белый дом"},
		{"military seat", "Пентагон подтвердил.", "", "[Пентагон] seat USAMIL USA @Пентагон"},
		{"seat case", "Представитель Кремля заявил.", "", "[Представитель Кремля] title RUSGOV RUS"},
		// organisations
		{"igo", "ООН, НАТО и Евросоюз.", "",
			"[ООН] igo IGOUNO IGO:UN; [НАТО] igo IGONAT IGO:NATO; [Евросоюз] igo IGOEEC IGO:EU"},
		{"igo long name", "Совет Безопасности ООН принял резолюцию.", "", "[Совет Безопасности ООН] igo IGOUNO IGO:UN"},
		// places
		{"place", "Бои идут под Харьковом и в Донецке.", "",
			"[Харьковом] place UKR UKR @Харьков; [Донецке] place UKR UKR @Донецк"},
	})
}

// TestRussianEntriesFindThemselves checks that every name of the country,
// seat, place and organisation files, written alone, is one mention of its
// record's referent.
func TestRussianEntriesFindThemselves(t *testing.T) {
	checkEntriesFindThemselves(t, russian)
}

// TestRussianDemonyms checks that every adjective form combines with a title
// and every noun form is a mention of its country.
func TestRussianDemonyms(t *testing.T) {
	checkDemonyms(t, russian)
}

// TestRussianTitles checks that every title combines with a demonym before
// it into a mention of the demonym's country with the title's sector.
func TestRussianTitles(t *testing.T) {
	checkTitles(t, russian)
}

func TestRussianGenitiveTitles(t *testing.T) {
	runFind(t, russian, []findCase{
		{"title + genitive country", "президент России заявил", "", "[президент России] title RUSGOV RUS"},
		{"title + genitive organisation", "глава МИД Франции", "", "[глава МИД Франции] title FRAGOV FRA"},
	})
}
