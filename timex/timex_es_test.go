package timex_test

import "testing"

// TestFindSpanish checks the Spanish date vocabulary (lexicon/es/dates.txt)
// through the public API: every kind of record, in sentences of news style.
func TestFindSpanish(t *testing.T) {
	runFind(t, "es", []findCase{
		// explicit dates: day de month de year, abbreviations, numeric
		{"day month year", "2024-06-25", "El presidente llegó el 19 de junio de 2024.", "19 de junio de 2024 = 2024-06-19 day"},
		{"day month", "2024-06-25", "El presidente llegó el 19 de junio.", "19 de junio = 2024-06-19 day rel"},
		{"day month without publication", "", "El presidente llegó el 19 de junio.", "-"},
		{"december in a january story", "2024-01-05", "Fue detenido el 28 de diciembre.", "28 de diciembre = 2023-12-28 day rel"},
		{"weekday day month year", "2019-12-23", "Se firmó el sábado 21 de diciembre de 2019.", "sábado 21 de diciembre de 2019 = 2019-12-21 day"},
		{"ordinal first", "2024-06-20", "El 1º de mayo hubo marchas.", "1º de mayo = 2024-05-01 day rel"},
		{"dateline abbreviation", "2006-12-19", "LA HAYA, 19 dic.— La disputa volvió a los tribunales.", "19 dic. = 2006-12-19 day rel"},
		{"abbreviation with year", "", "El tratado se firmó el 12 de sept. de 2019.", "12 de sept. de 2019 = 2019-09-12 day"},
		{"wire dateline month day", "2001-04-13", "QUITO, Abr 12 (AFP) - El Gobierno anunció medidas.", "Abr 12 = 2001-04-12 day rel"},
		{"setiembre", "", "La reunión fue el 5 de setiembre de 2021.", "5 de setiembre de 2021 = 2021-09-05 day"},
		{"numeric day first", "", "El decreto del 03/05/2009 fue anulado.", "03/05/2009 = 2009-05-03 day"},
		{"numeric two-digit year", "", "El decreto del 19/06/24 fue anulado.", "19/06/24 = 2024-06-19 day"},
		{"iso", "", "El informe del 2024-06-19 fue publicado.", "2024-06-19 = 2024-06-19 day"},
		{"range of days", "2024-06-25", "Las conversaciones se celebraron del 18 al 20 de junio.", "18 al 20 de junio = 2024-06-18 day rel"},
		{"range with y", "2024-06-10", "Los ministros se reunirán el 18 y 19 de junio.", "18 y 19 de junio = 2024-06-18 day rel"},
		{"invalid day keeps the month", "2024-06-20", "El 31 de junio no existe.", "junio = 2024-06 month rel"},
		// weekdays with modifiers and parts of the day
		{"bare weekday", "2024-06-20", "El ministro habló el miércoles.", "miércoles = 2024-06-19 day rel"},
		{"weekday is publication day", "2024-06-20", "El ministro habló el jueves.", "jueves = 2024-06-20 day rel"},
		{"este weekday", "2024-05-21", "Albares anunció este martes la decisión.", "este martes = 2024-05-21 day rel"},
		{"pasado before weekday", "2024-06-20", "El Ejército atacó el pasado martes.", "pasado martes = 2024-06-18 day rel"},
		{"pasado after weekday", "2024-06-20", "El Ejército atacó el martes pasado.", "martes pasado = 2024-06-18 day rel"},
		{"próximo weekday", "2024-06-20", "Viajará el próximo jueves.", "próximo jueves = 2024-06-27 day rel"},
		{"que viene", "2024-06-20", "Viajará el jueves que viene.", "jueves que viene = 2024-06-27 day rel"},
		{"weekday por la noche", "2024-10-01", "Las tropas entraron el lunes por la noche.", "lunes por la noche = 2024-09-30 day rel"},
		{"night of to", "2024-06-20", "Aterrizó en la noche del miércoles al jueves.", "en la noche del miércoles al jueves = 2024-06-19 day rel"},
		{"madrugada del", "2019-10-20", "Piñera decretó el estado de emergencia en la madrugada del sábado.", "en la madrugada del sábado = 2019-10-19 day rel"},
		{"weekday with month publication", "2024-06", "El martes hubo combates.", "-"},
		{"weekday abbreviation before a date", "2024-07-01", "lun, 01/07/2024 - El presidente habló.", "lun, 01/07/2024 = 2024-07-01 day"},
		{"sea is not Tuesday", "2024-06-20", "Los buques cruzaron el mar Rojo.", "-"},
		// relative days
		{"ayer", "2024-03-01", "Irán lanzó ayer 200 misiles.", "ayer = 2024-02-29 day rel"},
		{"anoche", "2016-04-18", "Un avión despegó anoche de la base.", "anoche = 2016-04-17 day rel"},
		{"anteayer", "2024-06-20", "Los combates se reanudaron anteayer.", "anteayer = 2024-06-18 day rel"},
		{"hoy", "2024-06-20", "El ministro anunció hoy su dimisión.", "hoy = 2024-06-20 day rel"},
		{"esta mañana", "2024-06-20", "Hablaron esta mañana.", "esta mañana = 2024-06-20 day rel"},
		{"ayer por la tarde", "2024-06-20", "Hablaron ayer por la tarde.", "ayer por la tarde = 2024-06-19 day rel"},
		{"para mañana", "2018-07-14", "Para mañana está prevista la reapertura.", "Para mañana = 2018-07-15 day rel"},
		{"morning is not tomorrow", "2024-06-20", "Los combates comenzaron por la mañana.", "-"},
		{"pasado mañana", "2024-06-20", "La votación será pasado mañana.", "pasado mañana = 2024-06-22 day rel"},
		{"relative day with month publication", "2024-06", "Hablaron ayer.", "-"},
		// counts: hace, dentro de
		{"hace dos días", "2024-06-20", "La aldea fue bombardeada hace dos días.", "hace dos días = 2024-06-18 day rel"},
		{"hace digits", "2024-06-20", "La aldea fue bombardeada hace 3 días.", "hace 3 días = 2024-06-17 day rel"},
		{"hace un año", "2024-06", "El tratado se firmó hace un año.", "hace un año = 2023 year rel"},
		{"hace horas", "2024-06-20", "La ciudad fue atacada hace 48 horas.", "hace 48 horas = 2024-06-18 day rel"},
		{"dentro de", "2024-06-20", "Volverán dentro de dos semanas.", "dentro de dos semanas = 2024-07-01 week rel"},
		{"count without shift", "2024-06-20", "Disponen de 72 horas para salir del país.", "-"},
		// weeks, months, years
		{"semana pasada", "2023-07-31", "El golpe de la semana pasada en Níger.", "semana pasada = 2023-07-24 week rel"},
		{"próxima semana", "2024-06-20", "La delegación llegará la próxima semana.", "próxima semana = 2024-06-24 week rel"},
		{"mes pasado", "2024-01-15", "El golpe del mes pasado.", "mes pasado = 2023-12 month rel"},
		{"este mes", "2024-06-20", "A principios de este mes hubo una ofensiva.", "este mes = 2024-06 month rel"},
		{"año que viene", "2024-06-20", "Las elecciones serán el año que viene.", "año que viene = 2025 year rel"},
		{"este año", "2024-06", "Este año la cumbre será en Dakar.", "Este año = 2024 year rel"},
		// months and years after prepositions, parts, quantities
		{"en month", "2024-06-20", "El acuerdo firmado en febrero entró en vigor.", "febrero = 2024-02 month rel"},
		{"month de year", "2024-06-20", "El acuerdo de junio de 2023 prevé ayuda.", "junio de 2023 = 2023-06 month"},
		{"pasado mes de", "2024-08-10", "El pasado mes de junio se firmó la tregua.", "pasado mes de junio = 2024-06 month rel"},
		{"month pasado", "2024-07-10", "Las elecciones de junio pasado.", "junio pasado = 2024-06 month rel"},
		{"bare month is not a date", "2024-06-20", "Mayo fue un mes difícil.", "-"},
		{"desde year", "2024-06-20", "El país está en guerra desde 2014.", "2014 = 2014 year"},
		{"de year", "2024-06-20", "El tratado bilateral de 1975 sigue vigente.", "1975 = 1975 year"},
		{"a principios de month", "2024-07-20", "El alto el fuego se rompió a principios de julio.", "principios de julio = 2024-07 month rel"},
		{"finales de year", "2024-06-20", "Se retirarán antes de finales de 2025.", "finales de 2025 = 2025 year"},
		{"mediados de month", "2021-11-25", "Se pactó una tregua a mediados de noviembre.", "mediados de noviembre = 2021-11 month rel"},
		{"quantity más de", "2024-06-20", "El Ejército desplegó más de 2000 soldados.", "-"},
		{"quantity un total de", "2024-06-20", "Un total de 1500 presos fueron liberados.", "-"},
		{"a number is not a year", "2024-06-20", "El partido obtuvo 1961 votos.", "-"},
	})
}
