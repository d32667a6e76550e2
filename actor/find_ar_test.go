package actor_test

import "testing"

// The Arabic actor data (lexicon/ar/*.txt) tested through the public API:
// actor.Load on the embedded lexicon, people files included, and Find.

var arabic = langSpec{
	lang:         "ar",
	date:         "2024-06-20",
	govTitle:     "الحكومة %s",
	titleOf:      []string{"%s الكيني", "%s الكينية"},
	titleCountry: "KEN",
}

func TestFindArabic(t *testing.T) {
	runFind(t, arabic, []findCase{
		// countries: names of the file, clitic forms, hamza variants
		{"country", "وقعت روسيا وكوريا الشمالية معاهدة.", "",
			"[روسيا] country RUS RUS; [وكوريا الشمالية] country PRK PRK"},
		{"country clitics", "عقد اجتماع بروسيا ثم سافر للولايات المتحدة.", "",
			"[بروسيا] country RUS RUS; [للولايات المتحدة] country USA USA"},
		{"country without hamza", "اتهمت ايران اسرائيل.", "",
			"[ايران] country IRN IRN; [اسرائيل] country ISR ISR"},
		{"official name", "المملكة العربية السعودية والإمارات العربية المتحدة.", "",
			"[المملكة العربية السعودية] country SAU SAU; [والإمارات العربية المتحدة] country ARE ARE"},
		{"historical state", "معاهدة مع الاتحاد السوفيتي.", "", "[الاتحاد السوفيتي] country RUS RUS"},
		{"not a country phrase", "زار دول أمريكا اللاتينية.", "", ""},
		{"mali financial", "قدمت دعم مالي للمزارعين.", "", ""},
		// demonyms
		{"demonym noun", "التقى الروس والأتراك.", "",
			"[الروس] demonym RUS RUS; [والأتراك] demonym TUR TUR"},
		{"title demonym", "وصل الرئيس الروسي إلى فيتنام.", "",
			"[الرئيس الروسي] title RUSGOV RUS; [فيتنام] country VNM VNM"},
		{"foreign minister demonym", "قال وزير الخارجية الفرنسي إن المحادثات فشلت.", "",
			"[وزير الخارجية الفرنسي] title FRAGOV FRA"},
		{"soldiers", "دخلت القوات الإسرائيلية المدينة.", "", "[القوات الإسرائيلية] title ISRMIL ISR"},
		{"police", "اعتقلت الشرطة الجورجية متظاهرين.", "", "[الشرطة الجورجية] title GEOCOP GEO"},
		{"rebels", "هاجم المتمردون السودانيون المدينة.", "", "[المتمردون السودانيون] title SDNREB SDN"},
		{"opposition", "دعت المعارضة البيلاروسية إلى الاحتجاج.", "", "[المعارضة البيلاروسية] title BLROPP BLR"},
		{"protesters", "خرج المتظاهرون الجورجيون أمام البرلمان.", "", "[المتظاهرون الجورجيون] title GEOCVL GEO"},
		{"diplomats", "طردت أربعة دبلوماسيين روس.", "", "[دبلوماسيين روس] title RUSGOV RUS"},
		{"foreign ministry", "أدانت الخارجية المصرية الهجوم.", "", "[الخارجية المصرية] title EGYGOV EGY"},
		{"organisation adjective", "اجتمع القادة الأوروبيون في بروكسل.", "",
			"[القادة الأوروبيون] title IGOEEC IGO:EU; [بروكسل] seat BELGOV BEL @بروكسل"},
		// title + country in construct state, title + من + country
		{"title genitive country", "قال رئيس وزراء اليابان إن بلاده مستعدة.", "", "[رئيس وزراء اليابان] title JPNGOV JPN"},
		{"title genitive clitic", "أعلن وزير خارجية فرنسا ذلك.", "", "[وزير خارجية فرنسا] title FRAGOV FRA"},
		{"title from country", "تدرب جنود من أوكرانيا.", "", "[جنود من أوكرانيا] title UKRMIL UKR"},
		{"bare title", "قال الرئيس إن الوزير سيصل.", "", ""},
		// people of world/people*.tsv
		{"person", "التقى بشار الأسد مسؤولين.", "2010-01-01", "[بشار الأسد] person SYRGOV SYR"},
		// seats
		{"capital", "فرضت واشنطن عقوبات على طهران.", "",
			"[واشنطن] seat USAGOV USA @واشنطن; [طهران] seat IRNGOV IRN @طهران"},
		{"capitals clitics", "بكين وموسكو ولكييف.", "",
			"[بكين] seat CHNGOV CHN @بكين; [وموسكو] seat RUSGOV RUS @موسكو; [ولكييف] seat UKRGOV UKR @كييف"},
		{"seat of power", "الكرملين والبيت الأبيض.", "",
			"[الكرملين] seat RUSGOV RUS @الكرملين; [والبيت الأبيض] seat USAGOV USA @البيت الأبيض"},
		{"military seat", "أكد البنتاغون ذلك.", "", "[البنتاغون] seat USAMIL USA @البنتاغون"},
		{"seat with title", "قال المتحدث باسم الكرملين.", "", "[المتحدث باسم الكرملين] title RUSGOV RUS"},
		{"locative seat", "اجتمعوا بموسكو.", "", "[بموسكو] place RUS RUS @موسكو"},
		// organisations
		{"igo", "الأمم المتحدة والناتو والاتحاد الأوروبي.", "",
			"[الأمم المتحدة] igo IGOUNO IGO:UN; [والناتو] igo IGONAT IGO:NATO; [والاتحاد الأوروبي] igo IGOEEC IGO:EU"},
		{"igo organ", "تبنى مجلس الأمن الدولي قرارا.", "", "[مجلس الأمن الدولي] igo IGOUNO IGO:UN"},
		{"igo clitic", "دعت للأمم المتحدة.", "", "[للأمم المتحدة] igo IGOUNO IGO:UN"},
		// places
		{"place", "تدور معارك في خاركيف وبغزة.", "",
			"[خاركيف] place UKR UKR @خاركيف; [وبغزة] place PSE PSE @غزة"},
	})
}

// TestArabicEntriesFindThemselves checks that every name of the country,
// seat, place and organisation files, written alone, is one mention of its
// record's referent.
func TestArabicEntriesFindThemselves(t *testing.T) {
	checkEntriesFindThemselves(t, arabic)
}

// TestArabicDemonyms checks that every adjective form combines with a title
// and every noun form is a mention of its country.
func TestArabicDemonyms(t *testing.T) {
	checkDemonyms(t, arabic)
}

// TestArabicTitles checks that every title combines with a demonym into a
// mention of the demonym's country with the title's sector.
func TestArabicTitles(t *testing.T) {
	checkTitles(t, arabic)
}
