package timex_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestFindItalian checks the Italian date vocabulary (lexicon/it/dates.txt)
// through the public API: every kind of record, in sentences of news style.
func TestFindItalian(t *testing.T) {
	runFind(t, "it", []findCase{
		// explicit dates: day month year, abbreviations, numeric
		{"day month year", "2024-06-25", "Il presidente è arrivato il 19 giugno 2024.", "19 giugno 2024 = 2024-06-19 day"},
		{"day month", "2024-06-25", "Il presidente è arrivato il 19 giugno.", "19 giugno = 2024-06-19 day rel"},
		{"day month without publication", "", "Il presidente è arrivato il 19 giugno.", "-"},
		{"december in a january story", "2024-01-05", "È stato arrestato il 28 dicembre.", "28 dicembre = 2023-12-28 day rel"},
		{"weekday day month year", "2019-12-23", "L'accordo è stato firmato sabato 21 dicembre 2019.", "sabato 21 dicembre 2019 = 2019-12-21 day"},
		{"ordinal first", "2024-06-20", "Il 1° maggio ci sono stati cortei.", "1° maggio = 2024-05-01 day rel"},
		{"dateline abbreviation", "2006-12-19", "ROMA, 19 dic. - La disputa è tornata davanti ai giudici.", "19 dic. = 2006-12-19 day rel"},
		{"numeric day first", "", "Il decreto del 03/05/2009 è stato annullato.", "03/05/2009 = 2009-05-03 day"},
		{"numeric two-digit year", "", "Il decreto del 19/06/24 è stato annullato.", "19/06/24 = 2024-06-19 day"},
		{"range of days", "2024-06-25", "I colloqui si sono svolti dal 18 al 20 giugno.", "18 al 20 giugno = 2024-06-18 day rel"},
		{"range with e", "2024-06-10", "I ministri si riuniranno il 18 e 19 giugno.", "18 e 19 giugno = 2024-06-18 day rel"},
		{"elided month", "2024-06-20", "L'accordo firmato nell'ottobre 2019 è decaduto.", "nell'ottobre 2019 = 2019-10 month"},
		// weekdays with modifiers and parts of the day
		{"bare weekday", "2024-06-20", "Il ministro ha parlato mercoledì.", "mercoledì = 2024-06-19 day rel"},
		{"weekday without accent", "2024-06-20", "Il ministro ha parlato mercoledi.", "mercoledi = 2024-06-19 day rel"},
		{"scorso after weekday", "2024-06-20", "L'esercito ha attaccato martedì scorso.", "martedì scorso = 2024-06-18 day rel"},
		{"scorso before weekday", "2024-06-20", "L'esercito ha attaccato lo scorso martedì.", "scorso martedì = 2024-06-18 day rel"},
		{"prossimo weekday", "2024-06-20", "Partirà giovedì prossimo.", "giovedì prossimo = 2024-06-27 day rel"},
		{"weekday evening", "2024-10-01", "Le truppe sono entrate lunedì sera.", "lunedì sera = 2024-09-30 day rel"},
		{"night between", "2024-06-20", "È atterrato nella notte tra mercoledì e giovedì.", "nella notte tra mercoledì e giovedì = 2024-06-19 day rel"},
		{"night between with fra", "2020-05-10", "Il blitz è scattato nella notte fra venerdì e sabato.", "nella notte fra venerdì e sabato = 2020-05-08 day rel"},
		{"dawn of", "2019-10-20", "Il governo ha decretato lo stato d'emergenza all'alba di sabato.", "all'alba di sabato = 2019-10-19 day rel"},
		{"weekday with month publication", "2024-06", "Martedì ci sono stati scontri.", "-"},
		{"weekday abbreviation before a date", "2024-07-01", "lun, 01/07/2024 - Il presidente ha parlato.", "lun, 01/07/2024 = 2024-07-01 day"},
		// relative days
		{"ieri", "2024-03-01", "L'Iran ha lanciato ieri 200 missili.", "ieri = 2024-02-29 day rel"},
		{"ieri pomeriggio", "2020-05-10", "L'annuncio è arrivato ieri pomeriggio.", "ieri pomeriggio = 2020-05-09 day rel"},
		{"altro ieri", "2024-06-20", "I combattimenti sono ripresi l'altro ieri.", "l'altro ieri = 2024-06-18 day rel"},
		{"oggi", "2024-06-20", "Il ministro ha annunciato oggi le dimissioni.", "oggi = 2024-06-20 day rel"},
		{"stamattina", "2024-06-20", "Si sono parlati stamattina.", "stamattina = 2024-06-20 day rel"},
		{"in serata", "2024-06-20", "Il consiglio si riunirà in serata.", "-"},
		{"domani", "2021-03-05", "Domani il Papa sarà a Najaf.", "Domani = 2021-03-06 day rel"},
		{"dopodomani", "2024-06-20", "Il voto si terrà dopodomani.", "dopodomani = 2024-06-22 day rel"},
		{"relative day with month publication", "2024-06", "Si sono parlati ieri.", "-"},
		// counts: fa, tra
		{"due giorni fa", "2024-06-20", "Il villaggio è stato bombardato due giorni fa.", "due giorni fa = 2024-06-18 day rel"},
		{"digits fa", "2024-06-20", "Il villaggio è stato bombardato 3 giorni fa.", "3 giorni fa = 2024-06-17 day rel"},
		{"un anno fa", "2024-06", "Il trattato è stato firmato un anno fa.", "un anno fa = 2023 year rel"},
		{"ore fa", "2024-06-20", "La città è stata colpita 48 ore fa.", "48 ore fa = 2024-06-18 day rel"},
		{"tra settimane", "2024-06-20", "Torneranno tra due settimane.", "tra due settimane = 2024-07-01 week rel"},
		{"count without shift", "2024-06-20", "Hanno 72 ore per lasciare il paese.", "-"},
		// weeks, months, years
		{"settimana scorsa", "2023-07-31", "Il golpe della settimana scorsa in Niger.", "settimana scorsa = 2023-07-24 week rel"},
		{"prossima settimana", "2024-06-20", "La delegazione arriverà la prossima settimana.", "prossima settimana = 2024-06-24 week rel"},
		{"mese scorso", "2024-01-15", "Il golpe del mese scorso.", "mese scorso = 2023-12 month rel"},
		{"questo mese", "2024-06-20", "All'inizio di questo mese c'è stata un'offensiva.", "questo mese = 2024-06 month rel"},
		{"anno prossimo", "2024-06-20", "Le elezioni si terranno l'anno prossimo.", "anno prossimo = 2025 year rel"},
		{"scorso anno", "2024-06-20", "Lo scorso anno il vertice si è tenuto a Dakar.", "scorso anno = 2023 year rel"},
		// months and years after prepositions, parts, quantities, since
		{"a month", "2023-11-06", "L'idea è nata ad agosto.", "agosto = 2023-08 month rel"},
		{"month year", "2024-06-20", "L'accordo di giugno 2023 prevede aiuti.", "giugno 2023 = 2023-06 month"},
		{"month del year", "2024-06-20", "L'accordo del giugno del 2023 prevede aiuti.", "giugno del 2023 = 2023-06 month"},
		{"month scorso", "2024-07-10", "Le elezioni di giugno scorso.", "giugno scorso = 2024-06 month rel"},
		{"bare month is not a date", "2024-06-20", "Maggio è stato un mese difficile.", "-"},
		{"nel year", "2024-06-20", "La guerra è scoppiata nel 1991.", "1991 = 1991 year"},
		{"season of year", "2023-11-06", "I centri entreranno in funzione nella primavera del 2024.", "2024 = 2024 year"},
		{"inizio month", "2024-07-20", "La tregua è saltata a inizio luglio.", "inizio luglio = 2024-07 month rel"},
		{"fine year", "2024-06-20", "Si ritireranno entro la fine del 2025.", "fine del 2025 = 2025 year"},
		{"metà month", "2021-11-25", "È stata concordata una tregua a metà novembre.", "metà novembre = 2021-11 month rel"},
		{"quantity più di", "2024-06-20", "L'esercito ha schierato più di 2000 soldati.", "-"},
		{"a number is not a year", "2024-06-20", "Il partito ha ottenuto 1961 voti.", "-"},
		{"since year", "2024-06-20", "Il paese è in guerra dal 2014.", "2014 = 2014 year"},
	})
}

// TestSinceItalian checks that "da", "dal", "fin dal" and "a partire dal"
// mark a date as the start of a duration, and that other prepositions do not.
func TestSinceItalian(t *testing.T) {
	r := mustLoad(t, "it")
	tests := []struct {
		name, in string
		since    bool
	}{
		{"dal year", "Gli ostaggi detenuti dal 2022 sono stati liberati.", true},
		{"da month", "Il regime è al potere da giugno 2021.", true},
		{"fin dal", "Il confine è chiuso fin dal 2019.", true},
		{"a partire dal", "Le sanzioni valgono a partire dal 1° luglio.", true},
		{"nel year", "La guerra è scoppiata nel 1991.", false},
		{"ieri", "Il ministro ha parlato ieri.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := r.Find(dyad.Tokenize(tt.in, 0), "2024-06-20")
			if len(es) != 1 || es[0].Since != tt.since {
				t.Errorf("Find(%q) = %+v, want one expression with Since %v", tt.in, es, tt.since)
			}
		})
	}
}
