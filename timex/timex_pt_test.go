package timex_test

import "testing"

// TestFindPortuguese checks the Portuguese date vocabulary (lexicon/pt/dates.txt)
// through the public API: every kind of record, in sentences of European and
// Brazilian news style.
func TestFindPortuguese(t *testing.T) {
	runFind(t, "pt", []findCase{
		// explicit dates: day de month de year, abbreviations, numeric
		{"day month year", "2024-06-25", "O presidente chegou a 19 de junho de 2024.", "19 de junho de 2024 = 2024-06-19 day"},
		{"day month", "2024-06-25", "O presidente chegou em 19 de junho.", "19 de junho = 2024-06-19 day rel"},
		{"day month without publication", "", "O presidente chegou em 19 de junho.", "-"},
		{"december in a january story", "2024-01-05", "Foi detido a 28 de dezembro.", "28 de dezembro = 2023-12-28 day rel"},
		{"ordinal first", "2024-06-20", "No 1º de maio houve marchas.", "1º de maio = 2024-05-01 day rel"},
		{"dateline abbreviation", "2025-12-14", "Abuja, 14 dez — A CEDEAO recusou o calendário.", "14 dez = 2025-12-14 day rel"},
		{"dez is also ten", "2024-06-20", "Foram detidos dez ativistas.", "-"},
		{"numeric day first", "", "O decreto de 03/05/2009 foi anulado.", "03/05/2009 = 2009-05-03 day"},
		{"range of days", "2024-06-25", "As conversações decorreram de 18 a 20 de junho.", "18 a 20 de junho = 2024-06-18 day rel"},
		{"night of to with dates", "2024-06-25", "Houve ataques na noite de 18 para 19 de junho.", "na noite de 18 para 19 de junho = 2024-06-18 day rel"},
		{"weekday with date", "2024-08-01", "A trégua entra em vigor no domingo, 4 de agosto.", "domingo, 4 de agosto = 2024-08-04 day rel"},
		// weekdays
		{"bare weekday", "2024-06-20", "O ministro falou na quarta-feira.", "quarta-feira = 2024-06-19 day rel"},
		{"short terça", "2024-06-20", "A trégua foi decidida na terça.", "terça = 2024-06-18 day rel"},
		{"nesta weekday", "2025-03-27", "Os dois países assinaram nesta quinta-feira (27) um pacto.", "nesta quinta-feira = 2025-03-27 day rel"},
		{"brazilian short weekday", "2024-06-12", "O presidente discursou nesta segunda (10).", "nesta segunda ( = 2024-06-10 day rel"},
		{"ordinal is not a weekday", "2024-06-12", "Venceu pela segunda vez e ficou em quinta posição.", "-"},
		{"passada after weekday", "2024-06-20", "O ataque ocorreu na terça-feira passada.", "terça-feira passada = 2024-06-18 day rel"},
		{"última before weekday", "2024-06-20", "O ataque ocorreu na última terça-feira.", "última terça-feira = 2024-06-18 day rel"},
		{"próximo weekday", "2024-06-20", "Viajará no próximo domingo.", "próximo domingo = 2024-06-23 day rel"},
		{"night of weekday to weekday", "2024-06-20", "O presidente aterrou na noite de quarta para quinta-feira.", "na noite de quarta para quinta-feira = 2024-06-19 day rel"},
		{"weekday and part of day", "2024-10-01", "As tropas entraram na segunda-feira à noite.", "segunda-feira à noite = 2024-09-30 day rel"},
		{"weekend", "2024-06-17", "Milhares protestaram no fim de semana.", "fim de semana = 2024-06-15 day rel"},
		{"weekday with month publication", "2024-06", "Na terça-feira houve combates.", "-"},
		// relative days
		{"hoje", "2018-06-28", "Lu-Olo chegou hoje ao palácio.", "hoje = 2018-06-28 day rel"},
		{"ontem", "2024-10-02", "O Irã disparou ontem cerca de 200 mísseis.", "ontem = 2024-10-01 day rel"},
		{"ontem à noite", "2024-10-02", "Houve explosões ontem à noite.", "ontem à noite = 2024-10-01 day rel"},
		{"anteontem", "2024-06-20", "Os combates recomeçaram anteontem.", "anteontem = 2024-06-18 day rel"},
		{"amanhã", "2024-06-20", "O ministro viaja amanhã para Luanda.", "amanhã = 2024-06-21 day rel"},
		{"morning is not tomorrow", "2024-06-20", "Juntaram-se de manhã junto ao mercado.", "-"},
		// counts and periods
		{"há uma semana", "2025-12-14", "A tentativa de golpe registada há uma semana no Benim.", "há uma semana = 2025-12-01 week rel"},
		{"atrás", "2024-06-20", "O acordo foi assinado dois anos atrás.", "dois anos atrás = 2022 year rel"},
		{"daqui a", "2024-06-20", "As negociações serão retomadas daqui a duas semanas.", "daqui a duas semanas = 2024-07-01 week rel"},
		{"semana passada", "2024-06-20", "O governo caiu na semana passada.", "semana passada = 2024-06-10 week rel"},
		{"mês que vem", "2024-06-20", "A cimeira realiza-se no mês que vem.", "mês que vem = 2024-07 month rel"},
		{"neste ano", "2025-03-27", "O país pode superar neste ano o Catar.", "neste ano = 2025 year rel"},
		// months and years
		{"em month", "2006-07-19", "A Argentina processou o vizinho em maio.", "maio = 2006-05 month rel"},
		{"month de year", "2024-06-20", "As eleições de abril de 2025 foram adiadas.", "abril de 2025 = 2025-04 month"},
		{"part of year", "2024-06-20", "As tropas saem até ao final de 2025.", "final de 2025 = 2025 year"},
		{"meados", "2024-06-20", "As negociações fracassaram em meados de 2023.", "meados de 2023 = 2023 year"},
		{"count is not a year", "2024-06-20", "Cerca de 2000 pessoas manifestaram-se.", "-"},
		{"since", "2024-06-20", "Os reféns detidos desde 2022 foram libertados.", "2022 = 2022 year"},
	})
}
