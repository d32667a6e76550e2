package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
)

// bigEvents is the size of the query benchmark's database.
const bigEvents = 1_000_000

// bigDB returns a store of bigEvents events, built with SQL in one
// transaction (a fast bulk path: no coding, no per-document work). Set
// DYAD_BENCH_DB to a file path to keep it between runs.
func bigDB(b *testing.B) *DB {
	b.Helper()
	path := os.Getenv("DYAD_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "big.db")
	}
	if _, err := os.Stat(path); err == nil {
		db, err := OpenReadOnly(path)
		if err != nil {
			b.Fatal(err)
		}
		if s, err := db.Stats(context.Background()); err == nil && s.Events == bigEvents {
			return db
		}
		db.Close()
		os.Remove(path)
	}
	start := time.Now()
	db, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := bulkFill(db, bigEvents); err != nil {
		b.Fatal(err)
	}
	if err := db.Close(); err != nil {
		b.Fatal(err)
	}
	b.Logf("built %d events in %v", bigEvents, time.Since(start).Round(time.Millisecond))
	db, err = OpenReadOnly(path)
	if err != nil {
		b.Fatal(err)
	}
	return db
}

// bulkFill fills an empty store with n random events: 60 actors with a
// skewed distribution (a few take most events), ten years of dates, 40
// codes, one or two mentions each in 200,000 documents.
func bulkFill(db *DB, n int) error {
	ctx := context.Background()
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var idx []string
	rows, err := tx.Query(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL AND name != 'events_key'`)
	if err != nil {
		return err
	}
	var names []string
	for rows.Next() {
		var name, sql string
		if err := rows.Scan(&name, &sql); err != nil {
			return err
		}
		names, idx = append(names, name), append(idx, sql)
	}
	rows.Close()
	for _, n := range names {
		if _, err := tx.Exec("DROP INDEX " + n); err != nil {
			return err
		}
	}
	const countries = "USARUSCHNFRADEUGBRUKRISRPSEIRNTURPRKKORJPNINDPAKSYRIRQEGYSAUQATBRAMEXCANAUSZAFNGAETHKENMLIBFASDNLBYAFGVNMPHLIDNTHAMMRPOLITAESPNLDBELSWENORFINHUNROUSRBGEOARMAZEKAZ"
	const codes = "010 020 030 036 040 042 043 046 051 057 061 070 080 090 100 111 112 120 130 138 140 141 145 150 160 163 170 172 180 190 193 195 200 0311033103320841"
	stmts := []string{
		`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
		INSERT INTO documents (doc, id, text, lang, url, host, hash, ingested, events)
		SELECT i, 'bulk-' || i, 'bulk document ' || i, CASE i % 3 WHEN 0 THEN 'en' ELSE 'fr' END,
			'https://site' || (i % 500) || '.example/' || i, 'site' || (i % 500) || '.example', 'h' || i, 0, 5 FROM n`,
		`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?),
		r AS (SELECT i, abs(random()) % 1000000 / 1e6 AS a, abs(random()) % 1000000 / 1e6 AS b,
			abs(random()) % 3650 AS d, abs(random()) % 36 AS c FROM n),
		k AS (SELECT i, substr(?, 1 + 3 * CAST(60 * a * a AS INTEGER), 3) AS s,
			substr(?, 1 + 3 * CAST(60 * b * b AS INTEGER), 3) AS t,
			date('2015-01-01', '+' || d || ' days') AS day,
			trim(CASE WHEN c < 32 THEN substr(?, 1 + 4 * c, 4) ELSE substr(?, 133 + 4 * (c - 32), 4) END) AS code FROM r)
		INSERT OR IGNORE INTO events (date, src_key, tgt_key, cameo, root, quad, goldstein, plover, plover_mode, date_precision,
			src_text, src_name, src_code, src_country, src_igo, src_sector,
			tgt_text, tgt_name, tgt_code, tgt_country, tgt_igo, tgt_sector,
			num_mentions, num_sources, num_articles, added, source_url)
		SELECT day, s, t, code, substr(code, 1, 2),
			CASE WHEN code < '06' THEN 1 WHEN code < '09' THEN 2 WHEN code < '14' THEN 3 ELSE 4 END,
			CASE WHEN code < '06' THEN 3.0 WHEN code < '09' THEN 6.0 WHEN code < '14' THEN -2.0 ELSE -9.0 END,
			'', '', 'day', s, s, s || 'GOV', s, '', 'GOV', t, t, t || 'GOV', t, '', 'GOV',
			1 + (i % 3 = 0), 1, 1, 0, '' FROM k`,
	}
	if _, err := tx.Exec(stmts[0]); err != nil {
		return fmt.Errorf("documents: %w", err)
	}
	for {
		var have int
		if err := tx.QueryRow(`SELECT count(*) FROM events`).Scan(&have); err != nil {
			return err
		}
		if have >= n {
			break
		}
		if _, err := tx.Exec(stmts[1], n-have, countries, countries, codes, codes); err != nil {
			return fmt.Errorf("events: %w", err)
		}
	}
	words := strings.Fields(`met accused signed attacked visited praised threatened held talks on a treaty
		agreed to a ceasefire with condemned the strikes by urged criticised shelled positions of hosted
		rejected demands from sanctioned banks in promised aid to expelled diplomats of warned against
		arrested members of welcomed the offer by denied reports about pledged weapons to investigated
		blockaded ports of deployed troops near seized ships of called for restraint by`)
	if _, err := tx.Exec(`INSERT INTO mentions (event_id, doc, sentence, ev_start, ev_end, ev_text, lang, rule)
		SELECT id, 1 + id % 200000, id % 20, 0, 40, src_name || ' ' || json_extract(?1, '$[' || (id % ?2) || ']') || ' ' || json_extract(?1, '$[' || (id / 7 % ?2) || ']') || ' ' || tgt_name,
			CASE (1 + id % 200000) % 3 WHEN 0 THEN 'en' ELSE 'fr' END, 'bulk' FROM events`, `["`+strings.Join(words, `","`)+`"]`, len(words)); err != nil {
		return fmt.Errorf("mentions: %w", err)
	}
	if _, err := tx.Exec(`INSERT INTO mentions (event_id, doc, sentence, ev_start, ev_end, ev_text, lang, rule)
		SELECT id, 1 + (id * 7) % 200000, 0, 0, 40, 'second report', 'en', 'bulk' FROM events WHERE num_mentions = 2`); err != nil {
		return fmt.Errorf("mentions: %w", err)
	}
	for _, s := range idx {
		if _, err := tx.Exec(s); err != nil {
			return err
		}
	}
	if _, err := tx.Exec(`ANALYZE`); err != nil {
		return err
	}
	return tx.Commit()
}

// BenchmarkQuery measures queries on a store of a million events.
func BenchmarkQuery(b *testing.B) {
	db := bigDB(b)
	defer db.Close()
	ctx := context.Background()
	dy := dyad.Filter{Source: "USA", Target: "CHN"}
	year := dyad.Filter{Source: "USA", Target: "CHN", From: "2020-01-01", To: "2020-12-31"}
	cases := []struct {
		name string
		run  func() (int, error)
	}{
		{"events/dyad+dates", func() (int, error) { p, err := db.Events(ctx, year); return p.Total, err }},
		{"events/rare-dyad+dates", func() (int, error) {
			p, err := db.Events(ctx, dyad.Filter{Source: "KAZ", Target: "ARM", From: "2016-01-01", To: "2022-12-31"})
			return p.Total, err
		}},
		{"events/actor+dates", func() (int, error) {
			p, err := db.Events(ctx, dyad.Filter{Actor: "RUS", From: "2020-01-01", To: "2020-03-31"})
			return p.Total, err
		}},
		{"events/actor", func() (int, error) { p, err := db.Events(ctx, dyad.Filter{Actor: "RUS"}); return p.Total, err }},
		{"events/all", func() (int, error) { p, err := db.Events(ctx, dyad.Filter{}); return p.Total, err }},
		{"events/root+quad+lang", func() (int, error) {
			p, err := db.Events(ctx, dyad.Filter{CAMEO: "19", Quad: 4, Lang: "en", From: "2021-01-01", To: "2021-01-31"})
			return p.Total, err
		}},
		{"events/text", func() (int, error) {
			p, err := db.Events(ctx, dyad.Filter{Text: "treaty", Source: "FRA"})
			return p.Total, err
		}},
		{"timeline/dyad-week", func() (int, error) { t, err := db.Timeline(ctx, dy, dyad.Week); return len(t), err }},
		{"timeline/actor-month", func() (int, error) {
			t, err := db.Timeline(ctx, dyad.Filter{Actor: "IRN"}, dyad.Month)
			return len(t), err
		}},
		{"dyads/year", func() (int, error) {
			d, err := db.Dyads(ctx, dyad.Filter{From: "2020-01-01", To: "2020-12-31"})
			return len(d), err
		}},
		{"actors/month", func() (int, error) {
			a, err := db.Actors(ctx, dyad.Filter{From: "2020-01-01", To: "2020-01-31"})
			return len(a), err
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			n := 0
			for i := 0; i < b.N; i++ {
				var err error
				if n, err = c.run(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n), "rows")
		})
	}
}
