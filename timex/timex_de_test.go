package timex_test

import "testing"

// TestFindGerman checks the German date vocabulary (lexicon/de/dates.txt)
// through the public API: every kind of record, in sentences of news style.
func TestFindGerman(t *testing.T) {
	runFind(t, "de", []findCase{
		// explicit dates: day with its period, month, year; abbreviations; numeric
		{"day month year", "2024-06-25", "Die Staatschefs trafen sich am 19. Juni 2024 in Pjöngjang.", "19. Juni 2024 = 2024-06-19 day"},
		{"day month", "2024-06-25", "Die Staatschefs trafen sich am 19. Juni in Pjöngjang.", "19. Juni = 2024-06-19 day rel"},
		{"day month without publication", "", "Die Staatschefs trafen sich am 19. Juni.", "-"},
		{"december in a january story", "2024-01-05", "Er wurde am 28. Dezember festgenommen.", "28. Dezember = 2023-12-28 day rel"},
		{"until the end of a day", "2023-02-16", "Sie haben bis zum Ablauf des 23. Februar Zeit.", "23. Februar = 2023-02-23 day rel"},
		{"dateline", "2008-08-30", "30. August 2008, 13:29 Luftangriff in Pakistan", "30. August 2008 = 2008-08-30 day"},
		{"weekday comma date", "2009-03-06", "Am Mittwoch, 4. März, erließ das Gericht einen Haftbefehl.", "Mittwoch, 4. März = 2009-03-04 day rel"},
		{"month abbreviation", "", "Der Vertrag wurde am 12. Sept. 2019 unterzeichnet.", "12. Sept. 2019 = 2019-09-12 day"},
		{"austrian january", "", "Die Wahl fand am 5. Jänner 2020 statt.", "5. Jänner 2020 = 2020-01-05 day"},
		{"numeric", "", "Die Erklärung vom 03.05.2009 kündigt einen Haftbefehl an.", "03.05.2009 = 2009-05-03 day"},
		{"numeric short year", "", "Die Mitteilung vom 19.6.24 wurde verbreitet.", "19.6.24 = 2024-06-19 day"},
		{"iso", "", "Der Bericht vom 2024-06-19 wurde veröffentlicht.", "2024-06-19 = 2024-06-19 day"},
		{"range of days", "2024-06-25", "Die Gespräche fanden vom 18. bis 20. Juni in Genf statt.", "18. bis 20. Juni = 2024-06-18 day rel"},
		{"range bis zum", "2024-06-25", "Die Kämpfe dauerten vom 1. bis zum 3. Mai.", "1. bis zum 3. Mai = 2024-05-01 day rel"},
		{"range with hyphen", "2024-06-25", "Das Forum findet am 18.-19. Juni statt.", "18.-19. Juni = 2024-06-18 day rel"},
		// weekdays, with modifiers and with a part of the day
		{"bare weekday", "2024-06-20", "Der Minister sprach am Mittwoch.", "Mittwoch = 2024-06-19 day rel"},
		{"weekday is publication day", "2024-06-20", "Der Minister sprach am Donnerstag.", "Donnerstag = 2024-06-20 day rel"},
		{"weekday compound evening", "2012-11-21", "Amr verkündete am Mittwochabend in Kairo eine Feuerpause.", "Mittwochabend = 2012-11-21 day rel"},
		{"weekday compound morning", "2017-07-07", "Am Freitagmorgen räumte die Polizei Blockaden.", "Freitagmorgen = 2017-07-07 day rel"},
		{"weekday then time of day", "2024-10-01", "Die Truppen rückten am Montag Abend ein.", "Montag Abend = 2024-09-30 day rel"},
		{"vergangenen weekday", "2024-06-20", "Die Armee griff am vergangenen Dienstag an.", "vergangenen Dienstag = 2024-06-18 day rel"},
		{"vergangenen weekday is strictly before", "2024-06-17", "Am vergangenen Montag empfing er den Kanzler.", "vergangenen Montag = 2024-06-10 day rel"},
		{"kommenden weekday", "2024-06-20", "Er reist am kommenden Donnerstag.", "kommenden Donnerstag = 2024-06-27 day rel"},
		{"heutigen weekday", "2005-01-05", "Das Kabinett tagt am heutigen Mittwoch.", "heutigen Mittwoch = 2005-01-05 day rel"},
		{"gestrigen weekday", "2024-06-20", "Am gestrigen Mittwoch trafen sich die Minister.", "gestrigen Mittwoch = 2024-06-19 day rel"},
		{"night to weekday", "2024-06-21", "Drohnen griffen in der Nacht zum Donnerstag an.", "Nacht zum Donnerstag = 2024-06-20 day rel"},
		{"night from weekday to weekday", "2024-06-20", "Er landete in der Nacht von Mittwoch auf Donnerstag.", "Mittwoch auf Donnerstag = 2024-06-19 day rel"},
		{"evening of a date", "2024-06-25", "Am Abend des 18. Juni trafen sie ein.", "Abend des 18. Juni = 2024-06-18 day rel"},
		{"weekday with month publication", "2024-06", "Am Dienstag gab es Kämpfe.", "-"},
		{"weekday abbreviation before a date", "2024-07-01", "Mo., 01.07.2024 - Der Präsident sprach.", "Mo., 01.07.2024 = 2024-07-01 day"},
		{"lower-case so is not Sunday", "2024-05-12", "Es war so 12.05.2024 geplant.", "12.05.2024 = 2024-05-12 day"},
		// relative days
		{"gestern", "2024-03-01", "Der Iran feuerte gestern 200 Raketen ab.", "gestern = 2024-02-29 day rel"},
		{"gestern abend", "2024-06-20", "Er sprach gestern Abend im Fernsehen.", "gestern Abend = 2024-06-19 day rel"},
		{"vorgestern", "2024-06-20", "Die Kämpfe begannen vorgestern.", "vorgestern = 2024-06-18 day rel"},
		{"heute", "2024-06-20", "Der Minister kündigte heute seinen Rücktritt an.", "heute = 2024-06-20 day rel"},
		{"heute morgen", "2024-06-20", "Sie telefonierten heute Morgen.", "heute Morgen = 2024-06-20 day rel"},
		{"vergangene nacht", "2024-06-20", "Raketen trafen die Stadt vergangene Nacht.", "vergangene Nacht = 2024-06-19 day rel"},
		{"morgen früh", "2024-06-20", "Die Ministerin reist morgen früh ab.", "morgen früh = 2024-06-21 day rel"},
		{"morning is not tomorrow", "2024-06-20", "Am Morgen griffen Truppen an.", "-"},
		{"übermorgen", "2024-06-20", "Die Abstimmung findet übermorgen statt.", "übermorgen = 2024-06-22 day rel"},
		{"relative day with month publication", "2024-06", "Sie sprachen gestern.", "-"},
		// counts: vor, in, binnen
		{"vor zwei tagen", "2024-06-20", "Das Dorf wurde vor zwei Tagen beschossen.", "vor zwei Tagen = 2024-06-18 day rel"},
		{"vor digits", "2024-06-20", "Das Dorf wurde vor 3 Tagen beschossen.", "vor 3 Tagen = 2024-06-17 day rel"},
		{"vor einem jahr", "2024-06", "Der Vertrag wurde vor einem Jahr geschlossen.", "vor einem Jahr = 2023 year rel"},
		{"vor stunden", "2024-06-20", "Die Stadt wurde vor 48 Stunden angegriffen.", "vor 48 Stunden = 2024-06-18 day rel"},
		{"vor ein paar wochen", "2024-06-20", "Die Gespräche scheiterten vor ein paar Wochen.", "vor ein paar Wochen = 2024-06-03 week rel"},
		{"in zwei wochen", "2024-06-20", "Die Gespräche werden in zwei Wochen fortgesetzt.", "in zwei Wochen = 2024-07-01 week rel"},
		{"binnen tagen", "2024-06-20", "Die Truppen sollen binnen drei Tagen abziehen.", "binnen drei Tagen = 2024-06-23 day rel"},
		{"since years is no date", "2024-09", "Zum ersten Mal seit 14 Jahren reist ein Kanzler in das Land.", "-"},
		{"duration is no date", "2024-06-20", "Sein Besuch dauerte nur 21 Stunden.", "-"},
		// calendar periods with last, next, this
		{"letzte woche", "2024-06-20", "Die Regierung wurde letzte Woche gestürzt.", "letzte Woche = 2024-06-10 week rel"},
		{"vergangenen monat", "2024-06-20", "Der Putsch im vergangenen Monat wurde verurteilt.", "vergangenen Monat = 2024-05 month rel"},
		{"vergangenen jahr", "2023-05-24", "Im vergangenen Jahr schrumpfte die Reise.", "vergangenen Jahr = 2022 year rel"},
		{"vergangenen jahres", "2024-06-20", "Im Herbst vergangenen Jahres begann die Offensive.", "vergangenen Jahres = 2023 year rel"},
		{"nächste woche", "2024-06-20", "Der Gipfel findet nächste Woche statt.", "nächste Woche = 2024-06-24 week rel"},
		{"nächsten monat", "2024-06-20", "Der Gipfel findet nächsten Monat statt.", "nächsten Monat = 2024-07 month rel"},
		{"diese woche", "2024-06-20", "Die Rebellen rückten diese Woche vor.", "diese Woche = 2024-06-17 week rel"},
		{"in diesem jahr", "2024-06", "In diesem Jahr findet der Gipfel in Dakar statt.", "diesem Jahr = 2024 year rel"},
		{"laufenden jahr", "2024-06-20", "Im laufenden Jahr wurden 300 Menschen getötet.", "laufenden Jahr = 2024 year rel"},
		{"vergangenen month name", "2024-07-10", "Die Wahlen fanden im vergangenen Juni statt.", "vergangenen Juni = 2024-06 month rel"},
		// months and years after a preposition or a part
		{"im month", "2024-06-20", "Das im Februar geschlossene Abkommen trat in Kraft.", "Februar = 2024-02 month rel"},
		{"month year", "2024-06-20", "Das im Juni 2023 geschlossene Abkommen trat in Kraft.", "Juni 2023 = 2023-06 month"},
		{"anfang month", "2023-02-16", "Anfang Februar hatte Wien vier Diplomaten ausgewiesen.", "Anfang Februar = 2023-02 month rel"},
		{"mitte month", "2021-11-25", "Mitte November wurde eine Waffenruhe vereinbart.", "Mitte November = 2021-11 month rel"},
		{"ende year", "2024-06-20", "Die Truppen ziehen bis Ende 2025 ab.", "Ende 2025 = 2025 year"},
		{"seit year", "2024-06-20", "Das Land ist seit 2014 im Krieg.", "2014 = 2014 year"},
		{"im jahr year", "2024-06-20", "Die Mauer fiel im Jahr 1989.", "1989 = 1989 year"},
		{"season year", "2024-06-20", "Im Sommer 2022 begann die Gegenoffensive.", "2022 = 2022 year"},
		{"genitive of year", "2024-06-20", "Die Grenzen des Jahres 1967 bleiben umstritten.", "1967 = 1967 year"},
		{"bare month is no date", "2024-06-20", "Der Mai war regnerisch.", "-"},
		{"count after von is no year", "2024-06-20", "Der Einsatz von 2000 Soldaten wurde beschlossen.", "-"},
		{"count after auf is no year", "2024-06-20", "Die Zahl der Toten stieg auf 1950.", "-"},
		{"votes are no year", "2024-06-20", "Die Partei erhielt 1961 Stimmen.", "-"},
		{"first name August", "2024-06-20", "Der Gast August Müller traf ein.", "-"},
		// several expressions
		{"two dates", "2023-05-24", "Steinmeier kam am Mittwoch an; der Vertrag stammt vom 21. April 1992.",
			"Mittwoch = 2023-05-24 day rel; 21. April 1992 = 1992-04-21 day"},
	})
}

func BenchmarkFindGerman(b *testing.B) {
	benchFind(b, "de", `Der russische Präsident landete in der Nacht zum Donnerstag in Hanoi, nachdem er am 19. Juni 2024 in Pjöngjang war.
Das Abkommen von 1961 war vor zwei Jahren durch einen Vertrag ersetzt worden, der letzte Woche unterzeichnet wurde.
Die Minister treffen sich am kommenden Dienstag in Wien und Anfang Juli in Moskau, hieß es in einer Mitteilung vom 20.06.2024.`)
}
